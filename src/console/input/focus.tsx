// Focus lives in one small ring per page rather than in Ink's focus manager, because Ink's
// clears focus on Escape (ink-field-guide §2.10) and Escape means "back" here. The page lists
// its controls in reading order; Tab and Shift+Tab walk the list, and walking off either end
// moves focus to the navigation pane, as Tab leaves a page's content in a browser.
import { createContext, useContext, useState } from 'react';
import { useCommands } from './commands.js';

export type Zone = 'nav' | 'page';

/** Where Tab from the navigation lands in the page: Tab at its first control, Shift+Tab at its last. */
export type PageEntry = 'first' | 'last';

export interface ZoneState {
  zone: Zone;
  /** Back to the page: at `entry` (counted, so that each entry is seen once), else where it was. */
  setZone(zone: Zone, entry?: PageEntry): void;
  entry?: { at: PageEntry; count: number };
}

export const ZoneContext = createContext<ZoneState>({ zone: 'page', setZone() {} });

/** The zone state of one console: Frame holds it. */
export function useZoneState(): ZoneState {
  const [state, setState] = useState<{ zone: Zone; entry?: { at: PageEntry; count: number } }>({ zone: 'page' });
  const [setZone] = useState(
    () => (zone: Zone, at?: PageEntry) =>
      setState((current) => ({ zone, entry: at ? { at, count: (current.entry?.count ?? 0) + 1 } : current.entry })),
  );
  return { ...state, setZone };
}

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
  const { zone, setZone, entry } = useZone();
  const [current, setCurrent] = useState<Id | null>(initial ?? ids[0] ?? null);
  // Entering from the navigation: Tab lands on the first control, Shift+Tab on the last, so that
  // Shift+Tab retraces exactly the steps Tab took. (State adjusted during render.)
  const [seenEntry, setSeenEntry] = useState(entry?.count ?? 0);
  if (entry && entry.count !== seenEntry) {
    setSeenEntry(entry.count);
    setCurrent((entry.at === 'last' ? ids[ids.length - 1] : ids[0]) ?? null);
  }
  // Derived, not synchronised: a control that disappeared hands focus to the first one.
  const focused = current !== null && ids.includes(current) ? current : (ids[0] ?? null);

  // Each press meets the focus the previous one committed (the key router), so stepping from
  // `focused` is stepping from the latest focus.
  const step = (by: 1 | -1) => {
    if (ids.length === 0) return setZone('nav');
    const index = focused === null ? -1 : ids.indexOf(focused);
    const next = index + by;
    // Past either end: the navigation (Esc there comes back to this control).
    if (next < 0 || next >= ids.length) setZone('nav');
    else setCurrent(ids[next]!);
  };
  useCommands(
    'global',
    [
      {
        id: 'next',
        keys: ['tab'],
        label: 'Tab / Shift+Tab',
        description: 'next / previous control (past the ends: the navigation)',
        run: () => step(1),
      },
      { id: 'previous', keys: ['shift+tab'], run: () => step(-1) },
    ],
    { isActive: zone === 'page' && ids.length > 0 },
  );
  // A page with nothing to focus (a no-permission page): Tab is its one key, on its key line.
  useCommands(
    'page',
    [{ id: 'navigation', keys: ['tab', 'shift+tab'], label: 'Tab', description: 'navigation', run: () => setZone('nav') }],
    {
      isActive: zone === 'page' && ids.length === 0,
      lead: true,
    },
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
