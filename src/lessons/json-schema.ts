// The JSON Schema that editors (yaml-language-server) use for lesson files. Draft-07 because the
// YAML language server fully supports only that draft (ink-field-guide §2.12).
import { z } from 'zod';
import { lesson } from './schema.js';

export function lessonJsonSchema(): Record<string, unknown> {
  // io: 'input' — an author writes the input shape: fields with defaults are optional.
  return z.toJSONSchema(lesson, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
}

/** The file content of schema/lesson.schema.json. */
export function lessonJsonSchemaText(): string {
  return `${JSON.stringify(lessonJsonSchema(), null, 2)}\n`;
}
