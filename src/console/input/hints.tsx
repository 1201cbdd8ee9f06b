// Each page says which keys it understands; the bottom line shows the short form and `?`
// shows them all. One list per page means the help can never drift from the handlers'
// neighbours in the same file.
import { createContext, useContext, useInsertionEffect, useRef, useState, type ReactNode } from 'react';

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

/**
 * The keys the mounted components declared, the latest declaration on top: a dialog opened over
 * its page covers the page's keys, and the page's come back when it closes. Within one commit
 * React runs a child's effects before its parent's, so a parent mounted with a child that also
 * declares keys would cover the child's: declare a page's keys in the component that draws the
 * page, not in a wrapper that may draw something else (a no-permission page) instead. Kept
 * outside React state so that declaring keys never costs a render: the key line reads them as
 * Ink lays the frame out (see Frame).
 */
export class HintRegistry {
  private readonly entries: { hints: readonly KeyHint[] }[] = [];

  add(entry: { hints: readonly KeyHint[] }): void {
    this.entries.push(entry);
  }

  remove(entry: { hints: readonly KeyHint[] }): void {
    const index = this.entries.lastIndexOf(entry);
    if (index >= 0) this.entries.splice(index, 1);
  }

  current(): readonly KeyHint[] {
    return this.entries.at(-1)?.hints ?? [];
  }
}

const HintsContext = createContext(new HintRegistry());

export function HintsProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new HintRegistry());
  return <HintsContext.Provider value={registry}>{children}</HintsContext.Provider>;
}

/** Declares the page's keys; pass a stable (module-level or memoised) array. */
export function useKeyHints(hints: readonly KeyHint[]): void {
  const registry = useContext(HintsContext);
  const entry = useRef({ hints });
  // Insertion effects run before Ink lays out and writes the frame (layout effects run after
  // it), so a page's keys are on the key line in the very frame that first draws the page.
  useInsertionEffect(() => {
    const mine = entry.current;
    registry.add(mine);
    return () => registry.remove(mine);
  }, [registry]);
  useInsertionEffect(() => {
    entry.current.hints = hints;
  }, [hints]);
}

/** Where the current keys are read: as a frame is drawn (the key line) or when `?` opens. */
export function useHintRegistry(): HintRegistry {
  return useContext(HintsContext);
}
