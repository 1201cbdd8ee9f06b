// Each page says which keys it understands; the bottom line shows the short form and `?`
// shows them all. One list per page means the help can never drift from the handlers'
// neighbours in the same file.
import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react';

export interface KeyHint {
  keys: string;
  action: string;
}

/** Keys every page understands; the `?` overlay lists them after the page's own. */
export const GLOBAL_HINTS: readonly KeyHint[] = [
  { keys: 'Tab / Shift+Tab', action: 'next / previous control (past the ends: the navigation)' },
  { keys: 'Enter', action: 'press the focused button, open the focused row' },
  { keys: 'Space', action: 'tick a checkbox, press a button' },
  { keys: 'Esc', action: 'back, or cancel a dialog' },
  { keys: 'u', action: 'user menu: Security credentials, Sign out' },
  { keys: '?', action: 'this help' },
  { keys: 'Ctrl+T', action: 'open or close the terminal (your laptop); it has the keyboard while open' },
  { keys: 'q / Ctrl+C', action: 'quit (asks first if something would be lost)' },
];

// Two contexts: pages only set their keys, so the key line changing does not redraw the page.
const HintsContext = createContext<readonly KeyHint[]>([]);
const SetHintsContext = createContext<(hints: readonly KeyHint[]) => void>(() => {});

export function HintsProvider({ children }: { children: ReactNode }) {
  const [hints, setHints] = useState<readonly KeyHint[]>([]);
  return (
    <SetHintsContext.Provider value={setHints}>
      <HintsContext.Provider value={hints}>{children}</HintsContext.Provider>
    </SetHintsContext.Provider>
  );
}

/** Declares the page's keys; pass a stable (module-level or memoised) array. */
export function useKeyHints(hints: readonly KeyHint[]): void {
  const setHints = useContext(SetHintsContext);
  // A layout effect: the key line is redrawn in the same burst as the page, not a frame later
  // (a passive effect waited for React's scheduler, ~40 ms after the first frame at start-up).
  useLayoutEffect(() => {
    setHints(hints);
    // A page that declares nothing must not inherit the keys of the page before it.
    return () => setHints([]);
  }, [hints, setHints]);
}

export function usePageHints(): readonly KeyHint[] {
  return useContext(HintsContext);
}
