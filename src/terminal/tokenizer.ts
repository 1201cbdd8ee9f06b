// A small shell-words tokenizer: just enough bash for `aws configure`, `export`, `cat ~/.aws/…`,
// `printf … > ~/file.csv`.
// It keeps each word's span in the typed line so that secrets can be cut out of the line itself.

export interface Word {
  /** the word after quote removal and `$VAR` expansion */
  text: string;
  /** span of the word in the typed line */
  start: number;
  end: number;
  /** `NAME=value` with an unquoted NAME: a variable assignment when it precedes the command */
  assignment?: { name: string; value: string };
}

export type TokenizeResult = { ok: true; words: Word[]; redirect?: Redirect } | { ok: false; message: string; exitCode: number };

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

const UNSUPPORTED: Record<string, string> = {
  '|': "iamtutor's shell does not support pipes",
  '<': "iamtutor's shell does not support redirection",
  ';': "iamtutor's shell runs one command per line",
  '&': "iamtutor's shell runs one command per line",
};

function fail(message: string, exitCode = 2): TokenizeResult {
  return { ok: false, message, exitCode };
}

/**
 * Reads `$NAME`, `${NAME}` or `$?` starting at `line[i] === '$'`.
 * Returns the expansion and the index after it; a lone `$` stays literal, as in bash.
 */
function expand(line: string, i: number, lookup: (name: string) => string | undefined): { text: string; next: number } | null {
  const c = line[i + 1];
  if (c === '?') return { text: lookup('?') ?? '0', next: i + 2 };
  if (c === '{') {
    const close = line.indexOf('}', i + 2);
    if (close < 0) return null;
    const name = line.slice(i + 2, close);
    return { text: lookup(name) ?? '', next: close + 1 };
  }
  if (c !== undefined && NAME_START.test(c)) {
    let j = i + 1;
    while (j < line.length && NAME_CHAR.test(line[j])) j++;
    return { text: lookup(line.slice(i + 1, j)) ?? '', next: j };
  }
  return { text: '$', next: i + 1 };
}

/** `> FILE` or `>> FILE`: where a command's standard output goes instead of the screen. */
export interface Redirect {
  append: boolean;
  /** the target after quote removal and expansion */
  target: string;
  /** span of the whole redirection (operator and target) in the typed line */
  start: number;
  end: number;
}

type WordRead = { ok: true; word: Word; next: number } | { ok: false; failure: TokenizeResult };

/** Reads one word from `line[i]` (not a space) up to unquoted whitespace or `>`. */
function readWord(line: string, i: number, lookup: (name: string) => string | undefined): WordRead {
  const start = i;
  let text = '';
  let nameEnd = -1; // index in `text` of an unquoted `=` after a valid name, for assignments
  let sawQuote = false;
  const failed = (message: string, exitCode = 2): WordRead => ({ ok: false, failure: fail(message, exitCode) });
  while (i < line.length && !/\s/.test(line[i]) && line[i] !== '>') {
    const c = line[i];
    if (c in UNSUPPORTED) return failed(UNSUPPORTED[c]);
    if (c === '(' || c === ')') return failed(`bash: syntax error near unexpected token \`${c}'`);
    if (c === '\\') {
      // A trailing backslash would continue the line; there is no next line, so drop it.
      if (i + 1 < line.length) text += line[i + 1];
      i += 2;
      continue;
    }
    if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return failed("bash: unexpected EOF while looking for matching `''");
      text += line.slice(i + 1, close);
      sawQuote = true;
      i = close + 1;
      continue;
    }
    if (c === '"') {
      sawQuote = true;
      i++;
      let closed = false;
      while (i < line.length) {
        const d = line[i];
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        if (d === '\\' && i + 1 < line.length && '$`"\\'.includes(line[i + 1])) {
          text += line[i + 1];
          i += 2;
        } else if (d === '$') {
          const e = expand(line, i, lookup);
          if (!e) return failed('bash: ${: bad substitution', 1);
          text += e.text;
          i = e.next;
        } else {
          text += d;
          i++;
        }
      }
      if (!closed) return failed('bash: unexpected EOF while looking for matching `"\'');
      continue;
    }
    if (c === '$') {
      const e = expand(line, i, lookup);
      if (!e) return failed('bash: ${: bad substitution', 1);
      text += e.text;
      i = e.next;
      continue;
    }
    if (c === '=' && nameEnd < 0 && !sawQuote && ASSIGNMENT.test(line.slice(start, i + 1))) nameEnd = text.length;
    text += c;
    i++;
  }
  const word: Word = { text, start, end: i };
  if (nameEnd > 0) word.assignment = { name: text.slice(0, nameEnd), value: text.slice(nameEnd + 1) };
  return { ok: true, word, next: i };
}

const skipSpaces = (line: string, i: number) => {
  while (i < line.length && /\s/.test(line[i])) i++;
  return i;
};

export function tokenize(line: string, lookup: (name: string) => string | undefined): TokenizeResult {
  const words: Word[] = [];
  let redirect: Redirect | undefined;
  let i = 0;
  while (i < line.length) {
    i = skipSpaces(line, i);
    if (i >= line.length) break;
    // A `#` that starts a word starts a comment.
    if (line[i] === '#') break;
    if (line[i] === '>') {
      // `> FILE` / `>> FILE`, so that a learner can write a file in her home (fix a .csv for
      // `aws configure import`). One per line is all a lesson needs; bash would take the last.
      const start = i;
      const append = line[i + 1] === '>';
      i = skipSpaces(line, i + (append ? 2 : 1));
      if (i >= line.length || line[i] === '#') return fail("bash: syntax error near unexpected token `newline'");
      if (line[i] === '>') return fail(`bash: syntax error near unexpected token \`${line[i + 1] === '>' ? '>>' : '>'}'`);
      const target = readWord(line, i, lookup);
      if (!target.ok) return target.failure;
      if (redirect) return fail("iamtutor's shell takes one redirection per line");
      redirect = { append, target: target.word.text, start, end: target.next };
      i = target.next;
      continue;
    }
    const read = readWord(line, i, lookup);
    if (!read.ok) return read.failure;
    words.push(read.word);
    i = read.next;
  }
  return redirect ? { ok: true, words, redirect } : { ok: true, words };
}
