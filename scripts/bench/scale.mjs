// `npm run bench -- scale`: how costs grow with a lesson's length (issue 15). A generated lesson
// (generate-lesson.mjs) of 250, 500, 1,000 and 1,500 steps is linted (with its self-test and wrong
// paths), started at its last step as a class checkpoint in a real pseudo-terminal, and given hint
// keys there; the progress file it then saves is weighed; then started there again with the first start's
// lesson cache, as by a learner who started the file before. Medians of BENCH_SCALE_RUNS runs (3).
// Prints each measure's growth from 250 to 1,500 steps (×6 the steps: linear is ≤ ×6) and FAIL
// beside every target missed; returns the results and the failures.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLessonYaml } from './generate-lesson.mjs';
import { cpuMs } from './cpu-time.mjs';
import { keyLatency, median, percentile, sleep, startPty } from './pty.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// BENCH_BIN=path/to/iamtutor.js measures another build (main's, say) with the same lessons.
const BIN = process.env.BENCH_BIN ?? join(ROOT, 'dist', 'iamtutor.js');
const USAGE = fileURLToPath(new URL('./report-usage.cjs', import.meta.url));
// BENCH_SCALE_SIZES='50 100' for a quick look; the targets are for 250 … 1,500.
const SIZES = (process.env.BENCH_SCALE_SIZES ?? '250 500 1000 1500').split(' ').filter(Boolean).map(Number);
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);
const HINTS = 5;
/** Targets at 1,500 steps (issue 15), and the most a measure may grow from 250 to 1,500 steps. */
const TARGETS = { lintMs: 2000, lintRssMb: 200, checkpointMs: 1000, progressKb: 1024, hintMs: 50, growth: 6 * 1.25 };

/** `iamtutor lint FILE`: wall time, and the peak RSS and CPU time the process reports at exit. */
function lintOnce(file, dir) {
  const usageFile = join(dir, 'usage.json');
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--require', USAGE, BIN, 'lint', file], {
    env: { ...process.env, BENCH_USAGE_FILE: usageFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`bench: lint of ${file} exited with ${code}: ${stderr}`));
      const { maxRssKb, cpuMs } = JSON.parse(readFileSync(usageFile, 'utf8'));
      resolve({ ms, rssMb: maxRssKb / 1024, cpuMs });
    }),
  );
}

/** `iamtutor start FILE --step sN`: time to its first frame, then HINTS hint keys, then the saved progress. */
async function checkpointOnce(file, steps, dir) {
  const data = mkdtempSync(join(dir, 'data-'));
  const s = startPty([BIN, 'start', file, '--step', `s${steps}`, '--data-dir', data], (out) => out.includes(`Step ${steps} of ${steps}`));
  const firstFrameMs = await s.readyAt;
  const firstFrameCpuMs = s.cpuAtReady();
  if (!s.output().includes(`Step ${steps} of ${steps}`))
    throw new Error(`bench: the checkpoint at s${steps} drew no step:\n${s.output().slice(-2000)}`);
  await sleep(300);
  const hints = [];
  // And the CPU time the app spent on each hint (all its threads, key to quiet frame): on a
  // loaded machine the wall time mostly waits for a core.
  const hintCpu = [];
  for (let i = 0; i < HINTS; i++) {
    const cpu0 = cpuMs(s.p.pid);
    hints.push(await keyLatency(s, 'h'));
    hintCpu.push(cpuMs(s.p.pid) - cpu0);
  }
  await sleep(200);
  const peakRssMb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${s.p.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
  s.p.kill();
  await s.exited; // it saves progress on its way out
  const progressKb = statSync(join(data, 'progress.json')).size / 1024;
  return {
    data,
    firstFrameMs,
    firstFrameCpuMs,
    hints: hints.filter(Number.isFinite),
    hintCpu: hintCpu.filter(Number.isFinite),
    peakRssMb,
    progressKb,
  };
}

/**
 * The same checkpoint started again by a learner who started this file before: a new data folder
 * with the first one's lesson cache (src/lessons/lesson-cache.ts), none for a build without one.
 */
async function checkpointAgain(file, steps, dir, first) {
  const data = mkdtempSync(join(dir, 'data-'));
  const cache = join(first, 'lesson-cache');
  if (existsSync(cache)) cpSync(cache, join(data, 'lesson-cache'), { recursive: true });
  const s = startPty([BIN, 'start', file, '--step', `s${steps}`, '--data-dir', data], (out) => out.includes(`Step ${steps} of ${steps}`));
  const firstFrameMs = await s.readyAt;
  const firstFrameCpuMs = s.cpuAtReady();
  s.p.kill();
  await s.exited;
  return { firstFrameMs, firstFrameCpuMs };
}

export async function scaleBench() {
  const dir = mkdtempSync(join(tmpdir(), 'iamtutor-bench-scale-'));
  const bySize = {};
  try {
    for (const steps of SIZES) {
      const file = join(dir, `generated-${steps}.yaml`);
      writeFileSync(file, generateLessonYaml(steps));
      const lints = [];
      const checkpoints = [];
      const again = [];
      for (let i = 0; i < RUNS; i++) {
        lints.push(await lintOnce(file, dir));
        checkpoints.push(await checkpointOnce(file, steps, dir));
        again.push(await checkpointAgain(file, steps, dir, checkpoints.at(-1).data));
      }
      const hints = checkpoints.flatMap((c) => c.hints);
      bySize[steps] = {
        fileKb: statSync(file).size / 1024,
        lintMs: median(lints.map((l) => l.ms)),
        lintCpuMs: median(lints.map((l) => l.cpuMs)),
        lintRssMb: Math.max(...lints.map((l) => l.rssMb)),
        checkpointMs: median(checkpoints.map((c) => c.firstFrameMs)),
        checkpointCpuMs: median(checkpoints.map((c) => c.firstFrameCpuMs)),
        checkpointAgainMs: median(again.map((c) => c.firstFrameMs)),
        checkpointAgainCpuMs: median(again.map((c) => c.firstFrameCpuMs)),
        checkpointRssMb: Math.max(...checkpoints.map((c) => c.peakRssMb)),
        progressKb: Math.max(...checkpoints.map((c) => c.progressKb)),
        hintP50Ms: percentile(hints, 50),
        hintP95Ms: percentile(hints, 95),
        hintCpuP50Ms: percentile(
          checkpoints.flatMap((c) => c.hintCpu),
          50,
        ),
      };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return report(bySize);
}

function report(bySize) {
  const first = bySize[SIZES[0]];
  const last = bySize[SIZES.at(-1)];
  const measures = [
    ['lint, with self-test (wall)', 'lintMs', 'ms', TARGETS.lintMs],
    ['lint, CPU time (user + system)', 'lintCpuMs', 'ms'],
    ['lint, peak RSS', 'lintRssMb', 'MB', TARGETS.lintRssMb],
    ['checkpoint (start --step sN), first frame', 'checkpointMs', 'ms', TARGETS.checkpointMs],
    ['checkpoint, CPU time to the first frame', 'checkpointCpuMs', 'ms'],
    ['checkpoint again (same file), first frame', 'checkpointAgainMs', 'ms'],
    ['checkpoint again, CPU time to the first frame', 'checkpointAgainCpuMs', 'ms'],
    ['checkpoint, peak RSS', 'checkpointRssMb', 'MB'],
    ['progress.json after the checkpoint', 'progressKb', 'KB', TARGETS.progressKb],
    ['hint key → frame, p50', 'hintP50Ms', 'ms', TARGETS.hintMs],
    ['hint key → frame, p95', 'hintP95Ms', 'ms'],
    ['hint key → frame, CPU time, p50', 'hintCpuP50Ms', 'ms'],
  ];
  const failures = [];
  const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
  console.log(
    `scale: a generated lesson of ${SIZES.join(' / ')} steps (${SIZES.map((n) => `${fmt(bySize[n].fileKb)} KB`).join(' / ')}), medians of ${RUNS} runs`,
  );
  for (const [name, key, unit, target] of measures) {
    const values = SIZES.map((n) => fmt(bySize[n][key])).join(' / ');
    const growth = last[key] / first[key];
    const notes = [];
    if (target !== undefined && !(last[key] <= target)) notes.push(`FAIL: over ${target} ${unit} at ${SIZES.at(-1)} steps`);
    // Times below a few ms are noise: their growth says nothing.
    if (first[key] > 5 && !(growth <= TARGETS.growth))
      notes.push(`FAIL: grows faster than the lesson (×${fmt(growth)} for ×${SIZES.at(-1) / SIZES[0]} steps)`);
    failures.push(...notes.map((n) => `${name}: ${n}`));
    console.log(
      `  ${name.padEnd(44)} ${values} ${unit}  growth ×${fmt(growth)}${target !== undefined ? `  target ≤ ${target} ${unit}` : ''}${notes.length ? `  ${notes.join('; ')}` : ''}`,
    );
  }
  console.log(failures.length === 0 ? 'scale: every target met' : `scale: ${failures.length} FAIL`);
  return { bySize, targets: TARGETS, failures };
}
