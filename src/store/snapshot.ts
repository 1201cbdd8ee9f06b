// The snapshot format: what a saved store looks like on disk and how it is read back. Apart from
// the store (store.ts writes snapshots) because the lesson engine checks saved files with it too.
import type { Account, Identity } from '../iam/index.js';
import { EventLog } from './event-log.js';
import type { AppEvent } from './events.js';
import type { Location } from './location.js';
import type { ShellState } from './machine.js';
import type { PersistentState, TerminalView } from './store-types.js';

export const SNAPSHOT_VERSION = 1;

export class SnapshotError extends Error {}

/** Reads a snapshot back, refusing anything that is not one (never half-loads). */
export function parseSnapshot(json: string): PersistentState & { shell?: ShellState } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new SnapshotError('the saved state is not valid JSON');
  }
  if (typeof data !== 'object' || data === null) throw new SnapshotError('the saved state is not an object');
  const record = data as Record<string, unknown>;
  if (typeof record.version !== 'number') throw new SnapshotError('the saved state has no version');
  if (record.version > SNAPSHOT_VERSION) {
    throw new SnapshotError(`the saved state comes from a newer iamtutor (format ${record.version}; this one reads ${SNAPSHOT_VERSION})`);
  }
  for (const field of ['account', 'events', 'location', 'identity'] as const) {
    if (typeof record[field] !== 'object' || record[field] === null) {
      throw new SnapshotError(`the saved state is missing '${field}'`);
    }
  }
  return {
    account: record.account as Account,
    events: EventLog.from(record.events as AppEvent[]),
    location: record.location as Location,
    identity: record.identity as Identity,
    // Snapshots hold no shell (see snapshot()); an older one that did gives it back.
    shell: record.shell as ShellState | undefined,
    terminalView: (record.terminalView as TerminalView | undefined) ?? 'hidden',
  };
}
