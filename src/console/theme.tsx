// Semantic colours: components ask for "the error colour", never for "red", so a no-colour
// theme (NO_COLOR, --no-color) is one object rather than a condition in every component.
import { createContext, useContext, type ReactNode } from 'react';

export interface Theme {
  name: 'default' | 'no-color' | 'presenter';
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
  /** Never use the terminal's dim attribute (a projector washes it out): use `muted` instead. */
  noDim?: boolean;
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

/**
 * `--presenter`: for a projector or a shared screen. Bright, saturated colours that stay
 * legible on a washed-out image, plain white where the default theme uses grey, and no dim text.
 */
export const presenterTheme: Theme = {
  name: 'presenter',
  colour: {
    accent: 'yellowBright',
    heading: 'whiteBright',
    muted: 'white',
    success: 'greenBright',
    info: 'cyanBright',
    warning: 'yellowBright',
    error: 'redBright',
    border: 'white',
    focus: 'yellowBright',
  },
  useColour: true,
  noDim: true,
};

/** The theme the options ask for; no colour wins (NO_COLOR is the user's standing wish). */
export function themeFor(options: { noColor: boolean; presenter?: boolean }): Theme {
  if (options.noColor) return options.presenter ? { ...noColorTheme, noDim: true } : noColorTheme;
  return options.presenter ? presenterTheme : defaultTheme;
}

const ThemeContext = createContext<Theme>(defaultTheme);

export function ThemeProvider({ theme, children }: { theme: Theme; children: ReactNode }) {
  return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
