// Key sequences the pseudo-terminal tests share: what a learner presses, written once.
import { KEYS, runLine, type Session } from './pty.js';

/**
 * In the Create access key wizard: its default use case (CLI), the "I understand" box ticked,
 * Next, an optional description, and Create pressed. What comes next (Retrieve access keys, or
 * an AccessDenied) is the caller's to wait for.
 */
export async function finishAccessKeyWizard(s: Session, description?: string): Promise<void> {
  await s.waitFor('Use case');
  await s.pressUntil(/› ?\[ \] I understand/);
  s.write(KEYS.space);
  await s.waitFor(/\[x\] I understand/);
  await s.pressUntil(/›\[ Next \]/);
  s.write(KEYS.enter);
  await s.waitFor('Description tag value');
  if (description) await s.type(description);
  await s.pressUntil(/›\[ Create access key \]/);
  s.write(KEYS.enter);
}

/** From a page with a Create access key button: the whole wizard, as finishAccessKeyWizard. */
export async function createAccessKeyForCli(s: Session, description?: string): Promise<void> {
  await s.pressUntil(/›\[ Create access key \]/);
  s.write(KEYS.enter);
  await finishAccessKeyWizard(s, description);
}

/** The shapes of generated credentials, as they show on Retrieve access keys. */
export const KEY_ID = /AKIA[A-Z2-7]{9}EXAMPLE/;
export const SECRET = /[A-Za-z0-9+/]{30}EXAMPLEKEY/;

/**
 * From the IAM users list, as a learner does it: ↓ to `userName`'s row, Enter, then 4 for the
 * Security credentials tab.
 */
export async function openSecurityCredentials(s: Session, userName: string): Promise<void> {
  const row = new RegExp(`› \\[ \\] ${userName.replace(/\./g, '\\.')}`);
  await s.pressUntil(row, KEYS.down, 6);
  s.write(KEYS.enter);
  await s.waitFor(`IAM > IAM users > ${userName}`);
  s.write('4');
  await s.waitFor('[Security credentials]');
}

/** From the sandbox's IAM users list, as a learner does it: jane.doe's page, Security credentials tab. */
export async function openJaneSecurityCredentials(s: Session): Promise<void> {
  await s.waitFor('IAM users (2)');
  await openSecurityCredentials(s, 'jane.doe');
}

/** On Retrieve access keys: Show, then the key ID and the secret as the page shows them. */
export async function showNewKey(s: Session): Promise<{ id: string; secret: string }> {
  await s.pressUntil(/›\[ Show \]/);
  s.write(KEYS.enter);
  const page = await s.waitFor(SECRET);
  return { id: KEY_ID.exec(page)![0], secret: SECRET.exec(page)![0] };
}

/** `aws configure` answered as a learner does: what goes in the ID and secret prompts, us-east-1, Enter. */
export async function awsConfigure(s: Session, keyId: string, secret: string): Promise<void> {
  await runLine(s, 'aws configure', 'AWS Access Key ID [None]:');
  await runLine(s, keyId, 'AWS Secret Access Key [None]:');
  await runLine(s, secret, 'Default region name [None]:');
  await runLine(s, 'us-east-1', 'Default output format [None]:');
  s.write(KEYS.enter);
}

/** On a Security credentials tab: the key's Actions, Deactivate, and the confirmation. */
export async function deactivateKey(s: Session, keyId: string): Promise<void> {
  await s.pressUntil(new RegExp(`› *${keyId}`));
  s.write(KEYS.enter);
  await s.waitFor('Actions ·');
  await s.pressUntil(/› *Deactivate/, KEYS.down, 6);
  s.write(KEYS.enter);
  await s.pressUntil(/›\[ Deactivate \]/);
  s.write(KEYS.enter);
}

/** q quits (the progress is saved as it goes); a quit dialog, if one asks, is answered y. The exit code. */
export async function quitAnsweringYes(s: Session): Promise<number> {
  s.write('q');
  const asked = await Promise.race([
    s.exited.then(() => false),
    s.waitFor('Quit iamtutor?', 3000).then(
      () => true,
      () => false,
    ),
  ]);
  if (asked) s.write('y');
  return (await s.exited).exitCode;
}
