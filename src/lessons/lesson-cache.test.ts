// The cache of checked lessons `start FILE` keeps in the data folder: a lesson is taken from it
// only when the file is exactly the one checked, by this program, and the cache is intact.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED, tempDir } from '../../test/helpers/lesson-fixture.js';
import { loadLessonFile } from './course.js';
import { programId, readCachedLesson, writeCachedLesson, type LessonCache } from './lesson-cache.js';

/** A copy of a shipped lesson (without its translations) and an empty cache. */
function setUp(program = 'iamtutor 1 build-a') {
  const dir = tempDir();
  const file = join(dir, 'lesson.yaml');
  copyFileSync(join(SHIPPED, '01-create-user.yaml'), file);
  const cache: LessonCache = { dir: join(dir, 'cache'), program };
  return { file, cache, cacheFile: () => join(cache.dir, readdirSync(cache.dir)[0]!) };
}

describe('the lesson cache', () => {
  it('gives the second start of an unchanged file the same lesson, hash and translation as the first', () => {
    const { file, cache } = setUp();
    const fresh = loadLessonFile(file, 'en');
    const first = loadLessonFile(file, 'en', cache);
    expect(readdirSync(cache.dir)).toHaveLength(1);
    expect(readCachedLesson(cache, readFileSync(file, 'utf8'))).toEqual(fresh.lesson);
    expect(loadLessonFile(file, 'en', cache)).toEqual(fresh);
    expect(first).toEqual(fresh);
  });

  it('checks a changed file again, and reports its errors at their line and column', () => {
    const { file, cache } = setUp();
    loadLessonFile(file, 'en', cache);
    writeFileSync(file, readFileSync(file, 'utf8').replace('level: beginner', 'level: expert'));
    const changed = loadLessonFile(file, 'en', cache);
    expect(changed.lesson).toBeUndefined();
    expect(changed.errors[0]).toBe(`${file}:8:8: level: Invalid option: expected one of "beginner"|"intermediate"|"advanced"`);
    expect(changed).toEqual(loadLessonFile(file, 'en'));
  });

  it('takes a valid change from the file, not the cache', () => {
    const { file, cache } = setUp();
    loadLessonFile(file, 'en', cache);
    writeFileSync(file, readFileSync(file, 'utf8').replace('minutes: 8', 'minutes: 9'));
    expect(loadLessonFile(file, 'en', cache).lesson?.minutes).toBe(9);
    expect(loadLessonFile(file, 'en', cache).lesson?.minutes).toBe(9);
  });

  it('ignores a damaged cache file and writes it again', () => {
    const { file, cache, cacheFile } = setUp();
    const fresh = loadLessonFile(file, 'en');
    loadLessonFile(file, 'en', cache);
    const good = readFileSync(cacheFile(), 'utf8');
    const text = readFileSync(file, 'utf8');
    for (const damaged of [good.slice(0, good.length - 40), good.replace('jane.doe', 'jane.dof'), good.replace('"format":1', '"format":0'), '', '\n{}', good.split('\n')[0]!]) {
      writeFileSync(cacheFile(), damaged);
      expect(readCachedLesson(cache, text)).toBeUndefined();
      expect(loadLessonFile(file, 'en', cache)).toEqual(fresh);
      expect(readFileSync(cacheFile(), 'utf8')).toBe(good);
    }
  });

  it('is not read by another build of the program', () => {
    const { file, cache } = setUp();
    const text = readFileSync(file, 'utf8');
    const lesson = loadLessonFile(file, 'en', cache).lesson!;
    expect(readCachedLesson({ ...cache, program: 'iamtutor 1 build-b' }, text)).toBeUndefined();
    expect(readCachedLesson(cache, text)).toEqual(lesson);
  });

  it('knows the program by the build id written beside its entry, whatever the file times', () => {
    const dir = tempDir();
    const entry = join(dir, 'iamtutor.js');
    writeFileSync(entry, '// a bundle');
    writeFileSync(join(dir, 'build-id'), 'aaaa\n');
    expect(programId('1.0.0', entry)).toBe('1.0.0 aaaa');
    // Another build of the same version and size: another program, though npm gives both the same times.
    writeFileSync(join(dir, 'build-id'), 'bbbb\n');
    expect(programId('1.0.0', entry)).toBe('1.0.0 bbbb');
    // Run from a checkout with no build id: the entry's size and time.
    expect(programId('1.0.0', join(import.meta.dirname, 'lesson-cache.ts'))).toMatch(/^1\.0\.0 \d+ [\d.]+$/);
  });

  it('sanitises the strings it reads back, as the loader does', () => {
    const { file, cache } = setUp();
    const text = readFileSync(file, 'utf8');
    const lesson = loadLessonFile(file, 'en', cache).lesson!;
    writeCachedLesson(cache, text, { ...lesson, title: 'Create \u001B]0;owned\u0007a user' });
    expect(readCachedLesson(cache, text)?.title).not.toMatch(/\u001B|\u0007/);
  });

  it('sanitises the characters JSON keeps as they are (C1 controls, bidi overrides)', () => {
    const { file, cache } = setUp();
    const text = readFileSync(file, 'utf8');
    const lesson = loadLessonFile(file, 'en', cache).lesson!;
    writeCachedLesson(cache, text, { ...lesson, title: 'Create \u009B2Ja user\u202E' });
    expect(readCachedLesson(cache, text)?.title).toBe('Create a user');
  });
});
