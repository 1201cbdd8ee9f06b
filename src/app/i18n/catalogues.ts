// The languages the tutor's own words are translated into: each catalogue a module of its own,
// loaded only when its language is chosen (messages.ts). A module apart from messages.ts so that
// the command line can ask which languages there are without loading the English catalogue.
import type { Catalogue } from './en.js';

/** The catalogues there are beside the built-in English, each loaded on demand. */
export const CATALOGUES: Record<string, () => Promise<{ default: Catalogue }>> = {
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  'pt-BR': () => import('./pt-BR.js'),
  ja: () => import('./ja.js'),
};
