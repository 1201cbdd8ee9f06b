// The markdown subset lesson texts use, parsed into plain data the UI renders with its own
// components (no Ink here): paragraphs, bullet and numbered lists, **bold** and `code` spans.
// Anything else stays literal text, so an author never loses characters to an unknown syntax.

export interface Span {
  text: string;
  bold?: true;
  code?: true;
}
export type Block =
  | { type: 'paragraph'; spans: Span[] }
  | { type: 'list'; ordered: false; items: Span[][] }
  | { type: 'list'; ordered: true; start: number; items: Span[][] };

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,9})[.)]\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', spans: parseInline(paragraph.join(' ')) });
    paragraph = [];
    if (list) {
      const items = list.items.map(parseInline);
      blocks.push(list.ordered ? { type: 'list', ordered: true, start: list.start, items } : { type: 'list', ordered: false, items });
    }
    list = null;
  };

  for (const raw of source.split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      const ordered = numbered !== null;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      if (!list) list = { ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
      list.items.push((bullet ? bullet[1] : numbered![2]).trim());
    } else if (list && /^\s+/.test(line)) {
      // An indented line continues the last list item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** `code` first (nothing inside it is markup), then **bold**; unmatched markers stay literal. */
export function parseInline(text: string): Span[] {
  const spans: Span[] = [];
  const push = (span: Span) => {
    if (span.text === '') return;
    const last = spans.at(-1);
    if (last && !last.bold && !last.code && !span.bold && !span.code) last.text += span.text;
    else spans.push(span);
  };
  let i = 0;
  let plain = '';
  let bold = false;
  const emit = () => {
    push(bold ? { text: plain, bold: true } : { text: plain });
    plain = '';
  };
  while (i < text.length) {
    if (text[i] === '\\' && i + 1 < text.length && '*`\\'.includes(text[i + 1]!)) {
      plain += text[i + 1];
      i += 2;
    } else if (text[i] === '`' && text.indexOf('`', i + 1) > i) {
      const end = text.indexOf('`', i + 1);
      emit();
      push(bold ? { text: text.slice(i + 1, end), code: true, bold: true } : { text: text.slice(i + 1, end), code: true });
      i = end + 1;
    } else if (text.startsWith('**', i) && (bold || text.indexOf('**', i + 2) > i)) {
      emit();
      bold = !bold;
      i += 2;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  emit();
  return spans;
}

/** The blocks as plain text (screen readers, logs, lint): lists keep their markers. */
export function markdownToPlainText(blocks: Block[]): string {
  const line = (spans: Span[]) => spans.map((s) => s.text).join('');
  return blocks
    .map((block) =>
      block.type === 'paragraph'
        ? line(block.spans)
        : block.items.map((item, i) => `${block.ordered ? `${block.start + i}.` : '-'} ${line(item)}`).join('\n'),
    )
    .join('\n\n');
}
