export { TerminalPane, type TerminalPaneProps } from './TerminalPane.js';
export { useTerminalToggle, terminalHasKeyboard } from './use-terminal-toggle.js';
export { paneLayout, viewFor, BESIDE_MIN_COLUMNS, type PaneLayout } from './layout.js';
