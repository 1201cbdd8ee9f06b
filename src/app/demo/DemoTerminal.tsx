// The laptop's terminal in a demo: the played commands (`aws configure set`, `aws login`) show in
// it, but while the script plays its keys stay the demo's (Space, arrows); when the presenter
// takes the keyboard (t), the pane listens as it does for a learner.
import { useStore } from 'zustand';
import type { TerminalSlotProps } from '../../console/App.js';
import { TerminalPane } from '../terminal-pane/index.js';
import type { DemoPlayer } from './player.js';

export function demoTerminal(player: DemoPlayer) {
  return function DemoTerminal(props: TerminalSlotProps) {
    const handsOn = useStore(player.state, (state) => state.handsOn);
    return <TerminalPane {...props} listening={handsOn} />;
  };
}
