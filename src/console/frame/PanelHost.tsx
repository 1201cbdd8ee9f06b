// A panel that shares the screen with the console (the lesson panel): beside it on a wide
// terminal, below it on a narrow one. The console inside lays itself out in what is left, as
// in a smaller window (ConsoleAreaContext); the panel may also put a dialog in the page's place
// and add its keys to the `?` help.
import { createContext, useContext, type ReactNode } from 'react';
import { Box, useIsScreenReaderEnabled } from 'ink';
import type { KeyHint } from '../input/hints.js';
import { ConsoleAreaContext, MIN_COLUMNS, MIN_ROWS, useScreenSize, type TerminalSize } from '../use-terminal-size.js';

export type PanelLayout = { placement: 'right'; width: number; height: number } | { placement: 'bottom'; width: number; rows: number };

export interface SidePanel {
  /** Where the panel goes at this screen size and how much of it it takes. */
  layout(size: TerminalSize, screenReader: boolean): PanelLayout;
  /** The panel, given its place. */
  render(layout: PanelLayout): ReactNode;
  /** A dialog to show in the page's place, or null. Called as a hook on every render of the host. */
  useDialog(): ReactNode | null;
  /**
   * The panel's keys, listed in the `?` help under this title; `keepsAllKeys`: while it says so,
   * the panel takes every key before the console (a demo playing), and the help lists only its own.
   */
  hints: { title: string; hints: readonly KeyHint[]; keepsAllKeys?: () => boolean };
}

const DialogContext = createContext<ReactNode | null>(null);
const HintsContext = createContext<SidePanel['hints'] | null>(null);

/** The panel's dialog, for the frame to show instead of the page. */
export function usePanelDialog(): ReactNode | null {
  return useContext(DialogContext);
}

/** The panel's keys, for the `?` help. */
export function usePanelHints(): SidePanel['hints'] | null {
  return useContext(HintsContext);
}

export function PanelHost({ panel, children }: { panel?: SidePanel; children: ReactNode }) {
  if (!panel) return <>{children}</>;
  return <Host panel={panel}>{children}</Host>;
}

function Host({ panel, children }: { panel: SidePanel; children: ReactNode }) {
  const screen = useScreenSize();
  const screenReader = useIsScreenReaderEnabled();
  const dialog = panel.useDialog();
  const layout = panel.layout(screen, screenReader);
  const area: TerminalSize =
    layout.placement === 'right'
      ? { columns: screen.columns - layout.width, rows: screen.rows }
      : { columns: screen.columns, rows: screen.rows - layout.rows };
  // Below the minimum the frame shows its "too small" notice; the panel waits with the console.
  const tooSmall = !screenReader && (screen.columns < MIN_COLUMNS || screen.rows < MIN_ROWS);
  return (
    <Box flexDirection={layout.placement === 'right' ? 'row' : 'column'}>
      <ConsoleAreaContext.Provider value={area}>
        <HintsContext.Provider value={panel.hints}>
          <DialogContext.Provider value={dialog}>{children}</DialogContext.Provider>
        </HintsContext.Provider>
      </ConsoleAreaContext.Provider>
      <Box display={tooSmall ? 'none' : 'flex'} flexShrink={0}>
        {panel.render(layout)}
      </Box>
    </Box>
  );
}
