// Lesson fuzzing: 1,000 seeded mutations of the shipped lessons through lint, in process, and a
// handful through the real `iamtutor lint` binary. Never a crash or a stack trace, every
// diagnostic at `path:line:col`, each file in bounded time and memory (alias bombs refused).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lessons/diagnostics.js';
import { lintLessonText } from '../../src/lessons/lint.js';
import { createStoreWithTerminal } from '../../src/terminal/store-with-terminal.js';
import { BIN } from '../helpers/pty.js';
import { seededRandom } from '../soak/prng.js';
import { MUTATIONS, mutate } from './mutations.js';
import { tempDir } from '../helpers/temp.js';

const withTerminal = { newStore: createStoreWithTerminal };
const LESSONS = new URL('../../lessons/', import.meta.url);
const SHIPPED = readdirSync(LESSONS)
  .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('course.'))
  .map((name) => ({ name, text: readFileSync(new URL(name, LESSONS), 'utf8') }));

const CASES = Number(process.env.IAMTUTOR_FUZZ_CASES ?? 1000);
const SEED = Number(process.env.IAMTUTOR_FUZZ_SEED ?? 20260301);
const MAX_MS = 2000;
const STACK = /\bat .+:\d+:\d+|^\s+at /m;
// ESC, BEL, NUL and the other C0/C1 controls: a diagnostic must never move a learner's cursor.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** What is wrong with one formatted diagnostic line, or null. */
function lineProblem(line: string, file: string, lineCount: number): string | null {
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^${escaped}:(\\d+):(\\d+): `).exec(line);
  if (!match) return 'not file:line:col';
  if (Number(match[1]) < 1 || Number(match[1]) > lineCount + 1 || Number(match[2]) < 1)
    return `position ${match[1]}:${match[2]} outside the file`;
  if (line.includes('\n')) return 'spans lines';
  if (CONTROL.test(line)) return 'holds a control character';
  if (STACK.test(line)) return 'holds a stack trace';
  if (/internal error|self-test crashed/.test(line)) return 'reports a crash';
  return null;
}

describe('lint under 1,000 seeded mutations of the shipped lessons', () => {
  it('never crashes, always says file:line:col, each file fast and small', { timeout: 240_000 }, () => {
    expect(SHIPPED.length).toBeGreaterThanOrEqual(5);
    const random = seededRandom(SEED);
    const failures: string[] = [];
    const heapStart = process.memoryUsage().heapUsed;
    let slowest = { ms: 0, what: '' };
    let heapPeak = 0;
    let diagnostics = 0;
    let valid = 0;
    const started = Date.now();
    for (let n = 0; n < CASES && failures.length < 10; n++) {
      const source = random.pick(SHIPPED);
      const { text, applied } = mutate(source.text, random);
      const file = `lessons/${source.name}`;
      const what = `case ${n} (${source.name}: ${applied.join(' + ')})`;
      const t0 = performance.now();
      let result;
      try {
        result = lintLessonText(text, file, withTerminal);
      } catch (error) {
        failures.push(`${what}: lint threw ${(error as Error).stack ?? String(error)}`);
        continue;
      }
      const ms = performance.now() - t0;
      if (ms > slowest.ms) slowest = { ms, what };
      if (ms > MAX_MS) failures.push(`${what}: took ${Math.round(ms)} ms`);
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed - heapStart);
      if (result.ok) valid += 1;
      const lineCount = text.split(/\r\n|\r|\n/).length;
      // Bounded output too: the same complaint is said once, not once per bracket or column
      // (deep nesting once gave thousands of identical lines).
      const counts = new Map<string, number>();
      for (const d of result.diagnostics) counts.set(d.message, (counts.get(d.message) ?? 0) + 1);
      const repeated = [...counts].find(([, count]) => count > 3);
      if (repeated) failures.push(`${what}: said ${repeated[1]} times: ${repeated[0].slice(0, 120)}`);
      for (const d of result.diagnostics) {
        diagnostics += 1;
        const line = formatDiagnostic(d);
        const problem = lineProblem(line, file, lineCount);
        if (problem) failures.push(`${what}: diagnostic ${problem}: ${JSON.stringify(line.slice(0, 300))}`);
      }
    }
    const total = Date.now() - started;
    console.log(
      `fuzz: ${CASES} cases (seed ${SEED}) in ${(total / 1000).toFixed(1)} s, ${diagnostics} diagnostics, ${valid} still valid; ` +
        `slowest ${Math.round(slowest.ms)} ms (${slowest.what}); heap growth peak ${Math.round(heapPeak / 1e6)} MB`,
    );
    expect(failures).toEqual([]);
    expect(heapPeak).toBeLessThan(400e6);
  });

  it('refuses an alias bomb quickly, with a position, instead of expanding it', () => {
    const random = seededRandom(1);
    let text = SHIPPED[0]!.text;
    // Ten levels of ten: 10^10 strings if expanded.
    for (let i = 0; i < 20 && !text.includes('lol9:'); i++) text = MUTATIONS.aliasBomb!(SHIPPED[0]!.text, random);
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const result = lintLessonText(text, 'bomb.yaml', withTerminal);
    expect(performance.now() - t0).toBeLessThan(MAX_MS);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100e6);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map(formatDiagnostic).join('\n')).toMatch(/^bomb\.yaml:\d+:\d+: .*alias/im);
  });
});

describe('deeply nested brackets', () => {
  it('are refused in one line, at the bracket that crosses the nesting limit', () => {
    const result = lintLessonText(`${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'deep.yaml', withTerminal);
    expect(result.ok).toBe(false);
    // Once the parser reported this at every column past the stack's depth, or ended the process.
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(['deep.yaml:1:101: the YAML is nested more than 100 levels deep']);
  });
});

describe('the real `iamtutor lint` binary on mutated lessons', () => {
  it('exits 1 with one file:line:col line per problem and no stack trace', { timeout: 60_000 }, () => {
    const dir = tempDir('iamtutor-fuzz-');
    const random = seededRandom(SEED + 1);
    const picks = ['aliasBomb', 'hugeString', 'escapeInText', 'truncate', 'deepNesting', 'duplicateKey', 'garbleBytes', 'swapType'];
    for (const [i, name] of picks.entries()) {
      const source = SHIPPED[i % SHIPPED.length]!;
      writeFileSync(join(dir, `${String(i).padStart(2, '0')}-${name}.yaml`), MUTATIONS[name]!(source.text, random));
    }
    const t0 = Date.now();
    const run = spawnSync(process.execPath, [BIN, 'lint', dir], { encoding: 'utf8', timeout: 30_000 });
    expect(run.error).toBeUndefined();
    expect(Date.now() - t0).toBeLessThan(picks.length * MAX_MS);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stdout).not.toMatch(STACK);
    const lines = run.stdout.split('\n').filter((line) => line.startsWith(dir));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const file = line.slice(0, line.indexOf('.yaml') + 5);
      expect(lineProblem(line, file, 1e9), line).toBeNull();
    }
    // The files that cannot be valid have their say; the exit code says "problems found", not
    // "crashed"; and the output stays short (deep nesting once gave one line per bracket).
    for (const name of ['aliasBomb', 'deepNesting']) expect(run.stdout).toContain(`-${name}.yaml:`);
    expect(lines.length).toBeLessThan(picks.length * 150);
    expect(run.status).toBe(1);
  });
});
