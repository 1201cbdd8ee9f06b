// A learner's report as text: JSON (the file merge reads), Markdown (for people, with the JSON
// inside a comment so merge can read it too) and CSV (one row per lesson, for spreadsheets).
import { csvText, escapeRawJson, jsonForTerminal, markdownText } from '../lessons/sanitise.js';
import { canonicalJson } from './canonical.js';
import type { LessonRecord, ReportFile } from './types.js';

export type ReportFormat = 'json' | 'md' | 'csv';

export function formatReport(file: ReportFile, format: ReportFormat): string {
  if (format === 'json') return `${jsonForTerminal(file, 2)}\n`;
  if (format === 'md') return reportMarkdown(file);
  return reportCsv(file);
}

export function duration(seconds: number): string {
  if (seconds <= 0) return '0m';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return minutes === 0 ? '<1m' : `${minutes}m`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

export function signatureLine(file: ReportFile): string {
  const s = file.signature;
  return s ? `${s.algorithm} ${s.value} (class key ${s.keyId})` : 'unsigned (no learner key was given)';
}

const STATUS = { 'not-started': 'not started', 'in-progress': 'in progress', completed: 'completed' } as const;

export const MD_MARKER = 'iamtutor-report';

function reportMarkdown(file: ReportFile): string {
  const { report } = file;
  const rows = report.lessons.map((l) =>
    [
      markdownText(l.id),
      l.version,
      l.sha256 ? l.sha256.slice(0, 12) : '(not in course)',
      STATUS[l.status],
      `${l.stepsPassed}/${l.steps}`,
      l.stepsSkipped,
      l.hintsRevealed,
      l.solutionsShown,
      l.mistakesCaught,
      l.wrongAnswers,
      l.undos,
      l.resets,
      modeText(l),
      markdownText(l.language),
      duration(l.timeOnTaskSeconds),
    ]
      // The id came from a lesson file; the other cells are iamtutor's own words and numbers.
      .join(' | '),
  );
  return [
    `# iamtutor completion report: ${markdownText(report.learner)}`,
    '',
    `- Date: ${report.date}`,
    `- Made by: iamtutor ${report.tool}`,
    `- Signature: ${signatureLine(file)}`,
    '',
    '| lesson | version | sha256 | status | steps passed | skipped | hints | solutions | mistakes caught | wrong answers | undos | resets | mode | language | time |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
    // The exact report, so `iamtutor merge` can read and verify this file too (`>` escaped so
    // nothing in it can end the comment; the characters a terminal acts on escaped too).
    `<!-- ${MD_MARKER} ${escapeRawJson(canonicalJson(file)).replace(/>/g, '\\u003e')} -->`,
    '',
  ].join('\n');
}

/** One CSV row (RFC 4180, CRLF), every field sanitised, quoted when it needs it and defused for spreadsheets. */
export const csvRow = (fields: (string | number)[]) => `${fields.map(csvText).join(',')}\r\n`;

/** "practice", or "assessment 2/3 goals" with the grade. */
export function modeText(l: LessonRecord): string {
  return l.mode === 'assessment' ? `assessment${l.score ? ` ${l.score.held}/${l.score.of} goals` : ''}` : 'practice';
}

const LESSON_COLUMNS = [
  'id',
  'version',
  'sha256',
  'status',
  'steps',
  'stepsPassed',
  'stepsSkipped',
  'hintsRevealed',
  'solutionsShown',
  'mistakesCaught',
  'wrongAnswers',
  'undos',
  'resets',
  'mode',
  'language',
  'timeOnTaskSeconds',
] as const satisfies (keyof LessonRecord)[];

function reportCsv(file: ReportFile): string {
  const { report } = file;
  const head = ['learner', 'date', ...LESSON_COLUMNS.map((c) => (c === 'id' ? 'lesson' : c)), 'scoreHeld', 'scoreOf', 'signature'];
  const sig = file.signature ? `${file.signature.algorithm}:${file.signature.keyId}:${file.signature.value}` : 'unsigned';
  return (
    csvRow(head) +
    report.lessons
      .map((l) =>
        csvRow([report.learner, report.date, ...LESSON_COLUMNS.map((c) => l[c] ?? ''), l.score?.held ?? '', l.score?.of ?? '', sig]),
      )
      .join('')
  );
}
