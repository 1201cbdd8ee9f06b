// The lesson's dialogs, shown in the page's place: the lesson menu, its confirmations, the
// whole step, the solution, a right answer's explanation, and the end of the lesson.
import { useStore } from 'zustand';
import type { RunView } from '../../lessons/index.js';
import type { ConfirmAction, LessonSession } from '../lesson-session.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { usePanelState } from './LessonPanel.js';
import { LessonMenu } from './LessonMenu.js';
import { stepDialogLines, stepLabel, type PanelLine } from './panel-content.js';
import { blocksToLines, joinBlocks, textLines } from './styled-lines.js';
import { TextDialog } from './TextDialog.js';

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
  const closeKeys = (_: string, key: { return: boolean; escape: boolean }) => {
    if (key.return || key.escape) close();
  };
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
          keys={`${state.view.current?.quiz ? 'a, b, c… answer · ' : ''}Esc or Enter: close`}
          onKey={(input, key) => {
            if (session.answer(input)) return;
            if (input === 'i') close();
            else closeKeys(input, key);
          }}
        />
      );
    case 'solution':
      return (
        <TextDialog
          title="Solution"
          lines={(width) => dialog.lines.flatMap((line, i) => textLines(line, width, {}, `${i + 1}. `))}
          keys="Esc or Enter: close"
          onKey={closeKeys}
        />
      );
    case 'correct':
      return (
        <TextDialog
          title="✓ Correct"
          lines={(width) => joinBlocks(blocksToLines(dialog.explanation, width), true)}
          keys="Enter: continue"
          onKey={closeKeys}
        />
      );
    case 'finished':
      return (
        <TextDialog
          title={`Lesson complete ✓ ${state.view.lesson.title}`}
          lines={(width) => finishLines(state.view, width)}
          keys="Enter: back to home · Esc: stay here"
          onKey={(_, key) => {
            if (key.return) onHome();
            else if (key.escape) close();
          }}
        />
      );
  }
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
