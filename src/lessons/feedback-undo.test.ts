// A feedback warning stays in the panel only while what it says is so: undone or fixed, it goes,
// and the mistake stays counted. Found walking rotate-keys: the "you deactivated the new key"
// warning stayed beside a key that Ctrl+Z had made Active again.
import { describe, expect, it } from 'vitest';
import { closeAccessKeyReveal, createAccessKeyAsConsole, noteSecretSaved, setAccessKeyStatus } from '../store/index.js';
import type { LessonRun } from './run.js';
import { runView } from './view.js';
import { startShipped } from '../../test/helpers/lessons.js';

const warnings = (run: LessonRun) => runView(run).current?.feedback.map((f) => f.ruleId) ?? [];

describe('feedback in the panel', () => {
  it('goes when the mistake is undone, and stays counted', () => {
    const run = startShipped('05-rotate-keys.yaml');
    run.answer('b');
    expect(run.currentStep?.id).toBe('create-second');
    const made = createAccessKeyAsConsole(run.store, 'jane.doe', 'laptop-2026');
    if (!made.ok) throw new Error('no key');
    noteSecretSaved(run.store, made.accessKeyId, 'downloaded');
    expect(run.currentStep?.id).toBe('switch-cli');
    closeAccessKeyReveal(run.store, 'jane.doe');
    setAccessKeyStatus(run.store, 'jane.doe', made.accessKeyId, 'Inactive');
    expect(warnings(run)).toEqual(['deactivated-new']);

    expect(run.undo()).toBe(true);
    expect(run.store.getState().account.users[0]!.accessKeys.find((k) => k.accessKeyId === made.accessKeyId)?.status).toBe('Active');
    expect(warnings(run)).toEqual([]);
    expect(run.progress.feedbackFired.map((f) => f.key)).toEqual(['lesson/deactivated-new']);

    // The same mistake again is shown again (once) and counted again.
    setAccessKeyStatus(run.store, 'jane.doe', made.accessKeyId, 'Inactive');
    expect(warnings(run)).toEqual(['deactivated-new']);
    expect(run.progress.feedbackFired).toHaveLength(2);
  });
});
