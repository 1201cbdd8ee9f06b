import type { AppState } from './store.js';
import { wasSaved } from './transient.js';

/**
 * What quitting now would throw away, in the learner's words, or null when nothing would be.
 * An unsaved secret comes first: it can never be shown again.
 */
export function wouldLoseOnQuit(state: Pick<AppState, 'reveal' | 'location'>): string | null {
  if (state.reveal && !wasSaved(state.reveal)) {
    return state.reveal.kind === 'access-key'
      ? 'The secret access key has not been shown, copied or downloaded. It can never be shown again.'
      : 'The console password has not been shown or downloaded. It can never be shown again.';
  }
  if (state.location.screen === 'create-user') return 'The Create user wizard is not finished.';
  if (state.location.screen === 'create-access-key' && !state.reveal) {
    return 'The Create access key wizard is not finished.';
  }
  return null;
}
