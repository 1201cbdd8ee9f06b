import { isScalar, pyStr, sortKeys, type Json } from './shape.js';

// A port of awscli/text.py (the `--output text` formatter). Scalars of a dict go on one
// tab-separated line in sorted key order, prefixed by the uppercased key that led to the dict;
// nested dicts and lists follow on their own lines.

type Dict = { [key: string]: Json };

function formatScalarList(elements: Json[], identifier: string | null, out: string[]): void {
  if (identifier !== null) for (const e of elements) out.push(`${identifier.toUpperCase()}\t${pyStr(e)}`);
  else out.push(elements.map(pyStr).join('\t'));
}

function formatList(items: Json[], identifier: string | null, out: string[]): void {
  if (items.length === 0) return;
  if (items.some((e) => e !== null && typeof e === 'object' && !Array.isArray(e))) {
    // Every element of a list of dicts gets the same columns: the union of their scalar keys.
    const keys = new Set<string>();
    for (const e of items) {
      if (e !== null && typeof e === 'object' && !Array.isArray(e)) {
        for (const [k, v] of Object.entries(e)) if (isScalar(v)) keys.add(k);
      }
    }
    const all = sortKeys([...keys]);
    for (const e of items) formatAny(e, identifier, all, out);
  } else if (items.some(Array.isArray)) {
    const scalars = items.filter(isScalar);
    if (scalars.length > 0) formatScalarList(scalars, identifier, out);
    for (const e of items.filter((x) => !isScalar(x))) formatAny(e, identifier, null, out);
  } else formatScalarList(items, identifier, out);
}

function formatDict(item: Dict, identifier: string | null, scalarKeys: string[] | null, out: string[]): void {
  const scalars: string[] = [];
  const nested: [string, Json][] = [];
  if (scalarKeys === null) {
    for (const k of sortKeys(Object.keys(item))) {
      if (isScalar(item[k])) scalars.push(pyStr(item[k]));
      else nested.push([k, item[k]]);
    }
  } else {
    for (const k of scalarKeys) scalars.push(k in item ? pyStr(item[k]) : '');
    for (const k of sortKeys(Object.keys(item).filter((x) => !scalarKeys.includes(x)))) nested.push([k, item[k]]);
  }
  if (scalars.length > 0) {
    if (identifier !== null) scalars.unshift(identifier.toUpperCase());
    out.push(scalars.join('\t'));
  }
  for (const [k, v] of nested) formatAny(v, k, null, out);
}

function formatAny(item: Json, identifier: string | null, scalarKeys: string[] | null, out: string[]): void {
  if (Array.isArray(item)) formatList(item, identifier, out);
  else if (item !== null && typeof item === 'object') formatDict(item, identifier, scalarKeys, out);
  else out.push(pyStr(item));
}

export function formatText(data: Json): string {
  const out: string[] = [];
  formatAny(data, null, null, out);
  return out.map((l) => `${l}\n`).join('');
}
