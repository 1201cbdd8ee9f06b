// A class checkpoint replays the earlier steps' solutions, and the last of them may leave the
// console's banner up ("Access key … created."): it sets the scene for the checkpoint's step, so
// it stays while the learner is on it. Once she moves on to another step it speaks of nothing she
// did, so it goes, unless something has replaced it by then (her own action's banner stays).
import type { LessonRun } from '../lessons/index.js';

/** Clears the banner the replay left once the run leaves its first step; returns the unsubscribe. */
export function clearReplayedBannerOnMove(run: LessonRun): () => void {
  const banner = run.store.getState().flash;
  const step = run.progress.currentStepId;
  if (!banner) return () => {};
  const unsubscribe = run.state.subscribe(() => {
    if (run.progress.currentStepId === step) return;
    unsubscribe();
    if (run.store.getState().flash === banner) run.store.getState().setFlash(null);
  });
  return unsubscribe;
}
