// `iamtutor start X --lrs ENDPOINT` and `iamtutor --lrs ENDPOINT`: the background sender the app
// hands every saved change to. Set up before the first frame, while the terminal is still plain
// text: a missing credential is one sentence and an exit code, and the learner's name (the
// statements' actor, the same as `iamtutor report` uses) is asked once and remembered.
import { progressDir } from '../lessons/progress-file.js';
import { sanitiseLine } from '../lessons/sanitise.js';
import { readLearnerName, saveLearnerName } from '../reports/files.js';
import { LiveSender } from '../reports/lrs/live.js';
import { cleanLearnerName } from '../reports/sign.js';
import { lrsTarget, type LrsOptions } from './lrs-command.js';
import type { Output } from './output.js';

export interface LiveRequest {
  lrs: LrsOptions;
  dataDir?: string;
  version: string;
  env: NodeJS.ProcessEnv;
  /** Asks on the terminal; undefined when there is none. */
  ask?: (question: string) => Promise<string>;
}

export async function openLiveSender(
  request: LiveRequest,
  out: Output,
): Promise<{ ok: true; sender: LiveSender } | { ok: false; exitCode: number }> {
  const target = lrsTarget(request.lrs, request.env);
  if (!target.ok) {
    out.stderr(`iamtutor: ${target.message}\n`);
    return { ok: false, exitCode: 2 };
  }
  const dir = progressDir({ dataDir: request.dataDir });
  let learner = cleanLearnerName(readLearnerName(dir) ?? '');
  if (learner === '' && request.ask) {
    learner = cleanLearnerName(await request.ask('Your name, for your learning records (asked once): '));
    if (learner !== '') {
      const saved = saveLearnerName(dir, learner);
      if (!saved.ok) out.stderr(`iamtutor: ${sanitiseLine(saved.message)}; it will be asked again next time\n`);
    }
  }
  if (learner === '') {
    out.stderr("iamtutor: learning records need your name: run iamtutor report --name 'Your Name' once, or answer the question\n");
    return { ok: false, exitCode: 2 };
  }
  return {
    ok: true,
    sender: new LiveSender({ dir, learner, tool: request.version, target: target.target }),
  };
}
