// The one way iamtutor builds a store: with this simulated terminal as the laptop's shell. The
// console, a lesson, a checkpoint, the demo, the lint's self-test and the tests all come through
// here (the lesson engine is handed it as a StoreFactory), so no store can be without a terminal.
import { createAppStore, type StoreFactory } from '../store/index.js';
import { runLineInStore } from './store-session.js';

export const createStoreWithTerminal: StoreFactory = (options) => createAppStore({ ...options, runShell: runLineInStore });
