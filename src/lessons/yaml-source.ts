// Reading a YAML file an author wrote: size limit, syntax, alias limit, sanitising — each problem a
// diagnostic at its line and column, never a throw. The schema check is the caller's.
import { LineCounter, parseDocument } from 'yaml';
import { collapseRepeats, type Diagnostic, type PathProblem } from './diagnostics.js';
import { formatPath, locatorOf } from './positions.js';
import { sanitiseDeep } from './sanitise.js';

export interface YamlSource {
  /** Present when the YAML could be read (it may still fail the caller's schema). */
  data?: unknown;
  diagnostics: Diagnostic[];
  locate(problem: PathProblem): Diagnostic;
}

export function readYamlSource(text: string, file: string, limits: { maxBytes: number; maxAliasCount: number }): YamlSource {
  const nowhere = (message: string): Diagnostic => ({ file, line: 1, column: 1, severity: 'error', message });
  if (Buffer.byteLength(text, 'utf8') > limits.maxBytes) {
    return { diagnostics: [nowhere(`the file is larger than ${limits.maxBytes / 1024} KiB`)], locate: (p) => nowhere(p.message) };
  }
  const lineCounter = new LineCounter();
  // prettyErrors gives each error its line and column (linePos).
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const positionOf = locatorOf(doc, lineCounter);
  const locate = (p: PathProblem): Diagnostic => ({ file, ...positionOf(p.path, p.atKey), severity: p.severity ?? 'error', message: p.message });
  const syntax = [...doc.errors.map((e) => ({ e, severity: 'error' as const })), ...doc.warnings.map((e) => ({ e, severity: 'warning' as const }))];
  // Deep nesting gives the same error at every bracket: said once, with the count.
  const diagnostics: Diagnostic[] = collapseRepeats(
    syntax.map(({ e, severity }) => ({
      file,
      line: e.linePos?.[0].line ?? 1,
      column: e.linePos?.[0].col ?? 1,
      severity,
      // The message ends in "at line L, column C:" and a code frame; the position is already there.
      message: `${e.message.split(/ at line \d+, column \d+/)[0]} (${e.code})`,
    })),
  );
  if (doc.errors.length > 0) return { diagnostics, locate };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    return { diagnostics: [...diagnostics, nowhere(`the YAML cannot be read: ${(error as Error).message}`)], locate };
  }
  const changed: (string | number)[][] = [];
  data = sanitiseDeep(data, changed);
  for (const path of changed) {
    diagnostics.push(locate({ path, severity: 'warning', message: `${formatPath(path)}: control characters or escape sequences removed` }));
  }
  return { data, diagnostics, locate };
}
