// Time on task: each step from its start to its end (the current step: to the learner's last
// action or request), each step capped so a lunch break is not counted, plus the time of the
// runs a lesson reset or a start-over wiped. Pure: the moments come from the progress and the
// caller.
import type { Progress } from './progress.js';
import { stepEntries } from './step-table.js';

/** One step counts at most this long: a learner who left for lunch was not on task. */
export const STEP_TIME_CAP_SECONDS = 20 * 60;

/**
 * Seconds on task in this run and the runs before it. `lastEvent` is the time of the last action
 * in the saved state; a reset step rolls the event log back, so the learner's last request
 * (`lastActiveAt`) counts too.
 */
export function timeOnTask(progress: Progress, lastEvent?: string): number {
  const lastMoment = latest(lastEvent, progress.lastActiveAt);
  let total = 0;
  for (const [id, step] of stepEntries(progress.steps)) {
    if (!step.startedAt) continue;
    const end = step.completedAt ?? (id === progress.currentStepId ? lastMoment : undefined);
    if (!end) continue;
    const seconds = (Date.parse(end) - Date.parse(step.startedAt)) / 1000;
    if (Number.isFinite(seconds) && seconds > 0) total += Math.min(seconds, STEP_TIME_CAP_SECONDS);
  }
  return Math.round(total) + (progress.earlierTimeSeconds ?? 0);
}

/** The later of two ISO 8601 moments (either may be missing or unreadable). */
function latest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || !Number.isFinite(Date.parse(a))) return b;
  if (b === undefined || !Number.isFinite(Date.parse(b))) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/** The time of the last action in a saved store snapshot (its event log), if any. */
export function lastEventTime(state: Record<string, unknown> | undefined): string | undefined {
  const events = state?.events;
  if (!Array.isArray(events) || events.length === 0) return undefined;
  const last = events.at(-1) as { time?: unknown } | null;
  return typeof last?.time === 'string' ? last.time : undefined;
}
