// "Download .csv file": a new file in the downloads folder, readable only by the learner, never
// over an existing one (a second download becomes "name (1).csv", as a browser does), never
// half written (a full disk leaves no 0-byte file behind), and never inside the real ~/.aws,
// even through a symbolic link.
import { access, link, mkdir, realpath, rename, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, parse, resolve, sep } from 'node:path';
import type { DownloadResult } from '../console/services.js';
import { describeFsError, realMkdirError } from '../lessons/fs-error.js';
import { inEnglish } from '../lessons/words.js';

export function defaultDownloadsDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_DOWNLOAD_DIR || join(homedir(), 'Downloads');
  return join(base, 'iamtutor');
}

/**
 * The path with every symbolic link resolved, as far as it exists (a downloads folder is often
 * created by the download): the part that does not exist yet is joined to the real path of the
 * nearest folder that does.
 */
async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(await realPathOf(parent), absolute.slice(parent.length).replace(/^[\\/]/, ''));
  }
}

/** Compared as real paths: `--downloads ~/dl` where ~/dl links to ~/.aws is inside it too. */
async function insideRealAwsFolder(dir: string): Promise<boolean> {
  const aws = await realPathOf(join(homedir(), '.aws'));
  const target = await realPathOf(dir);
  return target === aws || target.startsWith(aws + sep);
}

/**
 * Writes `content` to a new file at `path`, all or nothing: the text goes to a temporary file
 * beside it, which is then linked to the name (a link, unlike a rename, fails with EEXIST rather
 * than replace a file). Where hard links are not supported, a rename to a name that was free.
 */
async function writeNewFileWhole(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${parse(path).base}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, content, { flag: 'wx', mode: 0o600 });
    try {
      await link(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
      if (await exists(path)) throw Object.assign(new Error(`${path} exists`), { code: 'EEXIST' });
      await rename(temp, path);
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

export async function saveDownload(dir: string, fileName: string, content: string): Promise<DownloadResult> {
  if (await insideRealAwsFolder(dir)) {
    return { ok: false, reason: `iamtutor never writes into your real ~/.aws folder; choose another --downloads folder` };
  }
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    return { ok: false, reason: `cannot create the downloads folder ${dir}: ${describe(realMkdirError(dir, error))}` };
  }
  const { name, ext } = parse(fileName);
  for (let n = 0; n < 1000; n++) {
    const path = join(dir, n === 0 ? fileName : `${name} (${n})${ext}`);
    try {
      // An earlier download is never replaced: EEXIST, and the next name is tried.
      await writeNewFileWhole(path, content);
      return { ok: true, path };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      return { ok: false, reason: `cannot write ${path}: ${describe(error)}` };
    }
  }
  return { ok: false, reason: `too many files named ${fileName} in ${dir}` };
}

/** The shared one-sentence reason (fs-error.ts), in English like the console it is shown in. */
function describe(error: unknown): string {
  const reason = describeFsError(error);
  return typeof reason === 'string' ? reason : inEnglish(reason);
}
