// npm run bench -- first-frame: spawn to first frame of iamtutor's two first screens — the home
// screen (`iamtutor`, what `npm start` opens) and the sandbox (`iamtutor sandbox`) — each beside
// bare node and the minimal Ink app of the same run (issue 13's target: ≤ 1.15× that app).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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

/**
 * Each screen: how it is started, and when its first frame is complete (its key line drawn). Each
 * build has its own data folder (the home screen's --data-dir, the sandbox's XDG_STATE_HOME, where
 * Node 20's code cache goes, src/cli/program.ts): in one folder, the builds would remove each
 * other's cache as another build's.
 */
function screensOf(bin, data) {
  mkdirSync(data);
  return {
    home: {
      args: [bin, '--data-dir', data],
      env: { XDG_STATE_HOME: data },
      ready: (out) => out.includes('Lesson') && out.includes('q quit'),
    },
    sandbox: {
      args: [bin, 'sandbox'],
      env: { XDG_STATE_HOME: data },
      ready: (out) => out.includes('IAM users (') && out.includes('Enter open user'),
    },
  };
}
const screensFor = (root) => ({
  ...screensOf(BIN, join(root, 'this')),
  ...(BASELINE_BIN
    ? Object.fromEntries(Object.entries(screensOf(BASELINE_BIN, join(root, 'baseline'))).map(([name, s]) => [`${name}Baseline`, s]))
    : {}),
});
const SCREEN_NAMES = ['home', 'sandbox', ...(BASELINE_BIN ? ['homeBaseline', 'sandboxBaseline'] : [])];

/**
 * Medians of `runs` starts of each, taken in turns so that all see the same machine; for the Ink
 * apps also the CPU time (all threads) spent by the first frame, steadier than the wall clock when
 * other work shares the machine.
 */
export async function firstFrame(runs) {
  const minimalApp = await buildMinimalInkApp();
  // The learner's progress and the code cache: empty folders, the same every run, one per build.
  const data = mkdtempSync(join(tmpdir(), 'iamtutor-bench-home-'));
  const screens = screensFor(data);
  const perScreen = () => Object.fromEntries(SCREEN_NAMES.map((name) => [name, []]));
  const wall = { bare: [], minimal: [], ...perScreen() };
  const cpu = { minimal: [], ...perScreen() };
  const measure = async (name, args, ready, stay = 0, extraEnv = {}) => {
    const s = startPty(args, ready, extraEnv);
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
      for (const [name, screen] of Object.entries(screens))
        await measure(name, screen.args, screen.ready, i === 0 ? STAY_FIRST_MS : 0, screen.env);
    }
  } finally {
    minimalApp.remove();
    rmSync(data, { recursive: true, force: true });
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
