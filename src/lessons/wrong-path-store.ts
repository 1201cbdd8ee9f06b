// The one store the wrong paths of a step are tried in, one after another. A store is its state
// and some thirty actions made for it; building one for each of the ~6,000 paths of a 1,500-step
// lesson's self-test was a tenth of what the lint allocated, and most of what it then had to copy
// in young collections. Each path's fork adopts the step's start into it (AppState.adopt resets
// everything a path can change), and its clock starts again, so a path sees what it would see in
// a store of its own.
import { simulatedClock, type AppStore, type StoreFactory } from '../store/index.js';

/** A factory for forks of a run whose last event was at `last`: the first call builds the store, the later ones hand the same one back. */
export function storeForPaths(newStore: StoreFactory, last: string): StoreFactory {
  let clock = simulatedClock(last);
  let store: AppStore | undefined;
  return (options) => {
    clock = simulatedClock(last);
    if (!store) return (store = newStore({ ...options, clock: () => clock() }));
    // A new store reads its clock once, for its account's start time: the same tick, so the
    // path's actions get the same times as in a new store.
    clock();
    return store;
  };
}
