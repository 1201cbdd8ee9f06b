import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, renderConsole } from '../../../test/helpers/render.js';

afterEach(() => cleanup());

const PAGE_DOWN = '\u001B[6~';
const rows = (frame: string) => frame.split('\n').map((row) => row.replace(/^[\s║│]*/, '').replace(/[\s║│]*$/, ''));

describe('the key help (?)', () => {
  it('scrolls a list taller than 24 rows, every heading and row intact', async () => {
    // A user's Security credentials tab: five page keys, then the eight that work everywhere.
    const ui = renderConsole({ location: { screen: 'user', userName: 'jane.doe', tab: 'security-credentials' } });
    await ui.waitFor('Security credentials');
    await ui.press('?');
    const first = rows(await ui.waitFor('Keyboard shortcuts'));
    expect(first).toContain('On this page');
    expect(first.some((row) => /^1–5\s+tabs$/.test(row))).toBe(true);
    expect(first.some((row) => /more lines? below/.test(row))).toBe(true);
    await ui.press(PAGE_DOWN, PAGE_DOWN);
    const last = rows(ui.frame());
    expect(last).toContain('Everywhere');
    expect(last.some((row) => /^u\s+user menu: Security credentials, Sign out$/.test(row))).toBe(true);
    expect(last.some((row) => /^\?\s+this help$/.test(row))).toBe(true);
    expect(last.some((row) => row.includes('Press Esc, Enter or ? to close.'))).toBe(true);
    await ui.press(KEY.escape);
    expect(ui.frame()).not.toContain('Keyboard shortcuts');
  });
});
