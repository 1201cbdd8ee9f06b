import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { renderConsole } from '../../../test/helpers/render.js';
import { HintRegistry } from './hints.js';

afterEach(() => cleanup());

describe('HintRegistry', () => {
  const page = { hints: [{ keys: 'Enter', action: 'open user' }], depth: 0, lead: true };
  const dialog = { hints: [{ keys: 'Esc', action: 'cancel' }], depth: 1, lead: true };
  const list = { hints: [{ keys: '↑/↓', action: 'choose use case' }], depth: 0 };
  const global = { hints: [{ keys: '?', action: 'this help' }], scope: 'global' as const };

  it('a dialog covers its page, and the page comes back when it closes', () => {
    const registry = new HintRegistry();
    expect(registry.current()).toEqual([]);
    registry.add(page);
    registry.add(dialog);
    expect(registry.current()).toEqual(dialog.hints);
    registry.remove(dialog);
    expect(registry.current()).toEqual(page.hints);
  });

  it('keeps the dialog on the line when the page beneath it is drawn anew', () => {
    const registry = new HintRegistry();
    registry.add(page);
    registry.add(dialog);
    registry.remove(page);
    registry.add(page);
    expect(registry.current()).toEqual(dialog.hints);
  });

  it('a layer that takes every key covers the page though it lists no key of its own', () => {
    const registry = new HintRegistry();
    const takesEveryKey = { hints: [], depth: 15, covers: true };
    registry.add(page);
    registry.add(global);
    registry.add(takesEveryKey);
    expect(registry.current()).toEqual([]);
    expect(registry.global()).toEqual(global.hints);
    registry.remove(takesEveryKey);
    expect(registry.current()).toEqual(page.hints);
  });

  it("lists the page's own keys first, then the focused control's table, and the global ones apart", () => {
    const registry = new HintRegistry();
    registry.add(list);
    registry.add(global);
    registry.add(page);
    expect(registry.current()).toEqual([...page.hints, ...list.hints]);
    expect(registry.global()).toEqual(global.hints);
  });

  it('removes only the declaration it is given, whatever the order', () => {
    const registry = new HintRegistry();
    registry.add(page);
    registry.add(dialog);
    registry.remove(page);
    expect(registry.current()).toEqual(dialog.hints);
    registry.remove(page);
    expect(registry.current()).toEqual(dialog.hints);
  });
});

describe('the key line', () => {
  it('is drawn with the page in its first frame, not a frame later', async () => {
    const ui = renderConsole();
    await ui.settle();
    const first = ui.instance.frames[0] ?? '';
    expect(first).toContain('IAM users (');
    expect(first).toMatch(/Enter open user.*q quit/);
  });

  it('follows the page: another page brings its own keys in the frame that draws it', async () => {
    const ui = renderConsole();
    await ui.settle();
    const before = ui.instance.frames.length;
    await ui.press('\r');
    const opened = ui.instance.frames.slice(before).find((frame) => frame.includes('Security credentials'));
    expect(opened).toMatch(/1–5 tabs/);
    expect(ui.frame()).not.toMatch(/Enter open user/);
  });
});

describe('HintRegistry: keys listed while they do something', () => {
  it('leaves out a hint whose listedWhile does not hold as the line is drawn, and lists it again when it does', () => {
    let scrolls = false;
    const registry = new HintRegistry();
    registry.add({ hints: [{ keys: 'PgUp/PgDn', action: 'scroll', listedWhile: () => scrolls }], depth: 0 });
    expect(registry.current()).toEqual([]);
    scrolls = true;
    expect(registry.current().map((hint) => hint.action)).toEqual(['scroll']);
  });
});
