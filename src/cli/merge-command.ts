// `iamtutor merge <reports or folders>…`: the class table. Every file is listed: a report whose
// signature failed, an unsigned one, a file that is not a report — never a crash.
import { writeFileSync } from 'node:fs';
import { classCsv, classMarkdown, mergeReports } from '../reports/index.js';
import { readReportSources } from '../reports/files.js';
import type { Output } from './output.js';

export interface MergeRequest {
  paths: string[];
  format: 'md' | 'csv';
  out?: string;
  classKey?: string;
}

export function runMerge(request: MergeRequest, out: Output): number {
  const table = mergeReports(readReportSources(request.paths), request.classKey);
  const text = request.format === 'csv' ? classCsv(table) : classMarkdown(table);
  if (request.out) {
    try {
      writeFileSync(request.out, text);
    } catch (error) {
      out.stderr(
        `iamtutor: the class table could not be written to ${request.out} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`,
      );
      return 1;
    }
  } else out.stdout(text);
  const learners = table.rows.filter((r) => r.ok).length;
  const failed = table.rows.filter((r) => r.ok && r.verification.status === 'failed').length;
  const unsigned = table.rows.filter((r) => r.ok && r.verification.status === 'missing').length;
  const bad = table.rows.length - learners;
  const notes = [
    failed ? `${failed} signature${failed === 1 ? '' : 's'} FAILED` : '',
    unsigned ? `${unsigned} unsigned` : '',
    bad ? `${bad} file${bad === 1 ? ' is' : 's are'} not a report` : '',
  ].filter(Boolean);
  out.stderr(
    `${learners} report${learners === 1 ? '' : 's'} merged${notes.length ? `; ${notes.join(', ')}` : ''}${request.out ? ` into ${request.out}` : ''}.\n`,
  );
  // A table was made: 0, even with bad files (they are in it); 1 when nothing could be read.
  return learners > 0 || table.rows.length === 0 ? 0 : 1;
}
