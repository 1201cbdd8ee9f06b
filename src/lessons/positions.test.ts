import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locatorOf } from './positions.js';

const SOURCE = `id: demo
base: &base
  name: alice
  tags: [a, b]
steps:
  - id: s1
    user: *base
    empty:
  - id: s2
    flow: [x: 1]
`;

function locator(text: string) {
  const lineCounter = new LineCounter();
  return locatorOf(parseDocument(text, { lineCounter }), lineCounter);
}

describe('locatorOf', () => {
  const at = locator(SOURCE);
  const where = (...args: Parameters<typeof at>) => {
    const { line, column } = at(...args);
    return `${line}:${column}`;
  };

  it('points at the node at a path', () => {
    expect(where(['id'])).toBe('1:5');
    expect(where(['steps', 1, 'id'])).toBe('9:9');
    expect(where(['base', 'tags', 1])).toBe('4:13');
  });

  it('points at the key itself when asked for one', () => {
    expect(where(['steps', 0], 'user')).toBe('7:5');
  });

  it('points at the deepest node that exists on the way to a missing one', () => {
    expect(where(['steps', 0, 'nope', 'deeper'])).toBe('6:5');
    expect(where(['steps', 7])).toBe('6:3');
    expect(where(['steps', 'one'])).toBe('6:3');
  });

  it('points at an empty value where it ends', () => {
    expect(where(['steps', 0, 'empty'])).toBe('8:11');
  });

  it('goes on inside the node an alias names, from where the alias is written', () => {
    expect(where(['steps', 0, 'user'])).toBe('7:11');
    expect(where(['steps', 0, 'user', 'name'])).toBe('3:9');
  });

  it('reads a pair in a flow sequence as a map of one key', () => {
    expect(where(['steps', 1, 'flow', 0, 'x'])).toBe('10:15');
  });

  it('keeps only the offsets, not the document (it lived through the whole self-test)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // The document is made and let go inside: only the locator and a weak reference leave.
    const { locate, document } = (() => {
      const lineCounter = new LineCounter();
      const doc = parseDocument(SOURCE, { lineCounter });
      return { locate: locatorOf(doc, lineCounter), document: new WeakRef(doc) };
    })();
    // A WeakRef keeps its target until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(document.deref()).toBeUndefined();
    expect(locate(['steps', 1, 'id'])).toEqual({ line: 9, column: 9 });
  });
});
