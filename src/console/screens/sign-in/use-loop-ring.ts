import { useRef, useState } from 'react';
import { useKeys } from '../../input/layers.js';

export interface LoopRing<Id extends string> {
  is(id: Id): boolean;
  focus(id: Id): void;
  next(): void;
}

/**
 * Tab order for the signed-out pages. Unlike a console page's ring, walking off an end wraps
 * round instead of moving to the navigation: signed out there is no navigation to move to.
 */
export function useLoopRing<Id extends string>(ids: readonly Id[], initial: Id): LoopRing<Id> {
  const [current, setCurrent] = useState<Id>(initial);
  const focused = ids.includes(current) ? current : ids[0]!;
  // Keys can come faster than renders: step from the latest focus.
  const latest = useRef(focused);
  latest.current = focused;
  const step = (by: number) => {
    const index = ids.indexOf(latest.current);
    latest.current = ids[(index + by + ids.length) % ids.length]!;
    setCurrent(latest.current);
  };
  useKeys((_input, key) => {
    if (key.tab) step(key.shift ? -1 : 1);
  });
  return {
    is: (id) => focused === id,
    focus: (id) => {
      latest.current = id;
      setCurrent(id);
    },
    next: () => step(1),
  };
}
