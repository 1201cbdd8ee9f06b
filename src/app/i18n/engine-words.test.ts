// The engine's own words reach the learner in her language: what a check still misses, why a
// skip is refused, the solution's actions, the notices of a resumed run, a feedback rule's
// fallback names. The engine is handed the catalogue (RunOptions.words); English when it is not.
import { describe, expect, it } from 'vitest';
import { createStoreWithTerminal } from '../../terminal/store-with-terminal.js';
import { simulatedClock } from '../../store/index.js';
import { describeAction, evaluate, LessonRun, openLesson, type RunOptions } from '../../lessons/index.js';
import { describeKeys } from '../../lessons/describe.js';
import { interpolate } from '../../lessons/feedback-message.js';
import { actionsFrom, checkFrom, evalStateOf, lessonFrom, START, storeFrom } from '../../../test/helpers/lessons.js';
import { loadMessages } from './messages.js';

const de = await loadMessages('de');
const ja = await loadMessages('ja');

const LESSON = lessonFrom(`
id: words-test
version: 2
title: Words
summary: The engine's words in the learner's language.
level: beginner
minutes: 5
finish: Done.
setup:
  users: [{name: jane.doe}]
steps:
  - id: open
    title: Open Jane
    instructions: Open her tab.
    check: {location: {screen: user, userName: jane.doe, tab: security-credentials}}
    solution: [{navigate: {screen: user, userName: jane.doe, tab: security-credentials}}]
  - id: create
    title: Create a key
    instructions: Create one.
    skippable: false
    check: {user: {name: jane.doe, accessKeys: {count: 1}}}
    solution: [{createAccessKey: {user: jane.doe}}]
  - id: quiz
    title: Quiz
    quiz:
      question: Which?
      choices: [{key: a, text: This one}, {key: b, text: That one}]
      answer: a
      explanation: Because.
`);

const options = (extra: Partial<RunOptions> = {}): RunOptions => ({
  newStore: createStoreWithTerminal,
  clock: simulatedClock(START),
  now: () => START,
  ...extra,
});

describe("the engine's words in the learner's language", () => {
  it('says what is still missing in German and Japanese, console labels in English', () => {
    const german = LessonRun.start(LESSON, options({ words: de }));
    expect(german.evaluateCurrent()?.missing).toEqual(['der Tab Security credentials von jane.doe ist geöffnet']);
    const japanese = LessonRun.start(LESSON, options({ words: ja }));
    expect(japanese.evaluateCurrent()?.missing).toEqual(['jane.doe の Security credentials タブを開いている']);
    // Given no words, the engine (lint, self-test) says it in English, as before.
    expect(LessonRun.start(LESSON, options()).evaluateCurrent()?.missing).toEqual(['you are on the Security credentials tab of jane.doe']);
  });

  it('counts access keys with the plural rules of each language', () => {
    const { store } = storeFrom('users: [{name: jane.doe}]');
    const check = checkFrom('{user: {name: jane.doe, accessKeys: {count: 2, status: Active}}}');
    expect(evaluate(check, { ...evalStateOf(store), words: de }).missing).toEqual(['jane.doe hat genau 2 Zugriffsschlüssel (aktiv)']);
    expect(evaluate(check, { ...evalStateOf(store), words: ja }).missing).toEqual(['jane.doe に有効なアクセスキーがちょうど 2 個ある']);
    expect(describeKeys({}, 1, de)).toBe('genau einen Zugriffsschlüssel');
    expect(describeKeys({ origin: 'new' }, { min: 2 }, de)).toBe('mindestens 2 Zugriffsschlüssel (neu)');
    expect(describeKeys({}, 1)).toBe('exactly 1 access key');
  });

  it('refuses a skip or a hint with a reason in German', () => {
    const run = LessonRun.start(LESSON, options({ words: de }));
    run.skip();
    expect(run.skip()).toEqual({ ok: false, message: 'Dieser Schritt kann nicht übersprungen werden.' });
    const assessed = LessonRun.start(LESSON, options({ words: de, mode: 'assessment' }));
    expect(assessed.skip()).toMatchObject({
      ok: false,
      message: 'In einer Prüfung gibt es keine Tipps, Lösungen oder übersprungenen Schritte.',
    });
    expect(assessed.solution().lines).toEqual(['In einer Prüfung gibt es keine Tipps, Lösungen oder übersprungenen Schritte.']);
  });

  it('says why a skip could not be done, title and reason apart, in German', () => {
    // Two keys for Jane before the step begins: its solution (one more key) fails from its start.
    const lesson = lessonFrom(`
id: skip-blocked
version: 1
title: Skip
summary: A skip that cannot be done.
level: beginner
minutes: 5
finish: Done.
setup:
  users: [{name: jane.doe, accessKeys: [{}, {}]}]
steps:
  - id: create
    title: Create a key
    instructions: Create one.
    check: {user: {name: jane.doe, accessKeys: {count: 3}}}
    solution: [{createAccessKey: {user: jane.doe}}]
`);
    const outcome = LessonRun.start(lesson, options({ words: de })).skip();
    expect(outcome).toMatchObject({ ok: false, title: 'Der Schritt konnte nicht übersprungen werden', offer: 'reset-lesson' });
    if (outcome.ok) throw new Error('the skip should be refused');
    expect(outcome.reason).toMatch(/^LimitExceeded.*\. Etwas, das vor diesem Schritt getan wurde, steht im Weg: mach es rückgängig/);
    expect(outcome.message).toBe(`${outcome.title}: ${outcome.reason}`);
  });

  it('says in Japanese that the secret a solution needs is not on screen', () => {
    const lesson = lessonFrom(`
id: no-secret
version: 1
title: Secret
summary: A solution that needs the Retrieve access keys page.
level: beginner
minutes: 5
finish: Done.
setup:
  users: [{name: jane.doe}]
steps:
  - id: show
    title: Show the secret
    instructions: Show it.
    check: {event: {ui: secret.shown}}
    solution: [{secret: shown}]
`);
    const outcome = LessonRun.start(lesson, options({ words: ja })).skip();
    expect(outcome).toMatchObject({ ok: false, title: 'ステップを飛ばせませんでした' });
    if (outcome.ok) throw new Error('the skip should be refused');
    expect(outcome.reason).toMatch(/^画面にシークレットアクセスキーが表示されていません \(先にアクセスキーを作成してください\)。/);
  });

  it("shows the solution's actions and a quiz's answer in the learner's language", () => {
    const run = LessonRun.start(LESSON, options({ words: ja }));
    expect(run.solution().lines).toEqual(['jane.doe の Security credentials タブに移動します。']);
    const [create] = actionsFrom('[{createAccessKey: {user: jane.doe, useCase: cli, description: laptop}}]');
    expect(describeAction(create!, de)).toBe(
      'Wähle in Create access key für jane.doe Command Line Interface (CLI), hake die Bestätigung an, Next; gib den Wert des Description tag "laptop" ein; dann Create access key.',
    );
    run.forceAdvance();
    run.forceAdvance();
    expect(run.solution().lines).toEqual(['答えは a) This one']);
  });

  it('says in German why a saved run starts again or goes on', () => {
    const first = LessonRun.start(LESSON, options());
    const saved = first.toSaved();
    const older = { ...saved, progress: { ...saved.progress, lessonVersion: 1 } };
    const file = { version: 1, lessons: { [LESSON.id]: older } } as unknown as Parameters<typeof openLesson>[1];
    expect(openLesson(LESSON, file, options({ words: de })).notice).toBe(
      'Diese Lektion wurde seit deiner letzten Sitzung aktualisiert; du machst bei deinem Schritt weiter.',
    );
    const gone = { ...saved, progress: { ...saved.progress, currentStepId: 'no-such-step' } };
    const changed = { version: 1, lessons: { [LESSON.id]: gone } } as unknown as Parameters<typeof openLesson>[1];
    expect(openLesson(LESSON, changed, options({ words: ja })).notice).toBe(
      '前回のセッション以降にこのレッスンが変更され、あなたのステップはなくなりました。最初からやり直します。',
    );
  });

  it("names what fired a feedback rule, or says 'the user' in the learner's language", () => {
    expect(interpolate('{user} hat den Schlüssel {key} verloren.', { user: 'jane.doe', key: 'AKIA1' }, de)).toBe(
      'jane.doe hat den Schlüssel AKIA1 verloren.',
    );
    expect(interpolate('{user} hat zwei Schlüssel. Gesperrt ist {key}.', {}, de)).toBe(
      'Der Benutzer hat zwei Schlüssel. Gesperrt ist der Zugriffsschlüssel.',
    );
    expect(interpolate("{user}'s key {key} is lost.", {})).toBe('The key is lost.');
  });
});
