// Faults around the progress file, from the outside: a damaged file, a data folder that is
// missing, read-only or not a folder, and a disk that fills up mid-save. Each ends with one
// clear sentence and nothing lost: the earlier file stays intact and loadable.
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/temp.js';

// Every fs call of the progress saver goes through here, so a test can make one fail the way a
// full disk or a read-only file system would, without needing either.
const failing = vi.hoisted(() => ({ write: null as null | NodeJS.ErrnoException, open: null as null | NodeJS.ErrnoException }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((...args: Parameters<typeof actual.writeSync>) => {
    if (failing.write) throw failing.write;
    return actual.writeSync(...args);
  }) as typeof actual.writeSync;
  const openSync = ((...args: Parameters<typeof actual.openSync>) => {
    if (failing.open && String(args[0]).endsWith('.tmp')) throw failing.open;
    return actual.openSync(...args);
  }) as typeof actual.openSync;
  return { ...actual, default: { ...actual, writeSync, openSync }, writeSync, openSync };
});

const { loadProgress, saveLessonRun, saveProgress, PROGRESS_FILE_NAME } = await import('../../src/lessons/progress-file.js');
const { emptyProgressFile } = await import('../../src/lessons/progress.js');
const { LessonRun } = await import('../../src/lessons/run.js');
const { lessonFrom, START } = await import('../helpers/lessons.js');
const { simulatedClock } = await import('../../src/store/clock.js');
const { createStoreWithTerminal } = await import('../../src/terminal/store-with-terminal.js');
const { inEnglish } = await import('../../src/lessons/words.js');
/** A save's outcome with its message said in English, as a learner with no --lang reads it. */
const english = (result: import('../../src/lessons/progress-file.js').SaveResult) =>
  result.ok ? result : { ...result, message: inEnglish(result.message) };

const LESSON = lessonFrom(fs.readFileSync(new URL('../../lessons/03-create-access-keys.yaml', import.meta.url), 'utf8'));

const errno = (code: string, message: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: ${message}`), { code });
const NOW = () => new Date('2026-03-01T10:00:00.000Z');
let dir: string;
beforeEach(() => {
  dir = tempDir('iamtutor-faults-');
});
afterEach(() => {
  failing.write = null;
  failing.open = null;
});

/** A real progress file with a lesson half done, as a learner would have after a while. */
function goodFile() {
  const run = LessonRun.start(LESSON, { newStore: createStoreWithTerminal, clock: simulatedClock(START), now: () => START });
  run.skip();
  const saved = saveLessonRun(dir, emptyProgressFile(), run);
  expect(saved.result.ok).toBe(true);
  return { text: fs.readFileSync(join(dir, PROGRESS_FILE_NAME), 'utf8'), file: saved.file, run };
}

describe('a progress file that cannot be used', () => {
  const cases: [string, (good: string) => string, RegExp][] = [
    ['corrupt', () => '{"version":1,"lessons":{"x":', /not valid JSON/],
    ['binary garbage', () => '\u0000\u00ff\u0001garbage', /not valid JSON/],
    ['truncated to half', (good) => good.slice(0, Math.floor(good.length / 2)), /not valid JSON \(perhaps cut off\)/],
    ['empty', () => '', /not valid JSON/],
    ['not a progress file', () => JSON.stringify({ hello: 'world' }), /not an iamtutor progress file/],
  ];
  it.each(cases)('%s: one clear sentence, the file kept aside byte for byte, a fresh start', (_name, make, reason) => {
    const bytes = make(goodFile().text);
    fs.writeFileSync(join(dir, PROGRESS_FILE_NAME), bytes);
    const loaded = loadProgress(dir, NOW);
    expect(inEnglish(loaded.problem!)).toMatch(reason);
    expect(inEnglish(loaded.problem!)).toMatch(
      /^Your saved progress could not be used: .+\. It was moved to .+progress\.json\.corrupt-2026-03-01T10-00-00-000Z; starting fresh\.$/,
    );
    expect(inEnglish(loaded.problem!)).not.toContain('\n');
    expect(loaded.file).toEqual(emptyProgressFile());
    const aside = fs.readdirSync(dir).find((name) => name.includes('.corrupt-'))!;
    expect(fs.readFileSync(join(dir, aside), 'utf8')).toBe(bytes);
    // The learner continues: the next save works and loads back without a word.
    expect(saveProgress(dir, loaded.file).ok).toBe(true);
    expect(loadProgress(dir, NOW).problem).toBeUndefined();
  });
});

describe('the data folder', () => {
  it('is created when missing, however deep, for the learner alone', () => {
    const deep = join(dir, 'not', 'there', 'yet');
    expect(loadProgress(deep).problem).toBeUndefined();
    expect(saveProgress(deep, emptyProgressFile()).ok).toBe(true);
    expect(fs.statSync(deep).mode & 0o777).toBe(0o700);
    expect(fs.statSync(join(deep, PROGRESS_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it('is a file, not a folder (ENOTDIR, real): loading is quiet, saving says why in one line', () => {
    // Running as root, chmod does not stop writes; a file where the folder should be does.
    const blocker = join(dir, 'blocker');
    fs.writeFileSync(blocker, 'not a folder');
    const data = join(blocker, 'iamtutor');
    expect(loadProgress(data)).toEqual({ file: emptyProgressFile() });
    const saved = saveProgress(data, emptyProgressFile());
    expect(english(saved)).toEqual({
      ok: false,
      message: `Progress was not saved: part of that path is a file, not a folder (in ${data}).`,
    });
    expect(fs.readFileSync(blocker, 'utf8')).toBe('not a folder');
  });

  it('is read-only (EROFS and EACCES injected): one line, the earlier file intact', () => {
    const { text: before, file, run } = goodFile();
    run.skip();
    for (const [code, words] of [
      ['EROFS', 'the file system is read-only'],
      ['EACCES', 'permission denied'],
    ] as const) {
      failing.open = errno(code, 'injected');
      const saved = saveLessonRun(dir, file, run).result;
      expect(english(saved)).toEqual({ ok: false, message: `Progress was not saved: ${words} (in ${dir}).` });
    }
    failing.open = null;
    expect(fs.readFileSync(join(dir, PROGRESS_FILE_NAME), 'utf8')).toBe(before);
    expect(fs.readdirSync(dir)).toEqual([PROGRESS_FILE_NAME]);
  });
});

describe('a read-only bind mount (real, when this machine allows mounting)', () => {
  const source = join(tmpdir(), `iamtutor-ro-src-${process.pid}`);
  const target = join(tmpdir(), `iamtutor-ro-${process.pid}`);
  let mounted = false;
  try {
    fs.mkdirSync(source, { recursive: true });
    fs.mkdirSync(target, { recursive: true });
    fs.writeFileSync(join(source, PROGRESS_FILE_NAME), `${JSON.stringify(emptyProgressFile())}\n`);
    execFileSync('mount', ['--bind', source, target], { stdio: 'ignore' });
    mounted = true;
    execFileSync('mount', ['-o', 'remount,ro,bind', target], { stdio: 'ignore' });
  } catch {
    if (mounted) execFileSync('umount', [target], { stdio: 'ignore' });
    mounted = false;
  }
  afterAll(() => {
    if (mounted) execFileSync('umount', [target], { stdio: 'ignore' });
    for (const dir of [target, source]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!mounted)('loads the saved file, and a save fails with a sentence, not a crash', () => {
    expect(loadProgress(target).problem).toBeUndefined();
    const saved = saveProgress(target, emptyProgressFile());
    expect(english(saved)).toEqual({ ok: false, message: `Progress was not saved: the file system is read-only (in ${target}).` });
    expect(loadProgress(target).problem).toBeUndefined();
    // A folder still to be made inside it: not "no such file or directory", the real reason.
    const deeper = join(target, 'state', 'iamtutor');
    expect(english(saveProgress(deeper, emptyProgressFile()))).toEqual({
      ok: false,
      message: `Progress was not saved: the file system is read-only (in ${deeper}).`,
    });
  });
});

describe('the disk fills up while saving (ENOSPC injected into the write)', () => {
  it('leaves the previous progress file intact and loadable, and no temp file behind', () => {
    const { text: before, file, run } = goodFile();
    run.skip();
    failing.write = errno('ENOSPC', 'no space left on device, write');
    const saved = saveLessonRun(dir, file, run).result;
    expect(english(saved)).toEqual({ ok: false, message: `Progress was not saved: the disk is full (in ${dir}).` });
    failing.write = null;
    expect(fs.readFileSync(join(dir, PROGRESS_FILE_NAME), 'utf8')).toBe(before);
    expect(fs.readdirSync(dir)).toEqual([PROGRESS_FILE_NAME]);
    const loaded = loadProgress(dir);
    expect(loaded.problem).toBeUndefined();
    expect(loaded.file).toEqual(file);
    expect(loaded.file.lessons[LESSON.id]?.progress.currentStepId).not.toBe(run.progress.currentStepId);
    // Once there is room again, the next save goes through.
    expect(saveLessonRun(dir, file, run).result.ok).toBe(true);
    expect(loadProgress(dir).file.lessons[LESSON.id]?.progress.currentStepId).toBe(run.progress.currentStepId);
  });
});
