// Quiz choices are shuffled per learner (their data folder): tests ask which letter a choice is
// shown under, from the same function the app uses, instead of assuming the authored order.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCourseFrom } from '../../src/lessons/course.js';
import { shownChoices } from '../../src/lessons/quiz-order.js';

const SHIPPED = fileURLToPath(new URL('../../lessons/', import.meta.url));

/** The letter the learner of `dataDir` presses for a choice (default: the right answer) of a shipped quiz. */
export function quizLabel(dataDir: string, lessonId: string, stepId: string, choiceKey?: string): string {
  const lesson = loadCourseFrom([SHIPPED]).entries.find((e) => e.lesson?.id === lessonId)?.lesson;
  const quiz = lesson?.steps.find((s) => s.id === stepId)?.quiz;
  if (!quiz) throw new Error(`no quiz step ${lessonId}/${stepId}`);
  const shown = shownChoices(quiz, resolve(dataDir), lessonId, stepId).find((c) => c.key === (choiceKey ?? quiz.answer));
  if (!shown) throw new Error(`no choice ${choiceKey} in ${lessonId}/${stepId}`);
  return shown.label;
}
