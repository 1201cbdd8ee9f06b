import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonJsonSchemaText } from './json-schema.js';

describe('schema/lesson.schema.json', () => {
  it('is in sync with the zod schema (run `npm run gen:schema` after changing the format)', () => {
    expect(readFileSync(new URL('../../schema/lesson.schema.json', import.meta.url), 'utf8')).toBe(lessonJsonSchemaText());
  });
  it('is draft-07, which the YAML language server supports fully, and forbids unknown keys', () => {
    const schema = JSON.parse(lessonJsonSchemaText()) as { $schema: string; additionalProperties: boolean; required: string[] };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['id', 'version', 'title', 'summary', 'level', 'minutes', 'setup', 'steps', 'finish']);
  });
});
