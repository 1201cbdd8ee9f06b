import { describe, expect, it } from 'vitest';
import { lessonFrom } from '../../test/helpers/lessons.js';
import { formatDiagnostic } from './diagnostics.js';
import { sourceTexts } from './translatable.js';
import { parseTranslation } from './translation-file.js';
import { applyTranslation, lessonTranslationProblems, parityProblems } from './translation.js';
import { lintLessonTranslation } from './translation-lint.js';

const LESSON = `
id: keys
version: 2
title: Create a key
summary: Jane needs a key.
level: beginner
minutes: 5
setup:
  users: [{name: jane.doe}]
  start: {screen: users}
feedback:
  - id: wrong-user
    when: {user: {name: admin, accessKeys: {count: 1}}}
    message: That key ({key}) is not **jane.doe**'s.
steps:
  - id: create
    title: Create the key
    instructions: |
      Open **jane.doe** and choose **Create access key**.

      1. Choose \`cli\`.
      2. Press **Next**.
    hints: [Look at the Security credentials tab., Press **Enter**.]
    check:
      all:
        - {user: {name: jane.doe, accessKeys: {count: 1}}}
        - {user: {name: jane.doe, accessKeys: {status: Active}}, message: The key must be active.}
    solution:
      - createAccessKey: {user: jane.doe}
  - id: why
    title: Why
    quiz:
      question: Why a key?
      choices:
        - {key: a, text: For the CLI, why: Right.}
        - {key: b, text: For the console}
      answer: a
      explanation: The CLI needs one.
finish: Done.
`;
const lesson = lessonFrom(LESSON);

const GERMAN = `lesson: keys
version: 2
title: Einen Schlüssel erstellen
steps:
  create:
    title: Den Schlüssel erstellen
    instructions: |
      Öffne **jane.doe** und wähle **Create access key**.

      1. Wähle \`cli\`.
      2. Drücke **Next**.
    hints:
      - Sieh auf den Tab Security credentials.
    check:
      all:
        1: {message: Der Schlüssel muss aktiv sein.}
  why:
    quiz:
      choices:
        a: {text: Für die CLI}
feedback:
  wrong-user:
    message: Dieser Schlüssel ({key}) gehört nicht **jane.doe**.
`;

describe('translations', () => {
  it('lists every text a learner reads, keyed by ids, and nothing a check or a solution holds', () => {
    expect([...sourceTexts(lesson).keys()]).toEqual([
      'title',
      'summary',
      'steps.create.title',
      'steps.create.instructions',
      'steps.create.hints.0',
      'steps.create.hints.1',
      'steps.create.check.all.1.message',
      'steps.why.title',
      'steps.why.quiz.question',
      'steps.why.quiz.choices.a.text',
      'steps.why.quiz.choices.a.why',
      'steps.why.quiz.choices.b.text',
      'steps.why.quiz.explanation',
      'feedback.wrong-user.message',
      'finish',
    ]);
  });

  it('lays the translated texts over the lesson and leaves the others in English, text by text', () => {
    const { lesson: de, completeness } = applyTranslation(lesson, parseTranslation(GERMAN, 'keys.de.yaml').texts);
    expect(de.title).toBe('Einen Schlüssel erstellen');
    expect(de.summary).toBe('Jane needs a key.');
    expect(de.steps[0]!.hints).toEqual(['Sieh auf den Tab Security credentials.', 'Press **Enter**.']);
    expect(de.steps[0]!.check!.all![1]!.message).toBe('Der Schlüssel muss aktiv sein.');
    expect(de.steps[1]!.quiz!.choices.map((c) => c.text)).toEqual(['Für die CLI', 'For the console']);
    expect(completeness).toEqual({ translated: 7, total: 15 });
    expect(lesson.title).toBe('Create a key');
  });

  it('cannot change a check, a solution, the setup or a quiz answer', () => {
    const hostile = `lesson: keys
version: 2
setup: {users: [{name: mallory}]}
steps:
  create:
    title: Erstellen
    solution: [{deleteUser: {user: jane.doe}}]
    check: {user: {name: nobody}, all: {0: {user: {name: nobody}}}}
  why:
    quiz: {answer: b, choices: {b: {key: a}}}
`;
    const parsed = parseTranslation(hostile, 'keys.de.yaml');
    expect(parsed.diagnostics).toEqual([]);
    const { lesson: de } = applyTranslation(lesson, parsed.texts);
    expect({ ...de, steps: de.steps.map((s) => ({ ...s, title: '' })) }).toEqual({ ...lesson, steps: lesson.steps.map((s) => ({ ...s, title: '' })) });
    expect(de.steps[0]!.title).toBe('Erstellen');
    expect(lessonTranslationProblems(lesson, parsed, 'de').map((p) => p.message)).toEqual([
      'setup: the English has no such text',
      'steps.create.solution: the English has no such text',
      'steps.create.check.user: the English has no such text',
      'steps.create.check.all.0: the English has no such text',
      'steps.why.quiz.answer: the English has no such text',
      'steps.why.quiz.choices.b.key: the English has no such text',
      'de: 1 of 15 texts translated (6%); the others show in English',
    ]);
  });

  it('keeps placeholders, bold console labels, code and the list layout as in English', () => {
    expect(parityProblems('That key ({key}) is **jane.doe**’s.', 'Dieser Schlüssel gehört **jane.doe**.')).toEqual(["placeholders must stay as in English; missing: '{key}'"]);
    expect(parityProblems('Choose **Create access key**.', 'Wähle **Zugriffsschlüssel erstellen**.')).toEqual([
      "**bold** text (console labels, keys and names stay English) must stay as in English; missing: '**Create access key**'; not in the English: '**Zugriffsschlüssel erstellen**'",
    ]);
    expect(parityProblems('Run `aws configure`.', 'Führe aws configure aus.')).toEqual(["`code` must stay as in English; missing: '`aws configure`'"]);
    expect(parityProblems('Do:\n\n1. one\n2. two', 'Tu:\n\n1. eins')).toEqual(['the layout differs from the English (1 paragraph, a list of 2 there, 1 paragraph, a list of 1 here)']);
    expect(parityProblems('Open **jane.doe** then `ls`.', 'Dann `ls`, öffne **jane.doe**.')).toEqual([]);
  });

  it('lints a translation with lines and columns: unknown ids, parity, the version it was made from, how much is translated', () => {
    const broken = GERMAN.replace('version: 2', 'version: 1')
      .replace('  create:\n    title', '  creat:\n    title')
      .replace('Dieser Schlüssel ({key})', 'Dieser Schlüssel');
    const result = lintLessonTranslation(broken, 'keys.de.yaml', 'de', lesson);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'keys.de.yaml:1:1: warning: de: 3 of 15 texts translated (20%); the others show in English',
      'keys.de.yaml:2:10: warning: translated from version 1; the lesson is now version 2: check the texts that changed, then set version: 2',
      'keys.de.yaml:5:3: steps.creat: the English has no such text (did you mean steps.create?)',
      "keys.de.yaml:23:14: feedback.wrong-user.message: placeholders must stay as in English; missing: '{key}'",
    ]);
  });
});
