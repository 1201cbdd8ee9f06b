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
    l.mode === 'assessment' ? `A${l.score ? `${l.score.held}/${l.score.of}` : ''}` : '',
    l.hintsRevealed ? `h${l.hintsRevealed}` : '',
    l.solutionsShown ? `s${l.solutionsShown}` : '',
    l.stepsSkipped ? `k${l.stepsSkipped}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return help ? `${progress} ${help}` : progress;
}

export function signatureWord(row: ClassRow): string {
  if (!row.ok) return `not a report: ${row.reason} (not counted)`;
  const v = row.verification;
  const word =
    v.status === 'verified'
      ? 'verified ✓'
      : v.status === 'missing'
        ? 'missing (unsigned)'
        : v.status === 'unchecked'
          ? 'signed, not checked (no --class-key)'
          : `FAILED: ${v.reason}`;
  if (row.duplicateOf !== undefined) return `${word} (not counted: same learner as ${row.duplicateOf})`;
  return row.counted ? word : `${word} (not counted)`;
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
    'wrong answers',
    'undos',
    'resets',
    'time',
    'signature',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const row of table.rows) {
    if (!row.ok) {
      lines.push(
        `| ${clean(row.path)} | ${table.lessons.map(() => '').join(' | ')}${table.lessons.length ? ' | ' : ''} | | | | | | | | | ${clean(signatureWord(row))} |`,
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
      t.wrongAnswers,
      t.undos,
      t.resets,
      duration(t.seconds),
      clean(signatureWord(row)),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const learners = table.counted;
  lines.push(
    `| **completed by** | ${table.lessons.map((l) => `${table.completedBy.get(l.id) ?? 0}/${learners}`).join(' | ')}${table.lessons.length ? ' | ' : ''} | | | | | | | | | |`,
  );
  const bad = table.rejected;
  const twice = table.duplicates;
  return [
    `# Class report: ${learners} learner${learners === 1 ? '' : 's'} counted${bad ? `, ${bad} file${bad === 1 ? '' : 's'} not counted: look at ${bad === 1 ? 'it' : 'them'}` : ''}${twice ? `, ${twice} more report${twice === 1 ? '' : 's'} of a learner already counted` : ''}`,
    '',
    ...lines,
    '',
    '✓ completed · 4/9 steps done · – not started · A assessment (goals held) · h hints · s solutions shown · k steps skipped',
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
    'wrong_answers',
    'undos',
    'resets',
    'time_on_task_seconds',
    'counted',
  ];
  let out = csvRow(head);
  for (const row of table.rows) {
    if (!row.ok) {
      out += csvRow(['', row.path, signatureWord(row), ...table.lessons.map(() => ''), '', '', '', '', '', '', '', '', '', '', 'no']);
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
      t.wrongAnswers,
      t.undos,
      t.resets,
      t.seconds,
      row.counted ? 'yes' : 'no',
    ]);
  }
  out += csvRow([
    'completed by',
    '',
    '',
    ...table.lessons.map((l) => `${table.completedBy.get(l.id) ?? 0}/${table.counted}`),
    ...Array<string>(11).fill(''),
  ]);
  return out;
}
