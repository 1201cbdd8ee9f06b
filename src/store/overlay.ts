// Which console-level overlay is open over the page: the key help, the user menu, or "Quit
// iamtutor?" with what quitting would lose. One place for it, so that the handlers on every layer (Ctrl+C answers an
// open quit dialog) and the frame that draws it read the same value.
import type { StoreApi } from 'zustand/vanilla';

export type Overlay = { kind: 'help' } | { kind: 'user-menu' } | { kind: 'quit'; loss: string } | null;

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
