// Lesson files are untrusted: a shared lesson must not be able to move the cursor, retitle the
// terminal, hide text or write to the clipboard (OSC 52) by putting escape sequences in a hint.
// Every string the UI or lint prints goes through sanitiseText first.

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

/**
 * Sanitises every string in plain parsed data (the YAML document as JS), reporting the path of
 * each string that changed so lint can warn the author.
 */
export function sanitiseDeep(value: unknown, changed: (string | number)[][] = [], path: (string | number)[] = []): unknown {
  if (typeof value === 'string') {
    const clean = sanitiseText(value);
    // Tabs and CRLF are ordinary in files; only report what was really dropped.
    if (clean !== value.replace(/\r\n?/g, '\n').replace(/\t/g, '  ')) changed.push(path);
    return clean;
  }
  if (Array.isArray(value)) return value.map((item, i) => sanitiseDeep(item, changed, [...path, i]));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = sanitiseDeep(item, changed, [...path, key]);
    return out;
  }
  return value;
}
