import { describe, expect, it } from 'vitest';
import type { Step } from '../../lessons/index.js';
import { answerCaption, firstSentence, questionCaption, storyCaption } from './beats.js';

const step = (fields: Partial<Step>): Step =>
  ({ id: 's', title: 'T', hints: [], feedback: [], goals: [], wrong: [], skippable: true, ...fields }) as Step;

describe('a demo step caption', () => {
  it('is the first sentence of the instructions, in plain text', () => {
    expect(storyCaption(step({ instructions: 'You are on **IAM users**. Press **Tab** until `Create user` is focused.' }))).toEqual([
      'You are on IAM users.',
    ]);
  });

  it('does not cut at a dot that ends no sentence', () => {
    expect(firstSentence('Keys go in `~/.aws/credentials`, e.g. by aws configure. Then run it.')).toBe(
      'Keys go in `~/.aws/credentials`, e.g. by aws configure.',
    );
    expect(firstSentence('AWS CLI 2.32+ signs in. Next.')).toBe('AWS CLI 2.32+ signs in.');
    expect(firstSentence('Why keys? Because.')).toBe('Why keys?');
  });

  it('keeps a text with no sentence end whole, and ends an announcing colon with a stop', () => {
    expect(firstSentence('Retrieve access keys shows the two parts of the key:')).toBe(
      'Retrieve access keys shows the two parts of the key.',
    );
    expect(firstSentence('  Choose   Done  ')).toBe('Choose Done');
  });

  it("is a numbered list's first item when the instructions start with a list", () => {
    expect(storyCaption(step({ instructions: '1. Type the **User name** `jane.doe`. Leave the box.\n2. Choose **Next**.' }))).toEqual([
      'Type the User name jane.doe.',
    ]);
  });

  it("is a quiz's question and every choice, and the answer only once revealed", () => {
    const quiz = step({
      quiz: {
        question: 'What does **Jane** need?',
        choices: [
          { key: 'a', text: 'A password' },
          { key: 'b', text: 'An access key' },
        ],
        answer: 'b',
        explanation: 'The CLI signs **API** calls.',
      },
    });
    expect(storyCaption(quiz)).toEqual(questionCaption(quiz));
    expect(questionCaption(quiz)).toEqual(['Quiz: What does Jane need?', 'a) A password', 'b) An access key']);
    expect(questionCaption(quiz).join(' ')).not.toContain('Answer');
    expect(answerCaption(quiz)).toEqual(['Answer: b) An access key', 'The CLI signs API calls.']);
  });
});
