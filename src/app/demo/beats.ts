// What the demo does next, one beat at a time: a solution action, or first a visit to the page
// where that action happens, so the audience sees where it is done; a quiz is its question, then
// its answer. Pure: the player applies the beats to the store.
import { describeAction, markdownToPlainText, parseMarkdown, type Action, type Step } from '../../lessons/index.js';
import { describeLocation } from '../../lessons/describe.js';
import type { Location } from '../../store/location.js';

/** The page a console action is done on, when it has one. */
export function pageOf(action: Action): Location | undefined {
  if (action.createAccessKey) return { screen: 'create-access-key', userName: action.createAccessKey.user };
  if (action.createUser) return { screen: 'create-user' };
  const user = action.enableConsoleAccess?.user ?? action.setKeyStatus?.user ?? action.deleteAccessKey?.user;
  return user ? { screen: 'user', userName: user, tab: 'security-credentials' } : undefined;
}

/** Actions done in Jane's laptop terminal rather than on a console page. */
export function isTerminalAction(action: Action): boolean {
  return action.shell !== undefined || action.configureCli !== undefined || action.cliLogin !== undefined;
}

export const OPEN_TERMINAL_CAPTION = "Open Jane's laptop terminal (Ctrl+T).";
export const CLOSE_TERMINAL_CAPTION = 'Back to the console (Ctrl+T).';

/** The page counts as reached when screen and user (and tab, for a user) agree. */
export function isAt(here: Location, page: Location): boolean {
  if (here.screen !== page.screen) return false;
  if ('userName' in page && (!('userName' in here) || here.userName !== page.userName)) return false;
  if ('tab' in page && (!('tab' in here) || here.tab !== page.tab)) return false;
  return true;
}

export const goCaption = (page: Location) => `Go to ${describeLocation(page)}.`;
export const actionCaption = (action: Action) => describeAction(action);

const plain = (markdown: string) => markdownToPlainText(parseMarkdown(markdown)).replace(/\s+/g, ' ').trim();

/** A caption is a few paragraphs, each wrapped to the panel. */
export type Caption = string[];

/** A quiz step's beats: its choices under the question, then the answer and why. */
export function quizCaptions(step: Step): Caption[] {
  const quiz = step.quiz!;
  const right = quiz.choices.find((c) => c.key === quiz.answer);
  const choices = quiz.choices.map((c) => `${c.key}) ${c.text}`);
  return [
    [`Quiz: ${plain(quiz.question)}`, ...choices],
    [`Answer: ${quiz.answer}) ${right?.text ?? ''}`, plain(quiz.explanation)],
  ];
}

/** What a step is about, said as it begins: a quiz's question, else its instructions' first paragraph. */
export function introCaption(step: Step): Caption {
  if (step.quiz) return [`Quiz: ${plain(step.quiz.question)}`];
  const first = parseMarkdown(step.instructions ?? '')[0];
  if (!first) return [];
  // A numbered list of instructions: its first item is what happens first.
  const lead = first.type === 'paragraph' ? first : { type: 'paragraph' as const, spans: first.items[0] ?? [] };
  return [markdownToPlainText([lead]).replace(/\s+/g, ' ').trim()];
}

/** Beats a step has (page visits are extra and decided as it plays). */
export function beatCount(step: Step): number {
  return step.quiz ? 2 : (step.solution ?? []).length;
}
