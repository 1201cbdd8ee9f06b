import { describe, expect, it } from 'vitest';
import { createKeyReader, NO_KEY, pastedKeys, PASTE_LENGTH, type Press } from './key-reader.js';

const read = (...events: string[]) => {
  const reader = createKeyReader();
  return events.flatMap((event) => reader.read(event));
};
/** A press as a short name, for readable expectations. */
const name = (p: Press) => {
  const flags = Object.entries(p.key)
    .filter(([flag, on]) => on && !(flag === 'meta' && p.key.escape) && !(flag === 'shift' && /^[A-Z]$/.test(p.input)))
    .map(([flag]) => flag);
  return [...flags, p.input === '' ? '' : JSON.stringify(p.input)].filter(Boolean).join('+') + (p.paste ? ' (paste)' : '');
};
const names = (...events: string[]) => read(...events).map(name);

describe('the key reader', () => {
  it('splits a short burst into single keys: q then y, not "qy"', () => {
    expect(names('qy')).toEqual(['"q"', '"y"']);
    expect(names('ls\r\u0015pw\td\u007F')).toEqual(['"l"', '"s"', 'return', 'ctrl+"u"', '"p"', '"w"', 'tab', '"d"', 'backspace']);
  });

  it('reads arrows, Home/End, PgUp/PgDn, Shift+Tab, forward Delete, Escape and Alt+key', () => {
    expect(names('\u001B[A', '\u001B[B', '\u001B[C', '\u001B[D', '\u001BOA')).toEqual([
      'upArrow',
      'downArrow',
      'rightArrow',
      'leftArrow',
      'upArrow',
    ]);
    expect(names('\u001B[H', '\u001B[F', '\u001B[1~', '\u001B[4~', '\u001B[5~', '\u001B[6~')).toEqual([
      'home',
      'end',
      'home',
      'end',
      'pageUp',
      'pageDown',
    ]);
    expect(names('\u001B[Z', '\u001B[3~', '\u001B', '\u001Bb', '\u001B[1;5C')).toEqual([
      'shift+tab',
      'delete',
      'escape',
      'meta+"b"',
      'rightArrow+ctrl',
    ]);
  });

  it('drops colour codes and keeps the text: a coloured paste is its text', () => {
    expect(names('\u001B[32mgreen\u001B[0m')).toEqual(['"g"', '"r"', '"e"', '"e"', '"n"']);
    expect(read('\u001B[31mred and more red text\u001B[5m!\u001B[0m')).toEqual([
      { input: 'red and more red text!', key: NO_KEY, paste: true },
    ]);
  });

  it('drops mouse reports, focus events, paste markers and 8-bit CSI whole', () => {
    expect(names('\u001B[<0;10;5M', '\u001B[<0;10;5m', '\u001B[M !!', '\u001B[I', '\u001B[O', '\u001B[200~', 'x', '\u001B[201~')).toEqual([
      '"x"',
    ]);
    expect(names('\u009B32mz')).toEqual(['"z"']);
  });

  it('drops OSC, DCS, SOS, PM and APC strings, even when they arrive in pieces', () => {
    expect(names('\u001B]52;c;aGVsbG8=\u0007', 'a')).toEqual(['"a"']);
    expect(names('\u001B]0;title', ' still the title', '\u001B\\', 'b')).toEqual(['"b"']);
    expect(names('\u001BPq#0;2;0;0;0\u001B\\c', '\u001B_apc\u001B\\', '\u001B^pm\u0007', '\u001BXsos\u0007d')).toEqual(['"c"', '"d"']);
    // An ESC inside the string ends it: the arrow after it is a key again; so does a control key.
    expect(names('\u001B]2;unterminated', '\u001B[A')).toEqual(['upArrow']);
    expect(names('\u001B]2;unterminated', 'abc\u0003', 'y')).toEqual(['ctrl+"c"', '"y"']);
  });

  it('waits for the rest of a sequence cut between two reads: `ESC [` then `A` is Up, `ESC [ M` then a report is dropped', () => {
    expect(names('\u001B[', 'A')).toEqual(['upArrow']);
    expect(names('\u001B[1;', '5C', 'x')).toEqual(['rightArrow+ctrl', '"x"']);
    expect(names('\u001BO', 'B')).toEqual(['downArrow']);
    expect(names('\u001B[', 'M', ' qq', 'y')).toEqual(['"y"']);
  });

  it('drops NUL, other unprintable controls, C1 controls and the replacement character', () => {
    expect(names('\u0000a\u001Cb\u0085c\uFFFDd')).toEqual(['"a"', '"b"', '"c"', '"d"']);
  });

  it('keeps a long paste as one press, its line breaks as \\n (Windows line ends as one)', () => {
    const text = 'x'.repeat(PASTE_LENGTH + 1);
    expect(read(`${text}\r\nsecond line\r\n`)).toEqual([{ input: `${text}\nsecond line\n`, key: NO_KEY, paste: true }]);
    expect(pastedKeys(read(`${text}\r\nsecond line\r`)[0]!).map(name)).toEqual([JSON.stringify(text), 'return', '"second line"', 'return']);
  });

  it('never throws and never hands on a control character as text, whatever the bytes', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = [
      '\u001B',
      '[',
      ']',
      'P',
      '\u0007',
      '\u009B',
      '\u0000',
      '\uFFFD',
      '3',
      ';',
      'm',
      '~',
      'M',
      '<',
      'a',
      '\r',
      '\u007F',
      'é',
      '🙂',
    ];
    const reader = createKeyReader();
    for (let run = 0; run < 500; run++) {
      const event = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      for (const press of reader.read(event)) {
        expect(press.input).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
        if (!press.paste) expect(press.input).not.toMatch(/[\r\n\t]/);
      }
    }
  });
});
