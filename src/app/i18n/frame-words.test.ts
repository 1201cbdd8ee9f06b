// The frame's words for a console opened on its own (`iamtutor sandbox --lang de`, issue 18).
import { describe, expect, it } from 'vitest';
import { ENGLISH_FRAME_WORDS } from '../../console/frame/frame-words-en.js';
import { frameWordsIn } from './frame-words.js';

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
