// The self-test with the wrong paths of the first steps tried apart (another thread, in `lint`)
// must say exactly what the self-test says in one piece: the same problems in the same order and
// the same counts, wherever the lesson is split.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLessonYaml } from '../../scripts/bench/generate-lesson.mjs';
import { lessonFrom } from '../../test/helpers/lessons.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import type { Lesson } from './schema.js';
import { fillHoles, selfTest, selfTestLeaving, wrongPathsOfFirstSteps } from './self-test.js';
import type { WrongPathCounts } from './wrong-paths.js';

const newStore = createStoreWithTerminal;

function whole(lesson: Lesson) {
  const counts: WrongPathCounts = { tried: 0, passed: 0 };
  return { problems: selfTest(lesson, newStore, counts), counts };
}

function split(lesson: Lesson, at: number) {
  const counts: WrongPathCounts = { tried: 0, passed: 0 };
  const main = selfTestLeaving(lesson, newStore, counts, at);
  const part = wrongPathsOfFirstSteps(lesson, newStore, at);
  return { problems: fillHoles(main.problems, main.holes, part, counts), counts };
}

// A generated lesson whose key steps check only that there is one key: every other use case
// passes them, a wrong-path problem in each of those steps, on both sides of any split.
const weak = lessonFrom(generateLessonYaml(24).replaceAll('accessKeys: {count: 1,status: Active,useCase: cli,secret: kept}', 'accessKeys: {count: 1}'));

describe('the self-test split at a step', () => {
  it('gives the problems and counts of the whole self-test, in the same order, at every split of a lesson with many', () => {
    const expected = whole(weak);
    const stepsWithProblems = new Set(expected.problems.filter((p) => p.message.includes(' passes when ')).map((p) => p.path[1]));
    // The lesson really has wrong-path problems early and late (else a lost part would go unseen).
    expect(stepsWithProblems.size).toBeGreaterThan(2);
    for (let at = 0; at <= weak.steps.length; at += 1) expect(split(weak, at), `split at ${at}`).toEqual(expected);
  });

  it('leaves out nothing: without the part, the first steps’ problems are missing', () => {
    const at = weak.steps.length / 2;
    const counts: WrongPathCounts = { tried: 0, passed: 0 };
    const main = selfTestLeaving(weak, newStore, counts, at);
    expect(main.problems.length).toBeLessThan(whole(weak).problems.length);
    expect(main.holes.every((h) => h.step < at)).toBe(true);
  });

  it('gives the whole self-test of a shipped lesson with quizzes and terminal steps, split in the middle', () => {
    const lesson = lessonFrom(readFileSync(new URL('../../lessons/07-use-keys-with-cli.yaml', import.meta.url), 'utf8'));
    const expected = whole(lesson);
    expect(expected.counts.tried).toBeGreaterThan(10);
    expect(split(lesson, Math.floor(lesson.steps.length / 2))).toEqual(expected);
  });
});
