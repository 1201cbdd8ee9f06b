import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/temp.js';
import { CATALOGUES } from '../app/i18n/catalogues.js';
import { SETTINGS_FILE_NAME } from '../lessons/settings-file.js';
import { parseCommandLine, UsageError } from './args.js';
import { languagesHere, resolveLanguage } from './language-option.js';

const SHIPPED = [join(import.meta.dirname, '../../lessons')];
const HERE = { lessonDirs: SHIPPED, tutorLanguages: Object.keys(CATALOGUES) };

describe('--lang', () => {
  it('is remembered in the learner’s settings, so the next start speaks it without the flag', () => {
    const dataDir = tempDir();
    const env = { LANG: 'de_DE.UTF-8' };
    expect(resolveLanguage({ dataDir }, env, HERE)).toEqual({ ok: true, tag: 'de-DE' });
    expect(resolveLanguage({ dataDir, lang: 'ja' }, env, HERE)).toEqual({ ok: true, tag: 'ja' });
    expect(JSON.parse(readFileSync(join(dataDir, SETTINGS_FILE_NAME), 'utf8'))).toEqual({ language: 'ja' });
    expect(statSync(join(dataDir, SETTINGS_FILE_NAME)).mode & 0o777).toBe(0o600);
    expect(resolveLanguage({ dataDir }, env, HERE)).toEqual({ ok: true, tag: 'ja' });
    // IAMTUTOR_LANG wins for this run without changing what is remembered.
    expect(resolveLanguage({ dataDir }, { ...env, IAMTUTOR_LANG: 'es' }, HERE)).toEqual({ ok: true, tag: 'es' });
    expect(resolveLanguage({ dataDir }, env, HERE)).toEqual({ ok: true, tag: 'ja' });
  });

  it('keeps settings it does not know, and ignores a settings file that is not its own', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, SETTINGS_FILE_NAME), '{"theme":"dark"}');
    resolveLanguage({ dataDir, lang: 'pt-br' }, {}, HERE);
    expect(JSON.parse(readFileSync(join(dataDir, SETTINGS_FILE_NAME), 'utf8'))).toEqual({ theme: 'dark', language: 'pt-BR' });
    writeFileSync(join(dataDir, SETTINGS_FILE_NAME), 'not json');
    expect(resolveLanguage({ dataDir }, {}, HERE)).toEqual({ ok: true, tag: 'en' });
  });

  it('says in one sentence when the settings cannot be written, and still uses the language', () => {
    const dataDir = join(tempDir(), 'file');
    writeFileSync(dataDir, '');
    const result = resolveLanguage({ dataDir, lang: 'de' }, {}, HERE);
    expect(result).toMatchObject({
      ok: true,
      tag: 'de',
      notice: expect.stringMatching(/^Your language choice was not remembered: .*settings\.json cannot be written \([A-Z]+\)\.$/),
    });
  });

  it('is refused, and not remembered, when neither the tutor nor a lesson is translated into it', () => {
    const dataDir = tempDir();
    expect(resolveLanguage({ dataDir, lang: 'dee' }, {}, HERE)).toEqual({
      ok: false,
      message: "nothing here is translated into 'dee' (languages: de, en, es, ja, pt-BR)",
    });
    expect(existsSync(join(dataDir, SETTINGS_FILE_NAME))).toBe(false);
    // Set for a whole class, IAMTUTOR_LANG with a typo is said too, naming the variable.
    expect(resolveLanguage({ dataDir }, { IAMTUTOR_LANG: 'dee' }, HERE)).toEqual({
      ok: false,
      message: "IAMTUTOR_LANG: nothing here is translated into 'dee' (languages: de, en, es, ja, pt-BR)",
    });
    // A region of a language there is, English in any region, and the locale are not refused.
    for (const lang of ['de-AT', 'en-GB', 'EN']) expect(resolveLanguage({ dataDir, lang }, {}, HERE)).toMatchObject({ ok: true });
    expect(resolveLanguage({ dataDir: tempDir() }, { LANG: 'fi_FI.UTF-8' }, HERE)).toEqual({ ok: true, tag: 'fi-FI' });
  });

  it("counts a lesson folder's own translations", () => {
    const lessons = tempDir();
    writeFileSync(join(lessons, '01-first.fi.yaml'), '');
    expect(languagesHere({ ...HERE, lessonDirs: [...SHIPPED, lessons, join(lessons, 'missing')] })).toEqual([
      'de',
      'en',
      'es',
      'fi',
      'ja',
      'pt-BR',
    ]);
    expect(resolveLanguage({ dataDir: tempDir(), lang: 'fi' }, {}, { ...HERE, lessonDirs: [...SHIPPED, lessons] })).toMatchObject({
      ok: true,
      tag: 'fi',
    });
  });

  it('is parsed on every console command, and refused empty', () => {
    expect(parseCommandLine(['start', 'x', '--lang', 'ja'], {})).toMatchObject({ options: { lang: 'ja' } });
    expect(() => parseCommandLine(['--lang', ''], {})).toThrow(UsageError);
  });
});
