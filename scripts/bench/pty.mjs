// Driving the built app in a real pseudo-terminal for the benches: spawn it, wait for a frame,
// time a key until the frame it causes has been written.
import { spawn } from 'node-pty';
import { fileURLToPath } from 'node:url';
import { cpuMs } from './cpu-time.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const COLS = 100;
export const ROWS = 30;
// Extra node flags for the app under test, to profile a part: BENCH_NODE_ARGS='--cpu-prof'.
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

export const env = () => {
  const clean = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k === 'CI' || k === 'CONTINUOUS_INTEGRATION' || k.startsWith('CI_')) continue;
    clean[k] = v;
  }
  return { ...clean, TERM: 'xterm-256color', FORCE_COLOR: '1' };
};

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Spawns in a pty; `readyAt` resolves when `ready(output)` is true, with the elapsed
 * milliseconds; `cpuAtReady` with the CPU milliseconds the process had used by then. `extraEnv`
 * is added to the cleaned environment. */
export function startPty(args, ready, extraEnv = {}) {
  const t0 = performance.now();
  const p = spawn(process.execPath, [...NODE_ARGS, ...args], {
    name: 'xterm-256color',
    cols: COLS,
    rows: ROWS,
    cwd: ROOT,
    env: { ...env(), ...extraEnv },
  });
  let out = '';
  let last = performance.now();
  const listeners = new Set();
  p.onData((d) => {
    out += d;
    last = performance.now();
    for (const l of listeners) l(d);
  });
  const exited = new Promise((resolve) => p.onExit(resolve));
  let cpuAtReady = NaN;
  const readyAt = new Promise((resolve) => {
    const check = () => {
      if (ready(out)) {
        listeners.delete(check);
        cpuAtReady = cpuMs(p.pid);
        resolve(performance.now() - t0);
      }
    };
    listeners.add(check);
    exited.then(() => resolve(performance.now() - t0));
  });
  return { p, readyAt, exited, output: () => out, lastData: () => last, listeners, cpuAtReady: () => cpuAtReady };
}

/** Time from writing a key until the frame it causes has been written (output quiet 8 ms). */
export async function keyLatency(session, key) {
  const t0 = performance.now();
  let first = 0;
  let lastChunk = 0;
  const onData = () => {
    lastChunk = performance.now();
    if (!first) first = lastChunk;
  };
  session.listeners.add(onData);
  session.p.write(key);
  const deadline = t0 + 1000;
  while (performance.now() < deadline) {
    await sleep(2);
    if (first && performance.now() - lastChunk > 8) break;
  }
  session.listeners.delete(onData);
  return first ? lastChunk - t0 : NaN;
}
