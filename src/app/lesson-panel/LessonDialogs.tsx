// The lesson's dialogs, shown in the page's place: the lesson menu, its confirmations, the
// whole step, the solution, a right answer's explanation, and the end of the lesson.
import { useStore } from 'zustand';
import type { Command } from '../../console/input/commands.js';
import type { RunView } from '../../lessons/index.js';
import type { ConfirmAction, LessonSession, Offer } from '../lesson-session.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { usePanelState } from './LessonPanel.js';
import { LessonMenu } from './LessonMenu.js';
import { stepDialogLines, stepLabel, type PanelLine } from './panel-content.js';
import { blocksToLines, joinBlocks, textLines } from './styled-lines.js';
import { TextDialog } from './TextDialog.js';

/** The key that takes a dialog's way out, and what it says on the key line. */
const OFFER: Record<Offer, string> = { 'reset-step': 'reset this step', 'reset-lesson': 'reset the lesson' };

function offerCommands(session: LessonSession, offer: Offer | undefined): Command[] {
  return offer ? [{ id: 'offer', keys: ['r'], description: OFFER[offer], run: () => session.takeOffer(offer) }] : [];
}

const CONFIRM: Record<ConfirmAction, { title: string; text: string; tone?: 'warning' }> = {
  solution: { title: 'Show the solution?', text: 'The solution of this step is shown. It counts in your progress as a solution seen.' },
  skip: {
    title: 'Skip this step?',
    text: 'Its solution is replayed in the console for you, and the step counts as skipped.',
  },
  'reset-lesson': {
    title: 'Reset the lesson?',
    text: "The console goes back to the lesson's starting state and you begin again at step 1. Hints and solutions you used stay counted.",
    tone: 'warning',
  },
};

export function LessonDialogs({ session, onHome }: { session: LessonSession; onHome(): void }) {
  const state = usePanelState(session);
  const dialog = useStore(session.state, (s) => s.dialog);
  if (!dialog) return null;
  const close = () => session.close();
  const closeKeys: Command[] = [{ id: 'close', keys: ['esc', 'enter'], label: 'Esc or Enter', description: 'close', run: close }];
  switch (dialog.kind) {
    case 'menu':
      return <LessonMenu session={session} onHome={onHome} />;
    case 'confirm': {
      const c = CONFIRM[dialog.action];
      return <ConfirmDialog title={c.title} text={c.text} tone={c.tone} onYes={() => session.confirm(dialog.action)} onNo={close} />;
    }
    case 'step':
      return (
        <TextDialog
          title={`${stepLabel(state.view)}: ${state.view.current?.title ?? ''}`}
          lines={(width) => stepDialogLines(state, width)}
          commands={[
            ...(state.view.current?.quiz
              ? [
                  {
                    id: 'answer',
                    keys: state.view.current.quiz.choices.map((choice) => choice.key),
                    label: 'a, b, c…',
                    description: 'answer',
                    run: (input: string) => session.answer(input),
                  },
                ]
              : []),
            { id: 'close', keys: ['esc', 'enter', 'i'], label: 'Esc or Enter', description: 'close', run: close },
          ]}
        />
      );
    case 'solution':
      return (
        <TextDialog
          title="Solution"
          lines={(width) => solutionLines(dialog.lines, Boolean(dialog.offer), width)}
          commands={[...offerCommands(session, dialog.offer), ...closeKeys]}
        />
      );
    case 'refused':
      return (
        <TextDialog
          title={dialog.title}
          tone="error"
          lines={(width) => textLines(dialog.message, width)}
          commands={[...offerCommands(session, dialog.offer), ...closeKeys]}
        />
      );
    case 'correct':
      return (
        <TextDialog
          title="✓ Correct"
          lines={(width) => joinBlocks(blocksToLines(dialog.explanation, width), true)}
          commands={[{ id: 'continue', keys: ['enter', 'esc'], label: 'Enter', description: 'continue', run: close }]}
        />
      );
    case 'finished':
      return (
        <TextDialog
          title={`Lesson complete ✓ ${state.view.lesson.title}`}
          lines={(width) => finishLines(state.view, width)}
          commands={[
            { id: 'home', keys: ['enter'], description: 'back to home', run: onHome },
            { id: 'stay', keys: ['esc'], description: 'stay here', run: close },
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

function finishLines(view: RunView, width: number): PanelLine[] {
  const t = view.totals;
  const used = [
    `${t.passed} step${t.passed === 1 ? '' : 's'} passed`,
    t.skipped ? `${t.skipped} skipped` : '',
    `${t.hints} hint${t.hints === 1 ? '' : 's'}`,
    `${t.solutionsShown} solution${t.solutionsShown === 1 ? '' : 's'} shown`,
    t.undos ? `${t.undos} undo${t.undos === 1 ? '' : 's'}` : '',
    t.resets ? `${t.resets} reset${t.resets === 1 ? '' : 's'}` : '',
    `${t.wrongAnswers} wrong answer${t.wrongAnswers === 1 ? '' : 's'}`,
    t.mistakesCaught ? `${t.mistakesCaught} mistake${t.mistakesCaught === 1 ? '' : 's'} caught` : '',
  ].filter(Boolean);
  return [
    ...joinBlocks(blocksToLines(view.finish ?? [], width), true),
    { spans: [] },
    ...textLines(`Your run: ${used.join(' · ')}.`, width).map((l) => ({ ...l, tone: 'muted' as const })),
  ];
}
