// `iamtutor demo` on the built binary in a real terminal: the CLI lesson plays to its last step.
// Its solutions run `aws configure set` on the simulated laptop, which needs the store's shell
// runner: a demo built without it stopped at step 2 with "exited with 127".
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, startIamtutor, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

let session: Session | undefined;
afterEach(() => {
  try {
    session?.kill();
  } catch {
    // already gone
  }
  session = undefined;
});

describe('iamtutor demo, in a real terminal', () => {
  it('plays use-keys-with-cli to its end, shell steps included', async () => {
    // 60 s per action: nothing plays by itself; → plays the rest of each step at once.
    const s = (session = startIamtutor(['demo', 'use-keys-with-cli', '--speed', '60', '--data-dir', tempDir('iamtutor-data-')], {
      columns: 120,
      rows: 40,
    }));
    const first = await s.waitFor(/Step 1\/(\d+)/);
    const steps = Number(/Step 1\/(\d+)/.exec(first)![1]);
    expect(steps).toBeGreaterThanOrEqual(7);
    for (let step = 1; step <= steps; step++) {
      const screen = await s.waitFor(new RegExp(`Step ${step}/${steps}|✖ stopped`));
      expect(screen).not.toContain('✖ stopped');
      s.write(KEYS.right);
    }
    const end = await s.waitFor(/■ done|✖ stopped/);
    expect(end).not.toContain('✖ stopped');
    expect(end).toContain('The lesson is done.');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
    session = undefined;
  }, 40_000);
});
