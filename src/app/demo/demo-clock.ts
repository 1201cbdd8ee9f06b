// The demo's clock: the simulated clock (a fixed start, one second per action), able to go back
// to where it stood at a step's start, so a step played again stamps the same times as the first
// time. The wall clock never reaches a demo.
import { simulatedClock, type Clock } from '../../store/clock.js';

export interface DemoClock {
  clock: Clock;
  /** The last time handed out (the start, before any). */
  current(): string;
  /** Continue from `iso`, as if the clock had never gone past it. */
  rewind(iso: string): void;
}

export function demoClock(start: string): DemoClock {
  let inner = simulatedClock(start);
  let last = start;
  return {
    clock: () => (last = inner()),
    current: () => last,
    rewind(iso) {
      inner = simulatedClock(iso);
      last = iso;
    },
  };
}
