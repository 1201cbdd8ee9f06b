// Ink's useInput reaches every active handler and cannot stop propagation, so a dialog over a
// page would see the page react to its keys too. Layers fix that in one place: a component
// listens only when its layer is the top one. The page is layer 0; each open dialog or overlay
// is one layer higher.
import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react';
import { useInput, useStdin, type Key } from 'ink';
import { splitChunk } from './keys.js';

interface LayerStack {
  top: number;
  push(depth: number): void;
  pop(depth: number): void;
}

const StackContext = createContext<LayerStack>({ top: 0, push() {}, pop() {} });
const DepthContext = createContext(0);

export function LayerRoot({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<number[]>([]);
  const stack: LayerStack = {
    top: open.length === 0 ? 0 : Math.max(...open),
    push: (depth) => setOpen((layers) => [...layers, depth]),
    pop: (depth) =>
      setOpen((layers) => {
        const index = layers.lastIndexOf(depth);
        return index < 0 ? layers : [...layers.slice(0, index), ...layers.slice(index + 1)];
      }),
  };
  return <StackContext.Provider value={stack}>{children}</StackContext.Provider>;
}

/**
 * Everything inside a Layer listens only while no higher layer is open. `above` lifts an
 * overlay (the key help) over any dialog that may be open beneath it.
 */
export function Layer({ children, above = 1 }: { children: ReactNode; above?: number }) {
  const parent = useContext(DepthContext);
  const depth = parent + above;
  const { push, pop } = useContext(StackContext);
  useLayoutEffect(() => {
    push(depth);
    return () => pop(depth);
    // push/pop are recreated each render but do the same thing; register once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [depth]);
  return <DepthContext.Provider value={depth}>{children}</DepthContext.Provider>;
}

/** True when this component's layer is the top one (a dialog above it is closed). */
export function useIsTopLayer(): boolean {
  return useContext(DepthContext) === useContext(StackContext).top;
}

export type KeyHandler = (input: string, key: Key) => void;

/**
 * useInput that is off when a higher layer is open, when `isActive` is false, and when stdin
 * cannot be put in raw mode (undefined there, not false: ink-field-guide §2.1). A chunk of
 * several keys (a burst of Backspaces, a paste ending in Enter) reaches the handler as the
 * separate presses it stands for.
 */
export function useKeys(handler: KeyHandler, options: { isActive?: boolean } = {}): void {
  const top = useIsTopLayer();
  useKeysOnEveryLayer(handler, { isActive: top && (options.isActive ?? true) });
}

/**
 * The same, heard whatever layer is on top: for the few keys that must always work (Ctrl+C,
 * Ctrl+T). Still split into single presses: `\r\u0014` typed quickly is Enter, then Ctrl+T.
 */
export function useKeysOnEveryLayer(handler: KeyHandler, options: { isActive?: boolean } = {}): void {
  const { isRawModeSupported } = useStdin();
  useInput(
    (input, key) => {
      for (const press of splitChunk(input, key)) handler(press.input, press.key);
    },
    { isActive: Boolean(isRawModeSupported) && (options.isActive ?? true) },
  );
}
