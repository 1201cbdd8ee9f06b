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

  it('parses start --assess, which is for start only and starts at the first step', () => {
    expect(parseCommandLine(['start', 'create-access-keys', '--assess'], {})).toMatchObject({
      kind: 'console',
      mode: 'start',
      assess: true,
    });
    expect(parseCommandLine(['start', 'create-access-keys'], {})).toMatchObject({ assess: false });
    expect(() => parseCommandLine(['demo', 'create-user', '--assess'], {})).toThrow('--assess belongs to iamtutor start');
    expect(() => parseCommandLine(['start', 'create-user', '--assess', '--step', 'x'], {})).toThrow(
      '--assess starts at the first step: it cannot be used with --step',
    );
  });

  it('adds the courses of IAMTUTOR_LESSONS after --lessons', () => {
    expect(parseCommandLine(['--lessons', 'a'], { IAMTUTOR_LESSONS: 'b::c' })).toMatchObject({ options: { lessonDirs: ['a', 'b', 'c'] } });
    expect(parseCommandLine(['report'], { IAMTUTOR_LESSONS: 'b' })).toMatchObject({ kind: 'report', lessonDirs: ['b'] });
  });

  it('parses report, merge and class keys, with the keys from the options or the environment', () => {
    expect(
      parseCommandLine(['report', '--format', 'md', '--out', 'r.md', '--name', ' Ada ', '--data-dir', 'd'], {
        IAMTUTOR_LEARNER_KEY: 'learner-key-1',
      }),
    ).toEqual({
      kind: 'report',
      format: 'md',
      out: 'r.md',
      name: 'Ada',
      learnerKey: 'learner-key-1',
      lessonDirs: [],
      dataDir: 'd',
    });
    expect(parseCommandLine(['report'], {})).toMatchObject({ format: 'json', learnerKey: undefined });
    // The class key in the environment is the instructor's: a report never signs with it.
    expect(parseCommandLine(['report'], { IAMTUTOR_CLASS_KEY: 'class-key-1' })).toMatchObject({ learnerKey: undefined });
    expect(() => parseCommandLine(['report', '--format', 'xml'], {})).toThrow('--format must be json, md, csv or xapi');
    expect(() => parseCommandLine(['report', '--learner-key', 'short'], {})).toThrow('at least 8 characters');
    expect(() => parseCommandLine(['report', '--class-key', 'class-key-1'], {})).toThrow('signed with your own key, not the class key');
    expect(parseCommandLine(['merge', 'a.json', 'dir', '--class-key', 'class-key-2'], {})).toEqual({
      kind: 'merge',
      paths: ['a.json', 'dir'],
      format: 'md',
      out: undefined,
      classKey: 'class-key-2',
    });
    expect(() => parseCommandLine(['merge'], {})).toThrow('merge needs report files');
    expect(() => parseCommandLine(['merge', 'a', '--format', 'json'], {})).toThrow('--format must be md or csv');
    expect(() => parseCommandLine(['merge', 'a', '--learner-key', 'learner-key-1'], {})).toThrow(
      '--learner-key belongs to iamtutor report',
    );
    expect(parseCommandLine(['class', 'keys', '--roster', 'names.txt'], { IAMTUTOR_CLASS_KEY: 'class-key-3' })).toEqual({
      kind: 'class-keys',
      classKey: 'class-key-3',
      roster: 'names.txt',
    });
    expect(() => parseCommandLine(['class', 'keys', '--roster', 'n'], {})).toThrow('class keys needs the class key');
    expect(() => parseCommandLine(['class', 'keys', '--class-key', 'class-key-3'], {})).toThrow('class keys needs --roster FILE');
    expect(() => parseCommandLine(['class', 'list'], {})).toThrow("unknown class command 'list'");
    expect(() => parseCommandLine(['sandbox', '--roster', 'n'], {})).toThrow('--roster belongs to iamtutor class');
  });

  it('says in one sentence what is wrong with an option, with the nearest real one', () => {
    const reason = (...argv: string[]) => {
      try {
        parseCommandLine(argv, {});
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(reason('start', 'x', '--foo')).toBe("unknown option '--foo'");
    expect(reason('start', 'x', '--stepp=3')).toBe("unknown option '--stepp' (did you mean '--step'?)");
    expect(reason('lint', '--lagn', 'de')).toBe("unknown option '--lagn' (did you mean '--lang'?)");
    expect(reason('start', 'x', "--fo'o")).toBe("unknown option '--fo'o'");
    expect(reason('start', 'x', '--\u001B]0;title\u0007')).toBe("unknown option '--'");
    expect(reason('start', 'x', '--lang')).toBe('--lang needs a value');
    expect(reason('--help=1')).toBe('--help does not take a value');
  });

  it('parses the LRS options: the endpoint from --lrs or the environment, never credentials on the command line', () => {
    expect(parseCommandLine(['report', '--name', 'Ada'], {})).not.toHaveProperty('lrs');
    expect(parseCommandLine(['report', '--lrs', 'https://lrs.example.org/data/xAPI', '--lrs-auth-file', 'auth'], {})).toMatchObject({
      lrs: { endpoint: 'https://lrs.example.org/data/xAPI', authFile: 'auth' },
    });
    expect(parseCommandLine(['report'], { IAMTUTOR_LRS_ENDPOINT: 'http://127.0.0.1:8081/xAPI' })).toMatchObject({
      lrs: { endpoint: 'http://127.0.0.1:8081/xAPI' },
    });
    expect(() => parseCommandLine(['report', '--lrs', 'lrs.example.org'], {})).toThrow("--lrs must be the LRS's xAPI endpoint");
    expect(() => parseCommandLine(['report', '--lrs-auth-file', 'auth'], {})).toThrow('--lrs-auth-file goes with --lrs ENDPOINT');
    expect(() => parseCommandLine(['report', '--lrs-auth', 'k:s'], {})).toThrow("unknown option '--lrs-auth'");
    expect(parseCommandLine(['lrs', 'status', '--data-dir', 'd'], {})).toEqual({ kind: 'lrs', action: 'status', dataDir: 'd', lrs: {} });
    expect(parseCommandLine(['lrs', 'flush', '--lrs', 'https://lrs.example.org/xAPI'], {})).toEqual({
      kind: 'lrs',
      action: 'flush',
      lrs: { endpoint: 'https://lrs.example.org/xAPI' },
    });
    expect(() => parseCommandLine(['lrs', 'send'], {})).toThrow("unknown lrs command 'send'");
    expect(() => parseCommandLine(['sandbox', '--lrs', 'https://lrs.example.org/xAPI'], {})).toThrow(
      '--lrs belongs to iamtutor report, lrs, start and the bare iamtutor',
    );
  });

  it('takes --lrs on start and the bare iamtutor, which send learning records as they happen', () => {
    const endpoint = 'https://lrs.example.org/data/xAPI';
    expect(parseCommandLine(['start', 'create-user', '--lrs', endpoint, '--lrs-auth-file', 'auth'], {})).toMatchObject({
      kind: 'console',
      mode: 'start',
      options: { lrs: { endpoint, authFile: 'auth' } },
    });
    expect(parseCommandLine([], { IAMTUTOR_LRS_ENDPOINT: endpoint })).toMatchObject({ mode: 'home', options: { lrs: { endpoint } } });
    expect(parseCommandLine(['start', 'create-user'], {})).not.toHaveProperty('options.lrs');
    // The sandbox and the demo are no learner's record: the environment is ignored there, an option refused.
    expect(parseCommandLine(['sandbox'], { IAMTUTOR_LRS_ENDPOINT: endpoint })).not.toHaveProperty('options.lrs');
    expect(() => parseCommandLine(['demo', 'create-user', '--lrs', endpoint], {})).toThrow('--lrs belongs to iamtutor report, lrs, start');
    expect(() => parseCommandLine(['start', 'create-user', '--lrs-auth-file', 'auth'], {})).toThrow('--lrs-auth-file goes with --lrs');
  });
});
