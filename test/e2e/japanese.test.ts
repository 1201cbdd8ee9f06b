// The access-keys lesson in Japanese at 80×24, in a real terminal: every step's own text is on
// screen (in the panel or its full-step dialog), and no line runs past its box — Japanese takes two
// columns a character, and a layout that counted characters cut it off (issue 18, "Wide characters").
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KEYS, startIamtutor, steady, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

const LESSONS = fileURLToPath(new URL('../../lessons/', import.meta.url));
const english = parse(readFileSync(`${LESSONS}03-create-access-keys.yaml`, 'utf8')) as { steps: { id: string }[] };
const japanese = parse(readFileSync(`${LESSONS}03-create-access-keys.ja.yaml`, 'utf8')) as {
  steps: Record<string, { title: string; instructions?: string; quiz?: { question: string } }>;
};

let session: Session | undefined;
afterEach(async () => {
  const ending = session;
  session = undefined;
  ending?.kill();
  await ending?.exited;
});

/** The text of a markdown paragraph as the screen shows it, without its markup. */
const plain = (text: string) =>
  text
    .replace(/\*\*|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** Screen rows joined, spaces and box edges dropped: a sentence wrapped over rows reads whole. */
const flat = (screen: string) => screen.replace(/[│║╔╗╚╝═─\s]/g, '');

describe('the access-keys lesson in Japanese at 80×24', () => {
  it.each(english.steps.map((s) => s.id))(
    'shows step %s whole, with no line past its box',
    async (id) => {
      const step = japanese.steps[id]!;
      const s = (session = startIamtutor(
        ['start', 'create-access-keys', '--step', id, '--lang', 'ja', '--data-dir', tempDir('iamtutor-ja-')],
        {
          columns: 80,
          rows: 24,
        },
      ));
      // The band names the step in Japanese ("ステップ N/9"), its title cut with … if it must be.
      const band = await s.waitFor(/ステップ \d+\/9/);
      expect(band).toContain(plain(step.title).slice(0, 6));
      s.write('i');
      await s.waitFor(/╔/);
      // Read the dialog once it has settled: its frame can be drawn a frame before its text.
      let dialog = await steady(s);
      // A long step scrolls in the dialog: everything it shows, top to bottom, is read.
      let seen = flat(dialog);
      const rows: string[] = [];
      for (let page = 0; page < 6; page++) {
        rows.push(...dialog.split('\n').filter((r) => r.includes('║')));
        if (!/\d+ 行中/.test(dialog)) break;
        for (let i = 0; i < 10; i++) s.write(KEYS.down);
        dialog = await steady(s);
        seen += flat(dialog);
      }
      // Each paragraph of the step's text is on screen, every character of it.
      const text = step.quiz ? step.quiz.question : (step.instructions ?? '');
      for (const paragraph of text
        .split(/\n\s*\n/)
        .map(plain)
        .filter(Boolean)) {
        for (const item of paragraph.split(/(?=\s\d+\.\s|\s-\s)/)) expect(seen).toContain(flat(item).replace(/^(\d+\.|-)/, ''));
      }
      // Every row of the dialog ends at its right border: nothing ran past it.
      for (const row of rows) expect(row.trimEnd()).toMatch(/║$/);
      expect(dialog).not.toContain('\uFFFD');
      s.write(KEYS.escape);
    },
    30_000,
  );
});
