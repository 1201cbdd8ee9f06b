import { afterEach, describe, expect, it, vi } from 'vitest';
import { Box, Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { noColorTheme, ThemeProvider } from '../theme.js';
import { ScrollSection, ScrollView, type ScrollBlock } from './ScrollView.js';

afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

const PAGE_DOWN = '\u001B[6~';
const PAGE_UP = '\u001B[5~';

/** Sections `s0`… of one row each; `s<n>` holds the control `c<n>`. */
function rows(count: number): ScrollBlock[] {
  return Array.from({ length: count }, (_, i) => ({ key: `s${i}`, ids: [`c${i}`], node: <Text>row {i}</Text> }));
}

const footer = <Text>[ Cancel ] [ Next ]</Text>;

async function settle() {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

function lines(frame: string | undefined): string[] {
  return (frame ?? '').split('\n').map((line) => line.trimEnd());
}

describe('ScrollView', () => {
  it('with fill, draws a body that grows past its height, clipped and with its status, in one frame', async () => {
    const view = (count: number) => <ScrollView fill height={6} focused={null} sections={rows(count)} />;
    const ui = render(view(2));
    await settle();
    const before = ui.frames.length;
    ui.rerender(view(20));
    await settle();
    expect(ui.frames.length - before).toBe(1);
    const frame = lines(ui.lastFrame());
    expect(frame).toHaveLength(6);
    expect(frame[4]).toBe('row 4');
    expect(frame[5]).toMatch(/^↓ 15 more lines below · PgUp\/PgDn scrolls$/);
  });

  it('with fill, draws a body that shrinks back to fit in one frame, whole and without a status', async () => {
    const view = (count: number) => <ScrollView fill height={6} focused={null} sections={rows(count)} />;
    const ui = render(view(20));
    await settle();
    const before = ui.frames.length;
    ui.rerender(view(2));
    await settle();
    expect(ui.frames.length - before).toBe(1);
    expect(lines(ui.lastFrame())).toEqual(['row 0', 'row 1', '', '', '', '']);
  });

  it('starts a long body from its top after a short one, in one frame (going back to a tab)', async () => {
    const view = (count: number) => <ScrollView fill height={6} focused={null} sections={rows(count)} />;
    const ui = render(view(30));
    await settle();
    ui.stdin.write(PAGE_DOWN);
    await settle();
    expect(lines(ui.lastFrame())[0]).toBe('row 4');
    ui.rerender(view(2));
    await settle();
    const before = ui.frames.length;
    ui.rerender(view(30));
    await settle();
    expect(ui.frames.length - before).toBe(1);
    expect(lines(ui.lastFrame())[0]).toBe('row 0');
  });

  it('starts another tab (contentKey) from its top in the frame that draws it, even a short one', async () => {
    const view = (tab: string, count: number) => <ScrollView fill height={6} focused={null} contentKey={tab} sections={rows(count)} />;
    const ui = render(view('long', 30));
    await settle();
    ui.stdin.write(PAGE_DOWN);
    ui.stdin.write(PAGE_DOWN);
    await settle();
    expect(lines(ui.lastFrame())[0]).toBe('row 8');
    const before = ui.frames.length;
    ui.rerender(view('short', 2));
    await settle();
    expect(lines(ui.frames[before])).toEqual(['row 0', 'row 1', '', '', '', '']);
    expect(ui.frames.length - before).toBe(1);
  });

  it('cuts the status words to a very narrow row', async () => {
    const ui = render(
      <Box width={8} flexDirection="column">
        <ScrollView fill height={6} focused="c10" sections={rows(20)} />
      </Box>,
    );
    await settle();
    const last = lines(ui.lastFrame())[5]!;
    expect(last).toMatch(/^↑\d+ ↓\d+ .*…$/);
    expect(last.length).toBe(8);
  });

  it('without fill, hugs a body that fits (a dialog is no taller than its content)', async () => {
    const ui = render(
      <>
        <ScrollView height={10} focused={null} sections={rows(2)} footer={footer} />
        <Text>under the view</Text>
      </>,
    );
    await settle();
    expect(lines(ui.lastFrame())).toEqual(['row 0', 'row 1', '', expect.stringMatching(/\[ Next \]$/), 'under the view']);
  });

  it('keeps a scrolled body in range when it shrinks', async () => {
    const view = (count: number) => <ScrollView height={6} focused="c0" sections={rows(count)} />;
    const ui = render(view(30));
    await settle();
    ui.stdin.write(PAGE_DOWN);
    ui.stdin.write(PAGE_DOWN);
    ui.stdin.write(PAGE_DOWN);
    await settle();
    expect(lines(ui.lastFrame())[0]).toBe('row 12');
    ui.rerender(view(10));
    await settle();
    const frame = lines(ui.lastFrame());
    expect(frame.slice(0, 5)).toEqual(['row 5', 'row 6', 'row 7', 'row 8', 'row 9']);
    expect(frame[5]).toMatch(/^↑ 5 more lines above/);
  });

  it('fits the status words to the columns the footer leaves', async () => {
    const ui = render(
      <Box width={40} flexDirection="column">
        <ScrollView height={6} focused={null} sections={rows(20)} footer={footer} />
      </Box>,
    );
    await settle();
    const last = lines(ui.lastFrame())[5]!;
    expect(last).toMatch(/^↓ 15 more below\s+\[ Cancel \] \[ Next \]$/);
    expect(last.length).toBeLessThanOrEqual(40);
  });

  it('shows a body that fits whole, with the footer after a blank row and no indicator', async () => {
    const ui = render(<ScrollView height={8} focused={null} sections={rows(3)} footer={footer} />);
    await settle();
    expect(lines(ui.lastFrame())).toEqual(['row 0', 'row 1', 'row 2', '', expect.stringMatching(/^\s+\[ Cancel \] \[ Next \]$/)]);
  });

  it('clips a tall body to its height, pins the footer and says what is below in words', async () => {
    const ui = render(<ScrollView height={6} focused="c0" sections={rows(20)} footer={footer} />);
    await settle();
    const frame = lines(ui.lastFrame());
    expect(frame).toHaveLength(6);
    expect(frame.slice(0, 5)).toEqual(['row 0', 'row 1', 'row 2', 'row 3', 'row 4']);
    expect(frame[5]).toMatch(/^↓ 15 more lines below · PgUp\/PgDn scrolls\s+\[ Cancel \] \[ Next \]$/);
  });

  it('scrolls the focused control into view, and back up when the focus goes back', async () => {
    const ui = render(<ScrollView height={6} focused="c12" sections={rows(20)} footer={footer} />);
    await settle();
    let frame = lines(ui.lastFrame());
    expect(frame[4]).toBe('row 12');
    expect(frame[5]).toContain('↑ 8 more lines above · ↓ 7 more lines below');
    ui.rerender(<ScrollView height={6} focused="c2" sections={rows(20)} footer={footer} />);
    await settle();
    frame = lines(ui.lastFrame());
    expect(frame[0]).toBe('row 2');
  });

  it('scrolls by hand with PgDn/PgUp, and a new focus brings the control back', async () => {
    const ui = render(<ScrollView height={6} focused="c0" sections={rows(20)} footer={footer} />);
    await settle();
    ui.stdin.write(PAGE_DOWN);
    await settle();
    expect(lines(ui.lastFrame())[0]).toBe('row 4');
    ui.stdin.write(PAGE_DOWN);
    await settle();
    expect(lines(ui.lastFrame())[0]).toBe('row 8');
    ui.stdin.write(PAGE_UP);
    await settle();
    expect(lines(ui.lastFrame())[0]).toBe('row 4');
    ui.rerender(<ScrollView height={6} focused="c1" sections={rows(20)} footer={footer} />);
    await settle();
    expect(lines(ui.lastFrame())[0]).toBe('row 1');
  });

  it('does not hear PgDn when inactive', async () => {
    const ui = render(<ScrollView height={6} focused="c0" sections={rows(20)} footer={footer} active={false} />);
    await settle();
    ui.stdin.write(PAGE_DOWN);
    await settle();
    expect(lines(ui.lastFrame())[0]).toBe('row 0');
  });

  it('finds sections nested anywhere in its children, by key or by the ids they hold', async () => {
    const ui = render(
      <ScrollView height={5} focused="deep">
        <ScrollSection id="top">
          {Array.from({ length: 10 }, (_, i) => (
            <Text key={i}>filler {i}</Text>
          ))}
        </ScrollSection>
        <Text>between</Text>
        <ScrollSection id="outer">
          <Text>outer heading</Text>
          <ScrollSection id="inner" ids={['deep']}>
            <Text>the focused control</Text>
          </ScrollSection>
        </ScrollSection>
      </ScrollView>,
    );
    await settle();
    const frame = lines(ui.lastFrame());
    // No footer: the status row is the view's own last row.
    expect(frame).toHaveLength(5);
    expect(frame[3]).toBe('the focused control');
    expect(frame[4]).toContain('↑ 9 more lines above');
    expect(frame[4]).not.toContain('below');
  });

  it('keeps the indicator readable without colour', async () => {
    const ui = render(
      <ThemeProvider theme={noColorTheme}>
        <ScrollView height={6} focused="c10" sections={rows(20)} footer={footer} />
      </ThemeProvider>,
    );
    await settle();
    expect(ui.lastFrame()).toMatch(/↑ \d+ more lines above · ↓ \d+ more lines below/);
  });

  it('clips nothing for a screen reader and puts the footer after the body', async () => {
    vi.stubEnv('INK_SCREEN_READER', 'true');
    const ui = render(<ScrollView height={6} focused="c0" sections={rows(20)} footer={footer} />);
    await settle();
    const frame = ui.lastFrame() ?? '';
    expect(frame).toContain('row 0');
    expect(frame).toContain('row 19');
    expect(frame.indexOf('row 19')).toBeLessThan(frame.indexOf('[ Next ]'));
    expect(frame).not.toContain('more lines');
  });
});
