// The lesson's keys on the console: single letters, so they stay quiet while the learner types
// in a field or in the terminal, and a quiz's own letters win over h, i and l.
import { useIsTyping } from '../../console/input/typing.js';
import { useKeys } from '../../console/input/layers.js';
import type { KeyHint } from '../../console/input/hints.js';
import { useAppStore } from '../../store/index.js';
import { terminalHasKeyboard } from '../../console/frame/use-terminal-toggle.js';
import type { LessonSession } from '../lesson-session.js';

export const LESSON_HINTS: readonly KeyHint[] = [
  { keys: 'h', action: 'reveal the next hint (counted)' },
  { keys: 'i', action: 'the whole step in a dialog' },
  { keys: 'l', action: 'lesson menu: solution, skip, reset step or lesson, undo, home' },
  { keys: 'Ctrl+Z', action: 'undo the last action (counted)' },
  { keys: 'a, b, c…', action: 'answer a quiz step' },
];

export function useLessonKeys(session: LessonSession): void {
  const isTyping = useIsTyping();
  const terminalView = useAppStore((state) => state.terminalView);
  useKeys(
    (input, key) => {
      if (key.ctrl && input === 'z') {
        session.undo();
        return;
      }
      if (key.ctrl || key.meta || key.escape || isTyping() || input.length !== 1) return;
      if (session.answer(input)) return;
      if (input === 'h') session.hint();
      else if (input === 'i') session.open(session.run.finished ? { kind: 'finished' } : { kind: 'step' });
      else if (input === 'l') session.open({ kind: 'menu' });
    },
    { isActive: !terminalHasKeyboard(terminalView) },
  );
}
