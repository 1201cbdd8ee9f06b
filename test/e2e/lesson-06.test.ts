// Lesson 6 (self-service-keys) in a real pseudo-terminal: the policy steps are skipped (their
// console pages belong to the Policies lesson), then the learner signs out, signs in as Jane,
// chooses her password, creates her own key and is refused one for Bob.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAccessKeyForCli, openSecurityCredentials } from '../helpers/console-driver.js';
import { skipStep } from '../helpers/lesson-panel.js';
import { KEYS, startIamtutor, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

const temp = (prefix: string) => tempDir(prefix);
let session: Session | undefined;
afterEach(() => {
  try {
    session?.kill();
  } catch {
    // already gone
  }
  session = undefined;
});

describe('lesson 6 in a real terminal', () => {
  it('signs out, signs in as Jane, changes her password, creates her own key, and is denied one for Bob', async () => {
    const data = temp('iamtutor-data-');
    const downloads = temp('iamtutor-dl-');
    const s = (session = startIamtutor(['start', 'self-service-keys', '--data-dir', data, '--downloads', downloads], {
      columns: 120,
      rows: 40,
    }));

    // 1. Quiz: Jane herself.
    await s.waitFor('Step 1 of 9');
    s.write('b');
    await s.waitFor('Enter: continue');
    s.write(KEYS.enter);
    await s.waitForGone('Enter: continue');
    // 2 and 3: the policy, created and attached by the lesson's own solutions.
    await skipStep(s, 'Step 2 of 9');
    await skipStep(s, 'Step 3 of 9');

    // 4. Sign out from the user menu.
    await s.waitFor('Step 4 of 9');
    expect(s.screen()).toContain('root @ 1234-5678-9012');
    s.write('u');
    await s.waitFor('Sign out');
    s.write(KEYS.down);
    await s.pressUntil(/› Sign out/, KEYS.down, 2);
    s.write(KEYS.enter);

    // 5. Sign in as Jane.
    await s.waitFor('Step 5 of 9');
    await s.waitFor('Sign in as IAM user');
    // Each field is typed into once it has the focus mark (its typing flag is up, so the
    // lesson's single-letter keys stay quiet).
    await s.waitFor(/IAM user name[^\n]*\n\s*› \[/);
    await s.type('jane.doe');
    s.write(KEYS.enter);
    await s.waitFor(/Password[^\n]*\n\s*› \[/);
    await s.type('Welcome-2026!');
    s.write(KEYS.enter);

    // 6. Change password, the policy's rules ticked live.
    await s.waitFor('Step 6 of 9');
    await s.waitFor(/Old password[^\n]*\n\s*› \[/);
    await s.type('Welcome-2026!');
    s.write(KEYS.tab);
    await s.waitFor(/New password[^\n]*\n\s*› \[/);
    await s.type('Jane-Own-Passw0rd!');
    await s.waitFor('✓ Must be at least 8 characters long');
    s.write(KEYS.tab);
    await s.waitFor(/Retype new password[^\n]*\n\s*› \[/);
    await s.type('Jane-Own-Passw0rd!');
    s.write(KEYS.enter);

    // 7. Her own Security credentials, from the user menu; create her key.
    await s.waitFor('Step 7 of 9');
    expect(await s.waitFor('jane.doe @ 1234-5678-9012')).toBeTruthy();
    s.write('u');
    await s.waitFor('IAM user: jane.doe');
    s.write(KEYS.enter);
    await s.waitFor('My security credentials');
    await createAccessKeyForCli(s);
    await s.waitFor('Retrieve access keys');
    await s.pressUntil(/›\[ Download \.csv file \]/);
    s.write(KEYS.enter);
    await s.pressUntil(/›\[ Done \]/);
    s.write(KEYS.enter);

    // 8. Bob's key: IAM users, bob.smith, Security credentials, Create access key → AccessDenied.
    await s.waitFor('Step 8 of 9');
    s.write(KEYS.escape);
    await s.waitFor(/IAM users \(2\)/);
    await openSecurityCredentials(s, 'bob.smith');
    await s.waitFor('Access keys (0)');
    await createAccessKeyForCli(s);
    const denied = await s.waitFor('Step 9 of 9');
    expect(denied).toContain('AccessDenied');
    // The API's own message (it wraps beside the lesson panel).
    expect(denied).toContain('User: arn:aws:iam::123456789012:user/jane.doe is not authorized to perform:');
    expect(denied).toContain('no identity-based policy allows the iam:CreateAccessKey action');

    // 9. Quiz: implicitly denied.
    s.write('b');
    await s.waitFor('Enter: continue');
    s.write(KEYS.enter);
    const finish = await s.waitFor('Enter: back to home');
    expect(finish).toContain('Lesson complete ✓');
    s.write(KEYS.enter);
    await s.waitFor('completed ✓');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);

    // Jane's passwords are never saved.
    const text = readFileSync(join(data, 'progress.json'), 'utf8');
    expect(text).not.toContain('Jane-Own-Passw0rd!');
    expect(text).not.toMatch(/EXAMPLEKEY/);
  }, 90_000);
});
