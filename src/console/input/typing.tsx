// Single-letter shortcuts (q, ?) must not fire while the learner is typing a name that
// contains a q. A focused text field raises this flag; the global keys read it.
import { createContext, useContext, useEffect, useRef, type MutableRefObject, type ReactNode } from 'react';

const TypingContext = createContext<MutableRefObject<number>>({ current: 0 });

export function TypingProvider({ children }: { children: ReactNode }) {
  const count = useRef(0);
  return <TypingContext.Provider value={count}>{children}</TypingContext.Provider>;
}

export function useTypingFlag(active: boolean): void {
  const count = useContext(TypingContext);
  useEffect(() => {
    if (!active) return;
    count.current += 1;
    return () => {
      count.current -= 1;
    };
  }, [active, count]);
}

export function useIsTyping(): () => boolean {
  const count = useContext(TypingContext);
  return () => count.current > 0;
}
