export { createAppStore } from './store.js';
export { parseSnapshot, SnapshotError, SNAPSHOT_VERSION } from './snapshot.js';
export type {
  AppState,
  AppStore,
  CallResult,
  PersistentState,
  ShellRunner,
  ShellQuestion,
  PromptAnswerer,
  StoreDeps,
  StoreFactory,
  StoreOptions,
  StoreStart,
  TerminalView,
} from './store-types.js';
export { simulatedClock, wallClock, type Clock } from './clock.js';
export { EventLog } from './event-log.js';
export { REDACTED, type AppEvent, type ApiEvent, type UiEvent, type UiEventType, type ShellCommandEvent } from './events.js';
export { createShell, HOME, type OutputLine, type ShellEvent, type ShellState } from './machine.js';
export { isSignedOutScreen, USER_TABS, type Location, type ScreenName, type UserTab } from './location.js';
export { wasSaved, wasViewedOrSaved, type Flash, type FlashKind, type Reveal, type SecretSaved } from './transient.js';
export { wouldLoseOnQuit } from './selectors.js';
export type { QuitLoss } from './overlay.js';
export type { Overlay } from './overlay.js';
// What one console button does in several API calls; lessons replay solutions through the same ones.
export { deleteUserAsConsole, type WorkflowResult } from './workflows/delete-user.js';
export {
  ACCESS_KEY_USE_CASES,
  closeAccessKeyReveal,
  createAccessKeyAsConsole,
  noteSecretSaved,
  type AccessKeyUseCase,
} from './workflows/create-access-key.js';
export { enableConsoleAccess } from './workflows/console-access.js';
export { createUserAsConsole } from './workflows/create-user.js';
export { changePasswordAtSignIn, signInAsConsole } from './workflows/sign-in.js';
export { deleteAccessKeyAsConsole, setAccessKeyStatus } from './workflows/access-key-actions.js';
// The pure IAM helpers the console needs (a user by name, a password against the policy, a name
// or document as IAM would validate it …): the console imports only types from src/iam, so every
// value it uses of the model comes through here (.dependency-cruiser.mjs: console-uses-iam-types-only).
export {
  AWS_MANAGED_POLICIES,
  checkPassword,
  consoleSignInUrl,
  findUser,
  policiesForUser,
  QUOTAS,
  userArn,
  validateDescriptionTag,
  validateGroupName,
  validatePolicyDocument,
  validateUserName,
} from '../iam/index.js';
export { downloadToLaptop, LAPTOP_DOWNLOADS } from './workflows/laptop-downloads.js';
export { accessKeysCsv, accessKeysFileName, passwordCsv, passwordFileName } from './workflows/download-files.js';
