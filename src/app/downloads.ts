// "Download .csv file": a new file in the downloads folder, readable only by the learner, never
// over an existing one (a second download becomes "name (1).csv", as a browser does), and never
// inside the real ~/.aws.
import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, parse, resolve, sep } from 'node:path';
import type { DownloadResult } from '../console/services.js';

export function defaultDownloadsDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_DOWNLOAD_DIR || join(homedir(), 'Downloads');
  return join(base, 'iamtutor');
}

function insideRealAwsFolder(dir: string): boolean {
  const aws = resolve(homedir(), '.aws');
  const target = resolve(dir);
  return target === aws || target.startsWith(aws + sep);
}

export async function saveDownload(dir: string, fileName: string, content: string): Promise<DownloadResult> {
  if (insideRealAwsFolder(dir)) {
    return { ok: false, reason: `iamtutor never writes into your real ~/.aws folder; choose another --downloads folder` };
  }
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    return { ok: false, reason: `cannot create the downloads folder ${dir}: ${describe(await realMkdirError(dir, error))}` };
  }
  const { name, ext } = parse(fileName);
  for (let n = 0; n < 1000; n++) {
    const path = join(dir, n === 0 ? fileName : `${name} (${n})${ext}`);
    try {
      // 'wx' fails if the file exists: an earlier download is never replaced.
      await writeFile(path, content, { flag: 'wx', mode: 0o600 });
      return { ok: true, path };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      return { ok: false, reason: `cannot write ${path}: ${describe(error)}` };
    }
  }
  return { ok: false, reason: `too many files named ${fileName} in ${dir}` };
}

/**
 * A recursive mkdir on a read-only file system fails with ENOENT ("no such file or directory"),
 * which would send the learner looking for a missing folder: the real reason is found at the
 * nearest folder that exists.
 */
async function realMkdirError(dir: string, error: unknown): Promise<unknown> {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return error;
  for (let parent = dirname(resolve(dir)); ; parent = dirname(parent)) {
    try {
      await access(parent, constants.W_OK);
      return error;
    } catch (reason) {
      if ((reason as NodeJS.ErrnoException).code !== 'ENOENT') return reason;
    }
    if (dirname(parent) === parent) return error;
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the file system is read-only';
  // mkdir through a path where a file stands where a folder should be.
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'part of that path is a file, not a folder';
  return (error as Error).message;
}
