// In-memory terminal streams for Ink, like ink-testing-library's but with a size that can change:
// setting columns/rows and emitting 'resize' is what a real TTY does when the window changes.
import { EventEmitter } from 'node:events';

export class FakeStdout extends EventEmitter {
  frames = 0;
  private last = '';
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string): boolean => {
    this.frames += 1;
    this.last = frame;
    return true;
  };
  lastFrame = (): string => this.last;
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

export class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string): void => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = (): string | null => {
    const { data } = this;
    this.data = null;
    return data;
  };
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}
