// Everything iamtutor prints that came from outside its own source — lesson files and their
// folder names, course titles, command-line arguments echoed in errors, report fields, the
// learner's laptop files — is untrusted: it must not be able to move the cursor, retitle the
// terminal, hide text or write to the clipboard (OSC 52). This is the one sanitiser; each form
// below is for one kind of place the text goes.

// ESC-introduced sequences: CSI (ESC [ … final byte), OSC/DCS/PM/APC/SOS strings (up to BEL or
// ESC \), and two-character escapes. Their 8-bit C1 forms are covered below.
const ESCAPE_SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[ -/]*[0-~]?)|\u009b[0-?]*[ -/]*[@-~]?|[\u0090\u009d\u009e\u009f\u0098][^\u0007\u001b\u009c]*[\u0007\u009c]?/g;
// C0 controls except tab and newline, DEL, C1 controls, and the bidi overrides that can make
// text display differently from what it is ("Trojan Source").
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text without terminal escape sequences or control characters; tabs become spaces, CRLF becomes LF. */
export function sanitiseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ESCAPE_SEQUENCE, '').replace(/\t/g, '  ').replace(CONTROL, '');
}

/** For a one-line field (a name, an id, a file name): sanitised, every line break a space. */
export function sanitiseLine(text: string): string {
  return sanitiseText(text).replace(/\n/g, ' ');
}

/**
 * For a stream of output that is already laid out (a CSV with CRLF rows, tab-separated text):
 * the same removals, but tabs, newlines and CRLF are kept as they are. A lone CR is dropped: it
 * would let a line overwrite what was printed before it.
 */
export function sanitiseOutput(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/\r(?!\n)/g, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

// JSON.stringify escapes C0 controls but leaves DEL, C1 controls, the bidi overrides and the
// line separators raw; a terminal acts on the C1 ones (0x9b is CSI).
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON that is safe to print on a terminal and still means the same data: the characters
 * JSON.stringify leaves raw are written as \uXXXX escapes, so parsing gives back every string
 * exactly (a signed report still verifies).
 */
export function jsonForTerminal(value: unknown, indent?: number): string {
  return escapeRawJson(JSON.stringify(value, null, indent));
}

/** The same escaping for JSON text made elsewhere (canonical JSON). */
export function escapeRawJson(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A learner-provided field (a name, a lesson id, a file name) as Markdown text, inline or in a
 * table cell: sanitised to one line, raw HTML shown as text (`<` `>` `&` as entities), and the
 * characters that make emphasis, code, links, images and table cells escaped, so
 * `[prize](https://evil.example)` or `<img src=x onerror=…>` is shown as typed, never followed or
 * rendered. Bare URLs lose the `:` and `.` GitHub's autolinker looks for, and `@` (mail links).
 */
export function markdownText(text: string): string {
  return sanitiseLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '&#58;')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}&#46;`)
    .replace(/@/g, '&#64;');
}

/**
 * A CSV field (RFC 4180) from outside the program: sanitised to one line, quoted when it needs
 * it, and a leading = + - @ defused so a spreadsheet never runs it as a formula.
 */
export function csvText(value: string | number): string {
  if (typeof value === 'number') return String(value);
  let text = sanitiseLine(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const MAY_NEED_SANITISING = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * Whether sanitiseText might change the text: its escapes, controls, tabs and CRs all fall in this
 * class. Most text holds none of them, and is kept as it is without the rewrite.
 */
export const mayNeedSanitising = (text: string): boolean => MAY_NEED_SANITISING.test(text);

/**
 * Sanitises every string in plain parsed data (the YAML document as JS), reporting the path of
 * each string that changed so lint can warn the author.
 */
export function sanitiseDeep(value: unknown, changed: (string | number)[][] = [], path: (string | number)[] = []): unknown {
  // One path, grown and shrunk on the way down and up, copied only for a string that changed:
  // a path per node was most of the cost on a long lesson.
  return sanitiseAt(value, changed, [...path]);
}

function sanitiseAt(value: unknown, changed: (string | number)[][], path: (string | number)[]): unknown {
  if (typeof value === 'string') {
    if (!mayNeedSanitising(value)) return value;
    const clean = sanitiseText(value);
    // Tabs and CRLF are ordinary in files; only report what was really dropped.
    if (clean !== value.replace(/\r\n?/g, '\n').replace(/\t/g, '  ')) changed.push([...path]);
    return clean;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      out.push(sanitiseAt(value[i], changed, path));
      path.pop();
    }
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      path.push(key);
      out[key] = sanitiseAt(item, changed, path);
      path.pop();
    }
    return out;
  }
  return value;
}
