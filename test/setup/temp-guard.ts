// Every test removes what it creates. Each test file gets a temporary folder of its own as
// os.tmpdir() (TMPDIR, inherited by the programs the pseudo-terminal tests start); when the file
// is done, any iamtutor-* folder still in it fails the file, naming it — then it is removed, so a
// failing run leaves nothing behind either (some of those folders held secret-shaped keys).
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const root = process.env.IAMTUTOR_TEST_TMP;
if (root) {
  mkdirSync(root, { recursive: true });
  const own = mkdtempSync(join(root, 'file-'));
  process.env.TMPDIR = own;
  afterAll(() => {
    const left = readdirSync(own).filter((name) => name.startsWith('iamtutor-'));
    rmSync(own, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    if (left.length > 0) {
      throw new Error(`this test file left ${left.length} temporary folder${left.length === 1 ? '' : 's'} behind: ${left.join(', ')}`);
    }
  });
}
