// The demo as the console's side panel (src/console/frame/PanelHost.tsx).
import type { PanelLayout, SidePanel } from '../../console/frame/PanelHost.js';
import { RetrievePasswordPage } from '../../console/screens/create-user/RetrievePasswordPage.js';
import { useStore } from 'zustand';
import { useAppStore } from '../../console/store-hooks.js';
import type { TerminalSize } from '../../console/use-terminal-size.js';
import { demoBandRows } from './demo-lines.js';
import { DemoPanel, demoCommands } from './DemoPanel.js';
import { commandHints } from '../../console/input/commands.js';
import { notesPaneRows } from './notes-view.js';
import type { DemoPlayer } from './player.js';

export { DemoPlayer } from './player.js';

/** The console keeps at least this many rows when the notes pane opens below the band. */
const CONSOLE_ROWS = 10;

/** Where the demo goes at this size, and how its rows split between the caption band and the notes pane. */
export function demoLayout(
  player: DemoPlayer,
  speed: number,
  size: TerminalSize,
  screenReader: boolean,
): PanelLayout & { notesRows: number } {
  if (screenReader) return { placement: 'bottom', width: size.columns, rows: 0, notesRows: 0 };
  if (size.columns >= 120) {
    const width = Math.min(48, Math.max(38, Math.round(size.columns * 0.3)));
    const height = size.rows - 1;
    // Beside the console: the notes take at most half the column, under the caption.
    return { placement: 'right', width, height, notesRows: notesPaneRows(player, speed, width - 2, Math.floor(height / 2)) };
  }
  const band = demoBandRows(player, size.rows);
  const notesRows = notesPaneRows(player, speed, size.columns - 2, size.rows - band - CONSOLE_ROWS);
  return { placement: 'bottom', width: size.columns, rows: band + notesRows, notesRows };
}

export function demoPanel(player: DemoPlayer, speed: number): SidePanel {
  return {
    layout: (size, screenReader) => demoLayout(player, speed, size, screenReader),
    render: (layout) => <DemoPanel player={player} speed={speed} layout={layout} />,
    useDialog() {
      const handsOn = useStore(player.state, (state) => state.handsOn);
      // The host lays the notes pane out (its rows follow the step's notes) as it renders.
      useStore(player.state, (state) => state.stepIndex);
      useStore(player.state, (state) => state.notesShown);
      const reveal = useAppStore((state) => state.reveal);
      const screen = useAppStore((state) => state.location.screen);
      // Create user keeps "done" in its own state, so a played Create user cannot reach its
      // Retrieve password page: the demo shows that page itself while the password is there.
      if (!handsOn && screen === 'create-user' && reveal?.kind === 'password') return <RetrievePasswordPage reveal={reveal} />;
      return null;
    },
    // Read from the table the keys run (its handlers are not called here).
    hints: {
      title: player.messages.t('demo.inDemo'),
      hints: commandHints(demoCommands(player, { exit: () => {}, help: () => {} })),
      // While the script plays, the demo's layer keeps every key: the console's (the page's, u,
      // Tab, Ctrl+T) are not the room's to press.
      keepsAllKeys: () => !player.state.getState().handsOn,
    },
  };
}
