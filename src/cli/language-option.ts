// The language a learner takes the course in (src/lessons/language.ts has the rules). An explicit
// --lang is remembered in her settings, so the next `iamtutor` speaks it without the flag.
import { chooseLanguage } from '../lessons/language.js';
import { progressDir } from '../lessons/data-dir.js';
import { loadSettings, saveSettings } from '../lessons/settings-file.js';

export type LanguageResult = { ok: true; tag: string; notice?: string } | { ok: false; message: string };

export function resolveLanguage(options: { lang?: string; dataDir?: string }, env: NodeJS.ProcessEnv): LanguageResult {
  const dir = progressDir({ dataDir: options.dataDir, env });
  const remembered = loadSettings(dir).language;
  const choice = chooseLanguage({ flag: options.lang, env, remembered });
  if (!choice.ok) return choice;
  const notice = choice.from === 'flag' && remembered !== choice.tag ? saveSettings(dir, { language: choice.tag }) : undefined;
  return { ok: true, tag: choice.tag, ...(notice && { notice }) };
}
