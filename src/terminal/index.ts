// Public entry of the simulated local terminal: a pure shell with a virtual ~/.aws and the slice
// of the AWS CLI v2 that iamtutor teaches. No I/O, no React: the pane UI builds on this.

export { runCommandLine, answerPrompt, cancelPrompt, type PromptContext } from './shell.js';
export { complete, applyCompletion, type Completion } from './complete.js';
export { createShell, promptString, HOME } from './types.js';
export type {
  ShellState,
  ShellContext,
  ShellResult,
  CommandDone,
  CommandPrompting,
  ShellEvent,
  OutputLine,
  PendingPrompt,
  PromptState,
} from './types.js';
export { REDACTED } from './redact.js';
export { CREDENTIALS_FILE, CONFIG_FILE } from './aws-profiles.js';
export { AWS_VERSION } from './aws-usage.js';
export { parseIni, updateIni } from '../formats/ini.js';
export { formatResponse, type OutputFormat } from './output/index.js';
export { createStoreWithTerminal } from './store-with-terminal.js';
export { runLineInStore, applyResult, appendScrollback, shellContext, SCROLLBACK_LIMIT } from './store-session.js';
