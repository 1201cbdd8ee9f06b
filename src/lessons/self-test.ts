// The lesson self-test, with no terminal: from the setup, every step's check must fail before its
// solution and pass after it, no feedback rule may fire on the solution path, every declared
// mistake must fire its rule, and the solutions alone must finish the lesson. It drives a real
// LessonRun, so it tests the same code path a learner takes.
import { simulatedClock, type StoreFactory } from '../store/index.js';
import type { PathProblem } from './diagnostics.js';
import { evaluate } from './evaluate.js';
import { replayActions } from './replay.js';
import { LessonRun, type RunOptions } from './run.js';
import type { Lesson } from './schema.js';
import { SetupError } from './setup.js';
import { pathStores } from './wrong-path-store.js';
import { wrongPathProblems, type WrongPathCounts } from './wrong-paths.js';

function runOptions(lesson: Lesson, newStore: StoreFactory): RunOptions {
  const start = lesson.setup.account.startTime;
  return { newStore, clock: simulatedClock(start), now: () => start };
}

/**
 * `newStore` builds the runs' stores: the caller's, with the terminal that replays `shell` steps.
 * `counts`, when given, gets the number of wrong paths tried (wrong-paths.ts) and how many passed.
 */
export function selfTest(lesson: Lesson, newStore: StoreFactory, counts?: WrongPathCounts): PathProblem[] {
  const problems: PathProblem[] = [];
  let run: LessonRun;
  try {
    run = LessonRun.start(lesson, runOptions(lesson, newStore));
  } catch (error) {
    if (error instanceof SetupError) return [error.problem];
    throw error;
  }
  const lessonFired = new Set<string>();
  const stores = pathStores(newStore);
  const ruleKeyPath = (key: string): (string | number)[] => {
    const [scope, id] = key.split('/') as [string, string];
    if (scope === 'lesson') return ['feedback', lesson.feedback.findIndex((r) => r.id === id)];
    const i = lesson.steps.findIndex((s) => s.id === scope);
    return ['steps', i, 'feedback', lesson.steps[i]!.feedback.findIndex((r) => r.id === id)];
  };

  for (const [i, step] of lesson.steps.entries()) {
    const at = (...rest: (string | number)[]) => ['steps', i, ...rest];
    // An earlier step's solution may already satisfy this step: the run moved past it.
    if (run.currentStep !== step) {
      problems.push({ path: at('check'), message: `self-test: step '${step.id}': the check already passes before its solution is applied` });
      continue;
    }
    problems.push(...mistakeProblems(run, lesson, i, lessonFired, newStore));
    if (step.quiz) {
      run.answer(step.quiz.answer);
      continue;
    }
    if (evaluate(step.check!, run.evalState()).passed) {
      problems.push({ path: at('check'), message: `self-test: step '${step.id}': the check already passes before its solution is applied` });
    }
    if (counts) {
      const wrong = wrongPathProblems(run, lesson, i, stores);
      problems.push(...wrong.problems);
      counts.tried += wrong.counts.tried;
      counts.passed += wrong.counts.passed;
    }
    const replayed = replayActions(run.store, step.solution!, run.progress.setupKeyIds);
    if (!replayed.ok) {
      problems.push({ path: at('solution', replayed.index), message: `self-test: step '${step.id}': solution action ${replayed.index + 1} fails: ${replayed.message}` });
    }
    // The check and the goals that must hold for the step to pass.
    const after = run.evaluateCurrent() ?? { passed: true, missing: [] };
    const { feedback } = run.update();
    for (const fired of feedback) {
      problems.push({ path: ruleKeyPath(fired.key), message: `self-test: feedback '${fired.ruleId}' fires on the solution path of step '${step.id}'` });
    }
    if (!after.passed) {
      if (replayed.ok) problems.push({ path: at('check'), message: `self-test: step '${step.id}': the check fails after its solution: ${after.missing.join('; ')}` });
      // Go on regardless, so one run reports the problems of every step.
      run.forceAdvance();
    }
  }
  if (!run.finished) problems.push({ path: ['steps'], message: 'self-test: the solutions alone do not finish the lesson' });
  lesson.feedback.forEach((rule, j) => {
    if (rule.mistake && !lessonFired.has(`lesson/${rule.id}`)) {
      problems.push({ path: ['feedback', j, 'when'], message: `self-test: mistake '${rule.id}' does not make its rule fire in any step` });
    }
  });
  return problems;
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
