// The console frame's words (src/console/frame/frame-words.tsx) from the tutor's catalogue: the
// console cannot read the catalogue, so the app builds these and hands them to <App words>.
import type { FrameWords } from '../../console/frame/frame-words-en.js';
import type { Messages } from './messages.js';

export function frameWords(t: Messages['t']): FrameWords {
  return {
    helpTitle: t('help.title'),
    helpClose: t('help.close'),
    onThisPage: t('help.onThisPage'),
    everywhere: t('help.everywhere'),
    keyHelp: t('help.key.help'),
    keyQuit: t('help.key.quit'),
    keyTerminal: t('help.key.terminal'),
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
  };
}
