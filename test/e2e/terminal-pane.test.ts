import { describe, expect, it } from 'vitest';
import { KEYS, startIamtutor } from '../helpers/pty.js';

const CTRL_T = '\u0014';

describe('the terminal pane in a real terminal', () => {
  it('runs the aws CLI on the laptop: no credentials, then a key AWS does not know', async () => {
    const session = startIamtutor(['sandbox']);
    try {
      await session.waitFor('IAM users');
      session.write(CTRL_T);
      await session.waitFor('jane@laptop: ~');

      await session.type('aws sts get-caller-identity');
      session.write(KEYS.enter);
      await session.waitFor('Unable to locate credentials');

      await session.type('aws configure');
      session.write(KEYS.enter);
      await session.waitFor('AWS Access Key ID [None]:');
      await session.type('AKIAZZZZZZZZZZEXAMPLE');
      session.write(KEYS.enter);
      await session.waitFor('AWS Secret Access Key [None]:');
      await session.type('wJalrXUtnFEMI/K7MDENG/bPxRfiCYNOSUCHKEY1');
      session.write(KEYS.enter);
      await session.waitFor('Default region name [None]:');
      session.write(KEYS.enter);
      await session.waitFor('Default output format [None]:');
      session.write(KEYS.enter);

      await session.type('aws sts get-caller-identity');
      session.write(KEYS.enter);
      const screen = await session.waitFor('InvalidClientTokenId');
      expect(screen).toContain('when calling the GetCallerIdentity operation');

      // Ctrl+C cancels the line, it does not quit; Ctrl+T gives the console back.
      await session.type('half');
      session.write(KEYS.ctrlC);
      await session.waitFor('half^C');
      session.write(CTRL_T);
      await session.waitFor('IAM users');
      session.write('q');
      expect((await session.exited).exitCode).toBe(0);
    } finally {
      session.kill();
    }
  });
});
