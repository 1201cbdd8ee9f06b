import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from './args.js';

describe('iamtutor start, --lessons and --data-dir', () => {
  it('parses start with a lesson, repeatable --lessons and --data-dir', () => {
    const command = parseCommandLine(['start', 'create-access-keys', '--lessons', 'a', '--lessons', 'b', '--data-dir', '/tmp/x'], {});
    expect(command).toMatchObject({
      kind: 'console',
      mode: 'start',
      lesson: 'create-access-keys',
      options: { lessonDirs: ['a', 'b'], dataDir: '/tmp/x' },
    });
  });

  it('opens the home screen with no arguments', () => {
    expect(parseCommandLine([], {})).toMatchObject({ kind: 'console', mode: 'home', options: { lessonDirs: [] } });
  });

  it('needs a lesson after start and nothing more', () => {
    expect(() => parseCommandLine(['start'], {})).toThrow(UsageError);
    expect(() => parseCommandLine(['start', 'a', 'b'], {})).toThrow("unexpected argument 'b'");
    expect(() => parseCommandLine(['sandbox', 'x'], {})).toThrow("unexpected argument 'x'");
  });
});

describe('the instructor commands', () => {
  it('parses demo with --speed and --presenter', () => {
    expect(parseCommandLine(['demo', 'create-access-keys', '--speed', '0.5', '--presenter'], {})).toMatchObject({
      kind: 'demo',
      lesson: 'create-access-keys',
      speed: 0.5,
      options: { presenter: true },
    });
    expect(parseCommandLine(['demo', 'x'], {})).toMatchObject({ speed: 1.5 });
    expect(() => parseCommandLine(['demo'], {})).toThrow('demo needs a lesson');
    expect(() => parseCommandLine(['demo', 'x', '--speed', 'fast'], {})).toThrow('--speed is seconds per action');
    expect(() => parseCommandLine(['start', 'x', '--speed', '2'], {})).toThrow('--speed belongs to iamtutor demo');
  });

  it('parses demo --autoplay and --notes-only, each for the demo alone', () => {
    expect(parseCommandLine(['demo', 'x'], {})).toMatchObject({ autoplay: false, notesOnly: false });
    expect(parseCommandLine(['demo', 'x', '--autoplay'], {})).toMatchObject({ autoplay: true, notesOnly: false });
    expect(parseCommandLine(['demo', 'x', '--notes-only', '--data-dir', '/d'], {})).toMatchObject({
      notesOnly: true,
      options: { dataDir: '/d' },
    });
    expect(() => parseCommandLine(['demo', 'x', '--notes-only', '--autoplay'], {})).toThrow('give --speed and --autoplay to that demo');
    expect(() => parseCommandLine(['start', 'x', '--notes-only'], {})).toThrow('--notes-only belongs to iamtutor demo');
    expect(() => parseCommandLine(['sandbox', '--autoplay'], {})).toThrow('--autoplay belongs to iamtutor demo');
  });

  it('parses start --step', () => {
    expect(parseCommandLine(['start', 'create-access-keys', '--step', 'create-key'], {})).toMatchObject({
      kind: 'console',
      mode: 'start',
      step: 'create-key',
    });
    expect(() => parseCommandLine(['sandbox', '--step', 'a'], {})).toThrow('--step belongs to iamtutor start');
  });

  it('adds the courses of IAMTUTOR_LESSONS after --lessons', () => {
    expect(parseCommandLine(['--lessons', 'a'], { IAMTUTOR_LESSONS: 'b::c' })).toMatchObject({ options: { lessonDirs: ['a', 'b', 'c'] } });
    expect(parseCommandLine(['report'], { IAMTUTOR_LESSONS: 'b' })).toMatchObject({ kind: 'report', lessonDirs: ['b'] });
  });

  it('parses report and merge, with the class key from the option or the environment', () => {
    expect(
      parseCommandLine(['report', '--format', 'md', '--out', 'r.md', '--name', ' Ada ', '--data-dir', 'd'], {
        IAMTUTOR_CLASS_KEY: 'class-key-1',
      }),
    ).toEqual({
      kind: 'report',
      format: 'md',
      out: 'r.md',
      name: 'Ada',
      classKey: 'class-key-1',
      lessonDirs: [],
      dataDir: 'd',
    });
    expect(parseCommandLine(['report'], {})).toMatchObject({ format: 'json', classKey: undefined });
    expect(() => parseCommandLine(['report', '--format', 'xml'], {})).toThrow('--format must be json, md or csv');
    expect(() => parseCommandLine(['report', '--class-key', 'short'], {})).toThrow('at least 8 characters');
    expect(parseCommandLine(['merge', 'a.json', 'dir', '--class-key', 'class-key-2'], {})).toEqual({
      kind: 'merge',
      paths: ['a.json', 'dir'],
      format: 'md',
      out: undefined,
      classKey: 'class-key-2',
    });
    expect(() => parseCommandLine(['merge'], {})).toThrow('merge needs report files');
    expect(() => parseCommandLine(['merge', 'a', '--format', 'json'], {})).toThrow('--format must be md or csv');
  });
});
