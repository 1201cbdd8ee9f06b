// Faults a learner's terminal brings, in a real pseudo-terminal against the built binary:
// SIGTERM, SIGHUP, SIGINT and Ctrl+C mid-lesson (progress saved, terminal restored, the
// conventional exit code), a damaged or unwritable data folder (one clear sentence, the lesson
// goes on), and a window shrunk below 80×24 mid-wizard and grown back (the wizard intact).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProgress } from '../../src/lessons/progress-file.js';
import { KEYS, startIamtutor, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

const LESSON = 'create-access-keys';
const temp = (prefix: string) => tempDir(prefix);
let session: Session | undefined;
afterEach(() => {
  try {
    session?.kill('SIGKILL');
  } catch {
    // already gone
  }
  session = undefined;
});

/** Starts the lesson and passes its first step (open Jane Doe: Enter on her selected row). */
async function startAndPassStepOne(dataDir: string, columns = 120, rows = 40): Promise<Session> {
  const s = (session = startIamtutor(['start', LESSON, '--data-dir', dataDir], { columns, rows }));
  await s.waitFor(/Step 1 of \d+/);
  // Enter again if the first one came before the app listened (it is drawn a moment earlier).
  await s.pressUntil(/Step 2 of \d+/, KEYS.enter, 4);
  return s;
}

/** The terminal is as it was: alternate screen left after it was entered, cursor shown after hidden. */
function expectRestored(raw: string) {
  expect(raw).toContain('\u001B[?1049h');
  expect(raw.lastIndexOf('\u001B[?1049l')).toBeGreaterThan(raw.lastIndexOf('\u001B[?1049h'));
  expect(raw.lastIndexOf('\u001B[?25h')).toBeGreaterThan(raw.lastIndexOf('\u001B[?25l'));
}

/**
 * Everything the program wrote, as plain words: escape sequences, box borders and line breaks
 * removed, so a sentence wrapped over several rows of a side panel reads as one. (Read from
 * the bytes rather than the emulated screen, whose rows a headless xterm sometimes shows cut.)
 */
function writtenWords(raw: string): string {
  return raw
    .replace(/\u001B\[[0-9;?]*[A-Za-z]|\u001B\][^\u0007]*\u0007/g, '')
    .replace(/[│╭╮╰╯─]/g, ' ')
    .replace(/\s+/g, ' ');
}

async function waitForWords(s: Session, words: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!writtenWords(s.raw()).includes(words)) {
    if (Date.now() > deadline) throw new Error(`never wrote "${words}"; the screen was:\n${s.screen()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The saved file loads without a word and holds the lesson past its first step. */
function expectSavedPastStepOne(dataDir: string) {
  const loaded = loadProgress(dataDir);
  expect(loaded.problem).toBeUndefined();
  const saved = loaded.file.lessons[LESSON];
  expect(saved).toBeDefined();
  expect(Object.values(saved!.progress.steps).some((step) => step.status === 'passed')).toBe(true);
  expect(readdirSync(dataDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  return saved!;
}

describe('signals mid-lesson', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ] as const)('%s: progress saved, terminal restored, exit code %i', async (signal, code) => {
    const data = temp('iamtutor-sig-');
    const s = await startAndPassStepOne(data);
    s.kill(signal);
    const { exitCode } = await s.exited;
    expect(exitCode).toBe(code);
    expectRestored(s.raw());
    const saved = expectSavedPastStepOne(data);
    const first = saved.progress.currentStepId;

    // Nothing lost: the same command resumes where the signal came.
    const again = (session = startIamtutor(['start', LESSON, '--data-dir', data], { columns: 120, rows: 40 }));
    await again.waitFor(/Step 2 of \d+/);
    expect(loadProgress(data).file.lessons[LESSON]!.progress.currentStepId).toBe(first);
  });

  it('Ctrl+C mid-lesson quits in order (exit 0), saved and restored', async () => {
    const data = temp('iamtutor-ctrlc-');
    const s = await startAndPassStepOne(data);
    s.write(KEYS.ctrlC);
    const screen = await s.waitFor(/Quit iamtutor\?|\$ |^$/m, 3000).catch(() => s.screen());
    // A quit dialog (something would be lost) is answered by a second Ctrl+C.
    if (screen.includes('Quit iamtutor?')) s.write(KEYS.ctrlC);
    const { exitCode } = await s.exited;
    expect(exitCode).toBe(0);
    expectRestored(s.raw());
    expectSavedPastStepOne(data);
  });
});

describe('the data folder', () => {
  it('holds a corrupt progress file: the learner is told in a sentence and goes on', async () => {
    const data = temp('iamtutor-corrupt-');
    writeFileSync(join(data, 'progress.json'), '{"version":1,"lessons":{"create-access-keys":');
    const s = (session = startIamtutor(['start', LESSON, '--data-dir', data], { columns: 120, rows: 40 }));
    await s.waitFor(/Step 1 of \d+/);
    await waitForWords(s, 'starting fresh.');
    expect(writtenWords(s.raw())).toContain(
      'Your saved progress could not be used: it is not valid JSON (perhaps cut off). It was moved to',
    );
    expect(readdirSync(data).some((name) => name.startsWith('progress.json.corrupt-'))).toBe(true);
    await s.pressUntil(/Step 2 of \d+/, KEYS.enter, 4);
    s.kill('SIGTERM');
    await s.exited;
    expectSavedPastStepOne(data);
  });

  it('is missing, however deep: it is created on the first save', async () => {
    const data = join(temp('iamtutor-missing-'), 'not', 'there', 'yet');
    const s = await startAndPassStepOne(data);
    s.kill('SIGTERM');
    await s.exited;
    expect(existsSync(join(data, 'progress.json'))).toBe(true);
    expectSavedPastStepOne(data);
  });

  it('cannot be written (a file stands where the folder goes): a warning that says why, the lesson goes on', async () => {
    // As root chmod does not stop a write; a file in the path does, for anyone (ENOTDIR).
    const base = temp('iamtutor-blocked-');
    writeFileSync(join(base, 'state'), 'a file');
    const data = join(base, 'state', 'iamtutor');
    const s = await startAndPassStepOne(data);
    await waitForWords(s, 'not a folder');
    expect(writtenWords(s.raw())).toMatch(/Progress was not saved: part of that path is a file, not a folder \(in/);
    s.write('4');
    await s.waitFor(/Step 3 of \d+/);
    expect(s.screen()).not.toMatch(/Error|at .+:\d+:\d+/);
    s.kill('SIGTERM');
    expect((await s.exited).exitCode).toBe(143);
    expect(readFileSync(join(base, 'state'), 'utf8')).toBe('a file');
  });
});

describe('a window shrunk below 80×24 mid-wizard', () => {
  it('says it is too small, then gives the wizard back as it was', async () => {
    const s = (session = startIamtutor(['sandbox'], { columns: 100, rows: 30 }));
    await s.waitFor('IAM users');
    await s.pressUntil(/›\[ Create user \]/, KEYS.shiftTab);
    s.write(KEYS.enter);
    await s.waitFor('Specify user details');
    await s.type('resize.me');
    await s.waitFor('resize.me');
    s.resize(60, 20);
    await s.waitFor('too small');
    expect(s.screen()).toContain('It is 60×20');
    s.resize(100, 30);
    await s.waitForGone('too small');
    const screen = await s.waitFor('Specify user details');
    expect(screen).toContain('resize.me');
    // And it still works: the name is still being typed into.
    await s.type('2');
    await s.waitFor('resize.me2');
  });
});
