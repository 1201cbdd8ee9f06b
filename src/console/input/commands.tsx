// A component's keys as one table: each command names its keys, says what it does, and runs.
// The handler, the key line and the `?` help are all read from the table, so they cannot
// disagree: a key the line promises is a key that works, and the reverse.
import type { Key } from 'ink';
import { useKeyHints, type KeyHint } from './hints.js';
import { keysLabel, matchesKey, type KeySpec } from './keys.js';
import { useKeyListener, type KeyOptions } from './layers.js';

export interface Command {
  /** Names the command (for the reader and for tests); unique within its table. */
  id: string;
  keys: readonly KeySpec[];
  /** What the key line and the help say it does. Without one the keys work but are not listed. */
  description?: string;
  /** The keys as listed, where the plain names would mislead (`1–5` for five tab keys). */
  label?: string;
  /** While false the command is neither heard nor listed. */
  when?: boolean;
  /** Asked as each frame is drawn: listed only while it holds (the keys still work). */
  listedWhile?: () => boolean;
  run(input: string, key: Key): void;
}

/**
 * Where a table is listed: `page` (a page's or a dialog's keys: the key line, and "On this page"
 * in the help; the newest table covers older ones, as a dialog covers its page), `global` (the
 * help's "Everywhere") or `field` (not listed: a focused control's own keys, such as typing).
 */
export type CommandScope = 'page' | 'global' | 'field';

export interface CommandOptions extends KeyOptions {
  /** Heard whatever layer is on top (Ctrl+C, Ctrl+T). */
  everyLayer?: boolean;
  /**
   * A page's own table (Esc back, the tab keys): listed before the focused control's, which
   * mounts first and would otherwise fill the key line.
   */
  lead?: boolean;
  /** The table takes every key on its layer: nothing beneath it is listed (HintEntry.covers). */
  covers?: boolean;
}

/** The first command of the table whose keys include this press. */
export function commandFor(commands: readonly Command[], input: string, key: Key): Command | undefined {
  return commands.find((command) => command.when !== false && command.keys.some((spec) => matchesKey(spec, input, key)));
}

/** The table as the key line and the help list it. */
export function commandHints(commands: readonly Command[]): KeyHint[] {
  return commands
    .filter((command) => command.description && command.when !== false)
    .map((command) => ({
      keys: command.label ?? keysLabel(command.keys),
      action: command.description!,
      ...(command.listedWhile ? { listedWhile: command.listedWhile } : {}),
    }));
}

/**
 * Registers the table: its handler with the key router, its described commands with the key
 * line and the help. A page-scope table is listed while it is active (a focused control's keys
 * appear as it takes the focus); a global one always.
 */
export function useCommands(scope: CommandScope, commands: readonly Command[], options: CommandOptions = {}): void {
  useKeyListener((input, key) => commandFor(commands, input, key)?.run(input, key), options, options.everyLayer ?? false);
  const listed = scope === 'global' || (scope === 'page' && options.isActive !== false);
  useKeyHints(
    listed ? commandHints(commands) : NONE,
    scope === 'global' ? 'global' : 'page',
    options.lead ?? false,
    options.covers ?? false,
  );
}

const NONE: readonly KeyHint[] = [];
