// The lesson's dialogs, shown in the page's place: the lesson menu, its confirmations, the
// whole step, the solution, a right answer's explanation, and the end of the lesson.
import { useStore } from 'zustand';
import type { Command } from '../../console/input/commands.js';
import type { RunView } from '../../lessons/index.js';
import type { MessageId } from '../i18n/en.js';
import type { Messages } from '../i18n/messages.js';
import { useMessages } from '../i18n/react.js';
import type { ConfirmAction, LessonSession, Offer } from '../lesson-session.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { usePanelState } from './LessonPanel.js';
import { LessonMenu } from './LessonMenu.js';
import { stepDialogLines, stepLabel, type PanelLine } from './panel-content.js';
import { blocksToLines, joinBlocks, textLines } from './styled-lines.js';
import { TextDialog } from './TextDialog.js';

/** The key that takes a dialog's way out, and what it says on the key line. */
const OFFER: Record<Offer, MessageId> = { 'reset-step': 'dialog.offer.resetStep', 'reset-lesson': 'dialog.offer.resetLesson' };

function offerCommands(session: LessonSession, offer: Offer | undefined, t: Messages['t']): Command[] {
  return offer ? [{ id: 'offer', keys: ['r'], description: t(OFFER[offer]), run: () => session.takeOffer(offer) }] : [];
}

const CONFIRM: Record<ConfirmAction, { title: MessageId; text: MessageId; tone?: 'warning' }> = {
  solution: { title: 'dialog.solution.title', text: 'dialog.solution.text' },
  skip: { title: 'dialog.skip.title', text: 'dialog.skip.text' },
  'reset-lesson': { title: 'dialog.reset.title', text: 'dialog.reset.text', tone: 'warning' },
};

export function LessonDialogs({ session, onHome }: { session: LessonSession; onHome(): void }) {
  const state = usePanelState(session);
  const { t } = useMessages();
  const dialog = useStore(session.state, (s) => s.dialog);
  if (!dialog) return null;
  const close = () => session.close();
  const closeKeys: Command[] = [
    { id: 'close', keys: ['esc', 'enter'], label: t('key.escOrEnter'), description: t('key.close'), run: close },
  ];
  switch (dialog.kind) {
    case 'menu':
      return <LessonMenu session={session} onHome={onHome} />;
    case 'confirm': {
      const c = CONFIRM[dialog.action];
      return <ConfirmDialog title={t(c.title)} text={t(c.text)} tone={c.tone} onYes={() => session.confirm(dialog.action)} onNo={close} />;
    }
    case 'step':
      return (
        <TextDialog
          title={`${stepLabel(state.view, state.t)}: ${state.view.current?.title ?? ''}`}
          lines={(width) => stepDialogLines(state, width)}
          commands={[
            ...(state.view.current?.quiz
              ? [
                  {
                    id: 'answer',
                    keys: state.view.current.quiz.choices.map((choice) => choice.key),
                    label: t('key.quizLetters'),
                    description: t('key.answer'),
                    run: (input: string) => session.answer(input),
                  },
                ]
              : []),
            { id: 'close', keys: ['esc', 'enter', 'i'], label: t('key.escOrEnter'), description: t('key.close'), run: close },
          ]}
        />
      );
    case 'solution':
      return (
        <TextDialog
          title={t('dialog.solution')}
          lines={(width) => solutionLines(dialog.lines, Boolean(dialog.offer), width)}
          commands={[...offerCommands(session, dialog.offer, t), ...closeKeys]}
        />
      );
    case 'refused':
      return (
        <TextDialog
          title={dialog.title}
          tone="error"
          lines={(width) => textLines(dialog.message, width)}
          commands={[...offerCommands(session, dialog.offer, t), ...closeKeys]}
        />
      );
    case 'correct':
      return (
        <TextDialog
          title={t('dialog.correct')}
          lines={(width) => joinBlocks(blocksToLines(dialog.explanation, width), true)}
          commands={[{ id: 'continue', keys: ['enter', 'esc'], label: t('key.enter'), description: t('key.continue'), run: close }]}
        />
      );
    case 'finished':
      return (
        <TextDialog
          title={t('dialog.finished', { title: state.view.lesson.title })}
          lines={(width) => finishLines(state.view, width, t)}
          commands={[
            { id: 'home', keys: ['enter'], description: t('key.home'), run: onHome },
            { id: 'stay', keys: ['esc'], description: t('key.stay'), run: close },
          ]}
        />
      );
  }
}

/** The solution's actions, numbered; why it cannot apply from here (when it cannot) below them. */
function solutionLines(lines: string[], blocked: boolean, width: number): PanelLine[] {
  const actions = blocked ? lines.slice(0, -1) : lines;
  const numbered = actions.flatMap((line, i) => textLines(line, width, {}, `${i + 1}. `));
  return blocked
    ? [...numbered, { spans: [] }, ...textLines(lines.at(-1)!, width).map((l) => ({ ...l, tone: 'warning' as const }))]
    : numbered;
}

function finishLines(view: RunView, width: number, t: Messages['t']): PanelLine[] {
  const n = view.totals;
  const used = [
    t('finish.passed', { n: n.passed }),
    n.skipped ? t('finish.skipped', { n: n.skipped }) : '',
    t('finish.hints', { n: n.hints }),
    t('finish.solutions', { n: n.solutionsShown }),
    n.undos ? t('finish.undos', { n: n.undos }) : '',
    n.resets ? t('finish.resets', { n: n.resets }) : '',
    t('finish.wrong', { n: n.wrongAnswers }),
    n.mistakesCaught ? t('finish.mistakes', { n: n.mistakesCaught }) : '',
  ].filter(Boolean);
  const graded = view.score
    ? [...textLines(t('finish.assessment', { held: view.score.held, of: view.score.of }), width), { spans: [] }]
    : [];
  return [
    ...joinBlocks(blocksToLines(view.finish ?? [], width), true),
    { spans: [] },
    ...graded,
    ...textLines(t('finish.run', { items: used.join(' · ') }), width).map((l) => ({ ...l, tone: 'muted' as const })),
  ];
}
