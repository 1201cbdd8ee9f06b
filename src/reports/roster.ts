// A class roster: one learner name a line, as the instructor typed it. Blank lines and lines
// starting with # are skipped; names are cleaned the way a report cleans them, so a learner's
// key matches the name her report carries. Pure: the command reads the file.
import { cleanLearnerName, learnerKey } from './sign.js';

export interface RosterKeys {
  /** Each learner once, in roster order, with her key. */
  keys: { name: string; key: string }[];
  /** Names given more than once (one key each is printed). */
  duplicates: string[];
}

export function rosterKeys(text: string, classKey: string): RosterKeys {
  const keys: { name: string; key: string }[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const name = cleanLearnerName(line);
    if (name === '' || name.startsWith('#')) continue;
    const same = name.normalize('NFC');
    if (seen.has(same)) {
      duplicates.push(name);
      continue;
    }
    seen.add(same);
    keys.push({ name, key: learnerKey(classKey, name) });
  }
  return { keys, duplicates };
}
