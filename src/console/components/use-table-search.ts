// What the IAM users, IAM user groups and Policies pages share: a search box that `/` focuses,
// that puts the table's cursor back on the first row as the query changes and hands focus to
// the table on Enter; and the rows ticked for a bulk action.
import { useState } from 'react';
import type { FocusRing } from '../input/focus.js';
import { useCommands } from '../input/commands.js';

export function useTableSearch<Id extends string>(ring: FocusRing<Id>, searchId: Id, tableId: Id) {
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  useCommands('page', [{ id: 'search', keys: ['/'], description: 'search', run: () => ring.focus(searchId) }], {
    isActive: !ring.is(searchId),
    lead: true,
  });
  return {
    query,
    cursor,
    setCursor,
    /** Another filter changed: the first row again. */
    resetCursor: () => setCursor(0),
    /** Props for the page's Search TextField. */
    field: {
      value: query,
      onChange(value: string) {
        setQuery(value);
        setCursor(0);
      },
      onSubmit: () => ring.focus(tableId),
      focused: ring.is(searchId),
    },
  };
}

/** Rows ticked with Space, by key. */
export function useTickedRows() {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  return {
    ticked,
    toggle: (key: string) =>
      setTicked((current) => {
        const next = new Set(current);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    clear: () => setTicked(new Set()),
  };
}
