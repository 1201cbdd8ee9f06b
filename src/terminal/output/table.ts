import { isScalar, pyStr, sortKeys, type Json } from './shape.js';

// A port of the CLI's `--output table` (awscli/formatter.py TableFormatter + awscli/table.py
// MultiTable), without colour. The arithmetic is kept as in Python, including round-half-even,
// so the boxes come out the same width as the real ones.

type Dict = { [key: string]: Json };

interface Section {
  title: string;
  headers: string[];
  rows: string[][];
  indent: number;
  maxWidths: number[];
}

const newSection = (title = '', indent = 0): Section => ({ title, headers: [], rows: [], indent, maxWidths: [] });

function updateWidths(s: Section, row: string[]): void {
  if (s.maxWidths.length === 0) s.maxWidths = row.map((c) => c.length);
  else row.forEach((c, i) => (s.maxWidths[i] = Math.max(c.length, s.maxWidths[i] ?? 0)));
}

/** Python 3's round(): halves go to the even neighbour. */
function pyRound(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function columnWidths(s: Section, padding: number, maxWidth?: number): number[] {
  const unscaled = s.maxWidths.map((w) => w + padding);
  if (maxWidth === undefined || unscaled.length === 0) return unscaled;
  const factor = maxWidth / unscaled.reduce((a, b) => a + b, 0);
  const scaled = unscaled.map((w) => pyRound(factor * w));
  let off = scaled.reduce((a, b) => a + b, 0) - maxWidth;
  while (off !== 0) {
    const order = [...scaled.keys()];
    if (off < 0) order.reverse();
    for (const i of order) {
      if (off > 0) {
        scaled[i]--;
        off--;
      } else {
        scaled[i]++;
        off++;
      }
      if (off === 0) break;
    }
  }
  return scaled;
}

function totalWidth(s: Section): number {
  const total = columnWidths(s, 0).reduce((a, w) => a + w + 4, 0) + 2 + 2 * s.indent;
  return Math.max(s.title.length + 2 + 2 * s.indent, total);
}

function centerText(text: string, length: number, left: string, right: string): string {
  const start = Math.floor(length / 2) - Math.floor(text.length / 2) - 1;
  const soFar = left.length + start + text.length;
  return `${left}${' '.repeat(Math.max(0, start))}${text}${' '.repeat(Math.max(0, length - right.length - soFar))}${right}`;
}

function alignLeft(text: string, length: number, left: string, right: string): string {
  const padding = length - (text.length + 2 + left.length + right.length) >= 0 ? 2 : 0;
  const soFar = left.length + padding + text.length;
  return `${left}${' '.repeat(padding)}${text}${' '.repeat(Math.max(0, length - soFar - right.length))}${right}`;
}

function lineBreak(widths: number[]): string {
  return widths.map((w, i) => (i === 0 ? `+${'-'.repeat(w - 2)}+` : `${'-'.repeat(w - 1)}+`)).join('');
}

class TableBuilder {
  sections: Section[] = [];
  private current: Section = newSection();

  newSection(title: string, indent: number): void {
    this.current = newSection(title, indent);
    this.sections.push(this.current);
  }
  header(headers: string[]): void {
    updateWidths(this.current, headers);
    this.current.headers = headers;
  }
  row(cells: Json[]): void {
    const row = cells.map(pyStr);
    this.current.rows.push(row);
    updateWidths(this.current, row);
  }

  build(title: string | null, value: Json, indent = 0): boolean {
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return false;
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return false;
    if (title !== null) this.newSection(title, indent);
    if (Array.isArray(value)) {
      if (value[0] !== null && typeof value[0] === 'object' && !Array.isArray(value[0])) this.fromList(value as Dict[], indent, title);
      else
        for (const item of value) {
          if (isScalar(item)) this.row([item]);
          else if (Array.isArray(item) && item.every(isScalar)) this.row(item);
          else this.build(null, item);
        }
    } else if (typeof value === 'object' && value !== null) this.fromDict(value, indent);
    return true;
  }

  private fromDict(d: Dict, indent: number): void {
    const headers = sortKeys(Object.keys(d).filter((k) => isScalar(d[k])));
    const more = sortKeys(Object.keys(d).filter((k) => !isScalar(d[k])));
    if (headers.length === 1) this.row([headers[0], d[headers[0]]]);
    else if (headers.length > 0) {
      this.header(headers);
      this.row(headers.map((h) => d[h]));
    }
    for (const k of more) this.build(k, d[k], indent + 1);
  }

  private fromList(list: Dict[], indent: number, title: string | null): void {
    const headers = new Set<string>();
    const more = new Set<string>();
    for (const d of list) for (const k of Object.keys(d)) (isScalar(d[k]) ? headers : more).add(k);
    const h = sortKeys([...headers]);
    const m = sortKeys([...more]);
    this.header(h);
    list.forEach((d, i) => {
      if (i > 0 && m.length > 0) {
        this.newSection(title ?? '', indent);
        this.header(h);
      }
      this.row(h.map((k) => (k in d ? d[k] : '')));
      for (const k of m) if (k in d) this.build(k, d[k], indent + 1);
    });
  }
}

/** A one-row section with headers becomes a two-column key/value list when the table is too wide. */
function toVertical(sections: Section[]): void {
  sections.forEach((s, i) => {
    if (s.rows.length === 1 && s.headers.length > 0) {
      const v = newSection(s.title, s.indent);
      s.headers.forEach((h, j) => {
        const row = [h, s.rows[0][j]];
        v.rows.push(row);
        updateWidths(v, row);
      });
      sections[i] = v;
    }
  });
}

function renderSection(s: Section, width: number, out: string[]): void {
  const bar = '|'.repeat(s.indent);
  const w = width - 2 * s.indent;
  const write = (line: string) => out.push(`${bar}${line}${bar}`);
  if (s.title) {
    write(centerText(s.title, w, '|', '|'));
    if (s.headers.length === 0 && s.rows.length === 0) write(`+${'-'.repeat(w - 2)}+`);
  }
  const widths = columnWidths(s, 4, w);
  if (s.headers.length > 0) {
    write(lineBreak(widths));
    write(s.headers.map((h, i) => centerText(h, widths[i], i === 0 ? '|' : '', '|')).join(''));
  }
  if (s.rows.length > 0 && widths.length > 0) {
    write(lineBreak(widths));
    for (const row of s.rows) write(row.map((c, i) => alignLeft(c, widths[i], i === 0 ? '|' : '', '|')).join(''));
    write(lineBreak(widths));
  }
}

export function formatTable(title: string, data: Json, terminalWidth = 80): string {
  const t = new TableBuilder();
  if (!t.build(title, data)) return '';
  let width = Math.max(...t.sections.map(totalWidth));
  if (width > terminalWidth) {
    toVertical(t.sections);
    width = Math.max(...t.sections.map(totalWidth));
  }
  const out = ['-'.repeat(width)];
  for (const s of t.sections) renderSection(s, width, out);
  return out.map((l) => `${l}\n`).join('');
}
