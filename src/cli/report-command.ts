// `iamtutor report`: the learner's completion record from the progress file, as JSON, Markdown
// or CSV, signed when a class key is given. The name is asked once (on a terminal) and
// remembered in the data folder.
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { loadCourseFrom } from '../lessons/course.js';
import { progressDir } from '../lessons/progress-file.js';
import { buildReport, cleanLearnerName, formatReport, signReport } from '../reports/index.js';
import { buildStatements } from '../reports/xapi.js';
import { DEFAULT_XAPI_BASE } from '../reports/xapi-vocabulary.js';
import { jsonForTerminal } from '../lessons/sanitise.js';
import { fileSha256, readLearnerName, readProgressFile, saveLearnerName } from '../reports/files.js';
import { lrsTarget, sendStatements } from './lrs-command.js';
import type { Output } from './output.js';

export interface ReportRequest {
  format: 'json' | 'md' | 'csv' | 'xapi';
  /** For `--format xapi`: the actor is this mailbox instead of an account named after the learner. */
  email?: string;
  out?: string;
  name?: string;
  /** Send the xAPI statements to this LRS (opt-in). */
  lrs?: { endpoint: string; authFile?: string };
  /** The learner's own key, from `iamtutor class keys`. */
  learnerKey?: string;
  lessonDirs: string[];
  dataDir?: string;
}

export interface ReportEnvironment extends Output {
  shippedLessons: string;
  version: string;
  now(): Date;
  /** The environment (IAMTUTOR_LRS_AUTH), when an LRS is given. */
  env?: NodeJS.ProcessEnv;
  /** Asks for the name on the terminal; undefined when there is no terminal to ask on. */
  ask?: (question: string) => Promise<string>;
}

export async function runReport(request: ReportRequest, env: ReportEnvironment): Promise<number> {
  const dir = progressDir({ dataDir: request.dataDir });
  const name = await learnerName(request, dir, env);
  if (typeof name !== 'string') return name.exitCode;

  const progress = readProgressFile(dir);
  if (!progress.ok) {
    env.stderr(`iamtutor: ${progress.message}\n`);
    return 1;
  }
  const course = loadCourseFrom([env.shippedLessons, ...request.lessonDirs]);
  const lessons = course.groups.flatMap((group) =>
    group.entries.flatMap((entry) => {
      const sha256 = entry.lesson ? fileSha256(entry.file) : null;
      const base = group.xapiBase ?? DEFAULT_XAPI_BASE;
      return entry.lesson && sha256 ? [{ lesson: entry.lesson, sha256, base, courseTitle: group.title }] : [];
    }),
  );
  const statements = () => buildStatements({ learner: name, email: request.email, tool: env.version, lessons, progress: progress.file });
  if (request.lrs) {
    const target = lrsTarget(request.lrs, env.env ?? {});
    if (!target.ok) {
      env.stderr(`iamtutor: ${target.message}\n`);
      return 2;
    }
    const sent = await sendStatements(dir, statements(), target.target, env);
    // The record went to the LRS; a file is written only when asked for with --out.
    if (!request.out) return sent;
  }
  const text =
    request.format === 'xapi'
      ? `${jsonForTerminal(statements(), 2)}\n`
      : formatReport(
          signReport(
            buildReport({ learner: name, date: env.now().toISOString(), tool: env.version, lessons, progress: progress.file }),
            request.learnerKey,
          ),
          request.format,
        );
  if (!request.out) {
    env.stdout(text);
    return 0;
  }
  try {
    writeFileSync(request.out, text);
  } catch (error) {
    env.stderr(
      `iamtutor: the report could not be written to ${request.out} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`,
    );
    return 1;
  }
  env.stderr(
    request.format === 'xapi'
      ? `xAPI statements for ${name} written to ${request.out}.\n`
      : `Report for ${name} written to ${request.out} (${request.learnerKey ? 'signed with your learner key' : 'unsigned: no learner key'}).\n`,
  );
  return 0;
}

async function learnerName(request: ReportRequest, dir: string, env: ReportEnvironment): Promise<string | { exitCode: number }> {
  if (request.name) return cleanLearnerName(request.name);
  const stored = readLearnerName(dir);
  if (stored) return cleanLearnerName(stored);
  if (!env.ask) {
    env.stderr("iamtutor: the report needs your name: give --name 'Your Name' (it is asked only on a terminal)\n");
    return { exitCode: 2 };
  }
  const answer = cleanLearnerName(await env.ask('Your name, for the report (asked once): '));
  if (answer === '') {
    env.stderr('iamtutor: no name given; the report needs one\n');
    return { exitCode: 2 };
  }
  const saved = saveLearnerName(dir, answer);
  if (!saved.ok) env.stderr(`iamtutor: ${saved.message}; it will be asked again next time\n`);
  return answer;
}

/** Asks on the terminal (the prompt on stderr, so `> file` still gets only the report). */
export function terminalAsk(): ((question: string) => Promise<string>) | undefined {
  if (!process.stdin.isTTY) return undefined;
  return async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
      // Closing pauses stdin, and not at once: a screen drawn in the same turn (the program run
      // as one script has nothing left to load) would have its keyboard paused under it.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
}
