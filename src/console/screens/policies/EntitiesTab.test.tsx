import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, renderConsole } from '../../../../test/helpers/render.js';
import { policyAccount, READ_ONLY } from '../../../../test/helpers/policies-page.js';

afterEach(() => cleanup());

/** Which control has the focus mark: the tab bar, a button, or a row of the table. */
function focusedControl(frame: string): string {
  const button = /›\[ (\w+) \]/.exec(frame);
  if (button) return button[1]!;
  const row = /› *\[[ x]\] (\S+)/.exec(frame);
  if (row) return `row ${row[1]}`;
  return /›\s*\[?Permissions|›\s*\[?Entities attached/.test(frame) ? 'tabs' : 'none';
}

describe('the Entities attached tab', () => {
  it('Shift+Tab walks back exactly the way Tab came, with a row ticked (Detach shown) too', async () => {
    const ui = renderConsole({ account: policyAccount(), location: { screen: 'policy', policyArn: READ_ONLY, tab: 'entities' } });
    await ui.waitFor('Entities attached (1)');
    const walk = async (key: string, count: number) => {
      const seen: string[] = [focusedControl(ui.frame())];
      for (let i = 0; i < count; i++) {
        await ui.press(key);
        seen.push(focusedControl(ui.frame()));
      }
      return seen;
    };
    const forward = await walk(KEY.tab, 2);
    expect(forward).toEqual(['tabs', 'Attach', 'row developers']);
    await ui.press(' ');
    await ui.waitFor(/\[x\] developers/);
    const back = await walk(KEY.shiftTab, 3);
    expect(back).toEqual(['row developers', 'Attach', 'Detach', 'tabs']);
    const again = await walk(KEY.tab, 3);
    expect(again).toEqual(['tabs', 'Detach', 'Attach', 'row developers']);
  });

  it('Tab past the last control opens the navigation, and Shift+Tab comes back to that control', async () => {
    const ui = renderConsole({ account: policyAccount(), location: { screen: 'policy', policyArn: READ_ONLY, tab: 'entities' } });
    await ui.waitFor('Entities attached (1)');
    await ui.press(KEY.tab, KEY.tab);
    expect(focusedControl(ui.frame())).toBe('row developers');
    await ui.press(KEY.tab);
    await ui.waitFor('Access management');
    expect(focusedControl(ui.frame())).toBe('none');
    await ui.press(KEY.shiftTab);
    expect(focusedControl(ui.frame())).toBe('row developers');
    // And Tab from the navigation starts again at the first control.
    await ui.press(KEY.tab, KEY.tab);
    expect(focusedControl(ui.frame())).toBe('tabs');
  });
});
