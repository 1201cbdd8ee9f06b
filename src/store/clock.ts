/**
 * Where the store's time comes from. The IAM model reads no clock of its own, so every action
 * is stamped by one of these: the wall clock for a learner, a simulated clock (a fixed start,
 * one second per action) for tests and demos, where the same actions must give the same bytes.
 */
export type Clock = () => string;

export function wallClock(): Clock {
  return () => new Date().toISOString();
}

export function simulatedClock(start: string, stepMs = 1000): Clock {
  let t = Date.parse(start);
  return () => {
    t += stepMs;
    return new Date(t).toISOString();
  };
}
