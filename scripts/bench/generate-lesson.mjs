// A generated lesson of N steps, valid under the lesson schema and clean under `iamtutor lint`
// (self-test and wrong paths included), for measuring how costs grow with a lesson's length.
// Its steps are the shipped lessons' kinds, in a cycle of eight per new user: create the user
// in a group, open her, her Security credentials tab, a quiz, create her access key for the CLI
// and copy the secret, close the page, deactivate the key, delete it. A lesson-wide goal
// (noLostSecrets) and feedback rule with a mistake, and a step rule with one, make every update,
// self-test and fork pay what the real lessons pay.
import { stringify } from 'yaml';

const cycle = [
  (u, n) => ({
    id: `s${n}`,
    title: `Create the user ${u}`,
    instructions: `Create the IAM user \`${u}\` in the group **developers**, without console access.`,
    hints: ['Choose **Create user** on IAM users.', 'On Set permissions, add the user to the group developers.'],
    check: { user: { name: u, groups: ['developers'] } },
    solution: [{ createUser: { name: u, groups: ['developers'] } }],
  }),
  (u, n) => ({
    id: `s${n}`,
    title: `Open ${u}`,
    instructions: `Select \`${u}\` on IAM users and press **Enter**.`,
    hints: ['↓ selects a row; Enter opens it.'],
    check: { location: { screen: 'user', userName: u } },
    solution: [{ navigate: { screen: 'user', userName: u, tab: 'permissions' } }],
  }),
  (u, n) => ({
    id: `s${n}`,
    title: 'Find the Security credentials tab',
    instructions: 'Press **4** to open **Security credentials**.',
    hints: ['Access keys are credentials.'],
    check: { location: { screen: 'user', userName: u, tab: 'security-credentials' } },
    solution: [{ navigate: { screen: 'user', userName: u, tab: 'security-credentials' } }],
  }),
  (u, n) => ({
    id: `s${n}`,
    title: 'The two parts of a key',
    quiz: {
      question: `Which part of ${u}'s access key is private?`,
      choices: [
        { key: 'a', text: 'The access key ID', why: 'The ID is the public part; it names the key.' },
        { key: 'b', text: 'The secret access key' },
      ],
      answer: 'b',
      explanation: 'The secret access key is the private part, shown once.',
    },
  }),
  (u, n) => ({
    id: `s${n}`,
    title: `Create ${u}'s access key and copy the secret`,
    instructions: 'Choose **Create access key**, use case **Command Line Interface (CLI)**, then **Copy** the secret.',
    hints: ['The wizard starts from the Access keys section.', 'Copy the secret before Done.'],
    check: { user: { name: u, accessKeys: { count: 1, status: 'Active', useCase: 'cli', secret: 'kept' } } },
    solution: [
      { navigate: { screen: 'create-access-key', userName: u } },
      { createAccessKey: { user: u, useCase: 'cli' } },
      { secret: 'copied' },
    ],
    feedback: [
      {
        id: 'not-for-the-cli',
        when: { event: { ui: 'access-key.created', detail: { useCase: 'other', userName: u } } },
        message: 'You chose the use case **Other** for {user}. Choose **Command Line Interface (CLI)**.',
        mistake: [{ createAccessKey: { user: u, useCase: 'other' } }],
      },
    ],
  }),
  (u, n) => ({
    id: `s${n}`,
    title: 'Close the page',
    instructions: 'Choose **Done**.',
    hints: ['Tab to Done and press Enter.'],
    check: {
      all: [
        { event: { ui: 'secret.closed', user: u, detail: { saved: true } } },
        { location: { screen: 'user', userName: u, tab: 'security-credentials' } },
      ],
    },
    solution: [{ secret: 'closed' }],
  }),
  (u, n) => ({
    id: `s${n}`,
    title: `Deactivate ${u}'s key`,
    instructions: 'Open **Actions** for the key and choose **Deactivate**.',
    hints: ['An inactive key can be activated again.'],
    check: { user: { name: u, accessKeys: { count: 1, status: 'Inactive' } } },
    solution: [{ setKeyStatus: { user: u, key: { status: 'Active' }, status: 'Inactive' } }],
  }),
  (u, n) => ({
    id: `s${n}`,
    title: `Delete ${u}'s key`,
    instructions: 'Open **Actions** for the inactive key and choose **Delete**.',
    hints: ['Only an inactive key can be deleted.'],
    check: { user: { name: u, accessKeys: { count: 0 } } },
    solution: [{ deleteAccessKey: { user: u, key: { status: 'Inactive' } } }],
  }),
];

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
    ],
    steps: Array.from({ length: steps }, (_, i) => cycle[i % cycle.length](`learner-${Math.floor(i / cycle.length) + 1}`, i + 1)),
    finish: 'Done: every key created, saved, deactivated and deleted.',
  };
}

export const generateLessonYaml = (steps, id) => stringify(generateLesson(steps, id), { lineWidth: 0 });

// `node scripts/bench/generate-lesson.mjs 1500 > lesson.yaml`
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  process.stdout.write(generateLessonYaml(Number(process.argv[2] ?? 1500)));
}
