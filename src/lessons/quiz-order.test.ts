import { describe, expect, it } from 'vitest';
import { shownChoices } from './quiz-order.js';

const QUIZ = {
  choices: ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, text: `choice ${key}` })),
};
const order = (seed: string | undefined, step = 'quiz-1', lesson = 'lesson-1') => shownChoices(QUIZ, seed, lesson, step).map((c) => c.key).join('');

describe('the order quiz choices are shown in', () => {
  it('is the authored order without a seed (demo, lint, tests)', () => {
    expect(order(undefined)).toBe('abcde');
  });

  it('is the same for the same learner, lesson and quiz on every start', () => {
    expect(order('/home/ada/.local/state/iamtutor')).toBe(order('/home/ada/.local/state/iamtutor'));
  });

  it('differs between learners and between quizzes, and is not the authored order for most', () => {
    const learners = Array.from({ length: 40 }, (_, i) => order(`/home/learner-${i}`));
    // 5 choices have 120 orders: 40 learners land on many of them, rarely the authored one.
    expect(new Set(learners).size).toBeGreaterThan(20);
    expect(learners.filter((o) => o === 'abcde').length).toBeLessThan(4);
    // Where the right answer (c) lands is spread over every position.
    expect(new Set(learners.map((o) => o.indexOf('c')))).toEqual(new Set([0, 1, 2, 3, 4]));
    const quizzes = Array.from({ length: 20 }, (_, i) => order('/home/ada', `quiz-${i}`));
    expect(new Set(quizzes).size).toBeGreaterThan(10);
    expect(order('/home/ada', 'quiz-1', 'lesson-1')).not.toBe(order('/home/ada', 'quiz-1', 'lesson-2'));
  });

  it('labels the shown positions a, b, c… and keeps each choice with its own key and text', () => {
    const shown = shownChoices(QUIZ, '/home/ada', 'lesson-1', 'quiz-1');
    expect(shown.map((c) => c.label)).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const c of shown) expect(c.text).toBe(`choice ${c.key}`);
    expect(shown.map((c) => c.key).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
