// The learner's settings (today: the language she chose), beside her progress. Small and
// forgiving: a missing, unreadable or foreign file means "no settings", never an error, because
// nothing in it is worth stopping for. Written atomically, mode 0600, like every file of hers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from './atomic-write.js';

export const SETTINGS_FILE_NAME = 'settings.json';
const MAX_SETTINGS_BYTES = 64 * 1024;

export interface Settings {
  /** A language tag chosen with --lang. */
  language?: string;
}

export function loadSettings(dir: string): Settings {
  try {
    const text = readFileSync(join(dir, SETTINGS_FILE_NAME), 'utf8');
    if (text.length > MAX_SETTINGS_BYTES) return {};
    const data = JSON.parse(text) as unknown;
    if (data === null || typeof data !== 'object') return {};
    const { language } = data as Record<string, unknown>;
    return typeof language === 'string' ? { language } : {};
  } catch {
    return {};
  }
}

/** Saves the settings, keeping what it does not know of a newer version's file; a sentence if it cannot. */
export function saveSettings(dir: string, changes: Settings): string | undefined {
  let kept: Record<string, unknown> = {};
  try {
    const data = JSON.parse(readFileSync(join(dir, SETTINGS_FILE_NAME), 'utf8')) as unknown;
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) kept = data as Record<string, unknown>;
  } catch {
    // nothing saved yet, or not ours to keep
  }
  try {
    writeFileAtomically(dir, SETTINGS_FILE_NAME, `${JSON.stringify({ ...kept, ...changes }, null, 2)}\n`);
    return undefined;
  } catch (error) {
    return `Your language choice was not remembered: ${join(dir, SETTINGS_FILE_NAME)} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`;
  }
}
