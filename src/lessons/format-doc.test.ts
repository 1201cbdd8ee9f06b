// docs/lesson-format.md is the lesson author's reference: every key the schema accepts, every
// check kind, action kind, event type and console screen is named in it. A key added to the
// format without a word in the document fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { courseSchema } from './course-file.js';
import { SCREENS } from './schema-common.js';
import { ACTION_KINDS } from './schema-action.js';
import { CHECK_KINDS, UI_EVENT_TYPES } from './schema-check.js';

const root = new URL('../../', import.meta.url);
const doc = readFileSync(new URL('docs/lesson-format.md', root), 'utf8');
const schema = JSON.parse(readFileSync(new URL('schema/lesson.schema.json', root), 'utf8')) as unknown;

/** Every property name anywhere in the JSON Schema. */
function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) propertyNames(item, out);
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.properties && typeof record.properties === 'object') for (const key of Object.keys(record.properties)) out.add(key);
    for (const value of Object.values(record)) propertyNames(value, out);
  }
  return out;
}

/** Named as code (`key`, `key:` or in a `{…}` list of fields) somewhere in the document. */
const mentioned = (word: string) => new RegExp('[\\x60{ ,(]' + word.replace(/[.$]/g, '\\$&') + '[\\x60:,}]').test(doc);

describe('docs/lesson-format.md', () => {
  it('names every key of the lesson schema', () => {
    const keys = [...propertyNames(schema)].filter((k) => k !== '$schema');
    expect(keys.length).toBeGreaterThan(60);
    expect(keys.filter((k) => !mentioned(k))).toEqual([]);
  });
  it('names every key of course.yaml', () => {
    expect(Object.keys(courseSchema.shape).filter((k) => !mentioned(k))).toEqual([]);
  });
  it('names every check kind, solution action, console event and screen', () => {
    const words = [...CHECK_KINDS, ...ACTION_KINDS, ...UI_EVENT_TYPES, ...SCREENS];
    expect(words.filter((w) => !mentioned(w))).toEqual([]);
  });
  it('refers to no document the repository does not have, and explains the teaching points it names', () => {
    expect(doc).not.toMatch(/DESIGN\.md/);
    for (const t of ['T1', 'T5', 'T12']) expect(doc).toMatch(new RegExp(`\\| ${t} \\|`));
  });
});
