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
    return iso(t);
  };
}

// One for every simulated clock: the self-test makes a new clock for each path it tries, all in
// the same few minutes.
const iso = isoOfMinutes();

/**
 * `new Date(ms).toISOString()`, writing out only the seconds while the minute is the last call's.
 * A simulated clock ticks for every action a lint's self-test tries (tens of thousands for a long
 * lesson), and toISOString costs ~1.3 µs under Node 20.
 */
export function isoOfMinutes(): (ms: number) => string {
  let minute = NaN;
  let prefix = '';
  return (ms) => {
    if (!Number.isInteger(ms)) return new Date(ms).toISOString();
    const within = ms - Math.floor(ms / 60_000) * 60_000;
    if (ms - within !== minute) {
      const whole = new Date(ms - within).toISOString();
      // Years before 0 or after 9999 are written with six digits and a sign: not worth a fast path.
      if (whole.length !== 24) return new Date(ms).toISOString();
      minute = ms - within;
      prefix = whole.slice(0, 17);
    }
    const seconds = Math.floor(within / 1000);
    const millis = within - seconds * 1000;
    return `${prefix}${seconds < 10 ? '0' : ''}${seconds}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
  };
}
