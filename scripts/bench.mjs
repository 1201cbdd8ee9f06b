// npm run bench: measures the built iamtutor in a real pseudo-terminal (100×30) and prints a
// table of medians, each beside a baseline measured in the same run; also bench/results.json.
// A benchmark measures; it does not pass or fail (the targets are printed beside the numbers).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLS, keyLatency, median, percentile, ROWS, sleep, startPty } from './bench/pty.mjs';
import { firstFrame, firstFrameRows } from './bench/first-frame.mjs';
import { scaleBench } from './bench/scale.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'dist', 'iamtutor.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const KEYS = Number(process.env.BENCH_KEYS ?? 60);

async function typingScenario(users) {
  const s = startPty([BIN, 'sandbox', '--users', String(users - 2)], (out) => out.includes('IAM users ('));
  await s.readyAt;
  await sleep(300);
  // Shift+Tab from the table reaches the Create user button (search, then the button).
  s.p.write('\u001B[Z');
  await sleep(100);
  s.p.write('\u001B[Z');
  await sleep(100);
  s.p.write('\r');
  await sleep(400);
  const typing = [];
  for (let i = 0; i < KEYS; i++) typing.push(await keyLatency(s, 'abcdefghij'[i % 10]));
  s.p.kill();
  return typing.filter(Number.isFinite);
}

async function tableScenario(users) {
  const s = startPty([BIN, 'sandbox', '--users', String(users - 2)], (out) => out.includes('IAM users ('));
  await s.readyAt;
  await sleep(300);
  const moves = [];
  // Down ten rows, up ten rows: every press moves the cursor, so every press draws a frame.
  for (let i = 0; i < KEYS; i++) moves.push(await keyLatency(s, i % 20 < 10 ? '\u001B[B' : '\u001B[A'));
  s.p.kill();
  return moves.filter(Number.isFinite);
}

async function tabsScenario(users) {
  const s = startPty([BIN, 'sandbox', '--users', String(users - 2)], (out) => out.includes('IAM users ('));
  await s.readyAt;
  await sleep(300);
  s.p.write('\r'); // open the first user
  await sleep(400);
  const switches = [];
  for (let i = 0; i < KEYS; i++) switches.push(await keyLatency(s, String((i % 5) + 1)));
  s.p.kill();
  return switches.filter(Number.isFinite);
}

/** Peak RSS (VmHWM) of the app after finishing the access-keys lesson: quizzes answered, the
 * other steps done through the lesson menu's "Skip this step" (which replays their solutions). */
async function memoryAfterLesson() {
  const lesson = parseYaml(readFileSync(join(ROOT, 'lessons', '03-create-access-keys.yaml'), 'utf8'));
  const data = mkdtempSync(join(tmpdir(), 'iamtutor-bench-data-'));
  const s = startPty([BIN, 'start', lesson.id, '--data-dir', data], (out) => out.includes(`Step 1 of ${lesson.steps.length}`));
  await s.readyAt;
  for (let i = 0; i < lesson.steps.length; i++) {
    const step = lesson.steps[i];
    const next = i + 1 < lesson.steps.length ? `Step ${i + 2} of ${lesson.steps.length}` : 'Lesson complete';
    const reached = () => s.output().includes(next);
    for (let attempt = 0; attempt < 5 && !reached(); attempt++) {
      await sleep(250);
      if (step.quiz) {
        s.p.write(step.quiz.answer);
        await sleep(250);
        s.p.write('\r'); // close the "Correct" explanation
      } else {
        s.p.write('l');
        await sleep(150);
        s.p.write('2'); // Skip this step…
        await sleep(150);
        s.p.write('y');
      }
      for (let wait = 0; wait < 20 && !reached(); wait++) await sleep(50);
    }
    if (!reached()) throw new Error(`bench: the lesson did not get past step ${i + 1}`);
  }
  await sleep(300);
  const status = readFileSync(`/proc/${s.p.pid}/status`, 'utf8');
  const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  s.p.kill();
  await s.exited; // it saves progress on its way out
  rmSync(data, { recursive: true, force: true });
  return peakKb / 1024;
}

function lintThroughput() {
  const dir = mkdtempSync(join(tmpdir(), 'iamtutor-bench-lessons-'));
  // The lessons, not their translations (03-x.de.yaml beside 03-x.yaml).
  const yaml = readdirSync(join(ROOT, 'lessons')).filter((f) => f.endsWith('.yaml'));
  const isTranslation = (f) => {
    const base = /^(.+)\.[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\.yaml$/.exec(f)?.[1];
    return base !== undefined && yaml.includes(`${base}.yaml`);
  };
  const shipped = yaml.filter((f) => !isTranslation(f));
  for (let i = 0; i < 100; i++) {
    const name = shipped[i % shipped.length];
    const text = readFileSync(join(ROOT, 'lessons', name), 'utf8').replace(/^id: (.+)$/m, `id: $1-copy-${i}`);
    writeFileSync(join(dir, `${String(i).padStart(3, '0')}-${name}`), text);
  }
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, 'lint', dir], { encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`lint failed on the generated lessons:\n${r.stdout}${r.stderr}`);
  }
  rmSync(dir, { recursive: true, force: true });
  return median(times);
}

// `npm run bench -- keys memory` runs only those parts (first-frame, keys, memory, lint); results.json
// is written only by a full run, so the tables in docs/performance.md always come from one run of everything.
const PARTS = ['first-frame', 'keys', 'memory', 'lint', 'scale'];
const wanted = process.argv.slice(2);
for (const part of wanted) if (!PARTS.includes(part)) throw new Error(`bench: unknown part "${part}"; parts: ${PARTS.join(', ')}`);
const runs = (part) => wanted.length === 0 || wanted.includes(part);

const results = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, terminal: `${COLS}x${ROWS}` };
if (runs('first-frame')) results.firstFrame = await firstFrame(RUNS);
if (runs('keys')) {
  results.keys = {};
  for (const users of [10, 5000]) {
    for (const [name, run] of [
      ['typing in Create user name', typingScenario],
      ['moving in IAM users table', tableScenario],
      ['switching user tabs', tabsScenario],
    ]) {
      const xs = await run(users);
      results.keys[`${name}, ${users} users`] = {
        p50Ms: percentile(xs, 50),
        p95Ms: percentile(xs, 95),
        samples: xs.length,
        targetP95Ms: 16,
      };
    }
  }
}
if (runs('memory')) results.memory = { peakRssMbAfterAccessKeysLesson: await memoryAfterLesson(), targetMb: 120 };
if (runs('lint')) results.lint = { hundredLessonsMs: lintThroughput(), targetMs: 1500 };
// Prints its own table (one row per measure, one column per lesson length); FAIL makes the exit code 1.
if (runs('scale')) {
  results.scale = await scaleBench();
  if (results.scale.failures.length > 0) process.exitCode = 1;
}

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const { firstFrame: ff, memory, lint } = results;
const rows = [
  ...(ff ? firstFrameRows(ff) : []),
  ...Object.entries(results.keys ?? {}).map(([k, v]) => [
    `key → frame: ${k}`,
    `p50 ${fmt(v.p50Ms)} / p95 ${fmt(v.p95Ms)} ms`,
    `${v.samples} keys`,
    'p95 ≤ 16 ms',
  ]),
  ...(memory ? [['peak RSS after the access-keys lesson', `${fmt(memory.peakRssMbAfterAccessKeysLesson)} MB`, '', '≤ 120 MB']] : []),
  ...(lint ? [['iamtutor lint, 100 lessons with self-test', `${fmt(lint.hundredLessonsMs)} ms`, '', '≤ 1500 ms']] : []),
];
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
console.log(`iamtutor bench — ${results.node}, ${results.cpus} CPUs, ${results.terminal}, medians of ${RUNS} runs`);
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
if (ff?.nodeExtraCaCerts)
  console.log('note: NODE_EXTRA_CA_CERTS is set; Node 20 reads those certificates at every start, bare node included');
if (wanted.length === 0) {
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}
