// Code the first frame does not need, imported on demand and kept once loaded — like the module
// cache behind import() itself: code, not state. A failed import (a chunk missing from a broken
// install) may be tried again.
export interface CodeOnDemand<T> {
  /** Imports the code once; every caller gets the same promise until it fails. */
  load(): Promise<T>;
  /** The code if it is loaded already: then what needs it happens in the same key press. */
  loaded(): T | undefined;
}

export function codeOnDemand<T>(importCode: () => Promise<T>): CodeOnDemand<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load: () =>
      (loading ??= importCode().then(
        (code) => (loaded = code),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    loaded: () => loaded,
  };
}
