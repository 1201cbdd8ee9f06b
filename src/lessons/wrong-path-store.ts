// The one store the wrong paths of a self-test are tried in, one after another. A store is its state
// and some thirty actions made for it; building one for each of the ~6,000 paths of a 1,500-step
// lesson's self-test was a tenth of what the lint allocated, and most of what it then had to copy
// in young collections. Each path's fork adopts the step's start into it (AppState.adopt resets
// everything a path can change), and its clock starts again, so a path sees what it would see in
// a store of its own.
import { simulatedClock, type AppStore, type StoreFactory } from '../store/index.js';

/**
 * The store every wrong path of a self-test is tried in, step after step: building one per step
 * (1,500 of them, ~60 µs each) was a twentieth of a long lesson's lint. `forStep(last)` is the
 * factory for forks of a run whose last event was at `last`: the first call builds the store, the
 * later ones hand the same one back.
 */
export function pathStores(newStore: StoreFactory): { forStep(last: string): StoreFactory } {
  let clock: () => string = () => {
    throw new Error('pathStores: no path has begun');
  };
  let store: AppStore | undefined;
  return {
    forStep: (last) => (options) => {
      clock = simulatedClock(last);
      if (!store) return (store = newStore({ ...options, clock: () => clock() }));
      // A new store reads its clock once, for its account's start time: the same tick, so the
      // path's actions get the same times as in a new store.
      clock();
      return store;
    },
  };
}
