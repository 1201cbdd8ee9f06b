// Lesson 7 (use-keys-with-cli) done by a learner's key presses in a real pseudo-terminal: create
// Jane's key in the console, configure the CLI in the laptop terminal with it, prove the identity,
// deactivate the key, see the CLI refused. Then the saved files: progress without any secret, the
// laptop's ~/.aws in its own 0600 file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { awsConfigure, createAccessKeyForCli, deactivateKey, SECRET, showNewKey } from '../helpers/console-driver.js';
import { KEYS, runLine, startIamtutor, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';
import { quizLabel } from '../helpers/quiz.js';

const CTRL_T = '\u0014';
let session: Session | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

describe('lesson 7 in a real terminal', () => {
  it('configures the CLI with the new key, proves the identity, and sees it refused once inactive', async () => {
    const data = tempDir('iamtutor-data-');
    const s = (session = startIamtutor(['start', 'use-keys-with-cli', '--data-dir', data], { columns: 120, rows: 40 }));

    // 1. Create the key: Jane's details, Security credentials, the wizard.
    await s.waitFor('Step 1 of 7');
    // Right after start-up a key can come before the page listens: press until it opens.
    await s.pressUntil(/IAM > IAM users > jane\.doe/, KEYS.enter, 3);
    s.write('4');
    await createAccessKeyForCli(s);
    await s.waitFor('Step 2 of 7');
    const { id: keyId, secret } = await showNewKey(s);

    // 2. The laptop: aws configure with the key ID and secret from the page.
    s.write(CTRL_T);
    await s.waitFor('jane@laptop: ~'); // the terminal's title bar
    await awsConfigure(s, keyId, secret);

    // 3. Back to the console: Done.
    s.write(CTRL_T);
    await s.waitFor('Step 3 of 7');
    await s.pressUntil(/›\[ Done \]/);
    s.write(KEYS.enter);

    // 4. Who am I?
    await s.waitFor('Step 4 of 7');
    s.write(CTRL_T);
    await s.waitFor('jane@laptop: ~');
    await runLine(s, 'aws sts get-caller-identity', '"Arn": "arn:aws:iam::123456789012:user/jane.doe"');

    // 5. Deactivate the key in the console.
    s.write(CTRL_T);
    await s.waitFor('Step 5 of 7');
    await deactivateKey(s, keyId);

    // 6. The CLI is refused now.
    await s.waitFor('Step 6 of 7');
    s.write(CTRL_T);
    await s.waitFor('jane@laptop: ~');
    s.write(KEYS.up);
    s.write(KEYS.enter);
    await s.waitFor('An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity');

    // 7. The quiz, then the finish text.
    s.write(CTRL_T);
    await s.waitFor('Step 7 of 7');
    // The step shows while the pane is still closing: answer until the quiz has the key.
    await s.pressUntil(/Enter: continue/, quizLabel(data, 'use-keys-with-cli', 'the-csv'));
    s.write(KEYS.enter);
    await s.waitFor('You closed the loop');

    // Progress is saved, and no file in the data folder but the laptop's own holds the secret
    // (its folders too: on Node 20, code-cache/ holds compiled code).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const files = (readdirSync(data, { recursive: true }) as string[]).filter((name) => statSync(join(data, name)).isFile());
    for (const name of files) {
      const text = readFileSync(join(data, name), 'utf8');
      if (name === 'laptop.json') {
        expect(text).toContain(secret);
        expect(statSync(join(data, name)).mode & 0o777).toBe(0o600);
      } else {
        expect(text).not.toContain(secret);
        expect(text).not.toMatch(SECRET);
      }
    }
    const progress = JSON.parse(readFileSync(join(data, 'progress.json'), 'utf8')) as {
      lessons: Record<string, { progress: { finishedAt?: string } }>;
    };
    expect(progress.lessons['use-keys-with-cli']?.progress.finishedAt).toBeDefined();
  }, 90_000);
});
