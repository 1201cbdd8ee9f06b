import { describe, expect, it } from 'vitest';
import { candidateTags, chooseLanguage, localeToTag, normaliseTag, splitTranslationName, translationFileName } from './language.js';

describe('choosing the language', () => {
  it('takes --lang, then IAMTUTOR_LANG, then the remembered choice, then LC_ALL, LC_MESSAGES, LANG, then English', () => {
    const env = { IAMTUTOR_LANG: 'es', LC_ALL: 'ja_JP.UTF-8', LC_MESSAGES: 'pt_BR.UTF-8', LANG: 'de_DE.UTF-8' };
    expect(chooseLanguage({ flag: 'de', env, remembered: 'ja' })).toEqual({ ok: true, tag: 'de', from: 'flag' });
    expect(chooseLanguage({ env, remembered: 'ja' })).toEqual({ ok: true, tag: 'es', from: 'IAMTUTOR_LANG' });
    expect(chooseLanguage({ env: { ...env, IAMTUTOR_LANG: undefined }, remembered: 'pt-BR' })).toEqual({ ok: true, tag: 'pt-BR', from: 'remembered' });
    expect(chooseLanguage({ env: { ...env, IAMTUTOR_LANG: undefined } })).toEqual({ ok: true, tag: 'ja-JP', from: 'locale' });
    expect(chooseLanguage({ env: { LC_MESSAGES: 'pt_BR.UTF-8', LANG: 'de_DE.UTF-8' } })).toMatchObject({ tag: 'pt-BR' });
    expect(chooseLanguage({ env: { LANG: 'de_DE.UTF-8' } })).toMatchObject({ tag: 'de-DE' });
    expect(chooseLanguage({ env: {} })).toEqual({ ok: true, tag: 'en', from: 'default' });
  });
  it('lets LC_ALL=C override LANG, as every program does, and reads it as English', () => {
    expect(chooseLanguage({ env: { LC_ALL: 'C', LANG: 'de_DE.UTF-8' } })).toEqual({ ok: true, tag: 'en', from: 'locale' });
    expect(chooseLanguage({ env: { LANG: 'C.UTF-8' } })).toMatchObject({ tag: 'en' });
    expect(chooseLanguage({ env: { LANG: 'POSIX' } })).toMatchObject({ tag: 'en' });
  });
  it('refuses a --lang or IAMTUTOR_LANG that is not a language tag, rather than silently giving English', () => {
    expect(chooseLanguage({ flag: 'german', env: {} })).toEqual({ ok: false, message: "'german' is not a language tag (examples: en, de, es, pt-BR, ja)" });
    expect(chooseLanguage({ env: { IAMTUTOR_LANG: 'd\u001b]0;x' } })).toMatchObject({ ok: false, message: expect.stringContaining("'d?]0;x'") });
  });
});

describe('language tags', () => {
  it('writes tags the usual way and reads POSIX locales', () => {
    expect(normaliseTag('PT_br')).toBe('pt-BR');
    expect(normaliseTag('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(normaliseTag('de-')).toBeUndefined();
    expect(normaliseTag('x')).toBeUndefined();
    expect(localeToTag('de_DE@euro')).toBe('de-DE');
    expect(localeToTag('ja_JP.eucJP')).toBe('ja-JP');
  });
  it('looks for the most specific translation first, and never for English', () => {
    expect(candidateTags('pt-BR')).toEqual(['pt-BR', 'pt']);
    expect(candidateTags('de-DE')).toEqual(['de-DE', 'de']);
    expect(candidateTags('en-GB')).toEqual(['en-GB']);
  });
  it('names translation files after their lesson', () => {
    expect(translationFileName('lessons/03-create-access-keys.yaml', 'pt-BR')).toBe('lessons/03-create-access-keys.pt-BR.yaml');
    expect(splitTranslationName('03-create-access-keys.pt-BR.yaml')).toEqual({ base: '03-create-access-keys.yaml', tag: 'pt-BR' });
    expect(splitTranslationName('course.de.yml')).toEqual({ base: 'course.yml', tag: 'de' });
    expect(splitTranslationName('03-create-access-keys.yaml')).toBeUndefined();
  });
});
