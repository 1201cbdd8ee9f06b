// A translation laid over its lesson: which texts it gives (the rest stay English, text by text),
// and what lint says about it. The parity rules keep what the learner must find on screen or type
// identical in every language: `{user}`-style placeholders, **bold** (console labels, keys, names —
// the console stays English) and `code` (commands, values).
import type { PathProblem } from './diagnostics.js';
import { parseMarkdown, type Block, type Span } from './markdown.js';
import type { Lesson } from './schema.js';
import { closest } from './suggest.js';
import { keyString, sourceTexts, visitTexts } from './translatable.js';
import type { ParsedTranslation } from './translation-file.js';

export interface Completeness {
  translated: number;
  total: number;
}

export const percent = ({ translated, total }: Completeness) => (total === 0 ? 100 : Math.floor((translated * 100) / total));

/** The lesson with every translated text in place; a text the translation lacks stays English. */
export function applyTranslation(lesson: Lesson, texts: ReadonlyMap<string, { text: string }>): { lesson: Lesson; completeness: Completeness } {
  const copy = structuredClone(lesson);
  let translated = 0;
  let total = 0;
  visitTexts(copy, (key, _text, replace) => {
    total += 1;
    const given = texts.get(keyString(key));
    if (given && given.text.trim() !== '') {
      replace(given.text);
      translated += 1;
    }
  });
  return { lesson: copy, completeness: { translated, total } };
}

/** Everything lint reports about one translation of one lesson. */
export function lessonTranslationProblems(lesson: Lesson, parsed: ParsedTranslation, tag: string): PathProblem[] {
  const problems: PathProblem[] = [];
  if (parsed.lesson !== undefined && parsed.lesson !== lesson.id) {
    problems.push({ path: ['lesson'], message: `this translates '${parsed.lesson}', but the lesson beside it is '${lesson.id}'` });
  }
  if (parsed.version !== undefined && parsed.version !== lesson.version) {
    const older = parsed.version < lesson.version;
    problems.push({
      path: ['version'],
      severity: older ? 'warning' : 'error',
      message: older
        ? `translated from version ${parsed.version}; the lesson is now version ${lesson.version}: check the texts that changed, then set version: ${lesson.version}`
        : `version ${parsed.version} is newer than the lesson (version ${lesson.version})`,
    });
  }
  problems.push(...textProblems(sourceTexts(lesson), parsed));
  const { completeness } = applyTranslation(lesson, parsed.texts);
  if (completeness.translated < completeness.total) {
    problems.push({
      path: [],
      severity: 'warning',
      message: `${tag}: ${completeness.translated} of ${completeness.total} texts translated (${percent(completeness)}%); the others show in English`,
    });
  }
  return problems;
}

/** Texts the English does not have, and texts that lost what must stay as in English. */
export function textProblems(english: ReadonlyMap<string, string>, parsed: ParsedTranslation): PathProblem[] {
  const problems: PathProblem[] = [];
  const reported = new Set<string>();
  const englishKeys = [...english.keys()].map((k) => k.split('.'));
  for (const [key, { text, path }] of parsed.texts) {
    const source = english.get(key);
    if (source === undefined) {
      // Said once, at the first part of the key the English lacks: a misspelt step id is one mistake.
      const segments = key.split('.');
      const depth = segments.findIndex((_, d) => !englishKeys.some((k) => segments.slice(0, d + 1).every((s, i) => k[i] === s)));
      const unknown = segments.slice(0, depth + 1).join('.');
      if (reported.has(unknown)) continue;
      reported.add(unknown);
      const siblings = englishKeys.filter((k) => segments.slice(0, depth).every((s, i) => k[i] === s)).map((k) => k[depth]!);
      const best = closest(segments[depth]!, new Set(siblings), Math.min(2, Math.floor(segments[depth]!.length / 3)));
      const hint = best ? ` (did you mean ${[...segments.slice(0, depth), best].join('.')}?)` : '';
      const at = path[depth]!;
      const message = `${unknown}: the English has no such text${hint}`;
      problems.push(typeof at === 'string' ? { path: path.slice(0, depth), atKey: at, message } : { path: path.slice(0, depth + 1), message });
    } else if (text.trim() !== '') {
      problems.push(...parityProblems(source, text).map((message) => ({ path, message: `${key}: ${message}` })));
    }
  }
  return problems;
}

/** What must survive translation unchanged, compared text by text. */
export function parityProblems(english: string, translated: string): string[] {
  const problems: string[] = [];
  const differ = (kind: string, a: string[], b: string[]) => {
    const missing = without(a, b);
    const extra = without(b, a);
    if (missing.length === 0 && extra.length === 0) return;
    const list = (items: string[]) => items.map((s) => `'${s}'`).join(', ');
    problems.push(
      `${kind} must stay as in English` +
        (missing.length ? `; missing: ${list(missing)}` : '') +
        (extra.length ? `; not in the English: ${list(extra)}` : ''),
    );
  };
  differ('placeholders', placeholders(english), placeholders(translated));
  const [a, b] = [parseMarkdown(english), parseMarkdown(translated)];
  differ('**bold** text (console labels, keys and names stay English)', marked(a, 'bold'), marked(b, 'bold'));
  differ('`code`', marked(a, 'code'), marked(b, 'code'));
  if (shape(a) !== shape(b)) problems.push(`the layout differs from the English (${describeShape(a)} there, ${describeShape(b)} here)`);
  return problems;
}

const placeholders = (text: string) => [...text.matchAll(/\{[a-zA-Z]+\}/g)].map((m) => m[0]);

function marked(blocks: Block[], kind: 'bold' | 'code'): string[] {
  const spans: Span[] = blocks.flatMap((b) => (b.type === 'paragraph' ? b.spans : b.items.flat()));
  return spans.filter((s) => s[kind] && !(kind === 'bold' && s.code)).map((s) => (kind === 'bold' ? `**${s.text}**` : `\`${s.text}\``));
}

/** Paragraphs and lists with their item counts: a numbered list of 4 steps stays 4 steps. */
const shape = (blocks: Block[]) => blocks.map((b) => (b.type === 'paragraph' ? 'p' : `${b.ordered ? 'ol' : 'ul'}${b.items.length}`)).join(' ');

function describeShape(blocks: Block[]): string {
  const paragraphs = blocks.filter((b) => b.type === 'paragraph').length;
  const lists = blocks.flatMap((b) => (b.type === 'list' ? [`a list of ${b.items.length}`] : []));
  return [`${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`, ...lists].join(', ');
}

/** Multiset difference: the items of `a` that `b` does not have as many times. */
function without(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((item) => {
    const i = left.indexOf(item);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}
