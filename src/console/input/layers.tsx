// All key input goes through one listener, the KeyRouter's. Ink's useInput reaches every active
// handler and cannot stop propagation, so a dialog over a page would see the page react to its
// keys too; and React renders an update later (in a scheduler task), so every key of one read
// reached handlers that closed over the state from before the first (Up then Enter started the
// lesson selected before Up; Tab then typing typed into the field Tab had left). The router
// fixes both in one place:
// - a component listens only when its layer is the top one (the page is layer 0; each open
//   dialog or overlay is higher);
// - presses are queued and dispatched one at a time: after a press the router asks for a commit
//   of its own (a tick in the same batch as the handlers' updates) and sends the next press only
//   once that commit's layout effects have run, when every handler has been refreshed with the
//   state the press left. A press that changes nothing still waits for just that tick;
// - while part of the screen is still being loaded (a page's code, see console/pages.tsx), presses
//   are held, in order, and dispatched once it has been drawn: a key typed then is not lost, and
//   not taken by the layer that happened to be there while the code was loading.
import { createContext, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useStdin, type Key } from 'ink';
import { createKeyReader, pastedKeys, type KeyReader, type Press } from './key-reader.js';

export type KeyHandler = (input: string, key: Key) => void;

interface Listener {
  depth: number;
  everyLayer: boolean;
  active: boolean;
  /** Takes a paste whole (the JSON editor) instead of as the keys it would be if typed. */
  wholePastes: boolean;
  handler: KeyHandler;
}

/** The open layers and the registered handlers of one app; mutated only in effects. */
export class KeyRouter {
  private readonly layers: number[] = [];
  private readonly listeners: Listener[] = [];
  private readonly reader: KeyReader = createKeyReader();
  private readonly queue: Press[] = [];
  /** A press was dispatched and its commit has not happened yet. */
  private waiting = false;
  /** Holds taken by parts of the screen still loading: no press is dispatched while any is held. */
  private holds = 0;
  /** Asks React for a commit that follows every update the last press made (set by useInputSource). */
  private requestCommit: () => void = () => {};

  onCommitRequest(request: () => void): void {
    this.requestCommit = request;
  }

  top(): number {
    return this.layers.length === 0 ? 0 : Math.max(...this.layers);
  }

  openLayer(depth: number): void {
    this.layers.push(depth);
  }

  closeLayer(depth: number): void {
    const index = this.layers.lastIndexOf(depth);
    if (index >= 0) this.layers.splice(index, 1);
  }

  listen(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  /**
   * Keeps presses queued until the returned release is called (once; later calls do nothing).
   * Released from a commit (a loading placeholder unmounting), so the queue restarts in a
   * microtask, after the commit has registered the listeners of what replaced the placeholder.
   */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      queueMicrotask(() => this.next());
    };
  }

  /** One input event from Ink: read into presses, each dispatched after the last committed. */
  input(event: string): void {
    this.queue.push(...this.reader.read(event));
    this.next();
  }

  /** The commit asked for after the last press has happened: the next press may go. */
  committed(): void {
    if (!this.waiting) return;
    this.waiting = false;
    // Not from inside the commit: updates made there would render synchronously, nested in it.
    queueMicrotask(() => this.next());
  }

  private next(): void {
    if (this.waiting || this.holds > 0) return;
    const press = this.queue.shift();
    if (!press) return;
    this.waiting = true;
    this.dispatch(press);
    this.requestCommit();
  }

  private dispatch(press: Press): void {
    const top = this.top();
    // Who hears this press is decided before any handler runs: a dialog that Enter opens must
    // not also take that Enter as its answer.
    const heard = this.listeners.filter((l) => l.active && (l.everyLayer || l.depth === top));
    if (press.paste && !heard.some((l) => l.wholePastes)) {
      // Typed keys, then: each waits for the commit of the one before.
      this.queue.unshift(...pastedKeys(press));
      return;
    }
    const handlers = heard.filter((l) => !press.paste || l.wholePastes).map((l) => l.handler);
    for (const handler of handlers) handler(press.input, press.key);
  }
}

const RouterContext = createContext<KeyRouter | null>(null);
const DepthContext = createContext(0);

/** The one subscription to Ink's input, for `router`, and the commits it waits for. */
function useInputSource(router: KeyRouter | null): void {
  const { internal_eventEmitter: events, isRawModeSupported, setRawMode } = useStdin();
  const [tick, setTick] = useState(0);
  useLayoutEffect(() => {
    if (!router) return;
    router.onCommitRequest(() => setTick((n) => n + 1));
  }, [router]);
  // Layout effects run child first: when this one runs for a tick, every listener below has
  // been refreshed by the same commit.
  useLayoutEffect(() => router?.committed(), [router, tick]);
  // Undefined, not false, where stdin cannot be raw (ink-field-guide §2.1): no keys there.
  const listening = router !== null && Boolean(isRawModeSupported);
  useLayoutEffect(() => {
    if (!listening) return;
    setRawMode(true);
    const onInput = (event: string) => router.input(event);
    events.on('input', onInput);
    return () => {
      events.off('input', onInput);
      setRawMode(false);
    };
  }, [listening, router, events, setRawMode]);
}

/**
 * Where keys enter: one router for everything below. Inside another LayerRoot it adds nothing, so
 * the app keeps one router and one hold on raw mode for its whole life: a LayerRoot unmounted as
 * another mounts (home → lesson, a lesson restarted) would let raw mode drop between the two, and
 * a key typed in that instant would be echoed by the terminal, or a Ctrl+C end the app with 130.
 */
export function LayerRoot({ children }: { children: ReactNode }) {
  const parent = useContext(RouterContext);
  const [own] = useState(() => (parent ? null : new KeyRouter()));
  useInputSource(own);
  return own ? <RouterContext.Provider value={own}>{children}</RouterContext.Provider> : <>{children}</>;
}

/**
 * The router of the LayerRoot above, or one of this component's own when it is drawn alone (a
 * component test): either way, every key reaches it through a router.
 */
function useRouter(): KeyRouter {
  const root = useContext(RouterContext);
  const [own] = useState(() => (root ? null : new KeyRouter()));
  useInputSource(own);
  return root ?? own!;
}

/**
 * Drawn in place of something whose code is still loading (a Suspense fallback): while it is
 * mounted, the router holds every press, to dispatch them in order once it is gone.
 */
export function HoldKeys() {
  const router = useRouter();
  useLayoutEffect(() => router.hold(), [router]);
  return null;
}

/**
 * Everything inside a Layer listens only while no higher layer is open. `above` lifts an
 * overlay (the key help) over any dialog that may be open beneath it.
 */
export function Layer({ children, above = 1 }: { children: ReactNode; above?: number }) {
  const parent = useContext(DepthContext);
  const depth = parent + above;
  const router = useContext(RouterContext);
  useLayoutEffect(() => {
    if (!router) return;
    router.openLayer(depth);
    return () => router.closeLayer(depth);
  }, [router, depth]);
  return <DepthContext.Provider value={depth}>{children}</DepthContext.Provider>;
}

/** The layer this component is drawn on: 0 for the page, higher inside dialogs and overlays. */
export function useLayerDepth(): number {
  return useContext(DepthContext);
}

export interface KeyOptions {
  isActive?: boolean;
  /** Take a paste as one string (with \n between lines) rather than as typed keys. */
  wholePastes?: boolean;
}

/** A handler registered with the router; `everyLayer` hears it whatever layer is on top. */
export function useKeyListener(handler: KeyHandler, options: KeyOptions, everyLayer: boolean): void {
  const router = useRouter();
  const depth = useContext(DepthContext);
  // A ref, not state: the router holds this object and each commit refreshes it in place.
  const ref = useRef<Listener | null>(null);
  if (ref.current === null) ref.current = { depth, everyLayer, active: false, wholePastes: false, handler };
  useLayoutEffect(() => router.listen(ref.current!), [router]);
  // Refreshed as each render commits, so the next press meets this render's handler and state.
  useLayoutEffect(() => {
    const listener = ref.current!;
    listener.depth = depth;
    listener.active = options.isActive ?? true;
    listener.wholePastes = options.wholePastes ?? false;
    listener.handler = handler;
  });
}

/** Key presses for this component while its layer is on top (and `isActive` is not false). */
export function useKeys(handler: KeyHandler, options: KeyOptions = {}): void {
  useKeyListener(handler, options, false);
}
