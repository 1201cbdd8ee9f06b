import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUTATION_NAMES, mutate } from '../../test/fuzz/mutations.js';
import { seededRandom } from '../../test/soak/prng.js';
import { parseLesson } from './loader.js';

const LESSONS = new URL('../../lessons/', import.meta.url);
const BROKEN = new URL('./fixtures/broken/', import.meta.url);
const read = (dir: URL) =>
  readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));

/** Every problem parseLesson places, and a problem placed later (as references and lint do). */
function placed(text: string, name: string, placesOnDemand: boolean) {
  const parsed = parseLesson(text, name, { placesOnDemand });
  const later = [parsed.locate({ path: ['steps', 1, 'title'], message: 'later' }), parsed.locate({ path: ['steps'], atKey: 'nope', message: 'key' })];
  return { lesson: parsed.lesson, diagnostics: parsed.diagnostics, later };
}

describe('a lesson parsed with places on demand (start: only errors are placed)', () => {
  it('gives the same lesson and places every problem where a parse with places does', () => {
    const random = seededRandom(15);
    const files = [...read(LESSONS), ...read(BROKEN)];
    const texts = [
      ...files,
      // Mutated lessons: many stay plain and fail the schema, which places their errors.
      ...Array.from({ length: 80 }, (_, n) => {
        const { name, text } = random.pick(read(LESSONS));
        const mutated = mutate(text, random, MUTATION_NAMES.filter((m) => m !== 'hugeString' && m !== 'deepNesting'));
        return { name: `${name} after ${mutated.applied.join(', ')} (case ${n})`, text: mutated.text };
      }),
    ];
    let withErrors = 0;
    for (const { name, text } of texts) {
      const onDemand = placed(text, name, true);
      expect(onDemand, name).toStrictEqual(placed(text, name, false));
      if (onDemand.diagnostics.some((d) => d.severity === 'error')) withErrors++;
    }
    expect(withErrors).toBeGreaterThan(50);
  });
});
