// The shipped course from the build's cache is the course the files give, and the cache is used
// only while the folder holds exactly the files it was built from.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED, tempDir } from '../../test/helpers/lesson-fixture.js';
import { courseCacheFile, courseCacheText, loadCourseAtStart, readCachedCourse } from './course-cache.js';
import { loadCourseFrom } from './course.js';

/** A copy of the shipped lessons and a cache of them in each of `languages`, as the build writes it. */
function cachedCopy(...languages: string[]) {
  const lessons = tempDir('iamtutor-lessons-');
  cpSync(SHIPPED, lessons, { recursive: true });
  const cache = tempDir('iamtutor-course-cache-');
  for (const language of languages)
    writeFileSync(courseCacheFile(cache, language), courseCacheText(loadCourseFrom([lessons], language), lessons, language)!);
  return { lessons, cache };
}

describe('the course cache', () => {
  it.each(['en', 'de'])('gives the course the files give (%s), its entries the groups’ own', (language) => {
    const { lessons, cache } = cachedCopy(language);
    const cached = readCachedCourse(cache, lessons, language)!;
    expect(cached).toStrictEqual(loadCourseFrom([lessons], language));
    expect(cached.entries[0]).toBe(cached.groups[0]!.entries[0]);
  });

  // What LANG=de_DE.UTF-8 or en_US.UTF-8 gives: the language of the translations the loader would pick.
  it.each(['de-DE', 'en-US', 'pt', 'ja-JP'])('gives the course the files give in %s, from the cache of its translations', (language) => {
    const { lessons, cache } = cachedCopy('en', 'de', 'es', 'pt-BR', 'ja');
    expect(readCachedCourse(cache, lessons, language)).toStrictEqual(loadCourseFrom([lessons], language));
  });

  it('is not used once a lesson is edited or added, or in another language; the files are read instead', async () => {
    const { lessons, cache } = cachedCopy('en');
    expect(readCachedCourse(cache, lessons, 'de')).toBeUndefined();
    const first = join(lessons, '01-create-user.yaml');
    writeFileSync(first, readFileSync(first, 'utf8').replace(/^title: .*$/m, 'title: Edited after the build'));
    expect(readCachedCourse(cache, lessons, 'en')).toBeUndefined();
    const course = await loadCourseAtStart([lessons], 'en', cache);
    expect(course.entries[0]!.lesson!.title).toBe('Edited after the build');

    const again = cachedCopy('en');
    writeFileSync(join(again.lessons, '99-extra.yaml'), 'id: extra\n');
    expect(readCachedCourse(again.cache, again.lessons, 'en')).toBeUndefined();
    expect((await loadCourseAtStart([again.lessons], 'en', again.cache)).entries.some((e) => e.file.endsWith('99-extra.yaml'))).toBe(true);
  });

  it('is not written for a course with a broken lesson (its messages quote this machine’s paths)', () => {
    const lessons = tempDir('iamtutor-lessons-');
    writeFileSync(join(lessons, '01-broken.yaml'), 'id: broken\n');
    expect(courseCacheText(loadCourseFrom([lessons]), lessons, 'en')).toBeUndefined();
  });

  it('is not used with a second lesson folder', async () => {
    const { lessons, cache } = cachedCopy('en');
    const extra = tempDir('iamtutor-lessons-');
    writeFileSync(join(extra, '50-mine.yaml'), 'id: mine\n');
    const course = await loadCourseAtStart([lessons, extra], 'en', cache);
    expect(course.groups).toHaveLength(2);
  });
});
