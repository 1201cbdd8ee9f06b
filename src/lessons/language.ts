// Language tags: which language a learner asked for, and which translation files can serve it.
// Tags are BCP 47 as translators write them in file names (`de`, `pt-BR`, `ja`); locales from the
// environment (`pt_BR.UTF-8`, `de_DE@euro`) are turned into tags. English is the lessons' own
// language: it needs no translation file and is the fallback for every missing text.

export const SOURCE_LANGUAGE = 'en';

/** `de`, `pt-BR`, `zh-Hant-TW`: a 2–3 letter language, then script/region/variant subtags. */
const TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** A tag written the usual way (`pt-br` → `pt-BR`, `ZH-hant` → `zh-Hant`), or undefined if it is not one. */
export function normaliseTag(tag: string): string | undefined {
  const parts = tag.trim().split(/[-_]/);
  if (parts.some((p) => p === '')) return undefined;
  const [language, ...rest] = parts;
  const normalised = [
    language!.toLowerCase(),
    ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase())),
  ].join('-');
  return TAG.test(normalised) ? normalised : undefined;
}

/**
 * A POSIX locale (`de_DE.UTF-8`, `pt_BR@euro`) as a tag. `C` and `POSIX` mean "no language chosen"
 * (the default of containers and CI), so they give undefined rather than English on purpose: the
 * next source is asked.
 */
export function localeToTag(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const name = locale.split(/[.@]/)[0]!;
  if (name === '' || name === 'C' || name === 'POSIX') return undefined;
  return normaliseTag(name);
}

export interface LanguageSources {
  /** `--lang` on the command line. */
  flag?: string;
  /** The environment (IAMTUTOR_LANG, LC_ALL, LC_MESSAGES, LANG). */
  env: Readonly<Record<string, string | undefined>>;
  /** What the learner chose last time (the settings file). */
  remembered?: string;
}

export type LanguageChoice = { ok: true; tag: string; from: 'flag' | 'IAMTUTOR_LANG' | 'remembered' | 'locale' | 'default' } | { ok: false; message: string };

/**
 * `--lang`, else IAMTUTOR_LANG, else the language chosen last time, else the locale (LC_ALL, then
 * LC_MESSAGES, then LANG — the order POSIX gives them), else English. A tag given explicitly that is
 * not a tag is an error (a typo should not silently give English); a locale that is not one is
 * skipped, as other programs skip it.
 */
export function chooseLanguage({ flag, env, remembered }: LanguageSources): LanguageChoice {
  for (const [value, from] of [
    [flag, 'flag'],
    [env.IAMTUTOR_LANG, 'IAMTUTOR_LANG'],
  ] as const) {
    if (value === undefined || value === '') continue;
    const tag = normaliseTag(value);
    if (!tag) return { ok: false, message: `'${value.replace(/[^\x20-\x7e]/g, '?')}' is not a language tag (examples: en, de, es, pt-BR, ja)` };
    return { ok: true, tag, from };
  }
  const kept = remembered === undefined ? undefined : normaliseTag(remembered);
  if (kept) return { ok: true, tag: kept, from: 'remembered' };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    // The first one set decides, even when it says C: LC_ALL=C overrides LANG=de_DE.
    const tag = localeToTag(value);
    return tag ? { ok: true, tag, from: 'locale' } : { ok: true, tag: SOURCE_LANGUAGE, from: 'locale' };
  }
  return { ok: true, tag: SOURCE_LANGUAGE, from: 'default' };
}

/** Tags to look for, most specific first: `pt-BR` → `pt-BR`, `pt`. English needs none. */
export function candidateTags(tag: string): string[] {
  const parts = tag.split('-');
  const out: string[] = [];
  for (let n = parts.length; n >= 1; n--) out.push(parts.slice(0, n).join('-'));
  return out.filter((t) => t !== SOURCE_LANGUAGE);
}

/** `lessons/03-keys.yaml` + `de` → `lessons/03-keys.de.yaml` (same extension). */
export function translationFileName(lessonFile: string, tag: string): string {
  return lessonFile.replace(/(\.ya?ml)$/i, `.${tag}$1`);
}

/**
 * `03-keys.de.yaml` → `{ base: '03-keys.yaml', tag: 'de' }` when the name has a language tag before
 * its extension; whether it really is a translation also needs the base file to exist beside it.
 */
export function splitTranslationName(fileName: string): { base: string; tag: string } | undefined {
  const match = /^(.+)\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)(\.ya?ml)$/i.exec(fileName);
  if (!match) return undefined;
  const tag = normaliseTag(match[2]!);
  return tag ? { base: `${match[1]}${match[3]}`, tag } : undefined;
}
