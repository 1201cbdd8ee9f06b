// Reads one lesson from its YAML text: syntax, schema, sanitising. Never throws on bad input;
// every problem comes back as a diagnostic with a line and column.
import { createHash } from 'node:crypto';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { collapseRepeats, type Diagnostic, type PathProblem } from './diagnostics.js';
import { formatPath, positionOf } from './positions.js';
import { sanitiseDeep } from './sanitise.js';
import { lesson as lessonSchema, type Lesson } from './schema.js';
import { unknownKeyHint } from './suggest.js';

/** Lessons are small; anything bigger is a mistake or an attack on the parser. */
export const MAX_LESSON_BYTES = 256 * 1024;
/** Aliases can expand exponentially ("billion laughs"); real lessons need few. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedLesson {
  file: string;
  /** Present when the file is valid YAML and matches the schema. */
  lesson?: Lesson;
  diagnostics: Diagnostic[];
  /** Short content hash, recorded with progress so a report says which revision was done. */
  hash: string;
  /** Places a problem found later (references, self-test) in the source. */
  locate(problem: PathProblem): Diagnostic;
}

export function parseLesson(text: string, file: string): ParsedLesson {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  const lineCounter = new LineCounter();
  const nowhere = (message: string): Diagnostic => ({ file, line: 1, column: 1, severity: 'error', message });
  if (Buffer.byteLength(text, 'utf8') > MAX_LESSON_BYTES) {
    return { file, hash, diagnostics: [nowhere(`the file is larger than ${MAX_LESSON_BYTES / 1024} KiB`)], locate: (p) => nowhere(p.message) };
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const locate = (p: PathProblem): Diagnostic => ({
    file,
    ...positionOf(doc, lineCounter, p.path, p.atKey),
    severity: p.severity ?? 'error',
    message: p.message,
  });
  const syntax = [...doc.errors.map((e) => ({ e, severity: 'error' as const })), ...doc.warnings.map((e) => ({ e, severity: 'warning' as const }))];
  const diagnostics: Diagnostic[] = collapseRepeats(
    syntax.map(({ e, severity }) => ({
      file,
      line: e.linePos?.[0].line ?? 1,
      column: e.linePos?.[0].col ?? 1,
      severity,
      // The message ends in "at line L, column C:" and a code frame; the position is already there.
      message: `${e.message.split(/ at line \d+, column \d+/)[0]} (${e.code})`,
    })),
  );
  if (doc.errors.length > 0) return { file, hash, diagnostics, locate };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    diagnostics.push(nowhere(`the YAML cannot be read: ${(error as Error).message}`));
    return { file, hash, diagnostics, locate };
  }
  const changed: (string | number)[][] = [];
  data = sanitiseDeep(data, changed);
  for (const path of changed) {
    diagnostics.push(locate({ path, severity: 'warning', message: `${formatPath(path)}: control characters or escape sequences removed` }));
  }
  const result = lessonSchema.safeParse(data);
  if (!result.success) {
    diagnostics.push(...result.error.issues.flatMap((issue) => issueProblems(issue, data)).map(locate));
    return { file, hash, diagnostics, locate };
  }
  return { file, hash, lesson: result.data, diagnostics, locate };
}

function issueProblems(issue: z.core.$ZodIssue, data: unknown): PathProblem[] {
  const path = issue.path as (string | number)[];
  const where = path.length > 0 ? `${formatPath(path)}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path, atKey: key, message: `${where}unknown key '${key}'${unknownKeyHint(lessonSchema, data, path, key)}` }));
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the alternative that got furthest: the one with the fewest problems.
    const best = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
    if (best.length > 0) return best.map((inner) => issueProblems({ ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue, data)).flat();
  }
  return [{ path, message: `${where}${issue.message}` }];
}

