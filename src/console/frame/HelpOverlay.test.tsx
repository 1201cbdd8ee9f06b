import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { KEY, renderConsole } from '../../../test/helpers/render.js';
import { settleFrames } from '../../../test/helpers/settle.js';
import { useCommands } from '../input/commands.js';
import { HintsProvider } from '../input/hints.js';
import { LayerRoot } from '../input/layers.js';
import { DialogSpaceContext } from './dialog-space.js';
import { HelpOverlay } from './HelpOverlay.js';

afterEach(() => cleanup());

const PAGE_DOWN = '\u001B[6~';
const rows = (frame: string) => frame.split('\n').map((row) => row.replace(/^[\s║│]*/, '').replace(/[\s║│]*$/, ''));

describe('the key help (?)', () => {
  it('scrolls a list taller than its rows, every heading and row intact', async () => {
    // Twenty page keys and the global ones: more than the 16 rows the frame gives a dialog in 80x20.
    // The help opens after the page's tables are registered, as `?` opens it.
    const tree = (open: boolean) => (
      <LayerRoot>
        <HintsProvider>
          <DialogSpaceContext.Provider value={{ rows: 16, top: 0, opened: () => () => {} }}>
            <ManyKeys count={20} />
            {open ? <HelpOverlay onClose={() => {}} /> : null}
          </DialogSpaceContext.Provider>
        </HintsProvider>
      </LayerRoot>
    );
    const ui = render(tree(false));
    await settleFrames(() => ui.frames.length);
    ui.rerender(tree(true));
    await settleFrames(() => ui.frames.length);
    const first = rows(ui.lastFrame() ?? '');
    expect(first).toContain('On this page');
    expect(first.some((row) => /^F1\s+command 1$/.test(row))).toBe(true);
    expect(first.some((row) => /more lines? below/.test(row))).toBe(true);
    for (const key of [PAGE_DOWN, PAGE_DOWN]) {
      ui.stdin.write(key);
      await settleFrames(() => ui.frames.length);
    }
    const last = rows(ui.lastFrame() ?? '');
    expect(last).toContain('Everywhere');
    expect(last.some((row) => /^F20\s+command 20$/.test(row))).toBe(true);
    expect(last.some((row) => /^g\s+a global key$/.test(row))).toBe(true);
    expect(last.some((row) => row.includes('Press Esc, Enter or ? to close.'))).toBe(true);
  });

  it('opens over a console page with its keys and closes with Esc', async () => {
    const ui = renderConsole({ location: { screen: 'user', userName: 'jane.doe', tab: 'security-credentials' } });
    await ui.waitFor('Security credentials');
    await ui.press('?');
    const shown = rows(await ui.waitFor('Keyboard shortcuts'));
    expect(shown.some((row) => /^1–5\s+tabs$/.test(row))).toBe(true);
    expect(shown.some((row) => /^u\s+user menu: Security credentials, Sign out$/.test(row))).toBe(true);
    await ui.press(KEY.escape);
    expect(ui.frame()).not.toContain('Keyboard shortcuts');
  });
});

/** A page table of `count` commands F1…Fn (as labels) and one global key. */
function ManyKeys({ count }: { count: number }) {
  const commands = Array.from({ length: count }, (_, i) => ({
    id: `c${i + 1}`,
    keys: [String.fromCharCode(65 + i)],
    label: `F${i + 1}`,
    description: `command ${i + 1}`,
    run: () => {},
  }));
  useCommands('page', commands);
  useCommands('global', [{ id: 'g', keys: ['g'], description: 'a global key', run: () => {} }]);
  return null;
}
