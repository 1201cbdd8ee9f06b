// npm run bench -- first-frame: spawn to first frame of iamtutor's two first screens — the home
// screen (`iamtutor`, what `npm start` opens) and the sandbox (`iamtutor sandbox`) — each beside
// bare node and the minimal Ink app of the same run (issue 13's target: ≤ 1.15× that app).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions } from '../build/bundle-options.mjs';
import { median, sleep, startPty } from './pty.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'dist', 'iamtutor.js');
// BENCH_BASELINE_BIN: another build's iamtutor.js (a copy of main's dist/, with a `lessons` link
// beside it), started in turns with this one, so that a change is measured against its base in one run.
const BASELINE_BIN = process.env.BENCH_BASELINE_BIN || undefined;
const TARGET_RATIO_TO_MINIMAL_INK_APP = 1.15;
// Longer than the 1.5 s after which a start writes its code cache.
const STAY_FIRST_MS = 2500;

/** The minimal Ink app (minimal-ink-app.mjs), bundled as iamtutor is: its path. */
async function buildMinimalInkApp() {
  const outdir = mkdtempSync(join(tmpdir(), 'iamtutor-bench-minimal-'));
  const entry = join(ROOT, 'scripts', 'bench', 'minimal-ink-app.mjs');
  await build(bundleOptions({ entryPoints: { minimal: entry }, outdir }));
  return { path: join(outdir, 'minimal.js'), remove: () => rmSync(outdir, { recursive: true, force: true }) };
}

/** Each screen: how it is started, and when its first frame is complete (its key line drawn). */
const screensOf = (bin) => ({
  home: { args: (data) => [bin, '--data-dir', data], ready: (out) => out.includes('Lesson') && out.includes('q quit') },
  sandbox: { args: () => [bin, 'sandbox'], ready: (out) => out.includes('IAM users (') && out.includes('Enter open user') },
});
const SCREENS = {
  ...screensOf(BIN),
  ...(BASELINE_BIN ? Object.fromEntries(Object.entries(screensOf(BASELINE_BIN)).map(([name, s]) => [`${name}Baseline`, s])) : {}),
};

/**
 * Medians of `runs` starts of each, taken in turns so that all see the same machine; for the Ink
 * apps also the CPU time (all threads) spent by the first frame, steadier than the wall clock when
 * other work shares the machine.
 */
export async function firstFrame(runs) {
  const minimalApp = await buildMinimalInkApp();
  // The home screen reads the learner's progress: an empty data folder, the same every run.
  const data = mkdtempSync(join(tmpdir(), 'iamtutor-bench-home-'));
  // The sandbox takes no --data-dir: its state (Node 20's code cache, src/cli/program.ts) goes
  // to the same temporary folder, not the learner's. The first start of each writes that cache.
  const stateHome = process.env.XDG_STATE_HOME;
  process.env.XDG_STATE_HOME = data;
  const perScreen = () => Object.fromEntries(Object.keys(SCREENS).map((name) => [name, []]));
  const wall = { bare: [], minimal: [], ...perScreen() };
  const cpu = { minimal: [], ...perScreen() };
  const measure = async (name, args, ready, stay = 0) => {
    const s = startPty(args, ready);
    wall[name].push(await s.readyAt);
    cpu[name]?.push(s.cpuAtReady());
    await sleep(stay);
    if (name !== 'bare') s.p.write('q');
    await s.exited;
  };
  try {
    for (let i = 0; i < runs; i++) {
      await measure('bare', ['-e', '0'], () => false);
      await measure('minimal', [minimalApp.path], (out) => out.includes('minimal Ink app ready'));
      // The first start of each screen stays a moment, as a learner would: on Node 20 that is when
      // the code cache is written (src/cli/program.ts), which the next starts use.
      for (const [name, screen] of Object.entries(SCREENS))
        await measure(name, screen.args(data), screen.ready, i === 0 ? STAY_FIRST_MS : 0);
    }
  } finally {
    minimalApp.remove();
    rmSync(data, { recursive: true, force: true });
    if (stateHome === undefined) delete process.env.XDG_STATE_HOME;
    else process.env.XDG_STATE_HOME = stateHome;
  }
  const bareNodeMs = median(wall.bare);
  const minimalInkAppMs = median(wall.minimal);
  const minimalInkAppCpuMs = median(cpu.minimal);
  const screen = (name) => ({
    medianMs: median(wall[name]),
    ratio: median(wall[name]) / bareNodeMs,
    // What iamtutor adds to the least an Ink app pays on this machine, in the same run.
    ratioToMinimalInkApp: median(wall[name]) / minimalInkAppMs,
    cpuMs: median(cpu[name]),
    cpuRatioToMinimalInkApp: median(cpu[name]) / minimalInkAppCpuMs,
  });
  return {
    bareNodeMs,
    minimalInkAppMs,
    minimalInkAppRatio: minimalInkAppMs / bareNodeMs,
    minimalInkAppCpuMs,
    home: screen('home'),
    sandbox: screen('sandbox'),
    ...(BASELINE_BIN ? { baseline: { bin: BASELINE_BIN, home: screen('homeBaseline'), sandbox: screen('sandboxBaseline') } } : {}),
    targetRatioToMinimalInkApp: TARGET_RATIO_TO_MINIMAL_INK_APP,
    targetMs: 250,
    targetRatio: 2.2,
    // Node 20 reads these certificates as it starts (~50 ms here), bare node included.
    nodeExtraCaCerts: Boolean(process.env.NODE_EXTRA_CA_CERTS),
  };
}

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const fmt2 = (n) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const verdict = (ratio) =>
  !Number.isFinite(ratio) ? 'not measured' : ratio <= TARGET_RATIO_TO_MINIMAL_INK_APP ? 'meets the target' : 'over the target';

/** The bench table's rows for `firstFrame()`'s result: measure, value, beside it, target. */
export function firstFrameRows(ff) {
  const screenRows = (label, s) => [
    [
      `time to first frame (${label})`,
      `${fmt(s.medianMs)} ms`,
      `node -e 0: ${fmt(ff.bareNodeMs)} ms (×${fmt(s.ratio)})`,
      '≤ 250 ms, ≤ 2.2×',
    ],
    ['  ÷ minimal Ink app', `×${fmt2(s.ratioToMinimalInkApp)}`, `same run; ${verdict(s.ratioToMinimalInkApp)}`, '≤ 1.15×'],
    [
      '  the same in CPU time',
      `×${fmt2(s.cpuRatioToMinimalInkApp)}`,
      `${fmt(s.cpuMs)} ÷ ${fmt(ff.minimalInkAppCpuMs)} ms; ${verdict(s.cpuRatioToMinimalInkApp)}`,
      '≤ 1.15×',
    ],
  ];
  return [
    [
      'minimal Ink app, bundled the same',
      `${fmt(ff.minimalInkAppMs)} ms`,
      `×${fmt(ff.minimalInkAppRatio)} of node -e 0`,
      '(a floor, no target)',
    ],
    ...screenRows('home screen', ff.home),
    ...(ff.baseline ? screenRows('home screen, baseline build', ff.baseline.home) : []),
    ...screenRows('sandbox', ff.sandbox),
    ...(ff.baseline ? screenRows('sandbox, baseline build', ff.baseline.sandbox) : []),
  ];
}
