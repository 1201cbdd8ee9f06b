// A lesson's translation: `03-create-access-keys.de.yaml` beside `03-create-access-keys.yaml`. It
// holds only text, in the lesson's own shape (see translatable.ts for the keys), plus which lesson
// and which version of it it translates. Anything else in it is an error: a translation cannot
// carry setup, checks or solutions, so it cannot change what a lesson checks.
import type { Diagnostic, PathProblem } from './diagnostics.js';
import { MAX_ALIAS_COUNT, MAX_LESSON_BYTES } from './loader.js';
import type { DataPath } from './positions.js';
import { readYamlSource } from './yaml-source.js';

export interface TranslatedText {
  text: string;
  /** Where it is in the translation file, for diagnostics. */
  path: DataPath;
}

export interface ParsedTranslation {
  file: string;
  /** The lesson id it says it translates. */
  lesson?: string;
  /** The lesson version it was translated from. */
  version?: number;
  /** Translated texts by key (`steps.open-jane.title`). */
  texts: Map<string, TranslatedText>;
  diagnostics: Diagnostic[];
  locate(problem: PathProblem): Diagnostic;
}

const HEADER_KEYS = ['lesson', 'version'];

/**
 * A lesson's translation has a header (`lesson`, `version`) before its texts; a course's
 * (`course.de.yaml`) has only texts (title, description).
 */
export function parseTranslation(text: string, file: string, kind: 'lesson' | 'course' = 'lesson'): ParsedTranslation {
  const source = readYamlSource(text, file, { maxBytes: MAX_LESSON_BYTES, maxAliasCount: MAX_ALIAS_COUNT });
  const result: ParsedTranslation = { file, texts: new Map(), diagnostics: source.diagnostics, locate: source.locate };
  if (source.data === undefined) return result;
  const problems: PathProblem[] = [];
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ path: [], message: kind === 'lesson' ? 'a translation is a map: lesson, version, then the translated texts' : 'a translation is a map of the translated texts' });
  } else {
    const record = data as Record<string, unknown>;
    if (kind === 'course') {
      for (const [name, value] of Object.entries(record)) flatten(value, [name], result.texts, problems);
    } else {
      readHeader(record, result, problems);
      for (const [name, value] of Object.entries(record)) {
        if (!HEADER_KEYS.includes(name)) flatten(value, [name], result.texts, problems);
      }
    }
  }
  result.diagnostics = [...result.diagnostics, ...problems.map(source.locate)];
  return result;
}

function readHeader(record: Record<string, unknown>, result: ParsedTranslation, problems: PathProblem[]) {
  if (typeof record.lesson === 'string' && record.lesson !== '') result.lesson = record.lesson;
  else problems.push({ path: record.lesson === undefined ? [] : ['lesson'], message: "'lesson' must give the id of the lesson this translates" });
  if (Number.isInteger(record.version) && (record.version as number) >= 1) result.version = record.version as number;
  else problems.push({ path: record.version === undefined ? [] : ['version'], message: "'version' must give the lesson version this was translated from (a whole number)" });
}

/** Nested maps and lists down to their text leaves; numeric map keys and list positions are the same key. */
function flatten(value: unknown, path: (string | number)[], out: Map<string, TranslatedText>, problems: PathProblem[]) {
  if (typeof value === 'string') {
    out.set(path.join('.'), { text: value, path });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => flatten(item, [...path, i], out, problems));
  } else if (value !== null && typeof value === 'object') {
    for (const [name, inner] of Object.entries(value)) flatten(inner, [...path, name], out, problems);
  } else if (value !== null) {
    // `null` is an empty entry (`title:` with nothing after it): not translated yet, not an error.
    problems.push({ path, message: `${path.join('.')}: a translation holds only text, not ${typeof value}` });
  }
}
