// The lesson's keys on the console: single letters, so they stay quiet while the learner types
// in a field or in the terminal, and a quiz's own letters win over h, i and l. One table: the
// handlers and the help's "In this lesson" both read it.
import { commandHints, useCommands, type Command } from '../../console/input/commands.js';
import type { KeyHint } from '../../console/input/hints.js';
import { useIsTyping } from '../../console/input/typing.js';
import { useAppStore } from '../../console/store-hooks.js';
import { terminalHasKeyboard } from '../../console/frame/use-terminal-toggle.js';
import type { LessonSession } from '../lesson-session.js';
import { SCROLL_KEYS, type Scrolled } from './panel-content.js';

type PanelScroll = Pick<Scrolled, 'maxOffset' | 'page'>;

/**
 * The table, for a session; `typing`: a field has the keyboard, so the letters are off;
 * `scroll`: how far the step scrolls in the panel as it is drawn now, and by how much a key.
 */
export function lessonCommands(session: LessonSession, typing = false, scroll: PanelScroll = { maxOffset: 0, page: 1 }): Command[] {
  // An assessment gives no help: the hint key is not listed (still heard, it says why once pressed).
  const assess = session.run.assessment;
  const t = session.t;
  return [
    { id: 'undo', keys: ['ctrl+z'], description: t('lessonKey.undo'), run: () => session.undo() },
    {
      // Every quiz letter of the lesson, not just this step's: keys typed ahead in one write
      // ("4c": open the tab the quiz is about, answer it) reach this table before the step the
      // "4" passed is drawn. session.answer reads the step as it is now and ignores the rest.
      id: 'answer',
      keys: quizLetters(session),
      label: t('key.quizLetters'),
      description: t('lessonKey.answer'),
      when: !typing,
      run: (input) => session.answer(input),
    },
    {
      id: 'hint',
      keys: ['h'],
      ...(assess ? {} : { description: t('lessonKey.hint') }),
      when: !typing,
      run: () => session.hint(),
    },
    { id: 'panel', keys: ['p'], description: t('lessonKey.panel'), when: !typing, run: () => session.togglePanel() },
    {
      id: 'scroll-up',
      keys: [SCROLL_KEYS.up],
      label: `${SCROLL_KEYS.up} ${SCROLL_KEYS.down}`,
      description: t('lessonKey.scroll'),
      when: !typing,
      run: () => session.scrollPanel(-scroll.page),
    },
    {
      id: 'scroll-down',
      keys: [SCROLL_KEYS.down],
      when: !typing,
      run: () => session.scrollPanel(Math.max(0, Math.min(scroll.page, scroll.maxOffset - session.panelOffset))),
    },
    {
      id: 'step',
      keys: ['i'],
      description: t('lessonKey.step'),
      when: !typing,
      run: () => session.open(session.run.finished ? { kind: 'finished' } : { kind: 'step' }),
    },
    {
      id: 'menu',
      keys: ['l'],
      description: t(assess ? 'lessonKey.menuAssessment' : 'lessonKey.menu'),
      when: !typing,
      run: () => session.open({ kind: 'menu' }),
    },
  ];
}

function quizLetters(session: LessonSession): string[] {
  return [...new Set(session.run.lesson.steps.flatMap((step) => step.quiz?.choices.map((choice) => choice.key) ?? []))];
}

/** What the help lists under "In this lesson". */
export function lessonHints(session: LessonSession): KeyHint[] {
  return commandHints(lessonCommands(session));
}

export function useLessonKeys(session: LessonSession, scroll?: PanelScroll): void {
  const isTyping = useIsTyping();
  const terminalView = useAppStore((state) => state.terminalView);
  useCommands('field', lessonCommands(session, isTyping(), scroll), { isActive: !terminalHasKeyboard(terminalView) });
}
