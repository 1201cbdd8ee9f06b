// Keys typed ahead in one write (a fast typist, a paste of keys, a tmux send-keys) cross a step
// boundary: "\r4c" opens Jane, her Security credentials tab, and answers the quiz that tab begins.
// The answer arrives before the quiz step is drawn; it must still count.
import { afterEach, describe, expect, it } from 'vitest';
import { renderLesson } from '../../../test/helpers/lesson-fixture.js';

let ui: ReturnType<typeof renderLesson> | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

describe('lesson keys typed ahead in one write', () => {
  it('a quiz answered in the same write as the key that reaches the quiz step is answered', async () => {
    const u = (ui = renderLesson({ id: 'create-access-keys', columns: 120, rows: 40 }));
    await u.waitFor('Step 1 of 9');
    u.stdin.write('\r4c');
    await u.waitFor('✓ Correct');
    expect(u.run.progress.steps['what-keys-are-for']!.answeredAt).toBeDefined();
    expect(u.run.progress.steps['what-keys-are-for']!.wrongAnswers).toBe(0);
  });

  it('a quiz letter on a step without a quiz does nothing and counts nothing', async () => {
    const u = (ui = renderLesson({ id: 'create-access-keys', columns: 120, rows: 40 }));
    await u.waitFor('Step 1 of 9');
    u.stdin.write('c');
    await u.settle();
    expect(u.run.currentStep?.id).toBe('open-jane');
    expect(Object.values(u.run.progress.steps).every((s) => s.wrongAnswers === 0 && s.answeredAt === undefined)).toBe(true);
  });
});
