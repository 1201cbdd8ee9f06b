import { useState } from 'react';
import { useCommands } from '../../input/commands.js';

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
  // Each press meets the focus the previous one committed (the key router): step from `focused`.
  const step = (by: number) => setCurrent(ids[(ids.indexOf(focused) + by + ids.length) % ids.length]!);
  useCommands('field', [
    { id: 'next', keys: ['tab'], run: () => step(1) },
    { id: 'previous', keys: ['shift+tab'], run: () => step(-1) },
  ]);
  return { is: (id) => focused === id, focus: setCurrent, next: () => step(1) };
}
