import { HOME, type ShellState } from './types.js';

// The virtual home is a flat map of files; directories exist only as prefixes of file paths
// (plus `~` itself). Paths are kept as `~/…`, the form learners read in lessons.

/** Resolves a typed path against the cwd to a `~`-rooted path; null when it lies outside home. */
export function resolvePath(arg: string, cwd: string): string | null {
  let path: string;
  if (arg === '~' || arg.startsWith('~/')) path = arg;
  else if (arg === HOME || arg.startsWith(`${HOME}/`)) path = `~${arg.slice(HOME.length)}`;
  else if (arg.startsWith('/')) return null;
  else path = `${cwd}/${arg}`;
  const parts: string[] = [];
  for (const part of path.split('/').slice(1)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      // `..` from home leaves the virtual home.
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? '~' : `~/${parts.join('/')}`;
}

export function isFile(shell: ShellState, path: string): boolean {
  return Object.prototype.hasOwnProperty.call(shell.files, path);
}

export function isDirectory(shell: ShellState, path: string): boolean {
  if (path === '~' || path === shell.cwd) return true;
  return Object.keys(shell.files).some((f) => f.startsWith(`${path}/`));
}

/** Direct children of a directory: names, directories first marked with a trailing `/`. */
export function children(shell: ShellState, dir: string): { name: string; dir: boolean }[] {
  const seen = new Map<string, boolean>();
  for (const file of Object.keys(shell.files)) {
    if (!file.startsWith(`${dir}/`)) continue;
    const rest = file.slice(dir.length + 1);
    const slash = rest.indexOf('/');
    if (slash < 0) seen.set(rest, seen.get(rest) ?? false);
    else seen.set(rest.slice(0, slash), true);
  }
  if (dir === '~' && shell.cwd !== '~' && !seen.has(shell.cwd.slice(2).split('/')[0])) {
    seen.set(shell.cwd.slice(2).split('/')[0], true);
  }
  return [...seen.entries()]
    .map(([name, isDir]) => ({ name, dir: isDir }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The absolute form `pwd` prints. */
export function absolute(path: string): string {
  return path === '~' ? HOME : `${HOME}${path.slice(1)}`;
}
