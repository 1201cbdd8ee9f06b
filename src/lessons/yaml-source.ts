// Reading a YAML file an author wrote: size limit, nesting limit, syntax, alias limit, sanitising —
// each problem a diagnostic at its line and column, never a throw. The schema check is the caller's.
import { LineCounter, parseDocument } from 'yaml';
import { collapseRepeats, type Diagnostic, type PathProblem } from './diagnostics.js';
import { formatPath, locatorOf, locatorOfSource, type Locator } from './positions.js';
import { readPlainYaml as readPlain } from './yaml-plain.js';
import { mayNeedSanitising, sanitiseDeep } from './sanitise.js';
import { tooDeepProblem } from './yaml-depth.js';

export interface YamlSource {
  /** Present when the YAML could be read (it may still fail the caller's schema). */
  data?: unknown;
  diagnostics: Diagnostic[];
  locate(problem: PathProblem): Diagnostic;
}

export interface YamlLimits {
  maxBytes: number;
  maxAliasCount: number;
  /**
   * Where the nodes are is read only when a problem is first placed (the plain reader reads the
   * text again, with places): for a caller that places only errors, which a valid file has none of.
   */
  placesOnDemand?: boolean;
}

export function readYamlSource(text: string, file: string, limits: YamlLimits): YamlSource {
  const nowhere = (message: string): Diagnostic => ({ file, line: 1, column: 1, severity: 'error', message });
  if (Buffer.byteLength(text, 'utf8') > limits.maxBytes) {
    return { diagnostics: [nowhere(`the file is larger than ${limits.maxBytes / 1024} KiB`)], locate: (p) => nowhere(p.message) };
  }
  // Before any reader: each of them recurses once per level (yaml-depth.ts says why that matters).
  const tooDeep = tooDeepProblem(text, file);
  if (tooDeep) return { diagnostics: [tooDeep], locate: (p) => ({ ...nowhere(p.message), severity: p.severity ?? 'error' }) };
  const read = readPlainYaml(text, limits.placesOnDemand ?? false) ?? readWithPackage(text, limits.maxAliasCount);
  const locate = (p: PathProblem): Diagnostic => ({ file, ...read.positionOf(p.path, p.atKey), severity: p.severity ?? 'error', message: p.message });
  // The same error at many places is said once, with the count.
  const diagnostics: Diagnostic[] = collapseRepeats(read.syntax.map((d) => ({ file, ...d })));
  if ('failed' in read) {
    if (read.failed !== undefined) diagnostics.push(nowhere(`the YAML cannot be read: ${read.failed}`));
    return { diagnostics, locate };
  }
  const changed: (string | number)[][] = [];
  const data = 'clean' in read && read.clean ? read.data : sanitiseDeep(read.data, changed);
  for (const path of changed) {
    diagnostics.push(locate({ path, severity: 'warning', message: `${formatPath(path)}: control characters or escape sequences removed` }));
  }
  return { data, diagnostics, locate };
}

type Read = { positionOf: Locator; syntax: Omit<Diagnostic, 'file'>[] } & ({ data: unknown; /** Nothing in it to sanitise. */ clean?: boolean } | { failed: string | undefined });

/**
 * The plain subset, read in one pass (yaml-plain.ts); undefined when the package must read it.
 * Its strings are pieces of the text, or what a `\` escape in a double-quoted scalar spells: a
 * text with nothing to sanitise and no backslash gives data with nothing to sanitise, and the
 * sanitiser's walk, a copy of the whole document, is skipped (~10 % of reading a 1,500-step lesson).
 */
function readPlainYaml(text: string, placesOnDemand: boolean): Read | undefined {
  const plain = readPlain(text, { places: !placesOnDemand });
  if (!plain) return undefined;
  const clean = !mayNeedSanitising(text) && !text.includes('\\');
  if (!placesOnDemand) return { data: plain.data, clean, positionOf: locatorOfSource(plain.root, text), syntax: [] };
  // Recording places is a third of the reading and most of its garbage (a Map per mapping, an
  // object per node); the text that was read once without them reads again the same way.
  let locator: Locator | undefined;
  const positionOf: Locator = (path, atKey) => (locator ??= locatorOfSource(readPlain(text)!.root, text))(path, atKey);
  return { data: plain.data, clean, positionOf, syntax: [] };
}

/** Any YAML, with the yaml package: its errors and warnings (failed: the errors stop it). */
function readWithPackage(text: string, maxAliasCount: number): Read {
  const lineCounter = new LineCounter();
  // prettyErrors gives each error its line and column (linePos).
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const positionOf = locatorOf(doc, lineCounter);
  const problems = [...doc.errors.map((e) => ({ e, severity: 'error' as const })), ...doc.warnings.map((e) => ({ e, severity: 'warning' as const }))];
  const syntax = problems.map(({ e, severity }) => ({
    line: e.linePos?.[0].line ?? 1,
    column: e.linePos?.[0].col ?? 1,
    severity,
    // The message ends in "at line L, column C:" and a code frame; the position is already there.
    message: `${e.message.split(/ at line \d+, column \d+/)[0]} (${e.code})`,
  }));
  if (doc.errors.length > 0) return { positionOf, syntax, failed: undefined };
  try {
    return { positionOf, syntax, data: doc.toJS({ maxAliasCount }) };
  } catch (error) {
    return { positionOf, syntax, failed: (error as Error).message };
  }
}
