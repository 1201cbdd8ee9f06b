// The terminal pane, its code loaded on demand: a learner who never presses Ctrl+T never compiles
// it, and the first frame does not wait for it. The app loads it right after the first frame; a
// Ctrl+T pressed before that shows the console until it is in, and the keys typed meanwhile
// wait for the pane (HoldKeys) instead of reaching the console.
import { Suspense } from 'react';
import type { TerminalSlotProps } from '../console/App.js';
import { HoldKeys } from '../console/input/layers.js';
import { lazyPage } from '../console/lazy-page.js';

const pane = lazyPage<TerminalSlotProps>('The terminal', () => import('./terminal-pane/index.js').then((m) => m.TerminalPane));

export function TerminalPaneOnDemand(props: TerminalSlotProps) {
  return (
    <Suspense fallback={<HoldKeys />}>
      <pane.Page {...props} />
    </Suspense>
  );
}

/** Loads the pane's code (which brings the simulated terminal with it). Never rejects. */
export const loadTerminalPane = pane.load;
