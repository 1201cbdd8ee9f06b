import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from './args.js';

describe('iamtutor start, --lessons and --data-dir', () => {
  it('parses start with a lesson, repeatable --lessons and --data-dir', () => {
    const command = parseCommandLine(['start', 'create-access-keys', '--lessons', 'a', '--lessons', 'b', '--data-dir', '/tmp/x'], {});
    expect(command).toMatchObject({ kind: 'console', mode: 'start', lesson: 'create-access-keys', options: { lessonDirs: ['a', 'b'], dataDir: '/tmp/x' } });
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
