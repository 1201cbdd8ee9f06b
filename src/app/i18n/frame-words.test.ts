// The frame's words for a console opened on its own (`iamtutor sandbox --lang de`, issue 18).
import { describe, expect, it } from 'vitest';
import { ENGLISH_FRAME_WORDS } from '../../console/frame/frame-words-en.js';
import { frameWordsIn } from './frame-words.js';
import { moreText } from '../../console/components/scroll.js';

describe('frameWordsIn', () => {
  it("says the help and the quit dialog in the learner's language", async () => {
    const words = await frameWordsIn('de');
    expect(words?.helpTitle).toBe('Tastenkürzel');
    expect(words?.quitTitle).not.toBe(ENGLISH_FRAME_WORDS.quitTitle);
    expect((await frameWordsIn('pt-BR'))?.helpTitle).not.toBe(ENGLISH_FRAME_WORDS.helpTitle);
  });

  it('gives none for English or a language without a catalogue: the console keeps its own', async () => {
    expect(await frameWordsIn(undefined)).toBeUndefined();
    expect(await frameWordsIn('en-GB')).toBeUndefined();
    expect(await frameWordsIn('fi')).toBeUndefined();
  });
});

describe("the `?` help's scroll line", () => {
  it("is said in the learner's language, with plurals", async () => {
    const { scroll } = (await frameWordsIn('de'))!;
    expect(moreText(3, 12, 80, scroll)).toBe('↑ 3 weitere Zeilen oben · ↓ 12 weitere Zeilen unten · PgUp/PgDn blättert');
    expect(moreText(0, 1, 80, scroll)).toBe('↓ 1 weitere Zeile unten · PgUp/PgDn blättert');
    expect(moreText(0, 15, 80, (await frameWordsIn('pt-BR'))!.scroll)).toBe('↓ mais 15 linhas abaixo · PgUp/PgDn rola');
  });

  it('counts Japanese characters two columns wide when it chooses the form that fits', async () => {
    const { scroll } = (await frameWordsIn('ja'))!;
    // The long form is 41 columns though 30 characters.
    expect(moreText(0, 15, 41, scroll)).toBe('↓ 下にあと 15 行 · PgUp/PgDn でスクロール');
    expect(moreText(0, 15, 35, scroll)).toBe('↓ 下にあと 15 · PgUp/PgDn');
  });
});
