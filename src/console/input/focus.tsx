// Focus lives in one small ring per page rather than in Ink's focus manager, because Ink's
// clears focus on Escape (ink-field-guide §2.10) and Escape means "back" here. The page lists
// its controls in reading order; Tab and Shift+Tab walk the list, and walking off either end
// moves focus to the navigation pane, as Tab leaves a page's content in a browser.
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { useKeys } from './layers.js';

export type Zone = 'nav' | 'page';

interface ZoneState {
  zone: Zone;
  setZone(zone: Zone): void;
}

export const ZoneContext = createContext<ZoneState>({ zone: 'page', setZone() {} });

export function useZone(): ZoneState {
  return useContext(ZoneContext);
}

export interface FocusRing<Id extends string> {
  focused: Id | null;
  is(id: Id): boolean;
  focus(id: Id): void;
}

/**
 * Tab order for one page. `ids` may change between renders (a field appears when a box is
 * ticked); if the focused control disappears, focus falls to the first one.
 */
export function useFocusRing<Id extends string>(ids: readonly Id[], initial?: Id): FocusRing<Id> {
  const { zone, setZone } = useZone();
  const [current, setCurrent] = useState<Id | null>(initial ?? ids[0] ?? null);
  const focused = current !== null && ids.includes(current) ? current : (ids[0] ?? null);

  useEffect(() => {
    if (focused !== current) setCurrent(focused);
  }, [focused, current]);

  // Keys can come faster than renders: step from the latest focus, kept in a ref, not from
  // the value this render closed over.
  const latest = useRef(focused);
  latest.current = focused;
  useKeys(
    (_input, key) => {
      if (!key.tab) return;
      if (ids.length === 0) return setZone('nav');
      const index = latest.current === null ? -1 : ids.indexOf(latest.current);
      const next = key.shift ? index - 1 : index + 1;
      if (next < 0 || next >= ids.length) {
        setZone('nav');
        latest.current = key.shift ? ids[ids.length - 1]! : ids[0]!;
      } else {
        latest.current = ids[next]!;
      }
      setCurrent(latest.current);
    },
    { isActive: zone === 'page' },
  );

  const inPage = zone === 'page';
  return {
    focused: inPage ? focused : null,
    is: (id) => inPage && focused === id,
    focus: (id) => {
      setZone('page');
      setCurrent(id);
    },
  };
}
