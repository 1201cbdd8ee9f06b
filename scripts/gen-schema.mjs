// Writes schema/lesson.schema.json from the zod lesson schema (src/lessons/schema.ts), so editors
// autocomplete lesson files. A test (src/lessons/json-schema.test.ts) fails when it is stale.
// The TypeScript source is bundled in memory with esbuild: Node 20 cannot import .ts itself.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';

const result = await build({
  entryPoints: ['src/lessons/json-schema.ts'],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
const source = result.outputFiles[0].text;
const { lessonJsonSchemaText } = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
await mkdir('schema', { recursive: true });
await writeFile('schema/lesson.schema.json', lessonJsonSchemaText());
console.log('wrote schema/lesson.schema.json');
