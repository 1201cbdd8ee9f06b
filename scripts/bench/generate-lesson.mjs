// A generated lesson of N steps, valid under the lesson schema and clean under `iamtutor lint`
// (self-test and wrong paths included), for measuring how costs grow with a lesson's length.
// Its steps are the shipped lessons' kinds, in a cycle of eight per new user: create the user
// in a group, open her, her Security credentials tab, a quiz, create her access key for the CLI
// and copy the secret, close the page, deactivate the key, delete it. A lesson-wide goal
// (noLostSecrets) and feedback rule with a mistake, and a step rule with one, make every update,
// self-test and fork pay what the real lessons pay.
import { stringify } from 'yaml';

const cycle = [
  (u, id) => ({
    id,
    title: 'Quiz',
    quiz: {
      question: 'Private',
      choices: [
        { key: 'a', text: 'Key ID', why: 'Public' },
        { key: 'b', text: 'Secret' },
      ],
      answer: 'b',
      explanation: 'The secret',
    },
  }),
  (u, id) => ({
    id,
    title: 'New user',
    instructions: 'Create.',
    check: { user: { name: u, groups: ['developers'] } },
    solution: [{ createUser: { name: u, groups: ['developers'] } }],
  }),
  (u, id) => ({
    id,
    title: 'Open',
    instructions: 'Open.',
    check: { location: { screen: 'user', userName: u } },
    solution: [{ navigate: { screen: 'user', userName: u, tab: 'permissions' } }],
  }),
  (u, id) => ({
    id,
    title: 'Tab',
    instructions: '**4**.',
    check: { location: { screen: 'user', userName: u, tab: 'security-credentials' } },
    solution: [{ navigate: { screen: 'user', userName: u, tab: 'security-credentials' } }],
  }),
  (u, id) => ({
    id,
    title: 'Key',
    instructions: 'Copy.',
    check: { user: { name: u, accessKeys: { count: 1, status: 'Active', useCase: 'cli', secret: 'kept' } } },
    solution: [
      { navigate: { screen: 'create-access-key', userName: u } },
      { createAccessKey: { user: u, useCase: 'cli' } },
      { secret: 'copied' },
    ],
  }),
  (u, id) => ({
    id,
    title: 'Done',
    instructions: 'Done.',
    check: { event: { ui: 'secret.closed', user: u, detail: { saved: true } } },
    solution: [{ secret: 'closed' }],
  }),
  (u, id) => ({
    id,
    title: 'Off',
    instructions: 'Off.',
    check: { user: { name: u, accessKeys: { count: 1, status: 'Inactive' } } },
    solution: [{ setKeyStatus: { user: u, key: { status: 'Active' }, status: 'Inactive' } }],
  }),
  (u, id) => ({
    id,
    title: 'Delete',
    instructions: 'Delete.',
    check: { user: { name: u, accessKeys: { count: 0 } } },
    solution: [{ deleteAccessKey: { user: u, key: { status: 'Inactive' } } }],
  }),
  (u, id) => ({
    id,
    title: 'Back',
    instructions: 'Back.',
    check: { location: { screen: 'users' } },
    solution: [{ navigate: { screen: 'users' } }],
  }),
];

/** Hints on the first step, and five on the last (the bench reveals them at a checkpoint): a lesson file may hold only 256 KiB. */
const withHints = (steps) =>
  steps.map((step, i) =>
    i === 0
      ? { ...step, hints: ['Read the instructions again.'] }
      : i === steps.length - 1
        ? {
            ...step,
            hints: [
              'Look at the page.',
              'Read the instructions again.',
              'Use the keys below.',
              'Ask a neighbour.',
              'The solution is in the menu.',
            ],
          }
        : step,
  );

/** The lesson's data; `id` names it (several sizes can be linted together). */
export function generateLesson(steps, id = `generated-${steps}`) {
  return {
    id,
    version: 1,
    title: `A generated lesson of ${steps} steps`,
    summary: 'Users, their access keys, deactivated and deleted, over and over: for the scale bench.',
    level: 'beginner',
    minutes: 240,
    teaches: ['T3', 'T4', 'T5', 'T6'],
    setup: {
      groups: [{ name: 'developers', policies: ['ReadOnlyAccess'] }],
      users: [
        { name: 'jane.doe', groups: ['developers'] },
        { name: 'john.smith', groups: ['developers'] },
      ],
      start: { screen: 'users' },
    },
    goals: [{ id: 'no-lost-secret', check: { noLostSecrets: true }, fix: 'Deactivate and delete a key whose secret was never saved.' }],
    feedback: [
      {
        id: 'closed-without-saving',
        when: { event: { ui: 'secret.closed', detail: { saved: false } } },
        message: "You left **Retrieve access keys** without saving the secret of {user}'s key {key}.",
        mistake: [{ createAccessKey: { user: 'jane.doe' } }, { secret: 'closed' }],
      },
      {
        id: 'not-for-the-cli',
        when: { event: { ui: 'access-key.created', detail: { useCase: 'other' } } },
        message: 'You chose the use case **Other** for {user}. Choose **Command Line Interface (CLI)**.',
        mistake: [{ createAccessKey: { user: 'jane.doe', useCase: 'other' } }],
      },
    ],
    steps: withHints(Array.from({ length: steps }, (_, i) => cycle[i % cycle.length](`u${Math.floor(i / cycle.length) + 1}`, `s${i + 1}`))),
    finish: 'Done: every key created, saved, deactivated and deleted.',
  };
}

/**
 * As YAML: the lesson's head in block style, each step on one line in flow style (a lesson file
 * may be at most 256 KiB, and 1,500 steps in block style would not fit).
 */
export function generateLessonYaml(steps, id) {
  const { steps: list, finish, ...head } = generateLesson(steps, id);
  const flow = (value) => {
    if (Array.isArray(value)) return `[${value.map(flow).join(',')}]`;
    if (value && typeof value === 'object')
      return `{${Object.entries(value)
        .map(([k, v]) => `${k}: ${flow(v)}`)
        .join(',')}}`;
    // A plain scalar where YAML reads it back as the same string; quoted otherwise.
    return typeof value === 'string' && /^[A-Za-z][A-Za-z0-9 ._-]*$/.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value)
      ? value
      : JSON.stringify(value);
  };
  return `${stringify(head, { lineWidth: 0 })}steps:\n${list.map((step) => `- ${flow(step)}\n`).join('')}finish: ${flow(finish)}\n`;
}

// `node scripts/bench/generate-lesson.mjs 1500 > lesson.yaml`
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  process.stdout.write(generateLessonYaml(Number(process.argv[2] ?? 1500)));
}
