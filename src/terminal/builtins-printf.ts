import { err, lines } from './types.js';
import type { Builtin } from './builtins-types.js';

// bash's printf, enough to write a small file: `printf 'User Name,Access key ID\n%s,%s\n' a b`.
// The format is used again while arguments remain, as bash does; %s, %d/%i, %% and the common
// backslash escapes are understood, anything else is copied as it stands.

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", a: '\u0007', b: '\b' };

function formatOnce(format: string, args: string[]): { text: string; used: number; error?: string } {
  let text = '';
  let used = 0;
  let error: string | undefined;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '\\' && i + 1 < format.length && format[i + 1] in ESCAPES) {
      text += ESCAPES[format[++i]];
    } else if (c === '%' && format[i + 1] === '%') {
      text += '%';
      i++;
    } else if (c === '%' && (format[i + 1] === 's' || format[i + 1] === 'd' || format[i + 1] === 'i')) {
      const conversion = format[++i];
      const arg = args[used++] ?? '';
      if (conversion === 's') text += arg;
      else if (arg === '' || /^[+-]?\d+$/.test(arg)) text += String(arg === '' ? 0 : Number.parseInt(arg, 10));
      else {
        error ??= `bash: printf: ${arg}: invalid number`;
        text += '0';
      }
    } else text += c;
  }
  return { text, used, error };
}

export const printf: Builtin = (args, ctx) => {
  if (args.length === 0) return { shell: ctx.shell, output: [err('printf: usage: printf [-v var] format [arguments]')], exitCode: 2 };
  const [format, ...rest] = args;
  let text = '';
  let remaining = rest;
  const errors: string[] = [];
  do {
    const once = formatOnce(format, remaining);
    text += once.text;
    if (once.error) errors.push(once.error);
    // A format without conversions prints once, whatever arguments follow.
    if (once.used === 0) break;
    remaining = remaining.slice(once.used);
  } while (remaining.length > 0);
  return { shell: ctx.shell, output: [...lines(text), ...errors.map(err)], exitCode: errors.length > 0 ? 1 : 0 };
};
