// Reads one lesson from its YAML text: syntax, schema, sanitising. Never throws on bad input;
// every problem comes back as a diagnostic with a line and column.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Diagnostic, PathProblem } from './diagnostics.js';
import { formatPath } from './positions.js';
import { lesson as lessonSchema, type Lesson } from './schema.js';
import { unknownKeyHint } from './suggest.js';
import { readYamlSource } from './yaml-source.js';

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

/** The short content hash recorded with progress. */
export const lessonHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** `placesOnDemand`: for a caller that places only errors (see YamlLimits). */
export function parseLesson(text: string, file: string, { placesOnDemand = false }: { placesOnDemand?: boolean } = {}): ParsedLesson {
  const hash = lessonHash(text);
  const source = readYamlSource(text, file, { maxBytes: MAX_LESSON_BYTES, maxAliasCount: MAX_ALIAS_COUNT, placesOnDemand });
  const { data, locate } = source;
  const diagnostics = [...source.diagnostics];
  if (data === undefined) return { file, hash, diagnostics, locate };
  // Without zod's compiled fast path: a file is parsed once, and compiling a parser for each object
  // schema (new Function) cost more than it saved — a 1,500-step lesson parses ~10 % faster without.
  const result = lessonSchema.safeParse(data, { jitless: true });
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

