// Why a write of the progress file failed, in one plain sentence for the learner rather than the
// system's error text. Apart from the progress file because it is about the file system, not
// about what the file holds.
import { accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { saying, type Saying } from './words.js';

/**
 * A recursive mkdir on a read-only file system fails with ENOENT, which would send the learner
 * looking for a missing folder: the real reason is found at the nearest folder that exists.
 */
export function realMkdirError(dir: string, error: unknown): unknown {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return error;
  for (let parent = dirname(resolve(dir)); ; parent = dirname(parent)) {
    try {
      accessSync(parent, constants.W_OK);
      return error;
    } catch (reason) {
      if ((reason as NodeJS.ErrnoException).code !== 'ENOENT') return reason;
    }
    if (dirname(parent) === parent) return error;
  }
}

/** One plain reason for a failed write, instead of `ENOSPC: no space left on device, write`. */
export function describeFsError(error: unknown): Saying | string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return saying('engine.file.diskFull');
    case 'EROFS':
      return saying('engine.file.readOnlyFs');
    case 'EACCES':
    case 'EPERM':
      return saying('engine.file.denied');
    case 'ENOTDIR':
    case 'EEXIST':
      return saying('engine.file.notFolder');
    default:
      return (error as Error).message;
  }
}
