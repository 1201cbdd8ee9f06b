// The suite's own temporary folder: every test's os.tmpdir() is inside it (test/setup/
// temp-guard.ts gives each test file a folder of its own there), so tests never see each other's
// files, nor those of another suite running on the same machine, and nothing is left in /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'iamtutor-vitest-'));
  // Read by the workers, which are started after this.
  process.env.IAMTUTOR_TEST_TMP = root;
  return () => rmSync(root, { recursive: true, force: true });
}
