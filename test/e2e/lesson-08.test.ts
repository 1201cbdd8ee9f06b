// Lesson 8 (sign-in-from-cli) in a real pseudo-terminal, from the class checkpoint at its aws login
// step: the learner runs `aws login` on Jane's laptop, answers the region, continues with Jane's
// console session in the browser dialog, and proves the identity with the login session. The
// saved progress holds none of the session's temporary secret.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, runLine, startIamtutor, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

const CTRL_T = '\u0014';
let session: Session | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

describe('lesson 8 in a real terminal', () => {
  it('aws login through the console as the browser, then get-caller-identity with the login session', async () => {
    const data = tempDir('iamtutor-data-');
    const s = (session = startIamtutor(['start', 'sign-in-from-cli', '--step', 'aws-login', '--data-dir', data], {
      columns: 120,
      rows: 40,
    }));
    await s.waitFor('Step 4 of 11');
    // The checkpoint's state: Jane is signed in to the console (her laptop's browser).
    await s.waitFor('jane.doe @ 1234-5678-9012');

    s.write(CTRL_T);
    await s.waitFor('jane@laptop: ~');
    await runLine(s, 'aws login', 'AWS Region [us-east-1]:');
    s.write(KEYS.enter);
    // The browser comes to the front with Jane's active session.
    const browser = await s.waitFor('AWS Sign-In: AWS CLI login');
    expect(browser).toContain('Active session: jane.doe in account 1234-5678-9012');
    await s.pressUntil(/›\[ Continue with jane\.doe \]/);
    s.write(KEYS.enter);
    // (The pane wraps the line at its width.)
    await s.waitFor('Updated profile default to use arn:aws:iam::123456789012:user/jane.doe');
    await s.waitFor('Step 5 of 11');

    await runLine(s, 'cat ~/.aws/config', 'login_session = arn:aws:iam::123456789012:user/jane.doe');
    const who = await runLine(s, 'aws sts get-caller-identity', '"Arn": "arn:aws:iam::123456789012:user/jane.doe"');
    expect(who).not.toContain('Unable to locate credentials');
    await s.waitFor('Step 6 of 11');

    // The login cache's temporary secret lives only in the laptop's file, never in progress.json.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const laptop = readFileSync(join(data, 'laptop.json'), 'utf8');
    const secret = /\\"secretAccessKey\\": \\"([^"\\]+)\\"/.exec(laptop)?.[1];
    expect(secret).toMatch(/EXAMPLEKEY$/);
    expect(readFileSync(join(data, 'progress.json'), 'utf8')).not.toContain(secret!);
  }, 90_000);
});
