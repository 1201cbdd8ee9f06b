import { describe, expect, it } from 'vitest';
import { shippedLesson } from '../../test/helpers/lesson-fixture.js';
import { simulatedClock } from '../store/index.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { START } from '../../test/helpers/render.js';
import { startAtStep } from './checkpoint.js';
import { replayActions } from './replay.js';
import { LessonRun } from './run.js';
import { buildSetup } from './setup.js';
import { emptyProgressFile, withLesson } from './progress.js';

const lesson = shippedLesson('create-access-keys').lesson!;
const options = () => ({ newStore: createStoreWithTerminal, clock: simulatedClock(START), now: () => START });

/** The setup, then the solutions of the steps before `index`, straight through. */
function replayed(index: number): string {
  const built = buildSetup(lesson.setup);
  const store = createStoreWithTerminal({ ...built, clock: simulatedClock(START) });
  for (const step of lesson.steps.slice(0, index)) expect(replayActions(store, step.solution ?? []).ok).toBe(true);
  return store.getState().snapshot();
}

describe('class checkpoints (start --step)', () => {
  it("judge each step's feedback rules once, at the step reached, as a run passing every step would have them", () => {
    // Lesson 7 has lesson-wide rules and step rules whose truths change along the way.
    for (const shipped of [shippedLesson('use-keys-with-cli').lesson!, lesson]) {
      shipped.steps.forEach((step, index) => {
        const result = startAtStep(shipped, step.id, undefined, options());
        if (!result.ok) throw new Error(result.message);
        // The same steps advanced one by one, each step's rules judged as it begins.
        const oneByOne = LessonRun.start(shipped, options());
        oneByOne.edit(() => {
          for (const earlier of shipped.steps.slice(0, index)) {
            expect(replayActions(oneByOne.store, earlier.solution ?? [], oneByOne.progress.setupKeyIds).ok).toBe(true);
            oneByOne.forceAdvance();
          }
        });
        expect(Object.fromEntries(result.run.lastTruth), `${shipped.id} at ${step.id}`).toEqual(Object.fromEntries(oneByOne.lastTruth));
      });
    }
  });

  it('start each step in exactly the state the earlier solutions produce', () => {
    lesson.steps.forEach((step, index) => {
      const result = startAtStep(lesson, step.id, undefined, options());
      if (!result.ok) throw new Error(result.message);
      expect(result.run.progress.currentStepId).toBe(step.id);
      expect(result.run.store.getState().snapshot()).toBe(replayed(index));
      // The secret of a key created by an earlier step is on screen, as after Skip.
      if (step.id === 'save-secret') expect(result.run.store.getState().reveal?.kind).toBe('access-key');
    });
  });

  it('counts the earlier steps as skipped, but keeps those the learner had passed', () => {
    const before = LessonRun.start(lesson, options());
    before.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'permissions' });
    before.update();
    before.revealHint();
    const file = withLesson(emptyProgressFile(), before.toSaved());
    const result = startAtStep(lesson, 'open-wizard', file, options());
    if (!result.ok) throw new Error(result.message);
    const status = Object.fromEntries(lesson.steps.map((s) => [s.id, result.run.progress.steps[s.id]!.status]));
    expect(status).toMatchObject({ 'open-jane': 'passed', 'security-credentials': 'skipped', 'what-keys-are-for': 'skipped', 'open-wizard': 'current', 'create-key': 'pending' });
    expect(result.run.progress.steps['security-credentials']!.hintsRevealed).toBe(1);
  });

  it('refuses an unknown step with the list of step ids', () => {
    expect(lesson.steps.map((s) => s.id)).toContain('open-wizard');
    expect(startAtStep(lesson, 'step-4', undefined, options())).toEqual({
      ok: false,
      message: `lesson 'create-access-keys' has no step 'step-4'; its steps are: ${lesson.steps.map((s) => s.id).join(', ')}`,
    });
  });
});
