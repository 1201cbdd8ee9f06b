import { readdirSync, readFileSync } from 'node:fs';
import { parse, stringify, type ToStringOptions } from 'yaml';
import { describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../../test/soak/prng.js';
import { MAX_YAML_DEPTH, tooDeepAt } from './yaml-depth.js';

/** The least limit the text stays within. */
function depthOf(text: string): number {
  let depth = 0;
  while (tooDeepAt(text, depth)) depth++;
  return depth;
}

/** Collections inside collections, as the data a reader builds. */
const dataDepth = (value: unknown): number =>
  value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(dataDepth)) : 0;

describe('how deep a YAML text nests', () => {
  it('counts flow brackets, block indentation and compact dashes, and says where the limit is crossed', () => {
    expect(tooDeepAt(`title: ${'['.repeat(MAX_YAML_DEPTH - 1)}${']'.repeat(MAX_YAML_DEPTH - 1)}\n`)).toBeUndefined();
    // `title:` is one level; its 100th bracket the 101st.
    expect(tooDeepAt(`${'['.repeat(MAX_YAML_DEPTH)}${']'.repeat(MAX_YAML_DEPTH)}\n`)).toBeUndefined();
    expect(tooDeepAt(`id: x\ntitle: ${'['.repeat(8000)}${']'.repeat(8000)}\n`)).toEqual({ line: 2, column: 107 });
    expect(tooDeepAt(`title: ${'{a: '.repeat(8000)}1${'}'.repeat(8000)}\n`)).toEqual({ line: 1, column: 404 });
    expect(tooDeepAt(`steps:\n  ${'- '.repeat(8000)}1\n`)).toEqual({ line: 2, column: 201 });
    const block = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(tooDeepAt(`${block} 1\n`)).toEqual({ line: 101, column: 101 });
    // A flow collection over several lines.
    expect(tooDeepAt(`a: [\n${'[\n'.repeat(150)}${']\n'.repeat(151)}`)).toEqual({ line: 100, column: 1 });
  });

  it('gives a sequence at its key’s own column a level of its own', () => {
    // k: / - k: / - k: … each sequence at the column of the key it belongs to.
    const lines = ['k:', ...Array.from({ length: 40 }, (_, i) => `${' '.repeat(2 * i)}- k:`), `${' '.repeat(80)}- 1`];
    const text = `${lines.join('\n')}\n`;
    expect(dataDepth(parse(text))).toBe(82);
    expect(depthOf(text)).toBe(82);
  });

  it('does not count brackets in quoted, block or plain scalars, or in comments', () => {
    const many = '['.repeat(500);
    for (const text of [
      `title: "${many}"\n`,
      `title: '${many} it''s'\n`,
      `title: "a \\" ${many}"\n`,
      `title: "two\n  lines ${many}"\n`,
      `text: |\n  ${many}\n  ${many}\nnext: 1\n`,
      `- >-\n  ${many}\n`,
      `title: plain ${many}\n`,
      `title: plain\n  ${many} on a second line\n`,
      `title: x # ${many}\n`,
      `# ${many}\n`,
      `|\n${many}\n---\na: 1\n`,
      `list: [a, "${many}", '${many}', b] # ${many}\n`,
      // An apostrophe inside a flow scalar does not start a quote.
      `a: [it's, b]\nc: '${many}'\n`,
    ]) {
      expect(tooDeepAt(text), text.slice(0, 40)).toBeUndefined();
    }
  });

  it('counts the nesting the reader builds, level for level', () => {
    const random = seededRandom(7);
    const styles: ToStringOptions[] = [
      {},
      { collectionStyle: 'flow' },
      { collectionStyle: 'flow', lineWidth: 10 },
      { indentSeq: false },
      { lineWidth: 20 },
      { defaultStringType: 'QUOTE_DOUBLE' },
      { defaultStringType: 'QUOTE_SINGLE', lineWidth: 15 },
      { defaultStringType: 'BLOCK_LITERAL' },
    ];
    let compared = 0;
    for (let n = 0; n < 400; n++) {
      const text = stringify(nestedData(random, 1 + random.int(14)), styles[n % styles.length]);
      let data: unknown;
      try {
        data = parse(text);
      } catch {
        continue; // the package writes a few narrow flow texts it cannot read back
      }
      expect(depthOf(text), text).toBe(dataDepth(data));
      compared++;
    }
    expect(compared).toBeGreaterThan(350);
  });

  it('reads a line of 50,000 flow keys without nesting itself', () => {
    expect(tooDeepAt(`${'[a]: '.repeat(50_000)}b\n`)).toBeUndefined();
  });

  it('leaves the shipped lessons and translations far below the limit', () => {
    const dir = new URL('../../lessons/', import.meta.url);
    const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) expect(tooDeepAt(readFileSync(new URL(name, dir), 'utf8'), 16), name).toBeUndefined();
  });
});

/** Maps and sequences of texts that look like YAML syntax (brackets, quotes, `: `, `#`). */
function nestedData(random: Random, depth: number): unknown {
  const words = ['a', "it's", 'x: y', '[b]', '{c}', '# no', 'multi\nline [ text', '"q"', 'ü', '- d', '|', 'k:'];
  if (depth === 0 || random.next() < 0.15) return random.pick(words);
  const items = Array.from({ length: 1 + random.int(2) }, () => nestedData(random, depth - 1));
  return random.next() < 0.5 ? items : Object.fromEntries(items.map((item, i) => [`${random.pick(words)}${i}`, item]));
}
