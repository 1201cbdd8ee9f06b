// A refused Manage console access: the password field loses the focus to the submit button, with
// the reason right above it, so the learner sees why nothing happened (at 80x24 the dialog
// scrolls, and the error is drawn only while the buttons are in view).
import { describe, expect, it } from 'vitest';
import { inOneWriteAndOneByOne } from '../helpers/chunking.js';
import { openJaneSecurityCredentials } from '../helpers/console-driver.js';
import { KEYS } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

describe('Manage console access with a password the policy refuses, at 80x24', () => {
  it('takes the focus to Reset password with the error in view, one key at a time or in one write', async () => {
    const { together, oneByOne } = await inOneWriteAndOneByOne({
      args: ['sandbox', '--data-dir', tempDir('iamtutor-refused-')],
      setup: async (s) => {
        await openJaneSecurityCredentials(s);
        await s.pressUntil(/›\[ Manage console access \]/);
        s.write(KEYS.enter);
        await s.waitFor('Manage console access for jane.doe.');
      },
      // Reset password (chosen) → Custom password → the password field → a refused password.
      keys: [KEYS.tab, KEYS.down, KEYS.tab, ...'password', KEYS.enter],
      until: 'Password should meet 2 more of the following requirements',
      columns: 80,
      rows: 24,
    });
    expect(together).toBe(oneByOne);
    expect(together).toMatch(/\[ Cancel \] ›\[ Reset password \]/);
    expect(together).toContain('✖ Password should meet 2 more of the following requirements');
  });
});
