// The lesson's keys on the console: single letters, so they stay quiet while the learner types
// in a field or in the terminal, and a quiz's own letters win over h, i and l. One table: the
// handlers and the help's "In this lesson" both read it.
import { commandHints, useCommands, type Command } from '../../console/input/commands.js';
import type { KeyHint } from '../../console/input/hints.js';
import { useIsTyping } from '../../console/input/typing.js';
import { useAppStore } from '../../console/store-hooks.js';
import { terminalHasKeyboard } from '../../console/frame/use-terminal-toggle.js';
import type { LessonSession } from '../lesson-session.js';

/** The table, for a session; `typing`: a field has the keyboard, so the letters are off. */
export function lessonCommands(session: LessonSession, typing = false): Command[] {
  const quiz = session.run.currentStep?.quiz;
  return [
    { id: 'undo', keys: ['ctrl+z'], description: 'undo the last action (counted)', run: () => session.undo() },
    {
      id: 'answer',
      keys: quiz ? quiz.choices.map((choice) => choice.key) : [],
      label: 'a, b, c…',
      description: 'answer a quiz step',
      when: !typing,
      run: (input) => session.answer(input),
    },
    { id: 'hint', keys: ['h'], description: 'reveal the next hint (counted)', when: !typing, run: () => session.hint() },
    {
      id: 'step',
      keys: ['i'],
      description: 'the whole step in a dialog',
      when: !typing,
      run: () => session.open(session.run.finished ? { kind: 'finished' } : { kind: 'step' }),
    },
    {
      id: 'menu',
      keys: ['l'],
      description: 'lesson menu: solution, skip, reset step or lesson, undo, home',
      when: !typing,
      run: () => session.open({ kind: 'menu' }),
    },
  ];
}

/** What the help lists under "In this lesson". */
export function lessonHints(session: LessonSession): KeyHint[] {
  return commandHints(lessonCommands(session));
}

export function useLessonKeys(session: LessonSession): void {
  const isTyping = useIsTyping();
  const terminalView = useAppStore((state) => state.terminalView);
  useCommands('field', lessonCommands(session, isTyping()), { isActive: !terminalHasKeyboard(terminalView) });
}
