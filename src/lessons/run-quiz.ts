// A quiz step answered: every answer recorded with its time, a wrong one counted, the right one
// passing the step — once no goal of the lesson holds it back.
import { describeViolation } from './goals.js';
import type { AnswerResult, RunInternals } from './run-types.js';

/** A quiz answer, recorded; the right one passes the step once no goal holds it back. */
export function answerQuiz(run: RunInternals & { now: () => string }, key: string): AnswerResult {
  const step = run.currentStep;
  if (!step?.quiz) return { correct: false };
  const record = (correct: boolean) => {
    const p = run.stepProgress(step);
    p.answers = [...(p.answers ?? []), { choice: key, correct, at: run.now() }];
  };
  if (key !== step.quiz.answer) {
    run.edit(() => {
      run.stepProgress(step).wrongAnswers += 1;
      record(false);
    });
    return { correct: false, why: step.quiz.choices.find((c) => c.key === key)?.why };
  }
  // A right answer passes the step only while no goal is violated; else once they hold again.
  run.edit(() => {
    record(true);
    run.stepProgress(step).answeredAt ??= run.now();
    run.update();
  });
  const held = run.currentStep === step ? run.violatedGoals() : [];
  return held.length === 0 ? { correct: true, explanation: step.quiz.explanation } : { correct: true, explanation: step.quiz.explanation, heldBack: held.map(describeViolation) };
}

