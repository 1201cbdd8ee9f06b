// The wide home screen is a table whose columns fit what they hold in the learner's language:
// "8 min" and "beginner" in English, "12 Min." and "Fortgeschritten" in German. The title takes
// what is left; when that is too little, the screen uses its two-line layout instead.
import { columns } from '../../console/components/columns.js';
import { fit } from '../../console/components/text.js';
import type { Messages } from '../i18n/messages.js';
import { statusText, type HomeRow } from './home-rows.js';

export interface RowCells {
  title: string;
  time: string;
  level: string;
  /** Only when the course is in a language other than English. */
  translated?: string;
  status: string;
}

export function cellsOf(row: HomeRow, messages: Messages, form: 'long' | 'short'): RowCells {
  const { t } = messages;
  return {
    title: `${row.number}. ${row.title}`,
    time: t('home.minutes', { minutes: row.minutes ?? 0 }),
    level: row.level ? t('home.level', { level: row.level }) : '',
    ...(row.translated !== undefined && { translated: translatedText(row.translated, messages, form) }),
    status: statusText(row, messages),
  };
}

/** "19% translated" / "in English" beside a lesson; "19%" / "English" in the table's column. */
export function translatedText(translated: number | null, { t }: Messages, form: 'long' | 'short'): string {
  if (translated === null) return t(form === 'long' ? 'home.english' : 'home.english.short');
  return t(form === 'long' ? 'home.translated' : 'home.translated.short', { percent: translated });
}

export type Widths = Record<keyof RowCells, number>;

/** The title is narrower than this: two lines per lesson read better than a cut title. */
const MIN_TITLE = 24;
/** The focus mark before each row. */
const MARK = 2;

/** Column widths for the header and the rows in `width` columns, or undefined when they do not fit. */
export function tableWidths(header: RowCells, rows: readonly RowCells[], width: number, marks: readonly string[]): Widths | undefined {
  const widest = (key: keyof RowCells) => Math.max(...[header, ...rows].map((cells) => columns(cells[key] ?? '')));
  const others = {
    time: widest('time'),
    level: widest('level'),
    translated: header.translated === undefined ? 0 : widest('translated'),
    status: widest('status'),
  };
  const used = MARK + Object.values(others).reduce((sum, w) => sum + (w > 0 ? w + 1 : 0), 0) + 1 + Math.max(0, ...marks.map(columns));
  const title = Math.min(widest('title'), width - used);
  return title < MIN_TITLE ? undefined : { title, ...others };
}

/** The header line: each heading cut or padded to its column, one space between columns. */
export function headerLine(header: RowCells, widths: Widths): string {
  const keys = ['title', 'time', 'level', 'translated', 'status'] as const;
  return keys
    .filter((key) => widths[key] > 0 && header[key] !== undefined)
    .map((key) => (key === 'status' ? header[key] : fit(header[key]!, widths[key])))
    .join(' ');
}
