import { GLOBAL_VALUE_OPTIONS, SERVICES } from './aws-commands.js';
import type { Word } from './tokenizer.js';

// Events keep what a learner typed, minus secrets. A secret may only persist in the virtual
// credentials file the learner wrote it to; the event log, progress and reports never see it.

export const REDACTED = '[redacted]';

/** Variables whose values are secrets. */
const SECRET_VARIABLES = new Set(['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);
/** `aws configure set` names whose values are secrets. */
const SECRET_CONFIG_NAMES = new Set(['aws_secret_access_key', 'aws_session_token']);
/** aws options whose values are secrets, from the command table (`--password`). */
const SECRET_FLAGS = new Set(
  Object.values(SERVICES).flatMap((ops) => Object.values(ops).flatMap((op) => op.params.filter((p) => p.secret).map((p) => p.flag))),
);

/**
 * The shape of a secret access key: 40 characters of base64. Also catches a secret pasted in
 * the wrong place (`echo wJalr…`, a secret typed as a command).
 */
const SECRET_SHAPE = /^[A-Za-z0-9+/]{40}$/;
const SECRET_IN_TEXT = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40}(?![A-Za-z0-9+/])/g;

/** The whole word, its `=value` part, or only the secret-shaped runs inside it (a CSV row). */
type Cut = 'word' | 'value' | 'runs';

/** Which words (by index) hold a secret, and whether the whole word or its `=value` part. */
function findSecrets(words: Word[], programIndex: number): Map<number, Cut> {
  const cuts = new Map<number, Cut>();
  const program = words[programIndex]?.text;
  words.forEach((w, i) => {
    const a = w.assignment;
    const assignmentLike = a && (i < programIndex || program === 'export');
    if (assignmentLike && (SECRET_VARIABLES.has(a.name) || SECRET_SHAPE.test(a.value))) cuts.set(i, 'value');
    else if (SECRET_SHAPE.test(w.text)) cuts.set(i, 'word');
    else if (hasSecretRun(w.text)) cuts.set(i, 'runs');
  });
  if (program !== 'aws') return cuts;

  // aws: secret options, and the value of `configure set <secret name> VALUE`.
  const positional: number[] = [];
  for (let i = programIndex + 1; i < words.length; i++) {
    const text = words[i].text;
    const eq = text.indexOf('=');
    const flag = text.startsWith('--') && eq > 0 ? text.slice(0, eq) : text;
    if (SECRET_FLAGS.has(flag)) {
      if (eq > 0 && flag !== text) cuts.set(i, 'value');
      else if (i + 1 < words.length) cuts.set(++i, 'word');
    } else if (GLOBAL_VALUE_OPTIONS.includes(text)) i++;
    else if (!text.startsWith('--')) positional.push(i);
  }
  const [cmd, sub, name, value] = positional.map((i) => words[i].text);
  if (cmd === 'configure' && sub === 'set' && name !== undefined && value !== undefined) {
    if (SECRET_CONFIG_NAMES.has(name.split('.').pop() as string)) cuts.set(positional[3], 'word');
  }
  return cuts;
}

function hasSecretRun(text: string): boolean {
  SECRET_IN_TEXT.lastIndex = 0;
  return SECRET_IN_TEXT.test(text);
}

function cutValue(text: string): string {
  return `${text.slice(0, text.indexOf('=') + 1)}${REDACTED}`;
}

const cutRuns = (text: string) => text.replace(SECRET_IN_TEXT, REDACTED);

function cutText(text: string, cut: Cut): string {
  return cut === 'value' ? cutValue(text) : cut === 'runs' ? cutRuns(text) : REDACTED;
}

/** The typed line and the argv with every secret replaced by `[redacted]`. */
export function redactCommand(line: string, words: Word[], programIndex: number): { command: string; argv: string[] } {
  const cuts = findSecrets(words, programIndex);
  let command = line;
  // Right to left, so earlier spans keep their offsets.
  for (const i of [...cuts.keys()].sort((a, b) => b - a)) {
    const w = words[i];
    const raw = line.slice(w.start, w.end);
    command = command.slice(0, w.start) + cutText(raw, cuts.get(i)!) + command.slice(w.end);
  }
  const argv = words.slice(programIndex).map((w, j) => {
    const cut = cuts.get(programIndex + j);
    return cut === undefined ? w.text : cutText(w.text, cut);
  });
  return { command: command.trim(), argv };
}

/** For lines that never got tokenized (a quote left open): cut anything shaped like a secret. */
export function redactRawLine(line: string): string {
  return line.replace(SECRET_IN_TEXT, REDACTED).trim();
}
