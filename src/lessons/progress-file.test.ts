import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { simulatedClock } from '../store/clock.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { createAccessKeyAsConsole, noteSecretSaved } from '../store/workflows/create-access-key.js';
import { loadProgress, progressDir, REDACTED_SECRET, redactSecrets, saveLessonRun, saveProgress } from './progress-file.js';
import { emptyProgressFile, withLesson } from './progress.js';
import { LessonRun } from './run.js';
import { inEnglish } from './words.js';
import { openLesson } from './session.js';
import { lessonFrom, START } from '../../test/helpers/lessons.js';
import { tempDir } from '../../test/helpers/temp.js';

const LESSON = lessonFrom(readFileSync(new URL('../../lessons/03-create-access-keys.yaml', import.meta.url), 'utf8'));
const options = { newStore: createStoreWithTerminal, clock: simulatedClock(START), now: () => START };
let dir: string;
beforeEach(() => {
  dir = tempDir('iamtutor-progress-');
});
const fixedNow = () => new Date('2026-02-01T10:00:00.000Z');
const file = () => join(dir, 'progress.json');

describe('where progress lives', () => {
  it('uses XDG_STATE_HOME, else ~/.local/state, and an explicit dataDir first', () => {
    expect(progressDir({ env: { XDG_STATE_HOME: '/x/state' }, home: '/home/a' })).toBe('/x/state/iamtutor');
    expect(progressDir({ env: {}, home: '/home/a' })).toBe('/home/a/.local/state/iamtutor');
    expect(progressDir({ env: { XDG_STATE_HOME: 'relative' }, home: '/home/a' })).toBe('/home/a/.local/state/iamtutor');
    expect(progressDir({ dataDir: '/data', env: { XDG_STATE_HOME: '/x' } })).toBe('/data');
  });
});

describe('saving and resuming', () => {
  it('resumes exactly: same state, same step, same counters', () => {
    const run = LessonRun.start(LESSON, options);
    run.skip();
    run.skip();
    run.revealHint();
    const saved = saveLessonRun(dir, emptyProgressFile(), run);
    expect(saved.result.ok).toBe(true);
    expect(statSync(file()).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['progress.json']); // no temp file left behind

    const loaded = loadProgress(dir);
    expect(loaded.problem).toBeUndefined();
    const { run: resumed, notice } = openLesson(LESSON, loaded.file, options);
    expect(notice).toBeUndefined();
    expect(resumed.currentStep?.id).toBe(run.currentStep?.id);
    expect(resumed.store.getState().snapshot()).toBe(run.store.getState().snapshot());
    expect(resumed.progress).toEqual(run.progress);
    // and it goes on from there: the resumed step's reset returns to its saved start
    resumed.store.getState().navigate({ screen: 'groups' });
    resumed.resetStep();
    expect(resumed.store.getState().snapshot()).toBe(run.store.getState().snapshot());
  });

  it('each save writes what JSON.stringify of the file says, after every change, beside the other lessons', () => {
    const run = LessonRun.start(LESSON, options);
    const other = LessonRun.start({ ...LESSON, id: 'another-lesson' }, options);
    let kept = withLesson(emptyProgressFile(), other.toSaved());
    const onDisk = () => JSON.parse(readFileSync(file(), 'utf8')) as unknown;
    for (const change of [() => undefined, () => run.skip(), () => run.revealHint(), () => run.revealHint()]) {
      change();
      const saved = saveLessonRun(dir, kept, run);
      expect(saved.result.ok).toBe(true);
      kept = saved.file;
      expect(onDisk()).toEqual(JSON.parse(JSON.stringify(withLesson(kept, run.toSaved()))));
    }
    expect(Object.keys(kept.lessons)).toEqual(['another-lesson', LESSON.id]);
    expect((onDisk() as typeof kept).lessons[LESSON.id]!.progress.steps[run.currentStep!.id]!.hintsRevealed).toBe(2);
  });

  it('never writes a secret: create a key, show it, save, search the file', () => {
    const run = LessonRun.start(LESSON, options);
    run.skip();
    run.skip();
    run.answer('c');
    run.skip();
    createAccessKeyAsConsole(run.store, 'jane.doe', 'laptop');
    const reveal = run.store.getState().reveal;
    if (reveal?.kind !== 'access-key') throw new Error('no secret on screen');
    noteSecretSaved(run.store, reveal.accessKeyId, 'copied');
    run.update();
    expect(saveLessonRun(dir, emptyProgressFile(), run).result.ok).toBe(true);
    const text = readFileSync(file(), 'utf8');
    expect(text).toContain(reveal.accessKeyId);
    expect(text).not.toContain(reveal.secretAccessKey);
    expect(text).not.toMatch(/EXAMPLEKEY/);
  });

  it('a user named like a secret (a valid IAM name ending in EXAMPLEKEY) is saved: a name is not a secret', () => {
    const run = LessonRun.start(LESSON, options);
    const name = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123EXAMPLEKEY';
    expect(run.store.getState().call('CreateUser', { UserName: name }).ok).toBe(true);
    run.update();
    expect(saveLessonRun(dir, emptyProgressFile(), run).result).toMatchObject({ ok: true });
    expect(readFileSync(file(), 'utf8')).toContain(name);
    expect(loadProgress(dir).file.lessons[LESSON.id]?.state).toBeDefined();
  });

  it("a known secret typed into a wrong field is redacted by its digest, and the save goes on", () => {
    const run = LessonRun.start(LESSON, options);
    createAccessKeyAsConsole(run.store, 'jane.doe', 'laptop');
    const reveal = run.store.getState().reveal;
    if (reveal?.kind !== 'access-key') throw new Error('no secret on screen');
    noteSecretSaved(run.store, reveal.accessKeyId, 'copied');
    // The learner pastes the secret as a key's description (a tag on the user).
    expect(run.store.getState().call('TagUser', { UserName: 'jane.doe', Tags: [{ Key: 'note', Value: `mine: ${reveal.secretAccessKey}` }] }).ok).toBe(true);
    run.store.getState().setReveal(null);
    run.update();
    // Whether or not the secret is still held in memory, the file never has it.
    for (const inMemory of [run.secretsInMemory(), []]) {
      const saved = saveProgress(dir, withLesson(emptyProgressFile(), run.toSaved()), inMemory);
      expect(saved.ok).toBe(true);
      const text = readFileSync(file(), 'utf8');
      expect(text).not.toContain(reveal.secretAccessKey);
      expect(text).toContain(`mine: ${REDACTED_SECRET}`);
    }
    // A secret-shaped string that is no key's secret is left alone; a password held in memory is not.
    expect(redactSecrets('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    expect(redactSecrets('{"current":"hunter2-pass"}', ['hunter2-pass'])).toBe(`{"current":"${REDACTED_SECRET}"}`);
  });

  it('starts afresh, saying why, when the saved step no longer exists', () => {
    const run = LessonRun.start(LESSON, options);
    const saved = run.toSaved();
    saved.progress.currentStepId = 'removed-step';
    const opened = openLesson(LESSON, { ...emptyProgressFile(), lessons: { [LESSON.id]: saved } }, options);
    expect(opened.notice).toMatch(/no longer exists/);
    expect(opened.run.currentStep?.id).toBe(LESSON.steps[0]!.id);
  });
});

describe('a progress file that cannot be used is moved aside, never a crash', () => {
  const expectMovedAside = (reason: RegExp) => {
    const loaded = loadProgress(dir, fixedNow);
    expect(loaded.file).toEqual(emptyProgressFile());
    expect(inEnglish(loaded.problem!)).toMatch(reason);
    expect(inEnglish(loaded.problem!)).toContain('progress.json.corrupt-2026-02-01T10-00-00-000Z');
    expect(existsSync(join(dir, 'progress.json.corrupt-2026-02-01T10-00-00-000Z'))).toBe(true);
    expect(existsSync(file())).toBe(false);
  };

  it('garbage', () => {
    writeFileSync(file(), 'this is not json');
    expectMovedAside(/not valid JSON/);
  });
  it('truncated', () => {
    const run = LessonRun.start(LESSON, options);
    saveLessonRun(dir, emptyProgressFile(), run);
    const text = readFileSync(file(), 'utf8');
    writeFileSync(file(), text.slice(0, text.length / 2));
    expectMovedAside(/not valid JSON/);
  });
  it('valid JSON of the wrong shape', () => {
    writeFileSync(file(), JSON.stringify({ format: 'iamtutor-progress', version: 1, lessons: [] }));
    expectMovedAside(/not an iamtutor progress file/);
  });
  it('larger than 16 MiB: moved aside unread', () => {
    writeFileSync(file(), `{"format":"iamtutor-progress","version":1,"lessons":{},"pad":"${'x'.repeat(16 * 1024 * 1024)}"}`);
    expectMovedAside(/larger than 16 MiB/);
  });
  it('unreadable', () => {
    mkdirSync(file()); // a directory where the file should be: EISDIR, whoever runs the test
    expectMovedAside(/cannot be read/);
  });
  it('unreadable by permissions (skipped as root, who can read anything)', () => {
    if (process.getuid?.() === 0) return;
    writeFileSync(file(), '{}');
    chmodSync(file(), 0o000);
    expectMovedAside(/cannot be read/);
  });
  it('no file at all is simply a fresh start', () => {
    expect(loadProgress(dir)).toEqual({ file: emptyProgressFile() });
  });
});

describe('a progress file only partly usable, or not this version\'s', () => {
  /** Two lessons saved; `damage` spoils the record of one of them. */
  const twoLessons = (damage: (saved: Record<string, unknown>) => void) => {
    const good = LessonRun.start(LESSON, options).toSaved();
    const bad = structuredClone(LessonRun.start(LESSON, options).toSaved()) as unknown as Record<string, unknown>;
    damage(bad);
    return JSON.stringify({ format: 'iamtutor-progress', version: 1, current: 'other', lessons: { [LESSON.id]: good, other: bad } });
  };

  it.each([
    ['a damaged saved state', (saved: Record<string, unknown>) => delete (saved.state as Record<string, unknown>).account, /its saved state is damaged/],
    ['a record of the wrong shape', (saved: Record<string, unknown>) => (saved.progress = {}), /its record is not in the expected form/],
  ])('%s in one lesson: the good lessons are kept, the file as it was copied aside, a message', (_name, damage, reason) => {
    const text = twoLessons(damage);
    writeFileSync(file(), text);
    const loaded = loadProgress(dir, fixedNow);
    expect(Object.keys(loaded.file.lessons)).toEqual([LESSON.id]);
    expect(loaded.file.current).toBeUndefined();
    expect(inEnglish(loaded.problem!)).toMatch(reason);
    expect(inEnglish(loaded.problem!)).toMatch(/^The saved progress of lesson 'other' \(.+\) could not be used; the other lessons are kept, and a copy of the file as it was is at .+progress\.json\.corrupt-2026-02-01T10-00-00-000Z\.$/);
    expect(readFileSync(join(dir, 'progress.json.corrupt-2026-02-01T10-00-00-000Z'), 'utf8')).toBe(text);
    // The file now holds the good lessons only: the next start is quiet and copies nothing again,
    // even before the learner saves anything.
    expect(loadProgress(dir, () => new Date('2026-02-02T10:00:00Z'))).toEqual({ file: loaded.file });
    expect(readdirSync(dir).sort()).toEqual(['progress.json', 'progress.json.corrupt-2026-02-01T10-00-00-000Z']);
  });

  it('from a newer version: refused with a message, left as it is, and never written over', () => {
    const text = JSON.stringify({ format: 'iamtutor-progress', version: 99, lessons: { future: { anything: true } } });
    writeFileSync(file(), text);
    const loaded = loadProgress(dir, fixedNow);
    expect(loaded.file).toEqual(emptyProgressFile());
    expect(inEnglish(loaded.problem!)).toMatch(/written by a newer iamtutor \(format 99; this one reads 1\).*nothing will be saved over it/);
    expect(inEnglish(loaded.readOnly!)).toMatch(/^Progress is not saved: .+progress\.json belongs to a newer iamtutor\.$/);
    expect(readdirSync(dir)).toEqual(['progress.json']);
    expect(readFileSync(file(), 'utf8')).toBe(text);
  });
});
