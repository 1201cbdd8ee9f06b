// Progress across sessions, in process with a temporary data folder: quitting and starting
// again resumes at the same step with the same account; a damaged file is moved aside.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY } from '../../test/helpers/render.js';
import { createAccessKeyAsConsole } from '../store/index.js';
import { renderLesson, tempDir } from '../../test/helpers/lesson-fixture.js';
import { quizLabel } from '../../test/helpers/quiz.js';

let ui: ReturnType<typeof renderLesson> | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

describe('saved progress', () => {
  it('resumes at the same step with the same account after quitting', async () => {
    const dataDir = tempDir();
    const first = (ui = renderLesson({ dataDir }));
    await first.waitFor('Step 1 of 9');
    await first.press(KEY.enter);
    await first.waitFor('Step 2 of 9');
    await first.press('4');
    await first.waitFor('Step 3 of 9');
    // One wrong answer (a: her laptop's sign-in), then the right one, under the letters this learner sees.
    const label = (key?: string) => quizLabel(dataDir, 'create-access-keys', 'what-keys-are-for', key);
    await first.press(label('a'), label(), KEY.enter);
    await first.waitFor('Step 4 of 9');
    first.store.getState().navigate({ screen: 'create-access-key', userName: 'jane.doe' });
    await first.waitFor('Step 5 of 9');
    // As the wizard does it: the key created for the CLI use case.
    createAccessKeyAsConsole(first.store, 'jane.doe', '', 'cli');
    await first.waitFor('Step 6 of 9');
    await first.press('h');
    const account = first.store.getState().account;
    first.unmount(); // the learner quits (every action was already saved)
    ui = undefined;

    const file = join(dataDir, 'progress.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = (ui = renderLesson({ dataDir }));
    const frame = await again.waitFor('Step 6 of 9');
    expect(frame).toContain('Save the secret');
    // The hint taken is remembered (the panel may scroll it out of view at this size).
    expect(frame).toContain('h hint (1 left)');
    expect(again.run.progress.steps['save-secret']!.hintsRevealed).toBe(1);
    expect(again.store.getState().account).toEqual(account);
    expect(again.run.progress.steps['what-keys-are-for']!.wrongAnswers).toBe(1);
    expect(again.run.progress.steps['create-key']!.status).toBe('passed');
    expect(again.store.getState().account.users.find((u) => u.userName === 'jane.doe')!.accessKeys).toHaveLength(1);
  });

  it('moves a damaged progress file aside, says so, and starts the lesson fresh', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'progress.json'), '{"format": "iamtutor-progress", "version": 1, "lessons": {', { mode: 0o600 });
    const u = (ui = renderLesson({ dataDir, columns: 80, rows: 24 }));
    expect(u.problem).toMatch(/^Your saved progress could not be used: it is not valid JSON/);
    const frame = await u.waitFor('Step 1 of 9');
    expect(frame).toContain('⚠ Your saved progress could not be used');
    const aside = readdirSync(dataDir).filter((name) => name.startsWith('progress.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0]!), 'utf8')).toContain('"lessons": {');
    const saved = JSON.parse(readFileSync(join(dataDir, 'progress.json'), 'utf8')) as { lessons: Record<string, unknown> };
    expect(Object.keys(saved.lessons)).toEqual(['create-access-keys']);
    // The message belongs to the step it was said on.
    await u.press(KEY.enter);
    await u.waitFor('Step 2 of 9');
    expect(u.frame()).not.toContain('could not be used');
  });
});
