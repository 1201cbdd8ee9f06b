// The iamtutor command, started by the entry (src/cli.ts, program.ts). It parses arguments and
// checks the terminal before anything heavy is loaded: the Ink app comes in with import() only
// when a screen will really be drawn.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConsoleOptions } from '../app/console-options.js';
import { parseCommandLine, UsageError, USAGE, type Command } from './args.js';
import { resolveLanguage } from './language-option.js';
import { SOURCE_LANGUAGE } from '../lessons/language.js';
import { processOutput } from './output.js';
import { terminalProblem } from './terminal-check.js';
import { VERSION } from '../version.js';

/**
 * Runs the command in process.argv; `entryUrl` is the entry file's URL (src/cli.ts or
 * dist/iamtutor.js), `parsed` the command line if the entry has parsed it already.
 */
export function runCli(entryUrl: string, parsed?: Command): void {
  // The shipped lessons sit beside dist/ (and beside src/ in a checkout): found from the entry
  // file, so iamtutor works from any directory and from an npm install. Only the entry can
  // know: this module is a chunk or a script elsewhere in the bundle.
  const files: EntryFiles = {
    entryFile: fileURLToPath(entryUrl),
    shippedLessons: fileURLToPath(new URL('../lessons/', entryUrl)),
    // The shipped course as the build loaded it (src/lessons/course-cache.ts); absent in a checkout's src/.
    courseCache: fileURLToPath(new URL('./course-cache/', entryUrl)),
  };
  main(files, parsed).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Last line of defence: one sentence, never a stack trace (IAMTUTOR_DEBUG=1 shows it).
      const message = error instanceof Error ? error.message : String(error);
      output.stderr(`iamtutor: unexpected error: ${message}\n`);
      if (process.env.IAMTUTOR_DEBUG) console.error(error);
      process.exitCode = 1;
    },
  );
}

interface EntryFiles {
  entryFile: string;
  shippedLessons: string;
  courseCache: string;
}

async function main(files: EntryFiles, parsed: Command | undefined): Promise<number> {
  let command;
  try {
    command = parsed ?? parseCommandLine(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof UsageError) {
      output.stderr(`iamtutor: ${error.message}\nRun 'iamtutor --help' for usage.\n`);
      return 2;
    }
    throw error;
  }

  switch (command.kind) {
    case 'help':
      output.stdout(`${USAGE}\n`);
      return 0;
    case 'version':
      output.stdout(`${VERSION}\n`);
      return 0;
    case 'lint': {
      // No terminal check: lint is for editors and CI, and never draws a screen.
      const { runLint } = await import('./lint-command.js');
      return runLint(command, output);
    }
    case 'report': {
      const { runReport, terminalAsk } = await import('./report-command.js');
      return runReport(command, {
        ...output,
        shippedLessons: files.shippedLessons,
        version: VERSION,
        now: () => new Date(),
        ask: terminalAsk(),
        env: process.env,
      });
    }
    case 'merge': {
      const { runMerge } = await import('./merge-command.js');
      return runMerge(command, output);
    }
    case 'lrs': {
      const { progressDir } = await import('../lessons/progress-file.js');
      const { lrsTarget, runLrsFlush, runLrsStatus } = await import('./lrs-command.js');
      const dir = progressDir({ dataDir: command.dataDir });
      if (command.action === 'status') return runLrsStatus(dir, output);
      const target = lrsTarget(command.lrs, process.env);
      if (!target.ok) {
        output.stderr(`iamtutor: ${target.message}\n`);
        return 2;
      }
      return runLrsFlush(dir, target.target, output);
    }
    case 'class-keys': {
      const { runClassKeys } = await import('./class-keys-command.js');
      return runClassKeys(command, output);
    }
    case 'demo': {
      if (!(await chooseLanguageFor(command.options, files))) return 2;
      const target = await findLesson(command.lesson, command.options, files);
      if (!target.ok) return target.exitCode;
      // The demo shares its notes through the data folder; --notes-only follows them there, and
      // says so at once when there is nothing to follow.
      const { progressDir } = await import('../lessons/progress-file.js');
      const dataDir = progressDir({ dataDir: command.options.dataDir });
      const lessonId = target.entry.lesson!.id;
      if (command.notesOnly) {
        const { noDemoMessage, readNotes } = await import('../app/demo/notes-file.js');
        const running = readNotes(dataDir, lessonId);
        if (!running.ok) {
          output.stderr(`iamtutor: ${noDemoMessage(lessonId, dataDir, running)}\n`);
          return 1;
        }
      }
      const problem = terminalProblem(process.stdin, process.stdout);
      if (problem) {
        output.stderr(`iamtutor: ${problem}\n`);
        return 2;
      }
      if (command.options.noColor) turnColourOff();
      const { exitCode, stdout, stderr } = command.notesOnly
        ? await (await import('../app/demo/run-notes.js')).runNotes({ lessonId, dir: dataDir, options: command.options })
        : await (await import('../app/demo/run-demo.js')).runDemo({ ...command, entry: target.entry, dataDir });
      if (stdout) output.stdout(`${stdout}\n`);
      if (stderr) output.stderr(`iamtutor: ${stderr}\n`);
      return exitCode;
    }
    case 'console': {
      // `start X` checks its lesson before anything is drawn: a wrong id or a broken file is a
      // plain message and an exit code, even without a terminal.
      if (!(await chooseLanguageFor(command.options, files))) return 2;
      let start;
      if (command.mode === 'start') {
        const target = await findLesson(command.lesson, command.options, files);
        if (!target.ok) return target.exitCode;
        const lesson = target.entry.lesson!;
        if (command.step !== undefined && !lesson.steps.some((s) => s.id === command.step)) {
          const { unknownStepMessage } = await import('../lessons/checkpoint.js');
          output.stderr(`iamtutor: ${unknownStepMessage(lesson, command.step)}\n`);
          return 2;
        }
        start = { course: target.course, first: target.entry, firstStep: command.step, firstAssess: command.assess };
      }
      const problem = terminalProblem(process.stdin, process.stdout);
      if (problem) {
        output.stderr(`iamtutor: ${problem}\n`);
        return 2;
      }
      // --lrs: learning records go to the LRS as they happen (set up before the screen is drawn).
      let records;
      if (command.options.lrs) {
        const [{ openLiveSender }, { terminalAsk }] = await Promise.all([import('./live-lrs.js'), import('./report-command.js')]);
        const live = await openLiveSender(
          {
            lrs: command.options.lrs,
            dataDir: command.options.dataDir,
            version: VERSION,
            env: process.env,
            ask: terminalAsk(),
          },
          output,
        );
        if (!live.ok) return live.exitCode;
        records = live.sender;
      }
      if (command.options.noColor) turnColourOff();
      const { runConsole } = await import('../app/run.js');
      return runConsole({
        mode: command.mode,
        options: command.options,
        shippedLessons: files.shippedLessons,
        courseCache: files.courseCache,
        ...start,
        records,
      });
    }
  }
}

// Every message below quotes arguments or files: it goes out through the sanitiser.
const output = processOutput();

/** Sets `options.language`; false (after saying why) when --lang or IAMTUTOR_LANG is not a language, or one nothing is in. */
async function chooseLanguageFor(options: ConsoleOptions, files: EntryFiles): Promise<boolean> {
  // The tutor's catalogues are the app's: loaded only to check a language asked for by name (the app is on its way anyway).
  const named = options.lang !== undefined || Boolean(process.env.IAMTUTOR_LANG);
  const tutorLanguages = !named ? [] : Object.keys((await import('../app/i18n/catalogues.js')).CATALOGUES);
  const language = resolveLanguage(options, process.env, { lessonDirs: [files.shippedLessons, ...options.lessonDirs], tutorLanguages });
  if (!language.ok) {
    output.stderr(`iamtutor: ${language.message}\nRun 'iamtutor --help' for usage.\n`);
    return false;
  }
  if (language.notice) output.stderr(`iamtutor: ${language.notice}\n`);
  options.language = language.tag;
  return true;
}

/** The lesson `start` or `demo` names: its id in the course, or a path; else a message and a code. */
async function findLesson(arg: string, options: ConsoleOptions, files: EntryFiles) {
  const [{ findStartTarget }, { loadCourseAtStart }, { programId }, { progressDir }] = await Promise.all([
    import('../lessons/course.js'),
    import('../lessons/course-cache.js'),
    import('../lessons/lesson-cache.js'),
    import('../lessons/data-dir.js'),
  ]);
  // The shipped course from the build's cache when it is current (~0.5 s of CPU saved).
  const course = await loadCourseAtStart(
    [files.shippedLessons, ...options.lessonDirs],
    options.language ?? SOURCE_LANGUAGE,
    files.courseCache,
  );
  // A lesson file started before, unchanged, is taken as checked from the data folder (~0.35 s at 1,500 steps).
  const lessonCache = {
    dir: join(progressDir({ dataDir: options.dataDir }), 'lesson-cache'),
    program: programId(VERSION, files.entryFile),
  };
  const target = findStartTarget(course, arg, lessonCache);
  if (!target.ok) {
    output.stderr(target.exitCode === 2 ? `iamtutor: ${target.message}\n` : `${target.message}\n`);
    return { ok: false as const, exitCode: target.exitCode };
  }
  return { ok: true as const, course, entry: target.entry };
}

/**
 * Chalk, under Ink, honours only FORCE_COLOR=0 (ink-field-guide §2.11), so it is set before the
 * app loads. NO_COLOR has been read into the options by then; it is removed because Node 22+
 * prints a warning on stderr when both variables are set.
 */
function turnColourOff(): void {
  process.env.FORCE_COLOR = '0';
  delete process.env.NO_COLOR;
}
