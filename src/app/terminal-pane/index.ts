export { TerminalPane, type TerminalPaneProps } from './TerminalPane.js';
