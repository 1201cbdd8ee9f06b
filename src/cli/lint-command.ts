// `iamtutor lint <file|dir>…`: every problem of every lesson file as `path:line:col: message`
// (or JSON), exit 0 when all are valid and 1 otherwise. Never a stack trace: a crash in one file
// becomes a diagnostic of that file.
import { formatDiagnostic, type Diagnostic } from '../lessons/diagnostics.js';
import { expandLessonPaths, readLessonText } from '../lessons/lesson-files.js';
import { crossFileProblems, lintLessonText, type LintResult } from '../lessons/lint.js';

export interface LintRequest {
  paths: string[];
  format: 'text' | 'json';
  selfTest: boolean;
}
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export function lintPaths(request: LintRequest): LintResult[] {
  const { files, problems } = expandLessonPaths(request.paths);
  const results: LintResult[] = problems.map((d) => ({ file: d.file, diagnostics: [d], ok: false }));
  for (const file of files) {
    const read = readLessonText(file);
    if (!read.ok) {
      results.push({ file, diagnostics: [read.diagnostic], ok: false });
      continue;
    }
    try {
      results.push(lintLessonText(read.text, file, { selfTest: request.selfTest }));
    } catch (error) {
      const crash: Diagnostic = { file, line: 1, column: 1, severity: 'error', message: `internal error while linting: ${(error as Error).message}` };
      results.push({ file, diagnostics: [crash], ok: false });
    }
  }
  for (const d of crossFileProblems(results)) {
    const result = results.find((r) => r.file === d.file)!;
    result.diagnostics.push(d);
    result.ok = false;
  }
  return results;
}

export function runLint(request: LintRequest, out: Output): number {
  const results = lintPaths(request);
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.length - errors;
  if (request.format === 'json') {
    out.stdout(`${JSON.stringify({ ok: errors === 0, errors, warnings, files: results.map(({ idAt: _, ...r }) => r) }, null, 2)}\n`);
  } else {
    for (const d of all) out.stdout(`${formatDiagnostic(d)}\n`);
    const bad = results.filter((r) => !r.ok).length;
    const files = `${results.length} lesson file${results.length === 1 ? '' : 's'}`;
    out.stderr(errors === 0 ? `${files} OK${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}\n` : `${files}, ${bad} with problems: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  }
  return errors === 0 ? 0 : 1;
}
