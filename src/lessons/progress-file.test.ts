import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { simulatedClock } from '../store/clock.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { createAccessKeyAsConsole, noteSecretSaved } from '../store/workflows/create-access-key.js';
import { loadProgress, progressDir, saveLessonRun, saveProgress } from './progress-file.js';
import { emptyProgressFile } from './progress.js';
import { LessonRun } from './run.js';
import { openLesson } from './session.js';
import { lessonFrom, START } from '../../test/helpers/lessons.js';

const LESSON = lessonFrom(readFileSync(new URL('../../lessons/03-create-access-keys.yaml', import.meta.url), 'utf8'));
const options = { newStore: createStoreWithTerminal, clock: simulatedClock(START), now: () => START };
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iamtutor-progress-'));
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

  it('refuses to write a file that would contain a secret', () => {
    const leaky = { ...emptyProgressFile(), current: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
    expect(saveProgress(dir, leaky)).toEqual({ ok: false, message: 'Progress was not saved: it would have contained a secret.' });
    expect(saveProgress(dir, { ...emptyProgressFile(), current: 'hunter2-pass' }, ['hunter2-pass']).ok).toBe(false);
    expect(existsSync(file())).toBe(false);
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
    expect(loaded.problem).toMatch(reason);
    expect(loaded.problem).toContain('progress.json.corrupt-2026-02-01T10-00-00-000Z');
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
  it('from a future version', () => {
    writeFileSync(file(), JSON.stringify({ format: 'iamtutor-progress', version: 99, lessons: {} }));
    expectMovedAside(/newer iamtutor/);
  });
  it('valid JSON of the wrong shape', () => {
    writeFileSync(file(), JSON.stringify({ format: 'iamtutor-progress', version: 1, lessons: { x: { progress: {}, state: {} } } }));
    expectMovedAside(/not an iamtutor progress file/);
  });
  it('a damaged saved state', () => {
    const saved = LessonRun.start(LESSON, options).toSaved();
    delete saved.state.account;
    writeFileSync(file(), JSON.stringify({ format: 'iamtutor-progress', version: 1, lessons: { [LESSON.id]: saved } }));
    expectMovedAside(/saved state of lesson 'create-access-keys' is damaged/);
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
