import { useAppStoreApi } from '../store-hooks.js';
import type { Command } from '../input/commands.js';
import { useFrameWords } from './frame-words.js';
import { viewFor } from './terminal-layout.js';

/**
 * Ctrl+T, for the console's global table (heard on every layer and even while a console field is
 * being typed in): opens the terminal (beside the console in a wide window, instead of it
 * otherwise) and closes it again. The pane has the keyboard exactly while it is shown.
 */
export function useTerminalToggle(columns: number, available = true): Command {
  const store = useAppStoreApi();
  const words = useFrameWords();
  return {
    id: 'terminal',
    keys: ['ctrl+t'],
    description: words.keyTerminal,
    when: available,
    run: () => {
      const state = store.getState();
      state.setTerminalView(state.terminalView === 'hidden' ? viewFor(columns) : 'hidden');
    },
  };
}

/** Whether the terminal holds the keyboard: the console's global keys (Ctrl+C quit) step back. */
export function terminalHasKeyboard(view: string): boolean {
  return view !== 'hidden';
}
