import { describe, expect, it } from 'vitest';
import { expectSameAsPackage } from '../../test/helpers/plain-yaml.js';
import { readPlainYaml } from './yaml-plain.js';

// Each text is read by the plain reader, and its data and every node's place equal the package's.
const READ_PLAINLY: Record<string, string> = {
  'a block map of plain scalars': 'id: create-user\ntitle: Create a user\nlevel: beginner\n',
  'core schema values': 'a: 1\nb: -12\nc: 1.5\nd: -0.25\ne: 1.0\nf: true\ng: False\nh: null\ni: ~\nj: NULL\nk: yes\nl: 12 users\nm: v2\n',
  'nested maps': 'setup:\n  start:\n    screen: users\n    tab: permissions\nafter: 1\n',
  'a sequence indented under its key': 'teaches:\n  - T3\n  - T4\n',
  'a sequence at its key’s column': 'teaches:\n- T3\n- T4\nnext: x\n',
  'maps in a sequence': 'users:\n  - name: jane.doe\n    groups:\n      - developers\n  - name: john.smith\n',
  'a sequence item on the line below its dash': 'a:\n  -\n    b: 1\n  -\n    - c\n',
  'a literal block scalar': 'text: |\n  line one\n    indented\n\n  after an empty line\nnext: 1\n',
  'a stripped literal block scalar': 'text: |-\n  one\n  two\n\n\nnext: 1\n',
  'a folded block scalar': 'text: >\n  one\n  two\n\n  three\n\n\n  four\n',
  'a stripped folded block scalar': 'text: >-\n  one\n  two\nnext: 1\n',
  'a block scalar with a comment after its header': 'text: | # why\n  one\n',
  'a block scalar in a sequence': 'hints:\n  - |\n    one\n  - >-\n    two\n    three\n',
  'a block scalar at the end without a line break': 'text: |\n  one',
  'double-quoted scalars with escapes': 'a: "tab\\there \\"quoted\\" \\\\ \\e[0m \\x41\\u00e9\\U0001F642 \\/ \\N\\_"\nb: ""\n',
  'single-quoted scalars': "a: 'it''s'\nb: ''\nc: '# not a comment'\n",
  'comments and blank lines': '# a lesson\n\nid: x # the id\n\n  # an indented comment\nsteps:\n  # first\n  - a\n\n  - b  # second\n',
  'flow collections': 'a: [1, two, "three", \'four\', [5], {six: 6}]\nb: {}\nc: []\nd: {k: v,l: [x,y]}\n',
  'flow plain scalars with colons': 'a: {arn: arn:aws:iam::123:user/jane, url: http://x}\n',
  'a generated step': '- {id: s1,title: Quiz,quiz: {question: Private,choices: [{key: a,text: Key ID,why: Public},{key: b,text: Secret}],answer: b}}\n',
  'quoted keys': '"1": a\n\'Key ID\': b\nlist:\n  - "x y": 1\n    \'z\': 2\n  - "just text"\n',
  'numeric keys': 'check:\n  all:\n    1:\n      message: a\n    2: b\n',
  'plain scalars with indicators inside': 'b: -x1\nc: what?\nd: 50% off {user}\ne: it\'s [x]\nf: a#b\ng: a:b\n',
  'unicode': 'title: IAM ユーザーを作成する 🙂\n',
  'a root sequence': '- a\n- b: 1\n  c: 2\n',
  'sequences on a dash’s line': 'a:\n  - - b\n    - - c\n      - d\n  - e\n',
};

// Each of these is outside the subset (or an error): the reader gives up and the package reads it.
const LEFT_TO_THE_PACKAGE: Record<string, string> = {
  'an empty document': '',
  'only a comment': '# nothing\n',
  'a root scalar': 'just text\n',
  'an empty value': 'a:\nb: 1\n',
  'an empty sequence item': '- \n- a\n',
  'an anchor and an alias': 'a: &x 1\nb: *x\n',
  'a tag': 'a: !!str 1\n',
  'a document marker': '---\na: 1\n',
  'a directive': '%YAML 1.2\n---\na: 1\n',
  'a byte order mark': '\uFEFFa: 1\n',
  'CRLF line breaks': 'a: 1\r\nb: 2\r\n',
  'a tab': 'a:\tb\n',
  'a control character': 'a: x\u0007y\n',
  'a C1 control': 'a: x\u009by\n',
  'a multi-line plain scalar': 'a: one\n  two\n',
  'a multi-line double-quoted scalar': 'a: "one\n  two"\n',
  'a multi-line flow collection': 'a: [1,\n  2]\n',
  'a trailing comma in a flow sequence': 'a: [1, 2, ]\n',
  'a flow map entry without a value': 'a: {b, c: 1}\n',
  'a quoted key followed by text': '"a" b: 1\n',
  'a quoted __proto__ key': '"__proto__": 1\n',
  'a key with a space': 'Key ID: 1\n',
  'a boolean key': 'true: 1\n',
  'a null key': 'null: 1\n',
  'a key spelled as another number': '01: a\n',
  'the __proto__ key': '__proto__: 1\n',
  'a duplicate key': 'a: 1\na: 2\n',
  'a duplicate key in a flow map': 'a: {b: 1, b: 2}\n',
  'a complex key': '? a\n: 1\n',
  'a keep-chomped block scalar': 'a: |+\n  one\n\nb: 1\n',
  'an indentation indicator': 'a: |2\n   one\n',
  'a folded block scalar with a more-indented line': 'a: >\n  one\n    two\n',
  'a block scalar with a leading empty line': 'a: |\n\n  one\n',
  'an empty block scalar': 'a: |\nb: 1\n',
  'a whitespace line deeper than the block scalar': 'a: |\n  one\n     \n  two\n',
  'numbers in other spellings': 'a: 0x1F\n',
  'an octal number': 'a: 0o17\n',
  'an exponent': 'a: 1e3\n',
  'a leading plus': 'a: +1\n',
  'a leading zero': 'a: 007\n',
  'infinity': 'a: .inf\n',
  'not a number': 'a: .NaN\n',
  'a huge integer': 'a: 12345678901234567890\n',
  'minus zero': 'a: -0\n',
  'an unknown escape': 'a: "\\q"\n',
  'a lone surrogate escape': 'a: "\\ud800"\n',
  'a map value on the line of its key’s dash': 'a: - b\n',
  'a mapping value inside a plain scalar': 'a: b: c\n',
  'a plain scalar ending in a colon': 'a: b:\n',
  'text after a quoted scalar': 'a: "b" c\n',
  'text after a flow collection': 'a: [b] c\n',
  'a comment inside a flow collection': 'a: [b #c\n  ]\n',
  'a deeper line after a value': 'a: 1\n  b: 2\n',
  'a shallower line between siblings': 'a:\n    b: 1\n  c: 2\n',
  'a sequence where a map goes on': 'a: 1\n- b\n',
  'an indented root': '  a: 1\n',
};

describe('readPlainYaml', () => {
  it.each(Object.entries(READ_PLAINLY))('reads %s as the yaml package does', (name, text) => {
    expect(readPlainYaml(text), name).toBeDefined();
    expect(expectSameAsPackage(text, name)).toBe('plain');
  });

  it.each(Object.entries(LEFT_TO_THE_PACKAGE))('leaves %s to the yaml package', (name, text) => {
    expect(readPlainYaml(text), name).toBeUndefined();
  });

  it('leaves nesting deeper than the stack to the package', () => {
    const depth = 200_000;
    expect(readPlainYaml(`a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`)).toBeUndefined();
    expect(readPlainYaml(`${'- '.repeat(depth)}a\n`)).toBeUndefined();
  });

  it('places nodes where a problem would point: a step, its key, a map that lacks a key', () => {
    const text = 'id: x\nsteps:\n  - id: s1\n    title: One\n  - {id: s2, title: Two}\n';
    const read = readPlainYaml(text)!;
    expect(read.data).toEqual({ id: 'x', steps: [{ id: 's1', title: 'One' }, { id: 's2', title: 'Two' }] });
    expect(expectSameAsPackage(text)).toBe('plain');
  });
});
