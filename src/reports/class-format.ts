// The class table as Markdown (for a screen or an issue) or CSV (for a spreadsheet).
import { markdownText } from '../lessons/sanitise.js';
import { csvRow, duration } from './format.js';
import type { ClassRow, ClassTable } from './merge.js';
import type { LessonRecord } from './types.js';

/** A lesson cell: ✓ done, 4/9 steps in progress, – not started; then the help taken. */
export function lessonCell(l: LessonRecord | undefined): string {
  if (!l) return '';
  if (l.status === 'not-started') return '–';
  const progress = l.status === 'completed' ? '✓' : `${l.stepsPassed + l.stepsSkipped}/${l.steps}`;
  const help = [
    l.hintsRevealed ? `h${l.hintsRevealed}` : '',
    l.solutionsShown ? `s${l.solutionsShown}` : '',
    l.stepsSkipped ? `k${l.stepsSkipped}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return help ? `${progress} ${help}` : progress;
}

export function signatureWord(row: ClassRow): string {
  if (!row.ok) return `not a report: ${row.reason}`;
  const v = row.verification;
  if (v.status === 'verified') return 'verified ✓';
  if (v.status === 'missing') return 'missing (unsigned)';
  if (v.status === 'unchecked') return 'signed, not checked (no --class-key)';
  return `FAILED: ${v.reason}`;
}

// Learner names, lesson ids, file paths and reasons quoting them come from files anyone could
// have written: shown as typed, never as HTML, a link, a new cell or a terminal control.
const clean = markdownText;

export function classMarkdown(table: ClassTable): string {
  const head = [
    'learner',
    ...table.lessons.map((l) => clean(l.id)),
    'completed',
    'hints',
    'solutions',
    'skipped',
    'mistakes',
    'time',
    'signature',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const row of table.rows) {
    if (!row.ok) {
      lines.push(
        `| ${clean(row.path)} | ${table.lessons.map(() => '').join(' | ')}${table.lessons.length ? ' | ' : ''} | | | | | | ${clean(signatureWord(row))} |`,
      );
      continue;
    }
    const t = row.totals;
    const cells = [
      clean(row.learner),
      ...table.lessons.map((l) => lessonCell(row.lessons.get(l.id))),
      `${t.completed}/${row.lessons.size}`,
      t.hints,
      t.solutions,
      t.stepsSkipped,
      t.mistakes,
      duration(t.seconds),
      clean(signatureWord(row)),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const learners = table.rows.filter((r) => r.ok).length;
  lines.push(
    `| **completed by** | ${table.lessons.map((l) => `${table.completedBy.get(l.id) ?? 0}/${learners}`).join(' | ')}${table.lessons.length ? ' | ' : ''} | | | | | | |`,
  );
  const bad = table.rows.filter((r) => !r.ok || r.verification.status === 'failed').length;
  return [
    `# Class report: ${learners} learner${learners === 1 ? '' : 's'}${bad ? `, ${bad} file${bad === 1 ? '' : 's'} to look at` : ''}`,
    '',
    ...lines,
    '',
    '✓ completed · 4/9 steps done · – not started · h hints · s solutions shown · k steps skipped',
    '',
  ].join('\n');
}

export function classCsv(table: ClassTable): string {
  const head = [
    'learner',
    'file',
    'signature',
    ...table.lessons.map((l) => l.id),
    'completed',
    'steps_passed',
    'steps_skipped',
    'hints',
    'solutions',
    'mistakes',
    'time_on_task_seconds',
  ];
  let out = csvRow(head);
  for (const row of table.rows) {
    if (!row.ok) {
      out += csvRow(['', row.path, signatureWord(row), ...table.lessons.map(() => ''), '', '', '', '', '', '', '']);
      continue;
    }
    const t = row.totals;
    out += csvRow([
      row.learner,
      row.path,
      signatureWord(row),
      ...table.lessons.map((l) => lessonCell(row.lessons.get(l.id))),
      t.completed,
      t.stepsPassed,
      t.stepsSkipped,
      t.hints,
      t.solutions,
      t.mistakes,
      t.seconds,
    ]);
  }
  const learners = table.rows.filter((r) => r.ok).length;
  out += csvRow([
    'completed by',
    '',
    '',
    ...table.lessons.map((l) => `${table.completedBy.get(l.id) ?? 0}/${learners}`),
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ]);
  return out;
}
