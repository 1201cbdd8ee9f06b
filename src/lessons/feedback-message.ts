// A feedback message with the names of what fired it: `{user}` and `{key}` become the user and
// the access key of the event or state that made the rule true. An event may name neither (a
// rule on a command, an author's rule on a bare event): the sentence must still read naturally,
// so a missing name is not replaced word for word ("the user's key the key") but by the phrase
// that fits where the placeholder stands. Those phrases are English grammar: a message in another
// language (a translated lesson) gets the name, or the engine's word for "the user" / "the access
// key" in that language (words.ts), and its translator words the sentence around it.
import type { Subject } from './feedback-subject.js';
import type { Words } from './words.js';

/** How each form a placeholder can take in a sentence reads, with what is known. */
const PHRASES: { form: string; render(subject: Subject, noun: string): string }[] = [
  // "jane.doe's key AKIA…", "jane.doe's key", "the key AKIA…", "the key"
  { form: String.raw`\{user\}'s ((?:new |old |access )?key) \{key\}`, render: ({ user, key }, noun) => `${user ? `${user}'s` : 'the'} ${noun}${key ? ` ${key}` : ''}` },
  // "key (AKIA…)" or just "key" when it is not known which one
  { form: String.raw`\bkey \(\{key\}\)`, render: ({ key }) => (key ? `key (${key})` : 'key') },
  { form: String.raw`\bkey \{key\}`, render: ({ key }) => (key ? `key ${key}` : 'key') },
  { form: String.raw`\buser \{user\}`, render: ({ user }) => (user ? `user ${user}` : 'user') },
  { form: String.raw`\{user\}'s`, render: ({ user }) => (user ? `${user}'s` : "the user's") },
  { form: String.raw`\{user\}`, render: ({ user }) => user ?? 'the user' },
  { form: String.raw`\{key\}`, render: ({ key }) => key ?? 'the access key' },
];

// One alternation, longest forms first, so "{user}'s key {key}" is read as one phrase and not as
// "{user}'s" followed by "key {key}". Each form is one group (its noun, if any, the next).
const GROUPS = PHRASES.map((p) => new RegExp(`${p.form}|`).exec('')!.length - 1);
const ANY = new RegExp(PHRASES.map((p) => `(${p.form})`).join('|'), 'g');

/** The message with the names of what fired it; a placeholder with nothing to name stays readable. */
export function interpolate(message: string, subject: Subject, words?: Words): string {
  if (words && words.language !== 'en') {
    return message.replace(/\{(user|key)\}/g, (placeholder, which: 'user' | 'key', offset: number) => {
      const name = subject[which];
      if (name) return name;
      const text = words.t(which === 'user' ? 'engine.subject.user' : 'engine.subject.key');
      return sentenceStart(message, offset) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
    });
  }
  return message.replace(ANY, (...args: unknown[]) => {
    const offset = args.at(-2) as number;
    let group = 1;
    for (const [i, phrase] of PHRASES.entries()) {
      if (args[group] !== undefined) {
        const text = phrase.render(subject, (args[group + 1] as string | undefined) ?? '');
        // A fallback that opens a sentence starts with a capital ("The user's key…"); a name never changes.
        const named = [subject.user, subject.key].some((name) => name && text.startsWith(name));
        return !named && sentenceStart(message, offset) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
      }
      group += 1 + GROUPS[i]!;
    }
    return args[0] as string;
  });
}

function sentenceStart(message: string, offset: number): boolean {
  return /(?:^|[.!?:]\s+|\n\s*\n\s*)$/.test(message.slice(0, offset));
}
