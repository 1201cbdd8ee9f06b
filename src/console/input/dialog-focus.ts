import { useState } from 'react';
import { useCommands } from './commands.js';

/**
 * Tab order inside a dialog: it wraps around instead of leaving for the navigation, because a
 * dialog keeps focus until it is answered. Only heard on the dialog's own layer.
 */
export function useDialogFocus<Id extends string>(ids: readonly Id[], initial?: Id) {
  const [current, setCurrent] = useState<Id>(initial ?? ids[0]!);
  const focused = ids.includes(current) ? current : ids[0]!;
  const step = (by: number) => {
    if (ids.length > 0) setCurrent(ids[(ids.indexOf(focused) + by + ids.length) % ids.length]!);
  };
  useCommands('field', [
    { id: 'next', keys: ['tab'], run: () => step(1) },
    { id: 'previous', keys: ['shift+tab'], run: () => step(-1) },
  ]);
  return { focused, is: (id: Id) => focused === id, focus: setCurrent };
}
