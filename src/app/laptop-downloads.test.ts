// A console download lands on the simulated laptop too (issue 16): in its ~/Downloads, under the
// console's name, readable by the shell, saved only in the data folder's laptop.json (0600), never
// in progress.json, and gone when the lesson is reset.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { accessKeysCsv, accessKeysFileName } from '../store/workflows/download-files.js';
import { simulatedClock } from '../store/index.js';
import { downloadToLaptop } from '../store/workflows/laptop-downloads.js';
import { START } from '../../test/helpers/render.js';
import { openProgress, startLesson } from './start-lesson.js';
import { shippedLesson, tempDir } from '../../test/helpers/lesson-fixture.js';

const KEY = 'AKIAJANEDOEKEYEXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzEXAMPLEKEY';
const CSV = accessKeysCsv(KEY, SECRET);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function lesson() {
  const dir = tempDir();
  dirs.push(dir);
  const progress = openProgress(dir);
  const session = startLesson(shippedLesson('use-keys-with-cli'), progress.keeper, { clock: simulatedClock(START), now: () => START });
  return { dir, session, store: session.run.store };
}

describe('a console download on the laptop', () => {
  it('is in ~/Downloads under the console name; a second one is "name (1).csv", as a browser does', () => {
    const { store } = lesson();
    expect(downloadToLaptop(store, accessKeysFileName('jane.doe'), CSV)).toBe('~/Downloads/jane.doe_accessKeys.csv');
    expect(downloadToLaptop(store, accessKeysFileName('jane.doe'), CSV)).toBe('~/Downloads/jane.doe_accessKeys (1).csv');
    expect(store.getState().shell.files['~/Downloads/jane.doe_accessKeys.csv']).toBe(CSV);
    expect(
      store
        .getState()
        .runShell('ls ~/Downloads')
        .output.map((l) => l.text),
    ).toEqual(['jane.doe_accessKeys (1).csv  jane.doe_accessKeys.csv']);
    // `cat` shows the CRLF rows as lines, as a terminal does.
    expect(
      store
        .getState()
        .runShell('cat ~/Downloads/jane.doe_accessKeys.csv')
        .output.map((l) => l.text),
    ).toEqual(['\uFEFFAccess key ID,Secret access key', `${KEY},${SECRET}`]);
    // Not an account action: nothing for undo to take back, no event of its own.
    expect(store.getState().past).toEqual([]);
  });

  it('is saved in laptop.json (mode 0600) in the data folder, never in progress.json', () => {
    const { dir, session, store } = lesson();
    downloadToLaptop(store, accessKeysFileName('jane.doe'), CSV);
    session.saveNow();
    expect(readdirSync(dir).sort()).toEqual(['laptop.json', 'progress.json']);
    expect(readFileSync(join(dir, 'laptop.json'), 'utf8')).toContain(SECRET);
    expect(statSync(join(dir, 'laptop.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'progress.json'), 'utf8')).not.toContain(SECRET);
  });

  it('goes, with the rest of the laptop, when the lesson is reset', () => {
    const { dir, session, store } = lesson();
    downloadToLaptop(store, accessKeysFileName('jane.doe'), CSV);
    store.getState().runShell('aws configure set region eu-west-1');
    expect(Object.keys(store.getState().shell.files).sort()).toEqual(['~/.aws/config', '~/Downloads/jane.doe_accessKeys.csv']);
    session.run.resetLesson();
    session.saveNow();
    expect(store.getState().shell.files).toEqual({});
    expect(store.getState().runShell('ls ~/Downloads').exitCode).toBe(2);
    expect(readFileSync(join(dir, 'laptop.json'), 'utf8')).not.toContain(SECRET);
  });
});
