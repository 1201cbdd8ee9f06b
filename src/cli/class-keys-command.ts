// `iamtutor class keys --class-key K --roster names.txt`: one signing key per learner, printed
// as "KEY  NAME" lines on stdout (the notes on stderr), for the instructor to hand out one by
// one. The class key itself is never printed.
import { readFileSync, statSync } from 'node:fs';
import { keyIdOf } from '../reports/index.js';
import { rosterKeys } from '../reports/roster.js';
import { sanitiseLine } from '../lessons/sanitise.js';
import type { Output } from './output.js';

/** A roster is a list of names: anything larger is not one. */
const MAX_ROSTER_BYTES = 1024 * 1024;

export interface ClassKeysRequest {
  classKey: string;
  roster: string;
}

export function runClassKeys(request: ClassKeysRequest, out: Output): number {
  const shown = sanitiseLine(request.roster);
  let text: string;
  try {
    if (statSync(request.roster).size > MAX_ROSTER_BYTES) {
      out.stderr(`iamtutor: ${shown} is larger than ${MAX_ROSTER_BYTES / 1024} KiB; a roster is one name a line\n`);
      return 1;
    }
    text = readFileSync(request.roster, 'utf8');
  } catch (error) {
    out.stderr(`iamtutor: the roster ${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return 1;
  }
  const { keys, duplicates } = rosterKeys(text, request.classKey);
  if (keys.length === 0) {
    out.stderr(`iamtutor: ${shown} has no names (one learner name a line; # starts a comment)\n`);
    return 1;
  }
  out.stdout(keys.map(({ name, key }) => `${key}  ${name}\n`).join(''));
  for (const name of duplicates) out.stderr(`iamtutor: ${name} is on the roster twice; one key printed\n`);
  out.stderr(
    `${keys.length} learner key${keys.length === 1 ? '' : 's'} from class key ${keyIdOf(request.classKey)}. ` +
      "Give each learner her own key, privately; she signs with 'iamtutor report --learner-key KEY', " +
      "and 'iamtutor merge --class-key …' checks each report against the key of the name it carries.\n",
  );
  return 0;
}
