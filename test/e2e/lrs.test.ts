// A learner's record sent to a real LRS through the built binary (`iamtutor report --lrs`,
// `iamtutor lrs status`, `iamtutor lrs flush`): the credentials from the environment and never
// printed, the queue kept while the LRS is away, everything there exactly once afterwards.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { LRS_CREDENTIALS, lrsForThisFile, runCli } from '../helpers/lrs.js';
import { openProgress, startLesson } from '../../src/app/start-lesson.js';
import { shippedLesson } from '../helpers/lesson-fixture.js';
import { simulatedClock } from '../../src/store/clock.js';

const testLrs = lrsForThisFile();

/** A data folder with lesson 1 skipped through to its end, and a second lesson begun. */
function learnerData(): string {
  const dir = tempDir('iamtutor-data-');
  const { keeper } = openProgress(dir);
  const first = startLesson(shippedLesson('create-user'), keeper, { clock: simulatedClock('2026-03-02T09:00:00Z') });
  while (!first.run.finished) first.confirm('skip');
  first.dispose();
  return dir;
}

describe('iamtutor report --lrs against a real LRS', () => {
  it('sends the record, keeps it queued while the LRS is away, and flushes it later exactly once', async () => {
    const data = learnerData();
    const env = { IAMTUTOR_LRS_AUTH: LRS_CREDENTIALS };
    const sent = await runCli(['report', '--name', 'Ada Lovelace', '--data-dir', data, '--lrs', testLrs().endpoint], env);
    expect(sent.stderr).toMatch(
      /^\d+ statements queued for the LRS\.\n\d+ statements sent to http:\/\/127\.0\.0\.1:\d+\/xAPI; none queued\.\n$/,
    );
    expect(sent.status).toBe(0);
    expect(sent.stdout).toBe('');
    const count = Number(/^(\d+) statements queued/.exec(sent.stderr)![1]);
    const ada = (await testLrs().statements()).filter((s) => (s.actor as { name: string }).name === 'Ada Lovelace');
    expect(ada).toHaveLength(count);

    // Grace, while the LRS is away: nothing lost, said plainly, exit 1.
    await testLrs().down();
    const away = await runCli(['report', '--name', 'Grace Hopper', '--data-dir', data, '--lrs', testLrs().endpoint], env);
    expect(away.status).toBe(1);
    expect(away.stderr).toContain('the LRS could not be reached (ECONNREFUSED)');
    expect(away.stderr).toContain(`0 sent, ${count} still queued: 'iamtutor lrs flush' sends them.`);
    const status = await runCli(['lrs', 'status', '--data-dir', data]);
    expect(status.stdout).toContain(`Queued for the LRS: ${count} statements.`);
    expect(status.stdout).toMatch(/Last error \(.*\): the LRS could not be reached \(ECONNREFUSED\)/);

    await testLrs().up();
    const flushed = await runCli(['lrs', 'flush', '--data-dir', data, '--lrs', testLrs().endpoint], env);
    expect(flushed.status).toBe(0);
    expect(flushed.stderr).toMatch(new RegExp(`^${count} statements sent to .*; none queued\\.\\n$`));
    // Ada's again: the same statements, stored once.
    expect((await runCli(['report', '--name', 'Ada Lovelace', '--data-dir', data, '--lrs', testLrs().endpoint], env)).status).toBe(0);
    const all = await testLrs().statements();
    for (const name of ['Ada Lovelace', 'Grace Hopper'])
      expect(all.filter((s) => (s.actor as { name: string }).name === name)).toHaveLength(count);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    for (const r of [sent, away, status, flushed]) expect(r.stdout + r.stderr).not.toContain('iamtutor-test-secret');
  }, 60_000);

  it('says a 401 in plain words, keeps the queue, and needs credentials to send at all', async () => {
    const data = learnerData();
    const authFile = join(tempDir(), 'lrs-auth');
    writeFileSync(authFile, 'iamtutor-test-key:not-the-secret-4242\n', { mode: 0o600 });
    const refused = await runCli([
      'report',
      '--name',
      'Mallory',
      '--data-dir',
      data,
      '--lrs',
      testLrs().endpoint,
      '--lrs-auth-file',
      authFile,
    ]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('the LRS refused the credentials (401): check IAMTUTOR_LRS_AUTH or the --lrs-auth-file');
    expect(refused.stderr).not.toContain('not-the-secret-4242');
    expect((await runCli(['lrs', 'status', '--data-dir', data])).stdout).toMatch(
      /Queued for the LRS: \d+ statements\.\nLast error .*\(401\)/,
    );
    const none = await runCli(['report', '--name', 'Mallory', '--data-dir', data, '--lrs', testLrs().endpoint]);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(
      'iamtutor: the LRS needs credentials as key:secret, in IAMTUTOR_LRS_AUTH or a file given with --lrs-auth-file\n',
    );
  }, 60_000);
});
