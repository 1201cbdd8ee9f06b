import { useKeysOnEveryLayer } from '../input/layers.js';
import { useAppStoreApi } from '../../store/index.js';
import { viewFor } from './terminal-layout.js';

/**
 * Ctrl+T, heard on every layer and even while a console field is being typed in: opens the
 * terminal (beside the console in a wide window, instead of it otherwise) and closes it again.
 * The pane has the keyboard exactly while it is shown.
 */
export function useTerminalToggle(columns: number, available = true): void {
  const store = useAppStoreApi();
  useKeysOnEveryLayer(
    (input, key) => {
      if (!(key.ctrl && input === 't')) return;
      const state = store.getState();
      state.setTerminalView(state.terminalView === 'hidden' ? viewFor(columns) : 'hidden');
    },
    { isActive: available },
  );
}

/** Whether the terminal holds the keyboard: the console's global keys (Ctrl+C quit) step back. */
export function terminalHasKeyboard(view: string): boolean {
  return view !== 'hidden';
}
