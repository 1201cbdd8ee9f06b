import { isDirectory, resolvePath } from './paths.js';
import type { Redirect } from './tokenizer.js';
import { err, type OutputLine, type ShellState } from './types.js';

// `> FILE` and `>> FILE`: bash opens the file before the command runs (so a refused target stops
// the command, and `>` empties the file even when the command then fails), and the command's
// standard output goes into it while its errors stay on the screen. Only the virtual home can
// be written; the rest of the disk is not the learner's, as on a real laptop.

export type OpenedRedirect = { ok: true; shell: ShellState; path: string | null } | { ok: false; error: OutputLine };

/** `/dev/null` takes the output and keeps nothing: the one path outside home that is writable. */
const DEV_NULL = '/dev/null';

export function openRedirect(shell: ShellState, redirect: Redirect): OpenedRedirect {
  if (redirect.target === DEV_NULL) return { ok: true, shell, path: null };
  const path = resolvePath(redirect.target, shell.cwd);
  if (path === null) return { ok: false, error: err(`bash: ${redirect.target}: Permission denied`) };
  if (path === '~' || isDirectory(shell, path)) return { ok: false, error: err(`bash: ${redirect.target}: Is a directory`) };
  const parent = path.slice(0, path.lastIndexOf('/'));
  if (parent !== '~' && !isDirectory(shell, parent))
    return { ok: false, error: err(`bash: ${redirect.target}: No such file or directory`) };
  const before = shell.files[path];
  const content = redirect.append ? (before ?? '') : '';
  return { ok: true, shell: { ...shell, files: { ...shell.files, [path]: content } }, path };
}

/** Moves the command's standard output into the opened file; errors stay on the screen. */
export function writeRedirected(shell: ShellState, path: string | null, output: OutputLine[]): { shell: ShellState; output: OutputLine[] } {
  const written = output.filter((l) => l.stream === 'stdout');
  const shown = output.filter((l) => l.stream !== 'stdout');
  if (path === null || written.length === 0) return { shell, output: shown };
  // The scrollback is made of lines, so each written line ends with a newline (`printf` without
  // a final `\n` gains one: harmless for the files a learner writes here).
  const text = written.map((l) => `${l.text}\n`).join('');
  return { shell: { ...shell, files: { ...shell.files, [path]: (shell.files[path] ?? '') + text } }, output: shown };
}
