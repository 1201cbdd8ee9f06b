import { createContext, useContext, useEffect, useState } from 'react';
import { useStdout } from 'ink';

export interface TerminalSize {
  columns: number;
  rows: number;
}

/** The terminal's size as the console should lay itself out: the whole screen, or its share of it. */
export function useTerminalSize(): TerminalSize {
  const screen = useScreenSize();
  return useContext(ConsoleAreaContext) ?? screen;
}

/**
 * The part of the screen the console may use when something shares it (the lesson panel,
 * src/console/frame/PanelHost.tsx). Everything inside sees this as the terminal's size.
 */
export const ConsoleAreaContext = createContext<TerminalSize | null>(null);

/**
 * The whole terminal, whatever shares it (the too-small check). useStdout() holds no state, so a
 * component reading stdout.columns never re-renders on a resize; this hook keeps the size in
 * state. A zero-sized pty reports 0: fall back to 80x24.
 */
export function useScreenSize(): TerminalSize {
  const { stdout } = useStdout();
  const read = (): TerminalSize => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
    // read() only closes over stdout
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout]);
  return size;
}

export const MIN_COLUMNS = 80;
export const MIN_ROWS = 24;
