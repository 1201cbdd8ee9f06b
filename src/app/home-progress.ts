// The progress file as the home screen opens it: through the light envelope check
// (lessons/progress-envelope.ts), so that its first frame loads neither zod nor the store. A file
// that passes is drawn at once and checked in full afterwards (`check`): after the first frame,
// and before any lesson opens with it. Any other file is checked in full before the first frame,
// as every file was before.
import { progressDir } from '../lessons/data-dir.js';
import { emptyProgressFile, readProgressEnvelope } from '../lessons/progress-envelope.js';
import type { ProgressFile } from '../lessons/progress.js';
import type { Saying } from '../lessons/words.js';
import type { ProgressStart } from './open-progress.js';

export interface HomeProgress extends ProgressStart {
  /**
   * The full check of a file drawn unchecked: it replaces the keeper's file with the checked one
   * (a damaged lesson left out, a bad file moved aside) and resolves with what to tell the
   * learner. Runs once, however often it is called. Absent when the file is checked already.
   */
  check?: () => Promise<Saying | undefined>;
}

export async function openHomeProgress(dataDir: string | undefined): Promise<HomeProgress> {
  const dir = progressDir({ dataDir });
  const envelope = readProgressEnvelope(dir);
  if (envelope.kind === 'none') return { keeper: { dir, file: emptyProgressFile() } };
  if (envelope.kind === 'check') return (await import('./open-progress.js')).openProgress(dataDir);
  // Drawn before its full check, which replaces it (a lesson's fields are only vouched for then).
  const keeper: ProgressStart['keeper'] = { dir, file: envelope.file as unknown as ProgressFile };
  let checked: Promise<Saying | undefined> | undefined;
  const check = () =>
    (checked ??= import('./open-progress.js').then(({ openProgress }) => {
      const full = openProgress(dataDir);
      keeper.file = full.keeper.file;
      if (full.keeper.readOnly) keeper.readOnly = full.keeper.readOnly;
      return full.problem;
    }));
  return { keeper, check };
}
