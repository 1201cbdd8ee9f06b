// Semantic colours: components ask for "the error colour", never for "red", so a no-colour
// theme (NO_COLOR, --no-color) is one object rather than a condition in every component.
import { createContext, useContext, type ReactNode } from 'react';

export interface Theme {
  name: 'default' | 'no-color';
  colour: {
    accent?: string; // links, primary buttons, selected nav item
    heading?: string;
    muted?: string; // help text; undefined means "dim" is used instead
    success?: string;
    info?: string;
    warning?: string;
    error?: string;
    border?: string;
    focus?: string;
  };
  /** Whether styling alone may mark something (no-colour mode marks focus with text too). */
  useColour: boolean;
}

export const defaultTheme: Theme = {
  name: 'default',
  colour: {
    accent: 'cyan',
    heading: 'whiteBright',
    muted: 'gray',
    success: 'green',
    info: 'blue',
    warning: 'yellow',
    error: 'red',
    border: 'gray',
    focus: 'cyanBright',
  },
  useColour: true,
};

export const noColorTheme: Theme = { name: 'no-color', colour: {}, useColour: false };

const ThemeContext = createContext<Theme>(defaultTheme);

export function ThemeProvider({ theme, children }: { theme: Theme; children: ReactNode }) {
  return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
