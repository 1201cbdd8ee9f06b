import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import { NO_KEY } from '../../console/input/key-reader.js';
import { browse, emptyHistory, interpretKey, remember, type History } from './line-editor.js';

const key = (overrides: Partial<Key> = {}): Key => ({ ...NO_KEY, ...overrides });

describe('the prompt line keys', () => {
  const line = { value: 'aws', cursor: 3 };

  it('maps readline keys to actions', () => {
    expect(interpretKey(line, 'c', key({ ctrl: true }))).toEqual({ kind: 'interrupt' });
    expect(interpretKey(line, '', key({ return: true }))).toEqual({ kind: 'submit' });
    expect(interpretKey(line, '', key({ tab: true }))).toEqual({ kind: 'complete' });
    expect(interpretKey(line, '', key({ upArrow: true }))).toEqual({ kind: 'history', direction: -1 });
    expect(interpretKey(line, '', key({ pageDown: true }))).toEqual({ kind: 'scroll', direction: 1 });
    expect(interpretKey(line, 'l', key({ ctrl: true }))).toEqual({ kind: 'clear-screen' });
    expect(interpretKey(line, 't', key({ ctrl: true }))).toEqual({ kind: 'edit', state: line });
  });

  it('ends input with Ctrl+D only on an empty line; otherwise deletes forward', () => {
    expect(interpretKey({ value: '', cursor: 0 }, 'd', key({ ctrl: true }))).toEqual({ kind: 'eof' });
    expect(interpretKey({ value: 'aws', cursor: 0 }, 'd', key({ ctrl: true }))).toEqual({
      kind: 'edit',
      state: { value: 'ws', cursor: 0 },
    });
  });
});

describe('the history', () => {
  it('skips blank lines, repeats and lines starting with a space (ignoreboth)', () => {
    let h: History = emptyHistory;
    for (const line of ['ls', 'ls', ' secret', '', 'pwd']) h = remember(h, line);
    expect(h.entries).toEqual(['ls', 'pwd']);
    expect(h.index).toBe(2);
  });

  it('browses up and back down to the line being typed', () => {
    const h = remember(remember(emptyHistory, 'ls'), 'pwd');
    const up = browse(h, 'draft', -1)!;
    expect(up.line).toBe('pwd');
    const upAgain = browse(up.history, up.line, -1)!;
    expect(upAgain.line).toBe('ls');
    expect(browse(upAgain.history, 'ls', -1)).toBeNull();
    const down = browse(browse(upAgain.history, 'ls', 1)!.history, 'pwd', 1)!;
    expect(down.line).toBe('draft');
    expect(browse(down.history, 'draft', 1)).toBeNull();
  });
});
