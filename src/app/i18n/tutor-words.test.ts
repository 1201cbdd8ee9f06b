// The tutor's words around a lesson reach the learner in her language: the checkpoint notice,
// the session's notices, the lesson keys and their help, the demo's status, captions and keys.
import { afterEach, describe, expect, it } from 'vitest';
import { simulatedClock } from '../../store/index.js';
import { START } from '../../../test/helpers/render.js';
import { shippedLesson, tempDir } from '../../../test/helpers/lesson-fixture.js';
import { openProgress, startLesson } from '../start-lesson.js';
import type { LessonSession } from '../lesson-session.js';
import { lessonCommands, lessonHints } from '../lesson-panel/use-lesson-keys.js';
import { DemoPlayer } from '../demo/player.js';
import { keyLineText, statusText, stepText } from '../demo/demo-lines.js';
import { demoCommands } from '../demo/DemoPanel.js';
import { notesLines, notesView } from '../demo/notes-view.js';
import { commandHints } from '../../console/input/commands.js';
import { loadMessages, type Messages } from './messages.js';

const de = await loadMessages('de');
const ja = await loadMessages('ja');

let session: LessonSession | undefined;
afterEach(() => {
  session?.dispose();
  session = undefined;
});

function start(messages: Messages, atStep?: string): LessonSession {
  const { keeper } = openProgress(tempDir());
  return (session = startLesson(shippedLesson('create-access-keys'), keeper, {
    atStep,
    messages,
    clock: simulatedClock(START),
    now: () => START,
    save: () => ({ ok: true, path: '/nowhere/progress.json' }),
  }));
}

describe("the tutor's words in the learner's language", () => {
  it('says the checkpoint notice and what is missing in German', () => {
    const s = start(de, 'open-wizard');
    expect(s.message?.text).toBe('Checkpoint: Schritt 4 von 9; die Schritte davor wurden für dich erledigt.');
    expect(s.run.evaluateCurrent()?.missing).toEqual(['der Assistent Create access key für jane.doe ist geöffnet']);
  });

  it("says the session's notices in German", () => {
    const s = start(de);
    s.undo();
    expect(s.message?.text).toBe('Nichts rückgängig zu machen.');
    s.resetStep();
    expect(s.message?.text).toBe('Der Schritt ist wieder in seinem Anfangszustand.');
    s.hint();
    s.hint();
    s.hint();
    s.hint();
    expect(s.message?.text).toBe('Keine Tipps mehr für diesen Schritt. Das Lektionsmenü (l) kann die Lösung zeigen.');
  });

  it('lists the lesson keys and their help in German and Japanese', () => {
    const german = lessonHints(start(de)).map((hint) => `${hint.keys} ${hint.action}`);
    expect(german).toContain('Ctrl+Z letzte Aktion rückgängig machen (wird gezählt)');
    expect(german).toContain('l Lektionsmenü: Lösung, überspringen, Schritt oder Lektion zurücksetzen, rückgängig, Übersicht');
    session?.dispose();
    const japanese = lessonCommands(start(ja)).flatMap((command) => (command.description ? [command.description] : []));
    expect(japanese).toContain('次のヒントを表示 (記録されます)');
    expect(japanese.join(' ')).not.toMatch(/[a-z]{4,} [a-z]{4,}/);
  });

  it("says the demo's status, step, captions, keys and notes in Japanese", () => {
    const player = new DemoPlayer(shippedLesson('create-access-keys').lesson!, { messages: ja });
    expect(statusText(player, 1.5)).toBe('❚❚ 一時停止');
    expect(stepText(player)).toMatch(/^ステップ 1\/9: /);
    const keys = keyLineText(commandHints(demoCommands(player, { exit: () => {}, help: () => {} })));
    expect(keys).toBe('Space 再生 · ←/→ ステップ · n ノート · t 操作を代わる · ? キー · q 終了');
    player.toggleHands();
    expect(player.caption).toEqual(['キーボードを操作できます: コンソールで手動でステップを行ってください。t で返します。']);
    player.toggleHands();
    while (player.tick() && !player.did);
    // What the beat did, for the presenter: the engine's words for the place, in Japanese.
    expect(player.did).toMatch(/に移動します。$/);
    const notes = notesLines(notesView(player, 1.5), 60, 10).map((line) => line.spans.map((s) => s.text).join(''));
    expect(notes[0]).toMatch(/^ノート · ステップ 1\/9: /);
    expect(notes.at(-1)).toMatch(/^直前の操作: /);
  });
});
