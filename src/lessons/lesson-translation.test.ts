// A course in the learner's language: translation files found beside the lessons, by tag, with
// English wherever a text is missing or broken.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/temp.js';
import { SHIPPED } from '../../test/helpers/lesson-fixture.js';
import { loadCourseFrom } from './course.js';
import { lessonFilesIn } from './lesson-files.js';

const LESSON = '03-create-access-keys.yaml';

function courseFolder(files: Record<string, string>): string {
  const dir = tempDir();
  copyFileSync(join(SHIPPED, LESSON), join(dir, LESSON));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const GERMAN = `lesson: create-access-keys
version: 2
title: Zugriffsschlüssel für Jane Doe erstellen
steps:
  open-jane:
    title: Die Detailseite von Jane Doe öffnen
    hints:
      - Die Benutzertabelle listet \`jane.doe\` und \`john.smith\`.
      - Tab wechselt zwischen Steuerelementen.
  security-credentials:
    title: Den Tab Security credentials finden ohne **4**
`;

describe('a course in the learner’s language', () => {
  it('lays each lesson’s translation over it and says how much is translated', () => {
    const dir = courseFolder({ '03-create-access-keys.de.yaml': GERMAN });
    const course = loadCourseFrom([dir], 'de');
    expect(course.entries).toHaveLength(1);
    const [entry] = course.entries;
    expect(entry!.lesson!.title).toBe('Zugriffsschlüssel für Jane Doe erstellen');
    expect(entry!.lesson!.steps[0]!.title).toBe('Die Detailseite von Jane Doe öffnen');
    expect(entry!.lesson!.steps[0]!.hints[1]).toBe('Tab wechselt zwischen Steuerelementen.');
    // A text that lost its console label (**4** is not in the English title) stays English.
    expect(entry!.lesson!.steps[1]!.title).toBe('Find the Security credentials tab');
    expect(entry!.translation).toMatchObject({ tag: 'de', completeness: { translated: 4 } });
    expect(entry!.translation!.completeness.total).toBeGreaterThan(60);
  });

  it('finds the translation by the most specific tag there is: pt-BR, else pt; English when there is none', () => {
    const dir = courseFolder({ '03-create-access-keys.pt.yaml': GERMAN.replace(/Zugriffsschlüssel.*/, 'Criar chaves de acesso para Jane Doe') });
    expect(loadCourseFrom([dir], 'pt-BR').entries[0]!.lesson!.title).toBe('Criar chaves de acesso para Jane Doe');
    expect(loadCourseFrom([dir], 'pt-BR').entries[0]!.translation!.tag).toBe('pt');
    const english = loadCourseFrom([dir], 'ja').entries[0]!;
    expect(english.lesson!.title).toBe('Create access keys for Jane Doe');
    expect(english.translation).toBeUndefined();
  });

  it('is never listed as a lesson of its own, and one that cannot be read or names another lesson is not used', () => {
    const dir = courseFolder({ '03-create-access-keys.de.yaml': 'title: [unclosed', '03-create-access-keys.es.yaml': GERMAN.replace('lesson: create-access-keys', 'lesson: other') });
    expect(lessonFilesIn(dir).map((f) => f.slice(dir.length + 1))).toEqual([LESSON]);
    for (const tag of ['de', 'es']) {
      const [entry] = loadCourseFrom([dir], tag).entries;
      expect(entry!.errors).toEqual([]);
      expect(entry!.lesson!.title).toBe('Create access keys for Jane Doe');
    }
  });

  it('translates a course’s title and description from course.de.yaml', () => {
    const dir = courseFolder({
      'course.yaml': 'title: Keys\ndescription: Access keys, hands-on\n',
      'course.de.yaml': 'title: Schlüssel\ndescription: Zugriffsschlüssel zum Anfassen\n',
    });
    expect(loadCourseFrom([SHIPPED, dir], 'de').groups[1]).toMatchObject({ title: 'Schlüssel', description: 'Zugriffsschlüssel zum Anfassen' });
    expect(loadCourseFrom([SHIPPED, dir], 'en').groups[1]).toMatchObject({ title: 'Keys' });
  });
});
