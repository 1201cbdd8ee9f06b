// The demo as the console's side panel (src/console/frame/PanelHost.tsx).
import type { SidePanel } from '../../console/frame/PanelHost.js';
import { RetrievePasswordPage } from '../../console/screens/create-user/RetrievePasswordPage.js';
import { useStore } from 'zustand';
import { useAppStore } from '../../console/store-hooks.js';
import { demoBandRows } from './demo-lines.js';
import { DemoPanel, demoCommands } from './DemoPanel.js';
import { commandHints } from '../../console/input/commands.js';
import type { DemoPlayer } from './player.js';

export { DemoPlayer } from './player.js';

export function demoPanel(player: DemoPlayer, speed: number): SidePanel {
  return {
    layout(size, screenReader) {
      if (screenReader) return { placement: 'bottom', width: size.columns, rows: 0 };
      if (size.columns >= 120)
        return { placement: 'right', width: Math.min(48, Math.max(38, Math.round(size.columns * 0.3))), height: size.rows - 1 };
      return { placement: 'bottom', width: size.columns, rows: demoBandRows(player, size.rows) };
    },
    render: (layout) => <DemoPanel player={player} speed={speed} layout={layout} />,
    useDialog() {
      const handsOn = useStore(player.state, (state) => state.handsOn);
      // The host lays the band out from the step (a quiz needs rows for its choices) as it renders.
      useStore(player.state, (state) => state.stepIndex);
      const reveal = useAppStore((state) => state.reveal);
      const screen = useAppStore((state) => state.location.screen);
      // Create user keeps "done" in its own state, so a played Create user cannot reach its
      // Retrieve password page: the demo shows that page itself while the password is there.
      if (!handsOn && screen === 'create-user' && reveal?.kind === 'password') return <RetrievePasswordPage reveal={reveal} />;
      return null;
    },
    // Read from the table the keys run (its handlers are not called here).
    hints: { title: 'In this demo', hints: commandHints(demoCommands(player, () => {})) },
  };
}
