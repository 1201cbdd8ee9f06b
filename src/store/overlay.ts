// Which console-level overlay is open over the page: the key help, the user menu, "Quit
// iamtutor?" with what quitting would lose, or the browser page of `aws login`. One place for it,
// so that the handlers on every layer (Ctrl+C answers an open quit dialog) and the frame that
// draws it read the same value.
import type { StoreApi } from 'zustand/vanilla';

/** What quitting would throw away; the frame says it in the learner's words (frame-words). */
export type QuitLoss = 'secret' | 'password' | 'create-user' | 'create-access-key';

export type Overlay =
  | { kind: 'help' }
  | { kind: 'user-menu' }
  | { kind: 'quit'; loss: QuitLoss }
  /**
   * `aws login` in the laptop terminal: the console, the laptop's browser, comes to the front
   * and offers the signed-in session. `answer` is the browser's reply, which the terminal takes
   * up as the answer to its waiting question; `returnTo` is the terminal view to go back to.
   */
  | { kind: 'cli-login'; identity: string; returnTo: 'hidden' | 'beside' | 'only'; answer?: 'continue' | 'other' }
  | null;

export interface OverlaySlice {
  overlay: Overlay;
  openOverlay(overlay: Exclude<Overlay, null>): void;
  closeOverlay(): void;
}

export function createOverlaySlice(set: StoreApi<OverlaySlice>['setState']): OverlaySlice {
  return {
    overlay: null,
    openOverlay: (overlay) => set({ overlay }),
    closeOverlay: () => set({ overlay: null }),
  };
}
