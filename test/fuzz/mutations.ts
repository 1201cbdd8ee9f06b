// Seeded mutations of a lesson file: the mistakes an author makes (a deleted line, a list where
// a string goes, broken indentation, a duplicated key, a file cut short) and the attacks a shared
// lesson could carry (alias bombs, huge strings, deep nesting, escape sequences in text).
import type { Random } from '../soak/prng.js';

export type Mutation = (text: string, random: Random) => string;

const lines = (text: string) => text.split('\n');
const randomLine = (all: string[], random: Random) => random.int(Math.max(1, all.length));

/** Lines of the form `  key: value` (a scalar after the colon). */
function keyValueLines(all: string[]): number[] {
  return all.flatMap((line, i) => (/^\s*(- )?[A-Za-z_][\w-]*:\s+\S/.test(line) ? [i] : []));
}

const ESCAPES = [
  '\u001B[2J\u001B[H', // clear the screen
  '\u001B]52;c;aGVsbG8=\u0007', // write the clipboard
  '\u001B[31mred\u001B[0m',
  '\u009B6n', // C1 CSI: ask the terminal to answer
  '\u0007\u0008\u0000',
  '\u202Eevil\u202C', // right-to-left override
  '\u200B\uFEFF', // zero width
];

export const MUTATIONS: Record<string, Mutation> = {
  deleteLine(text, r) {
    const all = lines(text);
    all.splice(randomLine(all, r), 1 + r.int(3));
    return all.join('\n');
  },
  swapType(text, r) {
    const all = lines(text);
    const candidates = keyValueLines(all);
    if (candidates.length === 0) return text;
    const i = r.pick(candidates);
    const replacement = r.pick([
      '[1, 2, 3]',
      '{ a: 1 }',
      '42',
      'true',
      'null',
      '~',
      '""',
      '-1e309',
      '0x1F',
      '2026-01-01',
      '!!binary aGk=',
      '|\n  block',
    ]);
    all[i] = all[i]!.replace(/:\s+.*$/, `: ${replacement}`);
    return all.join('\n');
  },
  breakIndentation(text, r) {
    const all = lines(text);
    const i = randomLine(all, r);
    const line = all[i] ?? '';
    all[i] = r.pick([` ${line}`, line.replace(/^ {1,2}/, ''), `\t${line.trimStart()}`, `${'  '.repeat(r.int(6))}${line.trimStart()}`]);
    return all.join('\n');
  },
  hugeString(text, r) {
    const all = lines(text);
    const candidates = keyValueLines(all);
    if (candidates.length === 0) return text;
    const i = r.pick(candidates);
    // Just under and well over the 256 KiB limit.
    const size = r.pick([1_000, 60_000, 200_000, 300_000]);
    all[i] = all[i]!.replace(/:\s+.*$/, `: "${'x'.repeat(size)}"`);
    return all.join('\n');
  },
  aliasBomb(text, r) {
    // "Billion laughs": each level refers to the one below ten times.
    const depth = 3 + r.int(7);
    const bomb = ['lol0: &l0 "lol"'];
    for (let level = 1; level <= depth; level++) {
      bomb.push(`lol${level}: &l${level} [${Array.from({ length: 10 }, () => `*l${level - 1}`).join(', ')}]`);
    }
    return r.next() < 0.5 ? `${bomb.join('\n')}\n${text}` : `${text}\n${bomb.join('\n')}\n`;
  },
  escapeInText(text, r) {
    const all = lines(text);
    const candidates = keyValueLines(all);
    if (candidates.length === 0) return text;
    const i = r.pick(candidates);
    const escape = r.pick(ESCAPES);
    // Raw in a plain scalar, or spelled as YAML escapes in a double-quoted one.
    const value =
      r.next() < 0.5
        ? `"before ${JSON.stringify(escape)
            .slice(1, -1)
            .replace(/\\u001b/gi, '\\e')} after"`
        : `before ${escape} after`;
    all[i] = all[i]!.replace(/:\s+.*$/, `: ${value}`);
    return all.join('\n');
  },
  duplicateKey(text, r) {
    const all = lines(text);
    const candidates = keyValueLines(all);
    if (candidates.length === 0) return text;
    const i = r.pick(candidates);
    all.splice(i + 1, 0, all[i]!);
    return all.join('\n');
  },
  truncate(text, r) {
    return text.slice(0, r.int(text.length));
  },
  garbleBytes(text, r) {
    const chars = [...text];
    for (let n = 0; n < 1 + r.int(8); n++) {
      chars[r.int(chars.length)] = r.pick([
        ':',
        '-',
        '[',
        '{',
        '"',
        "'",
        '&',
        '*',
        '!',
        '|',
        '>',
        '%',
        '@',
        '`',
        '#',
        '\t',
        '\r',
        '\u0000',
        'é',
        '🙂',
      ]);
    }
    return chars.join('');
  },
  deepNesting(_text, r) {
    const depth = r.pick([100, 1_000, 5_000]);
    return r.next() < 0.5
      ? `${'['.repeat(depth)}${']'.repeat(depth)}\n`
      : `a:\n${Array.from({ length: Math.min(depth, 500) }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`;
  },
  oddEncoding(text, r) {
    return r.pick([
      `\uFEFF${text}`,
      text.replace(/\n/g, '\r\n'),
      text.replace(/\n/g, '\r'),
      `%YAML 1.1\n---\n${text}`,
      `${text}\n---\nsecond: document\n`,
      '',
      '# only a comment\n',
    ]);
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** One to three mutations in a row (of `names`); returns the text and what was done, for the report. */
export function mutate(text: string, random: Random, names: readonly string[] = MUTATION_NAMES): { text: string; applied: string[] } {
  const applied: string[] = [];
  let out = text;
  for (let n = 0; n < 1 + random.int(3); n++) {
    const name = random.pick(names);
    applied.push(name);
    out = MUTATIONS[name]!(out, random);
  }
  return { text: out, applied };
}
