import { describe, expect, it } from 'vitest';
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
  it('warns when the question prints the answer', () => {
    expect(answerGivenAway({ ...quiz('an access key', 'a password'), question: 'Jane needs an access key for the CLI. What does she need?' })).toBe(
      'the question prints the right answer',
    );
  });
});
