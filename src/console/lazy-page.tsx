// A console page whose code is loaded when it is first needed. esbuild splits the bundle at
// every import(), so starting iamtutor compiles only the page it opens on; the others are loaded
// in the background after the first frame (loadAllPages in pages.tsx), or, if a key gets there
// first, while a Suspense fallback holds the keys.
import { createElement, lazy, type ComponentType } from 'react';
import { Text } from 'ink';

export interface LazyPage<P extends object> {
  /** Draws the page; suspends (shows the nearest Suspense fallback) until its code is loaded. */
  Page: ComponentType<P>;
  /** Loads the page's code; resolves once it can be drawn without suspending. Never rejects. */
  load(): Promise<void>;
}

/**
 * `name` completes "… could not be loaded" ("The IAM users page"). `importPage` imports the
 * page's module and picks its component. The loaded component is kept
 * here, like the module cache behind import() itself: code, not state.
 */
export function lazyPage<P extends object>(name: string, importPage: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const load = () =>
    (loading ??= importPage().then(
      (page) => (loaded = page),
      // A chunk missing from a broken install: the page says so, and keys go on working.
      (error: unknown) => (loaded = pageFailed<P>(name, error)),
    ));
  const Lazy = lazy(async () => ({ default: await load() }));
  function Page(props: P) {
    // Once loaded, drawn at once: React.lazy would suspend for a tick even on a settled promise.
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  Page.displayName = `LazyPage(${name})`;
  return { Page, load: () => load().then(() => undefined) };
}

/** A page whose code is in the first frame's: drawn at once, nothing to load. */
export function loadedPage<P extends object>(Page: ComponentType<P>): LazyPage<P> {
  return { Page, load: () => Promise.resolve() };
}

function pageFailed<P extends object>(name: string, error: unknown): ComponentType<P> {
  const reason = error instanceof Error ? error.message : String(error);
  // The reason quotes a file path at most; the console has no sanitiser of its own (it lives in
  // src/lessons), so everything but printable ASCII becomes '?': no escape reaches the terminal.
  const printable = reason.replace(/[^\x20-\x7E]/g, '?');
  return function PageFailed() {
    return (
      <Text color="red">
        {name} could not be loaded ({printable}). Reinstall iamtutor; the rest still works.
      </Text>
    );
  };
}
