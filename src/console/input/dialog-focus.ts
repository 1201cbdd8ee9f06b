import { useState } from 'react';
import { useKeys } from './layers.js';

/**
 * Tab order inside a dialog: it wraps around instead of leaving for the navigation, because a
 * dialog keeps focus until it is answered. Only heard on the dialog's own layer.
 */
export function useDialogFocus<Id extends string>(ids: readonly Id[], initial?: Id) {
  const [current, setCurrent] = useState<Id>(initial ?? ids[0]!);
  const focused = ids.includes(current) ? current : ids[0]!;
  useKeys((_input, key) => {
    if (!key.tab || ids.length === 0) return;
    const index = ids.indexOf(focused);
    setCurrent(ids[(index + (key.shift ? ids.length - 1 : 1)) % ids.length]!);
  });
  return { focused, is: (id: Id) => focused === id, focus: setCurrent };
}
