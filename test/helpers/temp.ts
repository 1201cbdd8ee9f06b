// Temporary folders for tests, each removed when its test file is done: importing this registers
// the removal (test/setup/temp-guard.ts fails a file that leaves an iamtutor-* folder behind).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  // Retried: a program a test has just stopped may still be writing its last save there.
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

/** A new empty folder in the temporary folder, removed after the test file's last test. */
export function tempDir(prefix = 'iamtutor-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
