import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostics.js';
import { lintLessonText } from './lint.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { answerGivenAway } from './references.js';

const quiz = (right: string, ...wrong: string[]) => ({
  question: 'What is an access key for?',
  choices: [{ key: 'a', text: right }, ...wrong.map((text, i) => ({ key: String.fromCharCode(98 + i), text }))],
  answer: 'a',
});

describe('quiz answers that can be guessed', () => {
  it('warns when the right answer is the only much longer choice', () => {
    expect(answerGivenAway(quiz('Call AWS from the AWS CLI, an SDK or the API directly, and nothing else', 'The console', 'Her laptop'))).toMatch(
      /^the right answer is the only much longer choice \(71 characters, the others at most 11\)/,
    );
  });
  it('says nothing when another choice is about as long', () => {
    expect(answerGivenAway(quiz('Call AWS from the AWS CLI or an SDK', 'Sign in to the AWS Management Console', 'Her laptop'))).toBeNull();
  });
  it('says nothing when the right answer is longer by a ratio but not by a visible amount', () => {
    // 14 characters against 4: 3.5 times, but only 10 characters more.
    expect(answerGivenAway(quiz('Yes, every day', 'No', 'Once', 'Never'))).toBeNull();
    // At the edge: 1.4 times and exactly 20 more is flagged, 19 more is not.
    expect(answerGivenAway(quiz('x'.repeat(70), 'y'.repeat(50)))).toMatch(/only much longer/);
    expect(answerGivenAway(quiz('x'.repeat(69), 'y'.repeat(50)))).toBeNull();
  });
  it("warns when the step's instructions, on the same screen, print the answer", () => {
    const q = quiz('Deactivate and delete that key', 'Ask AWS Support to recover it', 'Show it again on her tab');
    expect(answerGivenAway(q, 'A lost secret cannot be recovered: **deactivate and delete that key**, then\ncreate a new one.')).toBe(
      "the step's instructions print the right answer, on the screen that asks it",
    );
    expect(answerGivenAway(q, 'Jane lost her secret.')).toBeNull();
  });
  it('warns when the question prints the answer', () => {
    expect(answerGivenAway({ ...quiz('an access key', 'a password'), question: 'Jane needs an access key for the CLI. What does she need?' })).toBe(
      'the question prints the right answer',
    );
  });
});

describe('iamtutor lint on a quiz that gives its answer away', () => {
  it('warns at the answer, naming the step', () => {
    const text = `id: giveaway
version: 1
title: Giveaway
summary: A quiz whose screen prints its answer.
level: beginner
minutes: 1
setup: {}
steps:
  - id: lost
    title: Lost secret
    instructions: A lost secret cannot be recovered; deactivate and delete the key.
    quiz:
      question: Jane lost her secret. What do you do?
      choices:
        - {key: a, text: Ask AWS Support to recover it}
        - {key: b, text: Deactivate and delete the key}
      answer: b
      explanation: Only a new key has a secret she can keep.
finish: Done.
`;
    const result = lintLessonText(text, 'giveaway.yaml', { newStore: createStoreWithTerminal });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "giveaway.yaml:17:15: warning: step 'lost': the step's instructions print the right answer, on the screen that asks it",
    ]);
  });
});
