/**
 * Waits until a screen in memory has drawn no new frame for a few turns. React 19 flushes on
 * setImmediate, and useInput handlers re-subscribe in passive effects afterwards
 * (ink-field-guide §2.6), so one turn is not enough after a key press.
 */
export async function settleFrames(frameCount: () => number): Promise<void> {
  let seen = -1;
  let quiet = 0;
  while (quiet < 3) {
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 2));
    const count = frameCount();
    quiet = count === seen ? quiet + 1 : 0;
    seen = count;
  }
}
