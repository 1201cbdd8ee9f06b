// The lesson self-test, with no terminal: from the setup, every step's check must fail before its
// solution and pass after it, no feedback rule may fire on the solution path, every declared
// mistake must fire its rule, and the solutions alone must finish the lesson. It drives a real
// LessonRun, so it tests the same code path a learner takes.
//
// The wrong paths of a long lesson's first steps may be tried elsewhere (another thread,
// src/cli/lint-threads.ts) by wrongPathsOfFirstSteps, which walks the same solutions: the
// self-test leaves a hole where each such step's problems go, and fillHoles puts them there, so
// the problems come out in the same order either way.
import { simulatedClock, type StoreFactory } from '../store/index.js';
import type { PathProblem } from './diagnostics.js';
import { evaluate, type Evaluation } from './evaluate.js';
import type { FiredFeedback } from './run-feedback.js';
import { replayActions, type ActionsReplayed } from './replay.js';
import { LessonRun, type RunOptions } from './run.js';
import type { Lesson, Step } from './schema.js';
import { SetupError } from './setup.js';
import { wrongPathProblems, type WrongPathCounts } from './wrong-paths.js';

function runOptions(lesson: Lesson, newStore: StoreFactory): RunOptions {
  const start = lesson.setup.account.startTime;
  return { newStore, clock: simulatedClock(start), now: () => start };
}

/** What the walk over a lesson's solutions shows of each step. */
interface StepVisitor {
  /** An earlier step's solution already satisfied this step: the run moved past it. */
  passedBefore?(i: number, step: Step): void;
  /** The step is the run's current one and nothing of it is done yet. */
  atStart(i: number, step: Step): void;
  /** Its solution was replayed: how that went, whether the check then held, what feedback fired. */
  solved?(i: number, step: Step, replayed: ActionsReplayed, after: Evaluation, feedback: readonly FiredFeedback[]): void;
}

/**
 * From `run` at the lesson's start, each of the first `steps` steps done as its solution (a quiz
 * answered) in turn; a step that does not pass is moved past regardless, so one walk sees every
 * step. Both the self-test and its wrong paths done elsewhere walk this way, so both see each
 * step's start in the same state.
 */
function walkSolutions(run: LessonRun, steps: readonly Step[], visitor: StepVisitor): void {
  for (const [i, step] of steps.entries()) {
    if (run.currentStep !== step) {
      visitor.passedBefore?.(i, step);
      continue;
    }
    visitor.atStart(i, step);
    if (step.quiz) {
      run.answer(step.quiz.answer);
      continue;
    }
    const replayed = replayActions(run.store, step.solution!, run.progress.setupKeyIds);
    // The check and the goals that must hold for the step to pass.
    const after = run.evaluateCurrent() ?? { passed: true, missing: [] };
    const { feedback } = run.update();
    visitor.solved?.(i, step, replayed, after, feedback);
    if (!after.passed) run.forceAdvance();
  }
}

/** Where the wrong-path problems of a step tried elsewhere go in the self-test's problems. */
export interface Hole {
  at: number;
  step: number;
}

/** The wrong paths of a lesson's first steps: each step's problems (by its index), and the counts. */
export interface WrongPathsPart {
  byStep: Record<number, PathProblem[]>;
  counts: WrongPathCounts;
}

/**
 * `newStore` builds the runs' stores: the caller's, with the terminal that replays `shell` steps.
 * `counts`, when given, gets the number of wrong paths tried (wrong-paths.ts) and how many passed.
 */
export function selfTest(lesson: Lesson, newStore: StoreFactory, counts?: WrongPathCounts): PathProblem[] {
  return selfTestLeaving(lesson, newStore, counts, 0).problems;
}

/**
 * The self-test, but the wrong paths of the first `elsewhere` steps are left to
 * wrongPathsOfFirstSteps: a hole marks where each step's problems go (fillHoles).
 */
export function selfTestLeaving(lesson: Lesson, newStore: StoreFactory, counts: WrongPathCounts | undefined, elsewhere: number): { problems: PathProblem[]; holes: Hole[] } {
  const problems: PathProblem[] = [];
  const holes: Hole[] = [];
  let run: LessonRun;
  try {
    run = LessonRun.start(lesson, runOptions(lesson, newStore));
  } catch (error) {
    if (error instanceof SetupError) return { problems: [error.problem], holes };
    throw error;
  }
  const lessonFired = new Set<string>();
  const ruleKeyPath = (key: string): (string | number)[] => {
    const [scope, id] = key.split('/') as [string, string];
    if (scope === 'lesson') return ['feedback', lesson.feedback.findIndex((r) => r.id === id)];
    const i = lesson.steps.findIndex((s) => s.id === scope);
    return ['steps', i, 'feedback', lesson.steps[i]!.feedback.findIndex((r) => r.id === id)];
  };
  const at = (i: number, ...rest: (string | number)[]) => ['steps', i, ...rest];

  walkSolutions(run, lesson.steps, {
    passedBefore(i, step) {
      problems.push({ path: at(i, 'check'), message: `self-test: step '${step.id}': the check already passes before its solution is applied` });
    },
    atStart(i, step) {
      problems.push(...mistakeProblems(run, lesson, i, lessonFired, newStore));
      if (step.quiz) return;
      if (evaluate(step.check!, run.evalState()).passed) {
        problems.push({ path: at(i, 'check'), message: `self-test: step '${step.id}': the check already passes before its solution is applied` });
      }
      if (!counts) return;
      if (i < elsewhere) {
        holes.push({ at: problems.length, step: i });
        return;
      }
      const wrong = wrongPathProblems(run, lesson, i, newStore);
      problems.push(...wrong.problems);
      addCounts(counts, wrong.counts);
    },
    solved(i, step, replayed, after, feedback) {
      if (!replayed.ok) {
        problems.push({ path: at(i, 'solution', replayed.index), message: `self-test: step '${step.id}': solution action ${replayed.index + 1} fails: ${replayed.message}` });
      }
      for (const fired of feedback) {
        problems.push({ path: ruleKeyPath(fired.key), message: `self-test: feedback '${fired.ruleId}' fires on the solution path of step '${step.id}'` });
      }
      if (!after.passed && replayed.ok) {
        problems.push({ path: at(i, 'check'), message: `self-test: step '${step.id}': the check fails after its solution: ${after.missing.join('; ')}` });
      }
    },
  });
  if (!run.finished) problems.push({ path: ['steps'], message: 'self-test: the solutions alone do not finish the lesson' });
  lesson.feedback.forEach((rule, j) => {
    if (rule.mistake && !lessonFired.has(`lesson/${rule.id}`)) {
      problems.push({ path: ['feedback', j, 'when'], message: `self-test: mistake '${rule.id}' does not make its rule fire in any step` });
    }
  });
  return { problems, holes };
}

/** The wrong paths of the lesson's first `steps` steps, tried as the self-test would (it left them to this). */
export function wrongPathsOfFirstSteps(lesson: Lesson, newStore: StoreFactory, steps: number): WrongPathsPart {
  const part: WrongPathsPart = { byStep: {}, counts: { tried: 0, passed: 0 } };
  let run: LessonRun;
  try {
    run = LessonRun.start(lesson, runOptions(lesson, newStore));
  } catch (error) {
    // The self-test says so, and leaves no holes.
    if (error instanceof SetupError) return part;
    throw error;
  }
  walkSolutions(run, lesson.steps.slice(0, steps), {
    atStart(i, step) {
      if (step.quiz) return;
      const wrong = wrongPathProblems(run, lesson, i, newStore);
      part.byStep[i] = wrong.problems;
      addCounts(part.counts, wrong.counts);
    },
  });
  return part;
}

/** `problems` with each hole filled with its step's problems from `part`; `counts` gets its counts. */
export function fillHoles(problems: readonly PathProblem[], holes: readonly Hole[], part: WrongPathsPart, counts: WrongPathCounts): PathProblem[] {
  const filled: PathProblem[] = [];
  let from = 0;
  for (const hole of holes) {
    filled.push(...problems.slice(from, hole.at), ...(part.byStep[hole.step] ?? []));
    from = hole.at;
  }
  filled.push(...problems.slice(from));
  addCounts(counts, part.counts);
  return filled;
}

function addCounts(to: WrongPathCounts, more: WrongPathCounts): void {
  to.tried += more.tried;
  to.passed += more.passed;
}

/**
 * Each declared mistake, tried on a copy of the run at the step's start, must fire its rule.
 * A lesson-wide mistake must fire in at least one step; those that did go into `lessonFired`.
 */
function mistakeProblems(run: LessonRun, lesson: Lesson, stepIndex: number, lessonFired: Set<string>, newStore: StoreFactory): PathProblem[] {
  const step = lesson.steps[stepIndex]!;
  const rules = [
    ...step.feedback.map((rule, j) => ({ rule, key: `${step.id}/${rule.id}`, path: ['steps', stepIndex, 'feedback', j] })),
    ...lesson.feedback.map((rule, j) => ({ rule, key: `lesson/${rule.id}`, path: ['feedback', j] })),
  ];
  const problems: PathProblem[] = [];
  for (const { rule, key, path } of rules) {
    if (!rule.mistake || lessonFired.has(key)) continue;
    const copy = run.fork(runOptions(lesson, newStore));
    // A mistake may well end in a refused call (that can be the mistake); only the rule matters.
    const replayed = replayActions(copy.store, rule.mistake, copy.progress.setupKeyIds);
    const fired = copy.update().feedback.some((f) => f.key === key);
    if (key.startsWith('lesson/')) {
      if (fired) lessonFired.add(key);
    } else if (!fired) {
      const why = replayed.ok ? '' : ` (action ${replayed.index + 1} fails: ${replayed.message})`;
      problems.push({ path: [...path, 'when'], message: `self-test: mistake '${rule.id}' does not make its rule fire${why}` });
    }
  }
  return problems;
}
