// The console's code (console-code.ts), loaded before the sandbox's or a lesson's first frame, and
// after the home screen's: a lesson or the sandbox opened from home before it is in opens once it is.
import { codeOnDemand } from './code-on-demand.js';

export type ConsoleCode = typeof import('./console-code.js');

const consoleCode = codeOnDemand<ConsoleCode>(() => import('./console-code.js'));

/** Imports the console's code; a failure (a chunk missing from a broken install) may be tried again. */
export const loadConsoleCode = consoleCode.load;

/** The console's code if it is loaded already. */
export const consoleCodeLoaded = consoleCode.loaded;
