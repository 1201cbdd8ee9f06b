// The part of ICU MessageFormat the tutor's words use — {arguments}, plural (=n, one, other…, #)
// and select — parsed and formatted as intl-messageformat does. That library (with its parser,
// ~66 KB of bundle) was compiled at every start for the home screen's few words, and resolving its
// locale cost ~10 ms; this is ~4 KB. A shipped message that this subset reads differently would
// show in icu-message.test.ts, which formats every message of every catalogue with both.
//
// What is left out throws at parse (the caller then says the English message): {n, number},
// dates, times, selectordinal, plural offsets and rich-text <tags>.

export type MessageValues = Record<string, string | number>;

type Element =
  | { kind: 'text'; text: string }
  | { kind: 'argument'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; options: Map<string, Element[]> };

/** A message, parsed once; `format` throws when a value it needs is missing or chooses no option. */
export interface IcuMessage {
  format(values?: MessageValues): string;
}

/** Parses `text` (throws on a malformed message) for formatting in `locale` (a BCP 47 tag). */
export function icuMessage(text: string, locale: string): IcuMessage {
  const elements = new Parser(text).message(0, undefined);
  return { format: (values) => formatElements(elements, locale, values ?? {}, undefined) };
}

// ICU's Pattern_White_Space, which the parser skips between the parts of an argument.
const SPACE = /[\t-\r \u0085\u200E\u200F\u2028\u2029]/;
// What ends an argument's name or an option's key (white space or ICU's syntax characters).
const NAME_END = /[\t-\r \u0085\u200E\u200F\u2028\u2029{}#,=<>'|:~"!$%&()*+\-./;?@[\\\]^`]/;

class Parser {
  private at = 0;
  constructor(private readonly text: string) {}

  /** Elements until the end, or until the `}` closing an option (nesting > 0; not consumed). */
  message(nesting: number, parent: 'plural' | 'select' | undefined): Element[] {
    const elements: Element[] = [];
    let text = '';
    const flush = () => {
      if (text) elements.push({ kind: 'text', text });
      text = '';
    };
    while (this.at < this.text.length) {
      const ch = this.text[this.at]!;
      if (ch === '{') {
        flush();
        elements.push(this.argument(nesting));
      } else if (ch === '}' && nesting > 0) {
        break;
      } else if (ch === '#' && parent === 'plural') {
        flush();
        elements.push({ kind: 'pound' });
        this.at++;
      } else if (ch === "'") {
        text += this.quoted(parent);
      } else {
        text += ch;
        this.at++;
      }
    }
    flush();
    return elements;
  }

  /**
   * ICU's apostrophes: '' is one; ' before a syntax character ({ } < > and # in a plural) quotes
   * up to the next lone ' (or the end); any other ' is itself.
   */
  private quoted(parent: 'plural' | 'select' | undefined): string {
    const next = this.text[this.at + 1];
    if (next === "'") {
      this.at += 2;
      return "'";
    }
    const opens = next === '{' || next === '}' || next === '<' || next === '>' || (next === '#' && parent === 'plural');
    if (!opens) {
      this.at++;
      return "'";
    }
    let out = next;
    this.at += 2;
    while (this.at < this.text.length) {
      const ch = this.text[this.at]!;
      if (ch === "'") {
        if (this.text[this.at + 1] === "'") {
          out += "'";
          this.at += 2;
          continue;
        }
        this.at++;
        break;
      }
      out += ch;
      this.at++;
    }
    return out;
  }

  private argument(nesting: number): Element {
    this.at++; // {
    this.space();
    const name = this.name();
    if (!name) throw this.error('an argument has no name');
    this.space();
    if (this.eat('}')) return { kind: 'argument', name };
    if (!this.eat(',')) throw this.error(`argument ${name} is not closed`);
    this.space();
    const type = this.name();
    if (type !== 'plural' && type !== 'select') throw this.error(`argument type "${type}" is not supported`);
    this.space();
    if (!this.eat(',')) throw this.error(`${type} ${name} has no options`);
    const options = new Map<string, Element[]>();
    for (;;) {
      this.space();
      if (this.eat('}')) break;
      const key = this.text[this.at] === '=' && type === 'plural' ? `=${(this.at++, this.name())}` : this.name();
      if (!key || key === '=') throw this.error(`${type} ${name} has an option with no key`);
      if (key.startsWith('=') && !/^=\d+$/.test(key)) throw this.error(`plural ${name}: ${key} is not a number`);
      if (options.has(key)) throw this.error(`${type} ${name}: option ${key} comes twice`);
      this.space();
      if (!this.eat('{')) throw this.error(`${type} ${name}: option ${key} has no message`);
      options.set(key, this.message(nesting + 1, type));
      if (!this.eat('}')) throw this.error(`${type} ${name}: option ${key} is not closed`);
    }
    if (!options.has('other')) throw this.error(`${type} ${name} has no "other" option`);
    return { kind: type, name, options };
  }

  private name(): string {
    const start = this.at;
    while (this.at < this.text.length && !NAME_END.test(this.text[this.at]!)) this.at++;
    return this.text.slice(start, this.at);
  }

  private space(): void {
    while (this.at < this.text.length && SPACE.test(this.text[this.at]!)) this.at++;
  }

  private eat(ch: string): boolean {
    if (this.text[this.at] !== ch) return false;
    this.at++;
    return true;
  }

  private error(what: string): Error {
    return new SyntaxError(`ICU message, at ${this.at}: ${what}`);
  }
}

// Intl objects are costly to make and the same few locales come back: one of each per locale.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const once = <T>(cache: Map<string, T>, locale: string, make: () => T): T => {
  let made = cache.get(locale);
  if (!made) cache.set(locale, (made = make()));
  return made;
};

function formatElements(elements: Element[], locale: string, values: MessageValues, pluralValue: number | undefined): string {
  let out = '';
  for (const element of elements) {
    if (element.kind === 'text') {
      out += element.text;
    } else if (element.kind === 'pound') {
      // The number the enclosing plural chose by, in the locale's digits and grouping.
      if (pluralValue !== undefined) out += once(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(pluralValue);
    } else {
      if (!Object.hasOwn(values, element.name)) throw new Error(`ICU message: no value for ${element.name}`);
      const value = values[element.name];
      if (element.kind === 'argument') {
        out += typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      } else if (element.kind === 'select') {
        const option = element.options.get(String(value)) ?? element.options.get('other')!;
        out += formatElements(option, locale, values, pluralValue);
      } else {
        const n = Number(value);
        const rule = once(pluralRules, locale, () => new Intl.PluralRules(locale)).select(n);
        const option = element.options.get(`=${value}`) ?? element.options.get(rule) ?? element.options.get('other')!;
        out += formatElements(option, locale, values, n);
      }
    }
  }
  return out;
}
