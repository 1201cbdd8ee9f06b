// The only I/O of reports: reading report files for merge (a folder gives its .json and .md
// files), hashing lesson files, and the learner's remembered name. Reads never throw.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { emptyProgressFile, progressFile, type ProgressFile } from '../lessons/progress.js';
import { PROGRESS_FILE_NAME } from '../lessons/progress-file.js';
import type { ReportSource } from './merge.js';

/** Reports are small; a huge file given by mistake is refused before it is read. */
export const MAX_REPORT_BYTES = 1024 * 1024;
const REPORT_EXTENSIONS = ['.json', '.md'];

export function readReportSources(paths: readonly string[]): ReportSource[] {
  const sources: ReportSource[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      sources.push({ path, text: { error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` } });
      continue;
    }
    if (!isDir) {
      sources.push(readOne(path));
      continue;
    }
    try {
      const names = readdirSync(path)
        .filter((name) => REPORT_EXTENSIONS.includes(extname(name).toLowerCase()))
        .sort();
      for (const name of names) sources.push(readOne(join(path, name)));
    } catch (error) {
      sources.push({ path, text: { error: `the folder cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` } });
    }
  }
  return sources;
}

function readOne(path: string): ReportSource {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { path, text: { error: 'not a file' } };
    if (stat.size > MAX_REPORT_BYTES) return { path, text: { error: `larger than ${MAX_REPORT_BYTES / 1024} KiB` } };
    return { path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { path, text: { error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` } };
  }
}

/** sha256 of a file's bytes, or null when it cannot be read. */
export function fileSha256(path: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return null;
  }
}

export const LEARNER_FILE = 'learner.json';

/** The name given the first time, kept beside the progress file. */
export function readLearnerName(dataDir: string): string | undefined {
  try {
    const data = JSON.parse(readFileSync(join(dataDir, LEARNER_FILE), 'utf8')) as { name?: unknown };
    return typeof data.name === 'string' && data.name.trim() !== '' ? data.name.trim() : undefined;
  } catch {
    return undefined;
  }
}

export function saveLearnerName(dataDir: string, name: string): { ok: true } | { ok: false; message: string } {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(join(dataDir, LEARNER_FILE), `${JSON.stringify({ name })}\n`, { mode: 0o600 });
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      message: `your name could not be remembered in ${dataDir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    };
  }
}

/**
 * The progress file, read without changing anything (the app moves a damaged file aside; a
 * report only says it cannot use it).
 */
export function readProgressFile(dir: string): { ok: true; file: ProgressFile } | { ok: false; message: string } {
  const path = join(dir, PROGRESS_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: true, file: emptyProgressFile() };
    return { ok: false, message: `${path} cannot be read (${code ?? (error as Error).message})` };
  }
  try {
    const parsed = progressFile.safeParse(JSON.parse(text));
    if (parsed.success) return { ok: true, file: parsed.data };
  } catch {
    // not JSON: said below
  }
  return { ok: false, message: `${path} is damaged; open iamtutor once (it moves a damaged file aside) and try again` };
}
