// What lint and the loader report: one problem at a line and column of one file.
import { sanitiseText } from './sanitise.js';
import type { DataPath } from './positions.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
}

/** A problem found in the parsed data, before it is placed in the source. */
export interface PathProblem {
  path: DataPath;
  message: string;
  /** Point at this key of the map at `path` rather than at its value. */
  atKey?: string;
  severity?: Severity;
}

/** `file:line:col: message` — the format editors and terminals turn into links. */
export function formatDiagnostic(d: Diagnostic): string {
  const kind = d.severity === 'warning' ? 'warning: ' : '';
  // Messages quote lesson content, which is untrusted: never print its escape sequences.
  return sanitiseText(`${d.file}:${d.line}:${d.column}: ${kind}${d.message}`).replace(/\n/g, ' ');
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');

/**
 * The same syntax error at every column (deeply nested brackets give one "Maximum call stack
 * size exceeded" per bracket, thousands of lines) is said once, with how many more there were.
 */
export function collapseRepeats(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, { first: Diagnostic; more: number }>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const earlier = seen.get(d.message);
    if (earlier) earlier.more += 1;
    else {
      const entry = { first: { ...d }, more: 0 };
      seen.set(d.message, entry);
      out.push(entry.first);
    }
  }
  for (const { first, more } of seen.values()) if (more > 0) first.message += ` (and ${more} more like it after this)`;
  return out;
}
