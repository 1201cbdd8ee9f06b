// CPU time a process has used so far, all its threads (the main one, V8's compiler and GC
// helpers, libuv's pool), from Linux's per-thread scheduler statistics (nanoseconds). On a
// machine shared with other work, wall-clock start-up times swing with the load; the CPU a start
// needs hardly does, so the benchmark prints both. NaN where /proc is missing (macOS).
import { readFileSync, readdirSync } from 'node:fs';

export function cpuMs(pid) {
  try {
    let ns = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      // "time on the CPU (ns), time waiting for it (ns), time slices"
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    }
    return ns / 1e6;
  } catch {
    return NaN;
  }
}
