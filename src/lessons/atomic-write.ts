// Writing a file so that a crash, a full disk or a kill mid-write never leaves it half written:
// a temp file beside it (mode 0600: these files are the learner's alone), fsync, rename, and the
// directory synced where the platform allows.
import { closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export function writeFileAtomically(dir: string, name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const fd = openSync(temp, 'w', 0o600);
    try {
      // A stale temp file keeps its old mode through 'w'.
      fchmodSync(fd, 0o600);
      // Two calls: writeSync has one overload for text and one for bytes, none for either.
      if (typeof text === 'string') writeSync(fd, text);
      else writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    syncDirectory(dir);
    return path;
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temp file may not exist
    }
    throw error;
  }
}

function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every platform lets a directory be fsynced; the rename is still atomic.
  }
}
