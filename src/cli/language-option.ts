// The language a learner takes the course in (src/lessons/language.ts has the rules). An explicit
// --lang is remembered in her settings, so the next `iamtutor` speaks it without the flag; one
// that nothing here is translated into is refused rather than remembered (a typo such as `--lang
// dee` would otherwise give English at every start, with no word why).
import { readdirSync } from 'node:fs';
import { progressDir } from '../lessons/data-dir.js';
import { candidateTags, chooseLanguage, SOURCE_LANGUAGE, splitTranslationName } from '../lessons/language.js';
import { loadSettings, saveSettings } from '../lessons/settings-file.js';

export type LanguageResult = { ok: true; tag: string; notice?: string } | { ok: false; message: string };

/** Where translations may be: the lesson folders (shipped and --lessons), and the tutor's own catalogues' tags. */
export interface Translations {
  lessonDirs: readonly string[];
  tutorLanguages: readonly string[];
}

/** The tags something here is translated into: the tutor's words, and the lessons. */
export function languagesHere({ lessonDirs, tutorLanguages }: Translations): string[] {
  const tags = new Set([SOURCE_LANGUAGE, ...tutorLanguages]);
  for (const dir of lessonDirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // a folder that cannot be read is reported when the course loads
    }
    for (const name of names) {
      const tag = splitTranslationName(name)?.tag;
      if (tag) tags.add(tag);
    }
  }
  return [...tags].sort();
}

/** The language of this run. */
export function resolveLanguage(
  options: { lang?: string; dataDir?: string },
  env: NodeJS.ProcessEnv,
  translations: Translations,
): LanguageResult {
  const dir = progressDir({ dataDir: options.dataDir, env });
  const remembered = loadSettings(dir).language;
  const choice = chooseLanguage({ flag: options.lang, env, remembered });
  if (!choice.ok) return choice;
  // Asked for by name (the flag or IAMTUTOR_LANG), a language must be one there is; a locale
  // nothing is in quietly gives English, as other programs do.
  if (choice.from === 'flag' || choice.from === 'IAMTUTOR_LANG') {
    const here = languagesHere(translations);
    const english = choice.tag.split('-')[0] === SOURCE_LANGUAGE;
    const where = choice.from === 'flag' ? '' : 'IAMTUTOR_LANG: ';
    if (!english && !candidateTags(choice.tag).some((tag) => here.includes(tag)))
      return { ok: false, message: `${where}nothing here is translated into '${choice.tag}' (languages: ${here.join(', ')})` };
  }
  const notice = choice.from === 'flag' && remembered !== choice.tag ? saveSettings(dir, { language: choice.tag }) : undefined;
  return { ok: true, tag: choice.tag, ...(notice && { notice }) };
}
