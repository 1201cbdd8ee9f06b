// The console frame's words (src/console/frame/frame-words.tsx) from the tutor's catalogue: the
// console cannot read the catalogue, so the app builds these and hands them to <App words>.
import type { FrameWords } from '../../console/frame/frame-words-en.js';
import type { Messages } from './messages.js';
import { SOURCE_LANGUAGE } from '../../lessons/language.js';

export function frameWords(t: Messages['t']): FrameWords {
  return {
    helpTitle: t('help.title'),
    helpClose: t('help.close'),
    onThisPage: t('help.onThisPage'),
    everywhere: t('help.everywhere'),
    keyHelp: t('help.key.help'),
    keyQuit: t('help.key.quit'),
    keyTerminal: t('help.key.terminal'),
    keyLine: t('help.keyLine'),
    keyLineTyping: t('help.keyLine.typing'),
    keyLineEditing: t('help.keyLine.editing'),
    quitTitle: t('quit.title'),
    quitKeys: t('quit.keys'),
    quitAnyway: t('quit.anyway'),
    stay: t('quit.stay'),
    loss: {
      secret: t('quit.loss.secret'),
      password: t('quit.loss.password'),
      'create-user': t('quit.loss.createUser'),
      'create-access-key': t('quit.loss.createAccessKey'),
    },
    scroll: {
      linesAbove: (n) => t('help.scroll.linesAbove', { n }),
      linesBelow: (n) => t('help.scroll.linesBelow', { n }),
      moreAbove: (n) => t('help.scroll.moreAbove', { n }),
      moreBelow: (n) => t('help.scroll.moreBelow', { n }),
      pageKeys: t('help.scroll.pageKeys'),
      more: t('help.scroll.more'),
    },
  };
}

/**
 * The frame's words for a console opened on its own (`iamtutor sandbox --lang de`), which has no
 * home screen to hand them down. English needs none (the console's own defaults), so an English
 * start loads no catalogue and not the message formatter either.
 */
export async function frameWordsIn(language: string | undefined): Promise<FrameWords | undefined> {
  if (!language || language.split('-')[0] === SOURCE_LANGUAGE) return undefined;
  const { loadMessages } = await import('./messages.js');
  const messages = await loadMessages(language);
  return messages.language === SOURCE_LANGUAGE ? undefined : frameWords(messages.t);
}
