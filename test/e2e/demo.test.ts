// `iamtutor demo` on the built binary in a real terminal: the CLI lessons play to their last step.
// Their solutions run `aws configure set` and `aws login` on the simulated laptop, which needs the
// store's shell runner (a demo built without it stopped at step 2 with "exited with 127") and,
// for `aws login`, answers to its questions (the region, the browser's Continue).
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
  it.each(['use-keys-with-cli', 'sign-in-from-cli'])(
    'plays %s to its end, shell steps included',
    async (lesson) => {
      // 60 s per action: nothing plays by itself; → plays the rest of each step at once.
      const s = (session = startIamtutor(['demo', lesson, '--speed', '60', '--data-dir', tempDir('iamtutor-data-')], {
        columns: 120,
        rows: 40,
      }));
      const first = await s.waitFor(/Step 1\/(\d+)/);
      const steps = Number(/Step 1\/(\d+)/.exec(first)![1]);
      expect(steps).toBeGreaterThanOrEqual(7);
      const screens: string[] = [];
      for (let step = 1; step <= steps; step++) {
        const screen = await s.waitFor(new RegExp(`Step ${step}/${steps}|✖ stopped`));
        expect(screen).not.toContain('✖ stopped');
        screens.push(screen);
        s.write(KEYS.right);
      }
      // The commands are played where the audience sees them: in Jane's laptop terminal.
      if (lesson === 'sign-in-from-cli') expect(screens.join('\n')).toContain('Updated profile default to use');
      const end = await s.waitFor(/■ done|✖ stopped/);
      expect(end).not.toContain('✖ stopped');
      expect(end).toContain('The lesson is done.');
      s.write('q');
      expect((await s.exited).exitCode).toBe(0);
      session = undefined;
    },
    40_000,
  );
});
