// Single-letter shortcuts (q, ?) must not fire while the learner is typing a name that
// contains a q. A focused text field raises this flag; the global keys read it. It is React
// state, raised and lowered as the field's focus commits, so the key right after a Tab into a
// field already meets the raised flag.
import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react';

interface Typing {
  count: number;
  change(by: number): void;
}

const TypingContext = createContext<Typing>({ count: 0, change() {} });

export function TypingProvider({ children }: { children: ReactNode }) {
  const [count, setCount] = useState(0);
  const [change] = useState(() => (by: number) => setCount((n) => n + by));
  return <TypingContext.Provider value={{ count, change }}>{children}</TypingContext.Provider>;
}

export function useTypingFlag(active: boolean): void {
  const { change } = useContext(TypingContext);
  useLayoutEffect(() => {
    if (!active) return;
    change(1);
    return () => change(-1);
  }, [active, change]);
}

/** Whether a field has the keyboard, as of the render the handlers belong to. */
export function useIsTyping(): () => boolean {
  const { count } = useContext(TypingContext);
  return () => count > 0;
}
