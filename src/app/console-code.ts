// What a console screen (a lesson's or the sandbox's) takes beyond the home screen: the console's
// App and pages, the store and the IAM model under them, the sandbox's account. One module, so
// that it is one chunk, loaded on demand (console-code-on-demand.ts): the home screen draws without it.
export { App } from '../console/App.js';
export { loadAllPages, loadPageFor } from '../console/pages.js';
export { wallClock } from '../store/index.js';
export { storeWithTerminalOnDemand } from '../terminal/store-with-terminal-on-demand.js';
export { sandboxAccount } from './sandbox.js';
