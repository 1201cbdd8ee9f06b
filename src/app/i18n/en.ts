// The tutor's own words, in English: the catalogue every other language translates, and the text
// used wherever a translation lacks a message. ICU MessageFormat: `{n}` is a value, `{n, plural,
// one {…} other {…}}` chooses by number. The simulated console is not here: it stays the English
// console the learner will meet at work. Lint messages are not here either: they are for authors.
export const en = {
  'home.title': 'iamtutor — AWS IAM credentials, hands-on',
  'home.subtitle': 'Nothing here touches a real AWS account. Your progress is saved as you go.',
  'home.heading.lessons': 'Lessons',
  'home.heading.lesson': 'Lesson',
  'home.heading.time': 'Time',
  'home.heading.level': 'Level',
  'home.heading.status': 'Status',
  'home.minutes': '{minutes} min',
  'home.level': '{level, select, beginner {beginner} intermediate {intermediate} advanced {advanced} other {{level}}}',
  'home.status.new': 'not started',
  'home.status.done': 'completed ✓',
  'home.status.progress': 'in progress',
  'home.status.step': 'step {step} of {steps}',
  'home.status.broken': 'broken: {problem}',
  'home.continue': 'Continue',
  'home.translated': '{percent}% translated',
  'home.translated.short': '{percent}%',
  'home.english': 'in English',
  'home.english.short': 'English',
  'home.more.above': '↑ {count} more above',
  'home.more.below': '↓ {count} more below',
  'home.empty': 'No lessons found. Add a folder of lessons with --lessons DIR.',
  'home.key.choose': 'choose',
  'home.key.start': 'start',
  'home.key.continue': 'continue',
  'home.key.again': 'start again',
  'home.key.jump': 'choose lesson N',
  'home.key.sandbox': 'sandbox (the console without a lesson)',
  'home.key.help': 'keys',
  'home.key.quit': 'quit',
  'help.title': 'Keyboard shortcuts',
  'help.close': 'Press Esc, Enter or ? to close.',
} as const;

export type MessageId = keyof typeof en;
/** A translation: any of the English messages, in another language; the rest fall back to English. */
export type Catalogue = Partial<Record<MessageId, string>>;
