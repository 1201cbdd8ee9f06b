// Single-letter shortcuts (q, ?) must not fire while the learner is typing a name that
// contains a q. A focused text field raises this flag; the global keys read it. It is React
// state, raised and lowered as the field's focus commits, so the key right after a Tab into a
// field already meets the raised flag.
import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react';

interface Typing {
  count: number;
  /** How many of them keep Tab for themselves (the JSON editor indents with it). */
  keepingTab: number;
  change(by: number, keepsTab: boolean): void;
}

const TypingContext = createContext<Typing>({ count: 0, keepingTab: 0, change() {} });

export function TypingProvider({ children }: { children: ReactNode }) {
  const [counts, setCounts] = useState({ count: 0, keepingTab: 0 });
  const [change] = useState(
    () => (by: number, keepsTab: boolean) => setCounts((n) => ({ count: n.count + by, keepingTab: n.keepingTab + (keepsTab ? by : 0) })),
  );
  return <TypingContext.Provider value={{ ...counts, change }}>{children}</TypingContext.Provider>;
}

/** Raised while `active`; `keepsTab`: Tab does not leave this field (Esc first), as the key line must say. */
export function useTypingFlag(active: boolean, keepsTab = false): void {
  const { change } = useContext(TypingContext);
  useLayoutEffect(() => {
    if (!active) return;
    change(1, keepsTab);
    return () => change(-1, keepsTab);
  }, [active, keepsTab, change]);
}

/** What has the keyboard, for the key line: a field Tab leaves, an editor that keeps Tab, or neither. */
export function useTypingIn(): () => 'field' | 'editor' | null {
  const { count, keepingTab } = useContext(TypingContext);
  return () => (keepingTab > 0 ? 'editor' : count > 0 ? 'field' : null);
}

/** Whether a field has the keyboard, as of the render the handlers belong to. */
export function useIsTyping(): () => boolean {
  const { count } = useContext(TypingContext);
  return () => count > 0;
}
