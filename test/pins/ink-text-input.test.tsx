// Why iamtutor has its own TextField (src/console/components/TextField.tsx) instead of
// ink-text-input: version 6.0.0, the latest, has the faults below. Each test asserts the fault IS
// there. When a new ink-text-input is installed and one of them fails, that fault was fixed
// upstream: re-check whether TextField is still needed (README, Dependencies).
import { useState } from 'react';
import { render } from 'ink-testing-library';
import TextInput from 'ink-text-input';
import { afterEach, describe, expect, it } from 'vitest';
import { settleFrames } from '../helpers/settle.js';

const KEY = { left: '\u001B[D', delete: '\u001B[3~', ctrlA: '\u0001' } as const;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A one-line field as a form holds it: the value in the parent's state, as TextInput wants. */
function field(initial: string) {
  const seen = { value: initial };
  function Form() {
    const [value, setValue] = useState(initial);
    seen.value = value;
    return <TextInput value={value} onChange={setValue} />;
  }
  const screen = render(<Form />);
  cleanup = () => screen.unmount();
  const settle = () => settleFrames(() => screen.frames.length);
  return {
    seen,
    /** One key press, then the frames it caused. */
    press: async (...keys: string[]) => {
      for (const key of keys) {
        screen.stdin.write(key);
        await settle();
      }
    },
    /** Keys written in one go, faster than React re-renders (a fast typist, a held key). */
    burst: async (...keys: string[]) => {
      for (const key of keys) screen.stdin.write(key);
      await settle();
    },
    settle,
  };
}

describe('ink-text-input 6.0.0 still has the faults TextField was written for', () => {
  it('lets the cursor go left of the first character, then inserts in the wrong place', async () => {
    const ui = field('ab');
    await ui.settle();
    await ui.press(KEY.left, KEY.left, KEY.left, 'X');
    expect(ui.seen.value).toBe('aXb'); // TextField: "Xab"
  });

  it('types the letter of a Ctrl chord', async () => {
    const ui = field('name');
    await ui.settle();
    await ui.press(KEY.ctrlA);
    expect(ui.seen.value).toBe('namea'); // TextField: unchanged
  });

  it('deletes backwards on the forward Delete key', async () => {
    const ui = field('abc');
    await ui.settle();
    await ui.press(KEY.left, KEY.delete);
    expect(ui.seen.value).toBe('ac'); // TextField: "ab"
  });

  it('keeps the newlines of a paste in a one-line field', async () => {
    const ui = field('');
    await ui.settle();
    await ui.press('jane.doe\r\nsecond line');
    expect(ui.seen.value).toBe('jane.doe\r\nsecond line'); // TextField: one line, no control characters
  });

  it('drops keys that arrive before React has re-rendered', async () => {
    const ui = field('');
    await ui.settle();
    await ui.burst('a', 'b', 'c');
    expect(ui.seen.value).toBe('c'); // each key edits the value it saw: the last wins (TextField: "abc")
  });
});
