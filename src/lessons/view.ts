// What the lesson panel shows, computed from a run in one call: plain data, markdown already
// parsed, nothing the learner has not earned yet (hints not revealed stay out).
import { parseMarkdown, type Block } from './markdown.js';
import { goalScore, type Score } from './assessment.js';
import { progressSummary, type StepProgress } from './progress.js';
import { currentFeedback } from './run-feedback.js';
import type { LessonRun } from './run.js';

export interface RunView {
  lesson: { id: string; title: string; summary: string; level: string; minutes: number };
  steps: { id: string; title: string; status: StepProgress['status'] }[];
  current?: {
    id: string;
    /** 0-based position, for "Step 3 of 8" */
    index: number;
    title: string;
    instructions: Block[];
    hints: Block[][];
    hintsLeft: number;
    /** What the check still misses, in the learner's words (empty for a quiz). */
    missing: string[];
    feedback: { ruleId: string; message: Block[] }[];
    quiz?: { question: Block[]; choices: { key: string; text: string }[] };
    skippable: boolean;
    /** Instructor notes: show only in an instructor/presenter mode. */
    notes?: Block[];
  };
  finished: boolean;
  /** No hints, solutions or skips: the panel offers none. */
  assessment: boolean;
  /** An assessment's goals held now, of how many: shown when it is finished. */
  score?: Score;
  finish?: Block[];
  totals: ReturnType<typeof progressSummary>;
}

export function runView(run: LessonRun): RunView {
  const { lesson } = run;
  const step = run.currentStep;
  const view: RunView = {
    lesson: { id: lesson.id, title: lesson.title, summary: lesson.summary, level: lesson.level, minutes: lesson.minutes },
    steps: lesson.steps.map((s) => ({ id: s.id, title: s.title, status: run.stepProgress(s).status })),
    finished: run.finished,
    assessment: run.assessment,
    totals: progressSummary(run.progress),
  };
  if (run.finished) view.finish = parseMarkdown(lesson.finish);
  if (run.assessment && run.finished) view.score = goalScore(lesson, run.evalState());
  if (step) {
    const revealed = run.stepProgress(step).hintsRevealed;
    view.current = {
      id: step.id,
      index: lesson.steps.indexOf(step),
      title: step.title,
      instructions: parseMarkdown(step.instructions ?? ''),
      hints: step.hints.slice(0, revealed).map(parseMarkdown),
      hintsLeft: step.hints.length - revealed,
      missing: run.evaluateCurrent()?.missing ?? [],
      feedback: currentFeedback(run).map((f) => ({ ruleId: f.ruleId, message: parseMarkdown(f.message) })),
      skippable: step.skippable,
    };
    // Shown as this learner sees them (shuffled outside demo mode); `key` is the label pressed.
    if (step.quiz) view.current.quiz = { question: parseMarkdown(step.quiz.question), choices: run.shownChoices(step).map(({ label, text }) => ({ key: label, text })) };
    if (step.notes) view.current.notes = parseMarkdown(step.notes);
  }
  return view;
}
