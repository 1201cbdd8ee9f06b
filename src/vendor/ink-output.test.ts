// The bundle draws with src/vendor/ink-output.ts instead of Ink's Output: both must give the
// same frame for the same writes, frame after frame (the vendored one carries caches and rows
// from one frame to the next, so the frames here repeat and change a little, as a screen does).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import Output, { outputCaches } from './ink-output.js';

type OutputClass = typeof Output;
const chalk = new Chalk({ level: 1 }); // colour on, whatever the test's terminal
const inkDir = dirname(createRequire(import.meta.url).resolve('ink'));
const { default: InkOutput } = (await import(pathToFileURL(join(inkDir, 'output.js')).href)) as { default: OutputClass };

/** A small seeded generator (mulberry32), so a failure names a seed that replays it. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['admin', 'jane.doe', 'AKIAIOSFODNN7EXAMPLE', '│', '╭──╮', '›', '·', 'Ünïcödé', '漢字', '🙂', 'e\u0301', '👍🏽', '…', '▾', ' ', 'a b', '✔ done', '⚠', 'ℹ', '▶\uFE0F', '\u001B]8;;https://aws.amazon.com\u0007link\u001B]8;;\u0007'];
const STYLES = ['\u001B[1m', '\u001B[33m', '\u001B[7m', '\u001B[90m', '\u001B[38;5;208m', '\u001B[4m', '\u001B[1;31m'];
const RESETS = ['\u001B[22m', '\u001B[39m', '\u001B[27m', '\u001B[39m', '\u001B[39m', '\u001B[24m', '\u001B[0m'];

type Op = { kind: 'write'; x: number; y: number; text: string; styled: boolean } | { kind: 'clip'; x1?: number; x2?: number; y1?: number; y2?: number } | { kind: 'unclip' };

function randomText(next: () => number): string {
  const lines: string[] = [];
  const count = 1 + Math.floor(next() * 3);
  for (let l = 0; l < count; l++) {
    let line = '';
    const parts = 1 + Math.floor(next() * 4);
    for (let p = 0; p < parts; p++) {
      const word = WORDS[Math.floor(next() * WORDS.length)];
      if (next() < 0.4) {
        const s = Math.floor(next() * STYLES.length);
        line += `${STYLES[s]}${word}${next() < 0.8 ? RESETS[s] : ''}`;
      } else line += word;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

function randomFrame(next: () => number, width: number, height: number): Op[] {
  const ops: Op[] = [];
  let depth = 0;
  const count = 5 + Math.floor(next() * 25);
  for (let i = 0; i < count; i++) {
    const r = next();
    if (r < 0.12) {
      const x1 = Math.floor(next() * width);
      const y1 = Math.floor(next() * height);
      const horizontal = next() < 0.7;
      const vertical = next() < 0.7;
      ops.push({
        kind: 'clip',
        ...(horizontal ? { x1, x2: x1 + Math.floor(next() * width) } : {}),
        ...(vertical ? { y1, y2: y1 + Math.floor(next() * height) } : {}),
      });
      depth++;
    } else if (r < 0.2 && depth > 0) {
      ops.push({ kind: 'unclip' });
      depth--;
    } else {
      const x = Math.floor(next() * (width + 4)) - 2;
      const y = Math.floor(next() * (height + 2)) - 1;
      ops.push({ kind: 'write', x, y, text: randomText(next), styled: next() < 0.3 });
    }
  }
  return ops;
}

function draw(Kind: OutputClass, ops: readonly Op[], width: number, height: number): string {
  const output = new Kind({ width, height });
  for (const op of ops) {
    // A transformer as Ink's Text makes one: a chalk style around each line, which re-opens itself
    // after every close of its own colour inside the line.
    if (op.kind === 'write') output.write(op.x, op.y, op.text, { transformers: op.styled ? [(line: string) => chalk.red(line)] : [] });
    else if (op.kind === 'clip') output.clip({ x1: op.x1, x2: op.x2, y1: op.y1, y2: op.y2 });
    else output.unclip();
  }
  return output.get().output;
}

describe('the vendored Ink Output', () => {
  it('draws every frame as Ink does, across 300 seeded screens that repeat and change', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const next = random(seed);
      const width = 10 + Math.floor(next() * 40);
      const height = 3 + Math.floor(next() * 10);
      let frame = randomFrame(next, width, height);
      for (let step = 0; step < 10; step++) {
        // Most frames change one write, as a key press changes a row; some are all new.
        if (next() < 0.2) frame = randomFrame(next, width, height);
        else if (next() < 0.7) {
          const i = Math.floor(next() * frame.length);
          const op = frame[i];
          if (op.kind === 'write') frame = frame.with(i, { ...op, text: randomText(next) });
        }
        expect(draw(Output, frame, width, height), `seed ${seed}, frame ${step}`).toBe(draw(InkOutput, frame, width, height));
      }
    }
  });

  it('keeps its caches bounded however many different lines are drawn', () => {
    const bound = 2 * outputCaches.generation;
    for (let i = 0; i < 3 * bound; i++) draw(Output, [{ kind: 'write', x: 0, y: 0, text: `line ${i}`, styled: false }], 20, 2);
    expect(outputCaches.styledChars.size).toBeLessThanOrEqual(bound);
    expect(outputCaches.widths.size).toBeLessThanOrEqual(bound);
  });
});
