// Reading a report back (for merge): JSON, or the Markdown form with its embedded JSON. Anything
// else is "not a report" with a reason, never an exception.
import { z } from 'zod';
import { MD_MARKER } from './format.js';
import { REPORT_FORMAT, REPORT_VERSION, type ReportFile } from './types.js';

const count = z.int().min(0);
const lessonRecord = z.strictObject({
  id: z.string(),
  title: z.string(),
  version: z.int(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  status: z.enum(['not-started', 'in-progress', 'completed']),
  steps: count,
  stepsPassed: count,
  stepsSkipped: count,
  hintsRevealed: count,
  solutionsShown: count,
  mistakesCaught: count,
  wrongAnswers: count,
  undos: count,
  resets: count,
  mode: z.enum(['practice', 'assessment']),
  score: z.strictObject({ held: count, of: count }).nullable(),
  timeOnTaskSeconds: count,
});

const reportFile = z.strictObject({
  report: z.strictObject({
    format: z.literal(REPORT_FORMAT),
    version: z.literal(REPORT_VERSION),
    learner: z.string().min(1).max(200),
    date: z.string(),
    tool: z.string(),
    lessons: z.array(lessonRecord).max(1000),
  }),
  signature: z
    .strictObject({
      algorithm: z.literal('HMAC-SHA256'),
      keyId: z.string().regex(/^[0-9a-f]{1,64}$/),
      value: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .nullable(),
});

export type ParsedReport = { ok: true; file: ReportFile } | { ok: false; reason: string };

export function parseReport(text: string): ParsedReport {
  let json = text;
  const embedded = text.match(new RegExp(`<!-- ${MD_MARKER} (\\{.*\\}) -->`));
  if (embedded) json = embedded[1]!;
  else if (!text.trimStart().startsWith('{')) {
    return {
      ok: false,
      reason: /^learner,date,lesson,/.test(text)
        ? 'a CSV report cannot be merged (make it with --format json or md)'
        : 'not an iamtutor report',
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'not valid JSON (perhaps cut off)' };
  }
  const format = (data as { report?: { format?: unknown; version?: unknown } } | null)?.report;
  if (format?.format !== REPORT_FORMAT) return { ok: false, reason: 'not an iamtutor report' };
  if (typeof format.version === 'number' && format.version > REPORT_VERSION)
    return { ok: false, reason: `made by a newer iamtutor (report format ${format.version})` };
  if (typeof format.version === 'number' && format.version < REPORT_VERSION)
    return { ok: false, reason: `made by an older iamtutor (report format ${format.version}): make it again with this one` };
  const parsed = reportFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `not a valid report (${issue.path.join('.') || 'top level'}: ${issue.message})` };
  }
  return { ok: true, file: parsed.data as ReportFile };
}
