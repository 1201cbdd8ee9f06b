// The plain YAML reader against the yaml package: for one text, either the reader gives up (and
// the package reads it), or it gives the package's data exactly and places every node, and every
// key, where the package's document places it.
import { expect } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { locatorOf, locatorOfSource, type DataPath } from '../../src/lessons/positions.js';
import { readPlainYaml } from '../../src/lessons/yaml-plain.js';

/** 'plain' when the reader read the text (and agreed with the package), else 'package'. */
export function expectSameAsPackage(text: string, name = 'text'): 'plain' | 'package' {
  const plain = readPlainYaml(text);
  // Read without places, the same text gives up the same way or gives the same data.
  const unplaced = readPlainYaml(text, { places: false });
  expect(unplaced?.data, `${name}: data read without places`).toStrictEqual(plain?.data);
  if (!plain) return 'package';
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  // Whatever the package would report, the reader must not have read.
  expect(
    [...doc.errors, ...doc.warnings].map((e) => e.message),
    `${name}: read plainly despite`,
  ).toEqual([]);
  const data: unknown = doc.toJS();
  expect(plain.data, `${name}: data`).toStrictEqual(data);
  const ours = locatorOfSource(plain.root, text);
  const theirs = locatorOf(doc, lineCounter);
  // And a path that is not there: at the deepest node on the way.
  const paths = [...everyPath(data), { path: ['no-such-key', 3] }];
  const place = (locate: typeof ours) =>
    paths.map(({ path, key }) => `${JSON.stringify(path)} ${key ?? ''} at ${JSON.stringify(locate(path, key))}`);
  expect(place(ours), `${name}: places`).toEqual(place(theirs));
  return 'plain';
}

/** Every node's path, and every key as `atKey` of its map's path. */
function* everyPath(value: unknown, path: DataPath = []): Generator<{ path: DataPath; key?: string }> {
  yield { path };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* everyPath(value[i], [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield { path, key };
      yield* everyPath(item, [...path, key]);
    }
  }
}
