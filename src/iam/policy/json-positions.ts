// A strict JSON parser that remembers where every value and key starts, so a policy editor can
// point at the line and column of a problem. Syntax errors throw JsonSyntaxError.

export interface Position {
  line: number;
  column: number;
}

export type JsonNode =
  | { kind: 'object'; at: Position; entries: { key: string; keyAt: Position; value: JsonNode }[] }
  | { kind: 'array'; at: Position; items: JsonNode[] }
  | { kind: 'string'; at: Position; value: string }
  | { kind: 'number'; at: Position; value: number }
  | { kind: 'boolean'; at: Position; value: boolean }
  | { kind: 'null'; at: Position };

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: Position,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export function parseJsonWithPositions(text: string): JsonNode {
  let i = 0;
  const position = (index: number): Position => {
    const before = text.slice(0, index).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
  };
  const fail = (message: string, index = i): never => {
    throw new JsonSyntaxError(message, position(index));
  };
  const describe = () => (i >= text.length ? 'end of input' : `'${text[i]}'`);
  const skip = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (ch: string, what: string) => {
    skip();
    if (text[i] !== ch) fail(`Expected ${what} but found ${describe()}`);
    i++;
  };

  function string(): string {
    const start = i;
    i++; // opening quote
    let out = '';
    while (i < text.length && text[i] !== '"') {
      const ch = text[i];
      if (ch === '\n' || ch < ' ') fail('Unterminated string or control character in string');
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        if (ESCAPES[next] === undefined) fail(`Invalid escape '\\${next ?? ''}' in string`);
        out += ESCAPES[next];
        i += 2;
        continue;
      }
      out += ch;
      i++;
    }
    if (i >= text.length) fail('Unterminated string', start);
    i++; // closing quote
    return out;
  }

  function value(): JsonNode {
    skip();
    const at = position(i);
    const ch = text[i];
    if (ch === '{') {
      i++;
      const entries: { key: string; keyAt: Position; value: JsonNode }[] = [];
      skip();
      if (text[i] === '}') return (i++, { kind: 'object', at, entries });
      for (;;) {
        skip();
        if (text[i] !== '"') fail(`Expected a property name in double quotes but found ${describe()}`);
        const keyAt = position(i);
        const key = string();
        expect(':', "':'");
        entries.push({ key, keyAt, value: value() });
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return (i++, { kind: 'object', at, entries });
        else fail(`Expected ',' or '}' but found ${describe()}`);
      }
    }
    if (ch === '[') {
      i++;
      const items: JsonNode[] = [];
      skip();
      if (text[i] === ']') return (i++, { kind: 'array', at, items });
      for (;;) {
        items.push(value());
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return (i++, { kind: 'array', at, items });
        else fail(`Expected ',' or ']' but found ${describe()}`);
      }
    }
    if (ch === '"') return { kind: 'string', at, value: string() };
    for (const [word, node] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return node === null ? { kind: 'null', at } : { kind: 'boolean', at, value: node };
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return { kind: 'number', at, value: Number(number[0]) };
    }
    return fail(`Unexpected ${describe()}`);
  }

  const root = value();
  skip();
  if (i < text.length) fail(`Unexpected ${describe()} after the end of the document`);
  return root;
}

/** The plain value of a node. */
export function toValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, toValue(e.value)]));
    case 'array':
      return node.items.map(toValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}
