import { absolute, children, isDirectory, isFile, resolvePath } from './paths.js';
import { err, lines, out, type OutputLine } from './types.js';
import type { Builtin, BuiltinResult } from './builtins-types.js';

// pwd, cd, ls, cat, rm over the virtual home, with coreutils' and bash's own error messages.

function flagsAndPaths(args: string[]): { flags: Set<string>; paths: string[] } {
  const flags = new Set<string>();
  const paths: string[] = [];
  for (const a of args) {
    if (a.startsWith('-') && a.length > 1) for (const f of a.slice(1)) flags.add(f);
    else paths.push(a);
  }
  return { flags, paths };
}

export const pwd: Builtin = (_args, ctx) => ({ shell: ctx.shell, output: [out(absolute(ctx.shell.cwd))], exitCode: 0 });

export const cd: Builtin = (args, ctx) => {
  const fail = (message: string): BuiltinResult => ({ shell: ctx.shell, output: [err(`bash: cd: ${message}`)], exitCode: 1 });
  if (args.length > 1) return fail('too many arguments');
  const target = args[0] ?? '~';
  const path = resolvePath(target, ctx.shell.cwd);
  // Only home and ~/.aws exist in the simulation; the rest of the disk is not there.
  if (path === null || (!isDirectory(ctx.shell, path) && !isFile(ctx.shell, path))) return fail(`${target}: No such file or directory`);
  if (isFile(ctx.shell, path)) return fail(`${target}: Not a directory`);
  return { shell: { ...ctx.shell, cwd: path }, output: [], exitCode: 0 };
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `ls -l`'s date column; every virtual file carries the account clock as its time. */
function lsDate(iso: string): string {
  const d = new Date(iso);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${hh}:${mm}`;
}

export const ls: Builtin = (args, ctx) => {
  const { shell } = ctx;
  const { flags, paths } = flagsAndPaths(args);
  for (const f of flags) {
    if (!'laA1h'.includes(f)) {
      return { shell, output: [err(`ls: invalid option -- '${f}'`), err("Try 'ls --help' for more information.")], exitCode: 2 };
    }
  }
  const all = flags.has('a');
  const hidden = all || flags.has('A');
  const long = flags.has('l');
  const output: OutputLine[] = [];
  let exitCode = 0;
  const targets = paths.length > 0 ? paths : ['.'];
  const date = lsDate(ctx.account.clock);
  const size = (path: string) => Buffer.byteLength(shell.files[path] ?? '', 'utf8');

  const render = (entries: { name: string; dir: boolean; path: string }[], withTotal: boolean) => {
    if (!long) {
      if (entries.length > 0) output.push(out(entries.map((e) => e.name).join('  ')));
      return;
    }
    const sizes = entries.map((e) => (e.dir ? 4096 : size(e.path)));
    const width = Math.max(0, ...sizes.map((s) => String(s).length));
    if (withTotal) output.push(out(`total ${entries.reduce((n, e, i) => n + (e.dir || sizes[i] > 0 ? 4 : 0), 0)}`));
    entries.forEach((e, i) => {
      // `aws configure` creates its files with mode 0600.
      const mode = e.dir ? 'drwxr-xr-x' : '-rw-------';
      output.push(out(`${mode} ${e.dir ? 2 : 1} jane jane ${String(sizes[i]).padStart(width)} ${date} ${e.name}`));
    });
  };

  targets.forEach((target, n) => {
    const path = resolvePath(target, shell.cwd);
    if (path !== null && isFile(shell, path)) {
      render([{ name: target, dir: false, path }], false);
      return;
    }
    if (path === null || !isDirectory(shell, path)) {
      output.push(err(`ls: cannot access '${target}': No such file or directory`));
      exitCode = 2;
      return;
    }
    if (targets.length > 1) output.push(out(`${n > 0 ? '\n' : ''}${target}:`));
    const entries = children(shell, path)
      .filter((c) => hidden || !c.name.startsWith('.'))
      .map((c) => ({ ...c, path: `${path}/${c.name}` }));
    const dots = all
      ? [
          { name: '.', dir: true, path },
          { name: '..', dir: true, path },
        ]
      : [];
    render([...dots, ...entries], true);
  });
  return { shell, output: output.flatMap((l) => (l.text.includes('\n') ? lines(l.text, l.stream) : [l])), exitCode };
};

export const cat: Builtin = (args, ctx) => {
  const output: OutputLine[] = [];
  let exitCode = 0;
  for (const target of args) {
    const path = resolvePath(target, ctx.shell.cwd);
    // A terminal shows a CRLF line end (the console's .csv downloads have them) as a line end.
    if (path !== null && isFile(ctx.shell, path)) output.push(...lines(ctx.shell.files[path].replace(/\r\n/g, '\n')));
    else {
      const why = path !== null && isDirectory(ctx.shell, path) ? 'Is a directory' : 'No such file or directory';
      output.push(err(`cat: ${target}: ${why}`));
      exitCode = 1;
    }
  }
  return { shell: ctx.shell, output, exitCode };
};

export const rm: Builtin = (args, ctx) => {
  const { flags, paths } = flagsAndPaths(args);
  const recursive = flags.has('r') || flags.has('R');
  const force = flags.has('f');
  if (paths.length === 0) {
    return force
      ? { shell: ctx.shell, output: [], exitCode: 0 }
      : { shell: ctx.shell, output: [err('rm: missing operand'), err("Try 'rm --help' for more information.")], exitCode: 1 };
  }
  const files = { ...ctx.shell.files };
  const output: OutputLine[] = [];
  let exitCode = 0;
  for (const target of paths) {
    const path = resolvePath(target, ctx.shell.cwd);
    if (path !== null && Object.prototype.hasOwnProperty.call(files, path)) delete files[path];
    else if (path !== null && isDirectory({ ...ctx.shell, files }, path)) {
      if (!recursive) {
        output.push(err(`rm: cannot remove '${target}': Is a directory`));
        exitCode = 1;
      } else for (const f of Object.keys(files)) if (f.startsWith(`${path}/`)) delete files[f];
    } else if (!force) {
      output.push(err(`rm: cannot remove '${target}': No such file or directory`));
      exitCode = 1;
    }
  }
  return { shell: { ...ctx.shell, files }, output, exitCode };
};
