// `iamtutor merge <reports or folders>…`: the class table. Every file is listed: a report whose
// signature failed, an unsigned one, a file that is not a report — never a crash. Those are left
// out of the totals, and the exit code is 1 when there is any, so a script notices.
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
  const failed = table.rows.filter((r) => r.ok && r.verification.status === 'failed').length;
  const unsigned = table.rows.filter((r) => r.ok && r.verification.status === 'missing').length;
  const bad = table.rows.filter((r) => !r.ok).length;
  const notes = [
    failed ? `${failed} signature${failed === 1 ? '' : 's'} FAILED` : '',
    request.classKey ? (unsigned ? `${unsigned} unsigned` : '') : 'no --class-key: no signature checked',
    bad ? `${bad} file${bad === 1 ? ' is' : 's are'} not a report` : '',
    table.duplicates ? `${table.duplicates} more report${table.duplicates === 1 ? '' : 's'} of a learner counted once` : '',
  ].filter(Boolean);
  const counted = table.counted;
  out.stderr(
    `${counted} report${counted === 1 ? '' : 's'} counted${notes.length ? `; ${notes.join(', ')}` : ''}${table.rejected ? ` (${table.rejected} not counted)` : ''}${request.out ? `, table in ${request.out}` : ''}.\n`,
  );
  // The table is made either way; 1 tells a script that some files were left out of it.
  return table.rejected > 0 ? 1 : 0;
}
