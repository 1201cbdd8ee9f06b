// Renders a tree in memory at a chosen terminal size (ink-testing-library is fixed at 100×24),
// with the same press/type/waitFor helpers as test/helpers/render.tsx.
import { EventEmitter } from 'node:events';
import type { ReactElement } from 'react';
import { render } from 'ink';
import { settleFrames } from './settle.js';
import { loadAllPages } from '../../src/console/pages.js';

// The shipped app loads the console's pages on demand (src/console/pages.tsx); a test that draws
// a page means that page, not the moment its code is loading, so every page is loaded before the
// first test draws. How loading itself behaves is tested in src/console/lazy-page.test.tsx.
await loadAllPages();

class Screen extends EventEmitter {
  frames: string[] = [];
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
  };
  resize(columns: number, rows: number) {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

class Keyboard extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = () => {
    const data = this.data;
    this.data = null;
    return data;
  };
  /** Each raw-mode switch Ink asked for, in order: whether the terminal would ever leave raw mode. */
  rawModes: boolean[] = [];
  setEncoding() {}
  setRawMode(on: boolean) {
    this.rawModes.push(on);
  }
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

export function renderScreen(tree: ReactElement, options: { columns?: number; rows?: number; screenReader?: boolean } = {}) {
  const stdout = new Screen(options.columns ?? 100, options.rows ?? 24);
  const stdin = new Keyboard();
  const instance = render(tree, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new Screen(100, 24) as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
    isScreenReaderEnabled: options.screenReader ?? false,
  });
  const frame = () => stdout.frames.at(-1) ?? '';
  const settle = () => settleFrames(() => stdout.frames.length);
  return {
    instance,
    stdout,
    stdin,
    frame,
    settle,
    async press(...keys: string[]) {
      for (const key of keys) {
        stdin.write(key);
        await settle();
      }
    },
    async type(text: string) {
      for (const char of text) {
        stdin.write(char);
        await settle();
      }
    },
    async waitFor(text: string | RegExp, timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const now = frame();
        if (typeof text === 'string' ? now.includes(text) : text.test(now)) return now;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; the frame was:\n${now}`);
        await settle();
      }
    },
    async resize(columns: number, rows: number) {
      stdout.resize(columns, rows);
      await settle();
    },
    unmount() {
      instance.unmount();
      instance.cleanup();
    },
  };
}
