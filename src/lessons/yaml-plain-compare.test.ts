// The plain reader against the yaml package on everything lessons are made of: every shipped
// lesson and translation (LF and CRLF), generated lessons, seeded mutations of the shipped files,
// and random documents in every style the package writes. Each must read exactly as the package
// reads it (data and every node's place) or be left to the package.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify, type ToStringOptions } from 'yaml';
import { generateLessonYaml } from '../../scripts/bench/generate-lesson.mjs';
import { MUTATION_NAMES, mutate } from '../../test/fuzz/mutations.js';
import { expectSameAsPackage } from '../../test/helpers/plain-yaml.js';
import { seededRandom, type Random } from '../../test/soak/prng.js';

const LESSONS = new URL('../../lessons/', import.meta.url);
const SHIPPED = readdirSync(LESSONS)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, text: readFileSync(new URL(name, LESSONS), 'utf8') }));

// Without the two that replace or swamp the file (a string of 300,000 characters, refused before
// either reader sees it; thousands of brackets), which are slow in the package: the fuzz test has them.
const QUICK_MUTATIONS = MUTATION_NAMES.filter((name) => name !== 'hugeString' && name !== 'deepNesting');

describe('the plain reader against the yaml package', () => {
  it('reads every shipped lesson, translation and course file plainly, as the package does', () => {
    for (const { name, text } of SHIPPED) expect(expectSameAsPackage(text, name), name).toBe('plain');
  });

  it('leaves CRLF files to the package', () => {
    for (const { name, text } of SHIPPED) expect(expectSameAsPackage(text.replace(/\n/g, '\r\n'), name), name).toBe('package');
  });

  it('reads generated lessons plainly', () => {
    for (const steps of [1, 8, 100]) expect(expectSameAsPackage(generateLessonYaml(steps), `generated-${steps}`)).toBe('plain');
  });

  it('reads mutated shipped files as the package does, or leaves them to it', () => {
    const random = seededRandom(20261203);
    const outcomes = { plain: 0, package: 0 };
    for (let n = 0; n < 1000; n++) {
      const { name, text } = excerpt(random);
      const mutated = mutate(text, random, QUICK_MUTATIONS);
      outcomes[expectSameAsPackage(mutated.text, `${name} after ${mutated.applied.join(', ')} (case ${n})`)]++;
    }
    // Both sides are exercised: many mutations stay in the subset, many leave it.
    expect(outcomes.plain).toBeGreaterThan(100);
    expect(outcomes.package).toBeGreaterThan(200);
  });

  it('reads shipped files with one character changed as the package does, or leaves them to it', () => {
    const random = seededRandom(7);
    const CHARS = [' ', '  ', '\n', ':', ': ', '-', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '0', '1.5', 'é'];
    let plain = 0;
    for (let n = 0; n < 1000; n++) {
      const { name, text } = excerpt(random);
      const at = random.int(text.length);
      const mutated = `${text.slice(0, at)}${random.pick(CHARS)}${text.slice(at + random.int(2))}`;
      if (expectSameAsPackage(mutated, `${name} changed at ${at} (case ${n})`) === 'plain') plain++;
    }
    expect(plain).toBeGreaterThan(200);
  });

  it('reads random documents in every style the package writes as the package does, or leaves them to it', () => {
    const random = seededRandom(42);
    let plain = 0;
    for (let n = 0; n < 600; n++) {
      const text = stringify(randomValue(random, 0), randomStyle(random));
      if (expectSameAsPackage(text, `random document ${n}:\n${text}`) === 'plain') plain++;
    }
    expect(plain).toBeGreaterThan(120);
  });
});

/**
 * A shipped file, or (mostly, to keep the package's side fast) a piece of one: from a line that
 * starts a key or an item, up to 60 of the lines under it, moved to the left margin.
 */
function excerpt(random: Random): { name: string; text: string } {
  const { name, text } = random.pick(SHIPPED);
  if (random.next() < 0.05) return { name, text };
  const lines = text.split('\n');
  const starts = lines.flatMap((line, i) => (/^ *(- )?[\w-]+:/.test(line) ? [i] : []));
  const from = random.pick(starts);
  const indent = /^ */.exec(lines[from]!)![0].length;
  const piece = [lines[from]!.slice(indent)];
  for (const line of lines.slice(from + 1, from + 60)) {
    if (line.trim() !== '' && !line.startsWith(' '.repeat(indent + 1))) break;
    piece.push(line.slice(indent));
  }
  return { name: `${name} from line ${from + 1}`, text: `${piece.join('\n')}\n` };
}

const WORDS = ['a', 'jane.doe', 'Key ID', 'x: y', 'a #b', '#c', '- d', '[e]', '{f}', "it's", 'say "hi"', '1', '-2', '3.25', '1e3', '0x1F', '007', 'true', 'No', 'null', '~', '', ' lead', 'trail ', 'two\nlines', 'end\n', 'ユーザー', '🙂', '\\', '%', '@x', '`y`', '&z', '*w', '!v'];

function randomScalar(random: Random): unknown {
  const kind = random.int(10);
  if (kind === 0) return random.int(1000) - 500;
  if (kind === 1) return random.pick([true, false, null, 1.5, -0.25]);
  const parts = Array.from({ length: 1 + random.int(4) }, () => random.pick(WORDS));
  return parts.join(random.pick([' ', '', '\n', ': ', ', ']));
}

function randomValue(random: Random, depth: number): unknown {
  // A lesson is a map; a root scalar or a root flow collection is the package's.
  const kind = depth === 0 ? 1 : depth > 3 ? 2 : random.int(3);
  if (kind === 2) return randomScalar(random);
  const size = random.int(5);
  if (kind === 0) return Array.from({ length: size }, () => randomValue(random, depth + 1));
  const map: Record<string, unknown> = {};
  for (let i = 0; i < size; i++) map[random.pick(['id', 'title', 'steps', 'check', '1', 'x-y', 'z.w', String(random.int(100))])] = randomValue(random, depth + 1);
  return map;
}

function randomStyle(random: Random): ToStringOptions {
  return {
    // A root flow collection and quoted keys are left to the package: rarely asked for here.
    collectionStyle: random.pick(['any', 'block', 'block', 'flow'] as const),
    defaultKeyType: random.next() < 0.8 ? 'PLAIN' : null,
    defaultStringType: random.pick(['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const),
    indent: random.pick([2, 4]),
    indentSeq: random.next() < 0.5,
    lineWidth: random.pick([0, 40, 80]),
    flowCollectionPadding: random.next() < 0.5,
  };
}
