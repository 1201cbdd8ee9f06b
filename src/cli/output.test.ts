import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { BROKEN_PIPE_EXIT, streamOutput } from './output.js';

/** A stream that records what was written and can fail as a closed pipe does. */
class FakeStream extends EventEmitter {
  written = '';
  write(text: string) {
    this.written += text;
    return true;
  }
}

describe('the CLI output', () => {
  it('prints through the sanitiser: no escape sequence from a quoted name reaches the terminal', () => {
    const [out, err] = [new FakeStream(), new FakeStream()];
    const output = streamOutput(out, err, () => {});
    output.stdout('lesson\u001b]52;c;UFdORUQ=\u0007.yaml:1:1: bad\r\n');
    output.stderr('unknown \u001b]0;X\u0007lesson\u0085\n');
    expect(out.written).toBe('lesson.yaml:1:1: bad\r\n');
    expect(err.written).toBe('unknown lesson\n');
  });

  it('stops quietly with 141 when the reader goes away (`| head -1`), and writes nothing more', () => {
    const [out, err] = [new FakeStream(), new FakeStream()];
    const exits: number[] = [];
    const output = streamOutput(out, err, (code) => exits.push(code));
    output.stdout('one\n');
    out.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    output.stdout('two\n');
    output.stderr('summary\n');
    expect(exits).toEqual([BROKEN_PIPE_EXIT]);
    expect(out.written).toBe('one\n');
    expect(err.written).toBe('');
  });
});
