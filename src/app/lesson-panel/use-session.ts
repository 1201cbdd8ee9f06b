import { useSyncExternalStore } from 'react';
import type { LessonSession } from '../lesson-session.js';

/** Re-renders on every change of the session (a step passed, a hint, a store change). */
export function useSessionVersion(session: LessonSession): number {
  return useSyncExternalStore(session.subscribe, session.getVersion, session.getVersion);
}
