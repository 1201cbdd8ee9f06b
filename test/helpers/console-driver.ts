// Key sequences the pseudo-terminal tests share: what a learner presses, written once.
import { KEYS, type Session } from './pty.js';

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

/** From the sandbox's IAM users list, as a learner does it: jane.doe's page, Security credentials tab. */
export async function openJaneSecurityCredentials(s: Session): Promise<void> {
  await s.waitFor('IAM users (2)');
  s.write(KEYS.down);
  await s.waitFor(/› \[ \] jane\.doe/);
  s.write(KEYS.enter);
  await s.waitFor('IAM > IAM users > jane.doe');
  s.write('4');
  await s.waitFor('[Security credentials]');
}
