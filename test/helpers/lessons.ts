// Helpers for the engine's tests: lessons and states from short YAML snippets.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { simulatedClock, type AppStore } from '../../src/store/index.js';
import { createStoreWithTerminal } from '../../src/terminal/store-with-terminal.js';
import type { EvalState } from '../../src/lessons/evaluate.js';
import { parseLesson } from '../../src/lessons/loader.js';
import { replayActions } from '../../src/lessons/replay.js';
import { action as actionSchema, type Action } from '../../src/lessons/schema-action.js';
import { check as checkSchema, type Check } from '../../src/lessons/schema-check.js';
import { setup as setupSchema } from '../../src/lessons/schema-setup.js';
import { buildSetup } from '../../src/lessons/setup.js';
import type { Lesson } from '../../src/lessons/schema.js';
import { formatDiagnostic } from '../../src/lessons/diagnostics.js';
import { LessonRun } from '../../src/lessons/run.js';

export const START = '2026-01-15T09:00:00.000Z';

export function lessonFrom(yaml: string): Lesson {
  const parsed = parseLesson(yaml, 'test.yaml');
  if (!parsed.lesson) throw new Error(parsed.diagnostics.map(formatDiagnostic).join('\n'));
  return parsed.lesson;
}

export const checkFrom = (yaml: string): Check => checkSchema.parse(parse(yaml));
export const actionsFrom = (yaml: string): Action[] => (parse(yaml) as unknown[]).map((a) => actionSchema.parse(a));

/** A store built from a setup snippet, with some actions already done. */
export function storeFrom(
  setupYaml: string,
  actionsYaml = '[]',
  options: { allowFailure?: boolean } = {},
): { store: AppStore; setupKeyIds: string[] } {
  const built = buildSetup(setupSchema.parse(parse(setupYaml) ?? {}));
  const store = createStoreWithTerminal({ ...built, clock: simulatedClock(START) });
  const setupKeyIds = built.account.users.flatMap((u) => u.accessKeys.map((k) => k.accessKeyId));
  const replayed = replayActions(store, actionsFrom(actionsYaml), setupKeyIds);
  if (!replayed.ok && !options.allowFailure) throw new Error(`action ${replayed.index}: ${replayed.message}`);
  return { store, setupKeyIds };
}

export function evalStateOf(store: AppStore, setupKeyIds: string[] = [], stepStart?: number): EvalState {
  const { account, location, identity, events, shell } = store.getState();
  return { account, location, identity, events, shell, setupKeyIds, stepStart };
}

/** A shipped lesson file (`07-use-keys-with-cli.yaml`), parsed. */
export const shippedFile = (file: string): Lesson => lessonFrom(readFileSync(new URL(`../../lessons/${file}`, import.meta.url), 'utf8'));

/** A fresh run of a shipped lesson on a simulated clock, judged after every change as the app does. */
export function startShipped(file: string): LessonRun {
  const run = LessonRun.start(shippedFile(file), { newStore: createStoreWithTerminal, clock: simulatedClock(START), now: () => START });
  run.store.subscribe(() => run.update());
  return run;
}

/** A lesson whose one hands-on step creates Jane's CLI key; `check` and `extra` vary. */
export const janesKeyLesson = (check: string, extra = '') => `id: wrong-paths
version: 1
title: Wrong paths
summary: A lesson for the wrong-path lint's tests.
level: beginner
minutes: 5
setup:
  users: [{name: jane.doe}, {name: john.smith}]
  start: {screen: user, userName: jane.doe, tab: security-credentials}
steps:
  - id: create-key
    title: Create Jane's CLI key
    instructions: Create it and download the .csv file.
    hints: [Create access key is on the Security credentials tab.]
    check:
      ${check}
    solution:
      - navigate: {screen: create-access-key, userName: jane.doe}
      - createAccessKey: {user: jane.doe, description: laptop}
      - secret: downloaded
${extra}
finish: Done.
`;
