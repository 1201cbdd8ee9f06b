import { describe, expect, it } from 'vitest';
import type { StoreFactory } from '../store/index.js';
import { simulatedClock } from '../store/index.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { parseLesson } from './loader.js';
import { LessonRun } from './run.js';
import type { Action } from './schema.js';
import { pathStores } from './wrong-path-store.js';
import { pathStart, sameEnd, tryPath, type Outcome } from './wrong-paths.js';
import { janesKeyLesson } from '../../test/helpers/lessons.js';

const lessonText = janesKeyLesson(
  'user: {name: jane.doe, accessKeys: {count: 1, status: Active, useCase: cli, secret: kept}}',
  `    feedback:
      - id: johns-key
        when: {user: {name: john.smith, accessKeys: {count: 1}}}
        message: That is John's key.`,
);

const solution: Action[] = [{ navigate: { screen: 'create-access-key', userName: 'jane.doe' } }, { createAccessKey: { user: 'jane.doe', useCase: 'cli', description: 'laptop' } }, { secret: 'downloaded' }];
const johnsKey: Action[] = [{ createAccessKey: { user: 'john.smith', useCase: 'cli' } }, { secret: 'copied' }];

function startRun(): LessonRun {
  const parsed = parseLesson(lessonText, 'lesson.yaml');
  if (!parsed.lesson) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  const start = parsed.lesson.setup.account.startTime;
  return LessonRun.start(parsed.lesson, { newStore: createStoreWithTerminal, clock: simulatedClock(start), now: () => start });
}

/** An outcome with where its path ended written out, to compare with toEqual. */
const plain = ({ passedStep, fired, end }: Outcome) => ({ passedStep, fired, end: [end.count, end.events, end.state] });

/** createStoreWithTerminal, counting the stores it builds. */
function counted(): { factory: StoreFactory; built: () => number } {
  let built = 0;
  return {
    factory: (options) => {
      built += 1;
      return createStoreWithTerminal(options);
    },
    built: () => built,
  };
}

describe('the store a step’s wrong paths share', () => {
  it('gives two paths in a row the verdicts each gets in a store of its own, in either order', () => {
    const run = startRun();
    const alone = (actions: Action[]) => tryPath(run, actions, pathStores(createStoreWithTerminal).forStep(pathStart(run)));
    const right = alone(solution);
    const wrong = alone(johnsKey);
    // The two paths end apart: one passes, the other fires John's rule and leaves Jane with no key.
    expect(right.passedStep).toBe(true);
    expect(wrong).toMatchObject({ passedStep: false, fired: ['johns-key'] });
    expect(sameEnd(wrong.end, right.end)).toBe(false);
    expect(sameEnd(alone(solution).end, right.end)).toBe(true);

    for (const order of [
      [solution, johnsKey],
      [johnsKey, solution],
    ]) {
      const stores = counted();
      const paths = pathStores(stores.factory).forStep(pathStart(run));
      const outcomes = order.map((actions) => tryPath(run, actions, paths));
      expect(outcomes.map(plain)).toEqual(order.map((actions) => plain(actions === solution ? right : wrong)));
      expect(stores.built()).toBe(1);
    }
  });

  it('leaves the run the paths start from as it was', () => {
    const run = startRun();
    const before = run.store.getState();
    const paths = pathStores(createStoreWithTerminal).forStep(pathStart(run));
    tryPath(run, solution, paths);
    tryPath(run, johnsKey, paths);
    expect(run.store.getState()).toBe(before);
    expect(run.currentStep?.id).toBe('create-key');
  });
});
