// The last of the tutor's words a learner meets, in her language (issue 18): a save that fails
// and a saved file that cannot be used, the console frame's `?` help, and the lesson panel as a
// screen reader reads it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { renderLesson } from '../../../test/helpers/lesson-fixture.js';
import { tempDir } from '../../../test/helpers/temp.js';
import { loadProgress, PROGRESS_FILE_NAME } from '../../lessons/progress-file.js';
import { sayIn } from '../../lessons/words.js';
import { loadMessages } from './messages.js';

const de = await loadMessages('de');
const ja = await loadMessages('ja');

afterEach(() => cleanup());

/** A data folder that cannot be made: a file stands where its parent folder should be. */
function blockedDataDir(): string {
  const root = tempDir();
  writeFileSync(join(root, 'blocker'), 'not a folder');
  return join(root, 'blocker', 'iamtutor');
}

describe("the learner's files, said in her language", () => {
  it('a save that fails is a German warning in the panel, its reason German too', async () => {
    const dir = blockedDataDir();
    const u = renderLesson({ messages: de, dataDir: dir });
    const frame = await u.waitFor('Der Fortschritt wurde nicht');
    expect(u.session.saveWarning).toBe(
      `Der Fortschritt wurde nicht gespeichert: ein Teil dieses Pfads ist eine Datei, kein Ordner (in ${dir}).`,
    );
    expect(frame).not.toContain('Progress was not saved');
  });

  it('a save that fails is a Japanese warning', async () => {
    const dir = blockedDataDir();
    const u = renderLesson({ messages: ja, dataDir: dir });
    await u.waitFor('進捗を');
    expect(u.session.saveWarning).toBe(`進捗を保存できませんでした: パスの一部がフォルダーではなくファイルです（保存先: ${dir}）。`);
  });

  it('a progress file from a newer iamtutor, and one cut off, are explained in German and Japanese', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, PROGRESS_FILE_NAME), JSON.stringify({ format: 'iamtutor-progress', version: 99, lessons: {} }));
    const newer = loadProgress(dir);
    expect(sayIn(de.t, newer.readOnly!)).toBe(
      `Der Fortschritt wird nicht gespeichert: ${join(dir, PROGRESS_FILE_NAME)} gehört zu einer neueren iamtutor-Version.`,
    );
    expect(sayIn(ja.t, newer.problem!)).toContain('新しいバージョンの iamtutor で書かれています (形式 99、');
    writeFileSync(join(dir, PROGRESS_FILE_NAME), '{"format":"iamtutor-prog');
    const cut = loadProgress(dir, () => new Date('2026-02-01T10:00:00Z'));
    expect(sayIn(de.t, cut.problem!)).toMatch(
      /^Deine gespeicherte Fortschrittsdatei konnte nicht verwendet werden: sie ist kein gültiges JSON \(vielleicht abgeschnitten\)\. Sie wurde nach .+progress\.json\.corrupt-2026-02-01T10-00-00-000Z verschoben; du beginnst neu\.$/,
    );
  });
});

describe("the console frame's ? help, in the learner's language", () => {
  it.each([
    [de, ['Tastenkürzel', 'Auf dieser Seite', 'In dieser Lektion', 'Überall', 'diese Hilfe', 'Esc, Enter oder ? schließt.']],
    [ja, ['キーボードショートカット', 'このページ', 'このレッスンで', 'どこでも', 'このヘルプ', 'Esc、Enter、? で閉じます。']],
  ])('%#: its title, headings, the tutor keys and the closing line', async (messages, words) => {
    const u = renderLesson({ messages, columns: 160, rows: 50 });
    await u.waitFor(messages.t('panel.step', { step: 1, steps: 9 }));
    await u.press('?');
    const frame = await u.waitFor(words[0]!);
    for (const word of words) expect(frame).toContain(word);
    expect(frame).not.toMatch(/Keyboard shortcuts|Everywhere|On this page|this help/);
  });
});

describe('the lesson panel for a screen reader, in the learner language', () => {
  it.each([
    [de, ['Lektion: ', 'Schritt 1 von 9: ', 'Tasten: ']],
    [ja, ['レッスン: ', 'ステップ 1/9: ', 'キー: ']],
  ])('%#: its labels', async (messages, words) => {
    const u = renderLesson({ messages, screenReader: true });
    const frame = await u.waitFor(words[2]!);
    for (const word of words) expect(frame).toContain(word);
    expect(frame).not.toMatch(/Lesson: |Keys: |Still missing:/);
  });
});

describe('"Quit iamtutor?" in the learner language', () => {
  it.each([
    [de, ['iamtutor beenden?', 'Er kann nie wieder angezeigt werden.', 'y oder Enter: trotzdem beenden']],
    [ja, ['iamtutor を終了しますか?', 'シークレットアクセスキーはまだ表示', 'それでも終了']],
  ])('%#: what an unsaved secret would cost, and the keys', async (messages, words) => {
    const u = renderLesson({ messages, columns: 160, rows: 50 });
    await u.waitFor(messages.t('panel.step', { step: 1, steps: 9 }));
    // As Ctrl+C opens it while a new secret has not been shown, copied or downloaded.
    u.store.getState().openOverlay({ kind: 'quit', loss: 'secret' });
    const frame = await u.waitFor(words[0]!);
    // Rows joined without their borders or spaces: a sentence wrapped over rows reads whole.
    const flat = frame.replace(/[\s║│]/g, '');
    for (const word of words) expect(flat).toContain(word.replace(/\s/g, ''));
    expect(frame).not.toMatch(/Quit iamtutor|never be shown again/);
  });
});
