// The keys the key line and the `?` help show. They come from the command tables (useCommands),
// so the help says what the handlers do: a page's and a dialog's commands are the page's keys,
// the global ones are listed under "Everywhere".
import { createContext, useContext, useInsertionEffect, useRef, useState, type ReactNode } from 'react';
import { useLayerDepth } from './layers.js';

export interface KeyHint {
  keys: string;
  action: string;
  /** Listed only while this holds, asked as the frame is drawn (PgUp/PgDn where a view scrolls). */
  listedWhile?: () => boolean;
}

/** Where a command table's keys are listed: a page's or dialog's on the key line, global ones under "Everywhere". */
export type HintScope = 'global' | 'page';

/**
 * The keys the mounted command tables declared, the latest layer on top: a dialog opened over
 * its page covers the page's keys, and the page's come back when it closes. A table lists its
 * keys only while it is active (a control's while it has the focus), so the key line says what
 * the keys do now. Kept outside React state so that declaring keys never costs a render: the
 * key line reads them as Ink lays the frame out (see Frame).
 */
export interface HintEntry {
  hints: readonly KeyHint[];
  scope?: HintScope;
  /** The layer of the component that declared them: a dialog's cover its page's. */
  depth?: number;
  /** A page's own table (listed first) rather than a focused control's. */
  lead?: boolean;
  /**
   * The table takes every key on its layer (the demo's while its script plays): the keys of the
   * layers beneath do nothing then, so they are not listed, even when it lists none of its own.
   */
  covers?: boolean;
}

export class HintRegistry {
  private readonly entries: HintEntry[] = [];

  add(entry: HintEntry): void {
    this.entries.push(entry);
  }

  remove(entry: { hints: readonly KeyHint[] }): void {
    const index = this.entries.lastIndexOf(entry);
    if (index >= 0) this.entries.splice(index, 1);
  }

  /**
   * The page's (or the open dialog's) keys: every table on the highest layer that lists keys, the
   * pages' own tables first, then the focused controls'.
   */
  current(): readonly KeyHint[] {
    const listed = this.entries.filter((entry) => entry.scope !== 'global' && (entry.hints.length > 0 || entry.covers));
    // The highest layer, not the newest table: a page drawn anew under a dialog (or under the
    // demo's keys) must not take the line back from it.
    const depth = listed.reduce((top, entry) => Math.max(top, entry.depth ?? 0), 0);
    const onTop = listed.filter((entry) => (entry.depth ?? 0) === depth);
    const hints = [...onTop.filter((entry) => entry.lead), ...onTop.filter((entry) => !entry.lead)].flatMap((entry) => entry.hints);
    return unique(hints.filter((hint) => hint.listedWhile?.() ?? true));
  }

  /** The keys that work everywhere, each once, in the order they were declared. */
  global(): readonly KeyHint[] {
    return unique(this.entries.filter((entry) => entry.scope === 'global').flatMap((entry) => entry.hints));
  }
}

function unique(hints: readonly KeyHint[]): KeyHint[] {
  const seen = new Set<string>();
  return hints.filter((hint) => !seen.has(hint.keys + hint.action) && Boolean(seen.add(hint.keys + hint.action)));
}

// No registry outside a HintsProvider (a screen drawn on its own lists its keys itself).
const HintsContext = createContext<HintRegistry | null>(null);

export function HintsProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new HintRegistry());
  return <HintsContext.Provider value={registry}>{children}</HintsContext.Provider>;
}

/**
 * Declares a command table's keys for the key line (`page`) or the help's "Everywhere"
 * (`global`); only useCommands calls it, so that no list is kept apart from its handlers.
 * `lead`: a page's own table, listed before a focused control's.
 */
export function useKeyHints(hints: readonly KeyHint[], scope: HintScope, lead: boolean, covers = false): void {
  const registry = useContext(HintsContext);
  const depth = useLayerDepth();
  const entry = useRef<HintEntry>({ hints, scope, depth, lead, covers });
  // Insertion effects run before Ink lays out and writes the frame (layout effects run after
  // it), so a page's keys are on the key line in the very frame that first draws the page.
  useInsertionEffect(() => {
    if (!registry) return;
    const mine = entry.current;
    registry.add(mine);
    return () => registry.remove(mine);
  }, [registry]);
  useInsertionEffect(() => {
    entry.current.hints = hints;
    entry.current.depth = depth;
  }, [hints, depth]);
}

/** Where the current keys are read: as a frame is drawn (the key line) or when `?` opens. */
export function useHintRegistry(): HintRegistry {
  const registry = useContext(HintsContext);
  const [own] = useState(() => new HintRegistry());
  return registry ?? own;
}
