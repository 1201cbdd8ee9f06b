import { afterEach, describe, expect, it } from 'vitest';
import { Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { settleFrames } from '../../../test/helpers/settle.js';
import { DialogSpaceContext } from '../frame/dialog-space.js';
import { LayerRoot } from '../input/layers.js';
import { Button } from './Button.js';
import { DialogContent } from './DialogContent.js';
import { Modal } from './Modal.js';

afterEach(() => cleanup());

const PAGE_DOWN = '\u001B[6~';

/** A dialog of `lines` numbered body lines with two buttons, given `rows` rows by the frame. */
function dialog(rows: number, lines: number) {
  return (
    <LayerRoot>
      <DialogSpaceContext.Provider value={{ rows, top: 0, opened: () => () => {} }}>
        <Modal title="Delete everything?">
          <DialogContent
            actions={
              <>
                <Button label="Cancel" focused={false} onPress={() => {}} />
                <Button label="Delete" primary focused onPress={() => {}} />
              </>
            }
          >
            {Array.from({ length: lines }, (_, i) => (
              <Text key={i}>body line {i + 1}</Text>
            ))}
          </DialogContent>
        </Modal>
      </DialogSpaceContext.Provider>
    </LayerRoot>
  );
}

describe('a dialog in the rows the frame gives it', () => {
  it('keeps its title and buttons in 9 rows, says how much of the body is below, and PgDn reaches the end', async () => {
    const ui = render(dialog(9, 12));
    await settleFrames(() => ui.frames.length);
    const frame = ui.lastFrame() ?? '';
    expect(frame.split('\n').length).toBeLessThanOrEqual(9);
    expect(frame).toContain('Delete everything?');
    expect(frame).toMatch(/more lines? below .*\[ Cancel \].*›\[ Delete \]/);
    expect(frame).toContain('body line 1');
    expect(frame).not.toContain('body line 12');
    for (let i = 0; i < 4; i++) {
      ui.stdin.write(PAGE_DOWN);
      await settleFrames(() => ui.frames.length);
    }
    const end = ui.lastFrame() ?? '';
    expect(end).toContain('body line 12');
    expect(end).toContain('Delete everything?');
    expect(end).toMatch(/more lines? above .*\[ Cancel \].*›\[ Delete \]/);
  });

  it('shows a body that fits whole, with no "more" words', async () => {
    const ui = render(dialog(20, 3));
    await settleFrames(() => ui.frames.length);
    const frame = ui.lastFrame() ?? '';
    expect(frame).toContain('body line 3');
    expect(frame).not.toMatch(/more/);
    expect(frame).toMatch(/\[ Cancel \]\s+›\[ Delete \]/);
  });
});
