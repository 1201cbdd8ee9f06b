import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { noColorTheme, ThemeProvider } from '../theme.js';
import { Button, DISABLED_MARK } from './Button.js';

afterEach(() => cleanup());

async function settle() {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('Button', () => {
  it('says a disabled button is unavailable when there is no colour to dim it', async () => {
    const ui = render(
      <ThemeProvider theme={noColorTheme}>
        <Button label="Create access key" focused={false} disabled onPress={() => {}} />
        <Button label="Done" focused={false} onPress={() => {}} />
      </ThemeProvider>,
    );
    await settle();
    const frame = ui.lastFrame() ?? '';
    expect(frame).toContain(`[ Create access key ] ${DISABLED_MARK}`);
    expect(frame).not.toMatch(/\[ Done \] \(unavailable\)/);
  });

  it('only dims it when colour shows that', async () => {
    const ui = render(<Button label="Create access key" focused={false} disabled onPress={() => {}} />);
    await settle();
    expect(ui.lastFrame()).not.toContain(DISABLED_MARK);
  });

  it('is not pressed by Enter while disabled', async () => {
    const onPress = vi.fn();
    const ui = render(<Button label="Delete" focused disabled onPress={onPress} />);
    await settle();
    ui.stdin.write('\r');
    await settle();
    expect(onPress).not.toHaveBeenCalled();
  });
});
