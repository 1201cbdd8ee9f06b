import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/temp.js';
import { SETTINGS_FILE_NAME } from '../lessons/settings-file.js';
import { parseCommandLine, UsageError } from './args.js';
import { resolveLanguage } from './language-option.js';

describe('--lang', () => {
  it('is remembered in the learner’s settings, so the next start speaks it without the flag', () => {
    const dataDir = tempDir();
    const env = { LANG: 'de_DE.UTF-8' };
    expect(resolveLanguage({ dataDir }, env)).toEqual({ ok: true, tag: 'de-DE' });
    expect(resolveLanguage({ dataDir, lang: 'ja' }, env)).toEqual({ ok: true, tag: 'ja' });
    expect(JSON.parse(readFileSync(join(dataDir, SETTINGS_FILE_NAME), 'utf8'))).toEqual({ language: 'ja' });
    expect(statSync(join(dataDir, SETTINGS_FILE_NAME)).mode & 0o777).toBe(0o600);
    expect(resolveLanguage({ dataDir }, env)).toEqual({ ok: true, tag: 'ja' });
    // IAMTUTOR_LANG wins for this run without changing what is remembered.
    expect(resolveLanguage({ dataDir }, { ...env, IAMTUTOR_LANG: 'es' })).toEqual({ ok: true, tag: 'es' });
    expect(resolveLanguage({ dataDir }, env)).toEqual({ ok: true, tag: 'ja' });
  });

  it('keeps settings it does not know, and ignores a settings file that is not its own', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, SETTINGS_FILE_NAME), '{"theme":"dark"}');
    resolveLanguage({ dataDir, lang: 'pt-br' }, {});
    expect(JSON.parse(readFileSync(join(dataDir, SETTINGS_FILE_NAME), 'utf8'))).toEqual({ theme: 'dark', language: 'pt-BR' });
    writeFileSync(join(dataDir, SETTINGS_FILE_NAME), 'not json');
    expect(resolveLanguage({ dataDir }, {})).toEqual({ ok: true, tag: 'en' });
  });

  it('says in one sentence when the settings cannot be written, and still uses the language', () => {
    const dataDir = join(tempDir(), 'file');
    writeFileSync(dataDir, '');
    const result = resolveLanguage({ dataDir, lang: 'de' }, {});
    expect(result).toMatchObject({
      ok: true,
      tag: 'de',
      notice: expect.stringMatching(/^Your language choice was not remembered: .*settings\.json cannot be written \([A-Z]+\)\.$/),
    });
  });

  it('is parsed on every console command, and refused empty', () => {
    expect(parseCommandLine(['start', 'x', '--lang', 'ja'], {})).toMatchObject({ options: { lang: 'ja' } });
    expect(() => parseCommandLine(['--lang', ''], {})).toThrow(UsageError);
  });
});
