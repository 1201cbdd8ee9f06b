// Text measured as a terminal shows it: columns, not characters. A Japanese or Chinese character
// or an emoji takes two columns, a combining accent none; counted as one character each, a line
// of Japanese ran past its box and was cut. Also where a line may break without a space: between
// two CJK characters (those languages do not put spaces between words), but not before closing
// punctuation such as 。or 」 nor after opening punctuation such as 「 (the basic kinsoku rules).
import stringWidth from 'string-width';

export const columns = (text: string): number => stringWidth(text);

let segmenter: Intl.Segmenter | undefined;

/** The user-perceived characters of `text`: `é` written as e + U+0301 is one, so is 👩‍💻. */
export function graphemes(text: string): string[] {
  // ASCII is by far the common case and needs no segmenter.
  if (/^[\x20-\x7e]*$/.test(text)) return text.split('');
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Scripts written without spaces between words: a line may break between any two of their characters. */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u30fc]/u;
/** May not start a line. */
const CLOSING = /^[、。，．・：；？！」』）〕］｝〉》】〙〗ー…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々)\]}.,:;!?%]/u;
/** May not end a line. */
const OPENING = /[「『（〔［｛〈《【〘〖([{]$/u;

/** Whether a line may break between two adjacent graphemes that have no space between them. */
export function canBreakBetween(before: string, after: string): boolean {
  if (!(NO_SPACE_SCRIPT.test(before) || NO_SPACE_SCRIPT.test(after))) return false;
  return !CLOSING.test(after) && !OPENING.test(before);
}
