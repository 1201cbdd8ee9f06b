// The one place where input enters the app. Ink hands over the terminal's bytes as "events" (it
// cuts them at each ESC); Ink's own useInput turns an event into a key and throws on some of
// them (`ESC[32m` reaches `undefined.startsWith`), and it hands text without an ESC over as one
// key, so `qy` typed quickly is neither q nor y. This reader turns the events into the key
// presses they stand for, one by one, and drops whatever a terminal can send that is not a key:
// colour codes (SGR) and other unknown CSI sequences, mouse reports, focus events, bracketed-paste
// markers, OSC/DCS/SOS/PM/APC strings (which may span events), C1 controls, NUL and the
// replacement character left by invalid UTF-8. It never throws.
import type { Key } from 'ink';

export interface Press {
  input: string;
  key: Key;
  /** Pasted text (longer than PASTE_LENGTH, lines joined with \n): see pastedKeys. */
  paste?: boolean;
}

/** A key press with no key flags set: the base of every press. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/**
 * More printable characters than this in one read is a paste, not keys typed one by one: it
 * arrives as one press (a 2 KB policy pasted into the JSON editor is one edit, not 2,000
 * renders), and a paste is never taken for shortcuts. Fewer are split into single keys, so `qy`
 * typed in one burst quits exactly as `q` then `y` does.
 */
export const PASTE_LENGTH = 16;
/** An OSC/DCS string longer than this is not waited for any longer: what follows is keys again. */
const MAX_STRING = 4096;
/** A CSI sequence cut off after this many characters is not waited for: it is dropped. */
const MAX_PENDING = 64;

const ESC = '\u001B';
const press = (input: string, flags: Partial<Key> = {}): Press => ({ input, key: { ...NO_KEY, ...flags } });

// 8-bit C1 introducers, read as their 7-bit ESC forms so that `CSI 32 m` sent as U+009B is
// dropped whole rather than leaving "32m" behind as text.
const C1_INTRODUCERS: Record<string, string> = {
  '\u0090': `${ESC}P`,
  '\u0098': `${ESC}X`,
  '\u009B': `${ESC}[`,
  '\u009C': `${ESC}\\`,
  '\u009D': `${ESC}]`,
  '\u009E': `${ESC}^`,
  '\u009F': `${ESC}_`,
};

/** ESC followed by one of these opens a string that runs to BEL or ST (ESC \). */
const STRING_OPENERS = new Set([']', 'P', 'X', '^', '_']);

/** Modifier parameter of a CSI key (`ESC[1;5A` is Ctrl+Up): 1 + shift(1) + alt(2) + ctrl(4). */
function modifiers(parameter: string | undefined): Partial<Key> {
  const bits = Math.max(0, Number(parameter ?? '1') - 1);
  return { shift: (bits & 1) !== 0, meta: (bits & 2) !== 0, ctrl: (bits & 4) !== 0 };
}

const LETTER_KEYS: Record<string, Partial<Key>> = {
  A: { upArrow: true },
  B: { downArrow: true },
  C: { rightArrow: true },
  D: { leftArrow: true },
  H: { home: true },
  F: { end: true },
};

const TILDE_KEYS: Record<string, Partial<Key>> = {
  '1': { home: true },
  '7': { home: true },
  '4': { end: true },
  '8': { end: true },
  // Forward Delete. (Ink 6's own parser reports Backspace as `delete` too, ink-field-guide
  // §2.10; read here, Backspace is `backspace` and only this key is `delete`.)
  '3': { delete: true },
  '5': { pageUp: true },
  '6': { pageDown: true },
};

/** A complete CSI sequence (`ESC [ params final`) as a key, or null when it is not one. */
function csiKey(body: string): Press | null {
  const final = body.at(-1) ?? '';
  const parameters = body.slice(0, -1);
  if (!/^[0-9;]*$/.test(parameters)) return null; // private (`<`, `?`, `>`) sequences: mouse, replies
  const [first, second] = parameters.split(';');
  if (final === 'Z' && parameters === '') return press('', { tab: true, shift: true });
  if (LETTER_KEYS[final] && (parameters === '' || first === '1')) return press('', { ...LETTER_KEYS[final], ...modifiers(second) });
  if (final === '~' && first !== undefined && TILDE_KEYS[first]) return press('', { ...TILDE_KEYS[first], ...modifiers(second) });
  return null;
}

/** A control character typed on its own: Enter, Tab, Backspace, Ctrl+letter; null to drop it. */
function controlKey(char: string): Press | null {
  if (char === '\r' || char === '\n') return press('', { return: true });
  if (char === '\t') return press('', { tab: true });
  if (char === '\u007F' || char === '\b') return press('', { backspace: true });
  const code = char.charCodeAt(0);
  if (code >= 1 && code <= 26) return press(String.fromCharCode(code + 96), { ctrl: true });
  return null;
}

/** Printable text: no C0/C1 control, DEL, NUL or U+FFFD (what invalid UTF-8 decodes to). */
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\uFFFD]/;

export interface KeyReader {
  /** The presses one input event stands for, in order. */
  read(event: string): Press[];
}

export function createKeyReader(): KeyReader {
  // Inside an OSC/DCS/… string: everything up to BEL or ST is dropped, across events.
  let inString = false;
  let stringLength = 0;
  // Code points still to drop after an X10 mouse report's `ESC [ M`.
  let mouseBytes = 0;
  // The start of a CSI or SS3 sequence whose end has not arrived: Ink hands a pending `ESC [` on
  // by itself when the rest is late (a loaded machine, ssh), and the rest must not become text.
  let pending = '';

  const read = (event: string): Press[] => {
    const presses: Press[] = [];
    const chars = Array.from((pending + event).replace(/[\u0090\u0098\u009B-\u009F]/g, (c) => C1_INTRODUCERS[c] ?? ''));
    pending = '';
    let text = '';
    const flushText = () => {
      if (text !== '') presses.push(press(text));
      text = '';
    };

    let i = 0;
    while (i < chars.length) {
      const char = chars[i]!;
      if (mouseBytes > 0) {
        mouseBytes -= 1;
        i += 1;
        continue;
      }
      if (inString) {
        // The string ends at BEL, at ST, or (ECMA-48) is cancelled by CAN/SUB; a bare ESC ends it
        // too and starts whatever sequence follows. Any other control character cannot be part
        // of it either: it ends the string and counts as the key it is, so a stray unterminated
        // OSC in a paste never leaves the keyboard dead (Ctrl+C, Enter and the arrows still work).
        if (char === '\u0007' || char === '\u0018' || char === '\u001A') {
          inString = false;
          i += 1;
        } else if (char < ' ' && char !== ESC) {
          inString = false;
        } else if (char === ESC) {
          inString = false;
          i += chars[i + 1] === '\\' ? 2 : 0;
          if (chars[i] === ESC) continue;
        } else {
          stringLength += 1;
          if (stringLength > MAX_STRING) inString = false;
          i += 1;
        }
        continue;
      }
      if (char !== ESC) {
        if (!UNPRINTABLE.test(char)) text += char;
        else {
          flushText();
          const control = controlKey(char);
          if (control) presses.push(control);
          // A pasted Windows line end is one line break, not two.
          if (char === '\r' && chars[i + 1] === '\n') i += 1;
        }
        i += 1;
        continue;
      }

      flushText();
      const next = chars[i + 1];
      if (next === undefined) {
        presses.push(press('', { escape: true, meta: true }));
        i += 1;
      } else if (next === '[') {
        // CSI: parameter and intermediate bytes, then one final byte.
        let end = i + 2;
        while (end < chars.length && /[\u0020-\u003F]/.test(chars[end]!)) end += 1;
        const final = chars[end];
        if (final === undefined && end - i < MAX_PENDING) {
          pending = chars.slice(i).join('');
          break;
        }
        if (final === undefined || !/[\u0040-\u007E]/.test(final)) {
          // Not a well-formed sequence: drop what was read of it.
          i = end;
          continue;
        }
        const body = chars.slice(i + 2, end + 1).join('');
        if (body === 'M') mouseBytes = 3;
        const key = csiKey(body);
        if (key) presses.push(key);
        i = end + 1;
      } else if (next === 'O') {
        // SS3: the application-mode arrows, Home and End (F1–F4 and the rest are dropped).
        const final = chars[i + 2];
        if (final === undefined) {
          pending = chars.slice(i).join('');
          break;
        }
        const key = LETTER_KEYS[final] ? press('', LETTER_KEYS[final]) : null;
        if (key) presses.push(key);
        i += final === undefined ? 2 : 3;
      } else if (STRING_OPENERS.has(next)) {
        inString = true;
        stringLength = 0;
        i += 2;
      } else if (next === ESC) {
        // ESC ESC: Escape pressed twice, or Alt+Escape; either way, Escape.
        presses.push(press('', { escape: true, meta: true }));
        i += 1;
      } else if (next === '\u007F') {
        presses.push(press('', { backspace: true, meta: true }));
        i += 2;
      } else if (!UNPRINTABLE.test(next)) {
        // Alt+key: the key with meta set, as Ink reports it.
        presses.push(press(next, { meta: true, shift: /^[A-Z]$/.test(next) }));
        i += 2;
      } else {
        // ESC before a control character: Escape, then the control on its own.
        presses.push(press('', { escape: true, meta: true }));
        i += 1;
      }
    }
    flushText();
    return asPasteOrKeys(presses);
  };

  return { read };
}

const isLineBreak = (p: Press) => p.key.return && !p.key.meta;
const isPlainText = (p: Press) => p.input !== '' && Object.values(p.key).every((flag) => !flag);

/** Text and line breaks with many characters form one paste; anything else is single keys. */
function asPasteOrKeys(presses: Press[]): Press[] {
  const textLength = presses.reduce((n, p) => n + (isPlainText(p) ? Array.from(p.input).length : 0), 0);
  const onlyText = presses.every((p) => isPlainText(p) || isLineBreak(p) || (p.key.tab && !p.key.shift));
  if (textLength > PASTE_LENGTH && onlyText) {
    const input = presses.map((p) => (isPlainText(p) ? p.input : p.key.tab ? '\t' : '\n')).join('');
    return [{ input, key: NO_KEY, paste: true }];
  }
  return presses.flatMap((p) =>
    isPlainText(p) && Array.from(p.input).length > 1 ? Array.from(p.input, (point) => press(point, { shift: /^[A-Z]$/.test(point) })) : [p],
  );
}

/** A paste as the keys it would be if typed: its text, Enter at each line break, Tab at each tab. */
export function pastedKeys(paste: Press): Press[] {
  return paste.input
    .split(/(\n|\t)/)
    .filter((part) => part !== '')
    .map((part) => (part === '\n' ? press('', { return: true }) : part === '\t' ? press('', { tab: true }) : press(part)));
}
