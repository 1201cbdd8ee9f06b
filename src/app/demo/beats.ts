// What the demo does next, one beat at a time: a solution action, or first a visit to the page
// where that action happens, so the audience sees where it is done; a quiz's one beat is its
// answer (the question and choices are on screen from the step's start). Also the captions: the
// step's story, never the beat's mechanics. Pure: the player applies the beats to the store.
import { describeAction, markdownToPlainText, parseMarkdown, type Action, type Step } from '../../lessons/index.js';
import { describeLocation } from '../../lessons/describe.js';
import type { Location } from '../../store/location.js';
import { ENGLISH, type Messages } from '../i18n/messages.js';

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

export const terminalCaption = ({ t }: Messages, open: boolean) => t(open ? 'demo.openTerminal' : 'demo.closeTerminal');

/** The page counts as reached when screen and user (and tab, for a user) agree. */
export function isAt(here: Location, page: Location): boolean {
  if (here.screen !== page.screen) return false;
  if ('userName' in page && (!('userName' in here) || here.userName !== page.userName)) return false;
  if ('tab' in page && (!('tab' in here) || here.tab !== page.tab)) return false;
  return true;
}

// Captions are in the presenter's language (the engine's words for places and actions).
export const goCaption = (page: Location, messages: Messages = ENGLISH) =>
  messages.t('engine.do.go', { where: describeLocation(page, messages) });
export const actionCaption = (action: Action, messages: Messages = ENGLISH) => describeAction(action, messages);

const plain = (markdown: string) => markdownToPlainText(parseMarkdown(markdown)).replace(/\s+/g, ' ').trim();

/** A caption is a few paragraphs, each wrapped to the panel. */
export type Caption = string[];

/**
 * The first sentence of a text: up to a full stop, question or exclamation mark that ends a
 * sentence (a space and a capital follow, or nothing), so `~/.aws`, `e.g. the` and `2.32` do not
 * cut it. A text with no such end is one sentence; a closing colon (it announced a list the
 * caption leaves out) becomes a full stop.
 */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=$|\s+["'‘“(`*]*[A-Z0-9])/.exec(flat);
  const sentence = end ? flat.slice(0, end.index + 1) : flat;
  return sentence.replace(/:$/, '.');
}

/** A quiz as the room sees it before the answer: the question and every choice. */
export function questionCaption(step: Step, { t }: Messages = ENGLISH): Caption {
  const quiz = step.quiz!;
  return [t('demo.quiz', { question: plain(quiz.question) }), ...quiz.choices.map((c) => `${c.key}) ${c.text}`)];
}

/** A quiz once the presenter reveals it: the right choice and why. */
export function answerCaption(step: Step, { t }: Messages = ENGLISH): Caption {
  const quiz = step.quiz!;
  const right = quiz.choices.find((c) => c.key === quiz.answer);
  return [t('demo.answer', { label: quiz.answer, text: right?.text ?? '' }), plain(quiz.explanation)];
}

/**
 * The step's story, said as it begins and kept while its actions play (the title is the panel's
 * heading): a quiz's question and choices, else the first sentence of its instructions — what
 * the learner is about to do, not the clicks the demo makes.
 */
export function storyCaption(step: Step, messages: Messages = ENGLISH): Caption {
  if (step.quiz) return questionCaption(step, messages);
  const first = parseMarkdown(step.instructions ?? '')[0];
  if (!first) return [];
  // A numbered list of instructions: its first item is what happens first.
  const lead = first.type === 'paragraph' ? first : { type: 'paragraph' as const, spans: first.items[0] ?? [] };
  return [firstSentence(markdownToPlainText([lead]))];
}

/** Beats a step has (page visits are extra and decided as it plays): a quiz's is its answer. */
export function beatCount(step: Step): number {
  return step.quiz ? 1 : (step.solution ?? []).length;
}
