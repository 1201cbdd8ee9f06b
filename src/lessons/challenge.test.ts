// The final challenge: a scenario and goals, no steps to follow. Its check and goals must hold
// only for a real answer to the theft, whichever way the learner goes about it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulatedClock } from '../store/clock.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { lintLessonText } from './lint.js';
import { parseLesson } from './loader.js';
import { replayActions } from './replay.js';
import { LessonRun } from './run.js';
import { actionsFrom, START } from '../../test/helpers/lessons.js';

const PATH = 'lessons/09-challenge-stolen-laptop.yaml';
const text = readFileSync(new URL(`../../${PATH}`, import.meta.url), 'utf8');
const lesson = parseLesson(text, PATH).lesson!;

function assessed(actions: string) {
  const run = LessonRun.start(lesson, { newStore: createStoreWithTerminal, clock: simulatedClock(START), now: () => START, mode: 'assessment' });
  const replayed = replayActions(run.store, actionsFrom(actions), run.progress.setupKeyIds);
  run.update();
  return { run, replayed, score: run.toSaved().progress.score };
}

describe('the final challenge', () => {
  it('lints clean, with at least 10 wrong paths tried and none passing', () => {
    const result = lintLessonText(text, PATH, { newStore: createStoreWithTerminal });
    expect(result.diagnostics).toEqual([]);
    expect(result.wrongPaths!.tried).toBeGreaterThanOrEqual(10);
    expect(result.wrongPaths!.passed).toBe(0);
  });

  it('gives only a scenario: one hands-on step, and goals that grade it', () => {
    expect(lesson.steps).toHaveLength(1);
    expect(lesson.goals.filter((g) => g.at === 'end').map((g) => g.id)).toEqual(['stolen-key-gone', 'one-new-cli-key', 'cli-works']);
  });

  it('is passed in another order than the solution: the new key first, the stolen one killed after', () => {
    const { run, score } = assessed(`
      - navigate: {screen: create-access-key, userName: jane.doe}
      - createAccessKey: {user: jane.doe, description: new-laptop}
      - configureCli: {}
      - secret: closed
      - shell: aws sts get-caller-identity
      - setKeyStatus: {user: jane.doe, key: {origin: setup}, status: Inactive}
      - deleteAccessKey: {user: jane.doe, key: {origin: setup}}
    `);
    expect(run.finished).toBe(true);
    expect(score).toEqual({ held: 5, of: 5 });
  });

  it('is not passed, and scores what holds, when the stolen key is only deactivated', () => {
    const { run, score } = assessed(`
      - setKeyStatus: {user: jane.doe, key: {origin: setup}, status: Inactive}
      - navigate: {screen: create-access-key, userName: jane.doe}
      - createAccessKey: {user: jane.doe}
      - configureCli: {}
      - secret: closed
      - shell: aws sts get-caller-identity
    `);
    expect(run.finished).toBe(false);
    expect(score).toEqual({ held: 3, of: 5 });
    expect(run.evaluateCurrent()!.missing.join(' ')).toContain("Jane's stolen key laptop-2025 still exists");
  });

  it('is not passed when the secret was only shown and the CLI typed by hand with a wrong secret', () => {
    const { run } = assessed(`
      - setKeyStatus: {user: jane.doe, key: {origin: setup}, status: Inactive}
      - deleteAccessKey: {user: jane.doe, key: {origin: setup}}
      - navigate: {screen: create-access-key, userName: jane.doe}
      - createAccessKey: {user: jane.doe}
      - secret: shown
      - secret: closed
      - shell: aws configure set aws_access_key_id AKIANOTJANESKEYEXAMPLE
    `);
    expect(run.finished).toBe(false);
    expect(run.violatedGoals().map((g) => g.goalId)).toContain('no-lost-secret');
  });
});
