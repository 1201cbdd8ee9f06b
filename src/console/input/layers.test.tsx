import { useState } from 'react';
import { Text } from 'ink';
import { afterEach, describe, expect, it } from 'vitest';
import { renderScreen } from '../../../test/helpers/render-screen.js';
import { useCommands } from './commands.js';
import { Layer, LayerRoot } from './layers.js';

let ui: ReturnType<typeof renderScreen> | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

/** A counter: ↑ adds one, Enter writes down the value it sees, Enter again inside the dialog confirms. */
function Counter() {
  const [count, setCount] = useState(0);
  const [seen, setSeen] = useState<number[]>([]);
  const [dialog, setDialog] = useState(false);
  useCommands('page', [
    { id: 'up', keys: ['up'], description: 'add one', run: () => setCount(count + 1) },
    {
      id: 'note',
      keys: ['enter'],
      description: 'note it and open the dialog',
      run: () => {
        setSeen([...seen, count]);
        setDialog(true);
      },
    },
  ]);
  return (
    <>
      <Text>
        count {count} · seen [{seen.join(',')}]
      </Text>
      {dialog ? (
        <Layer>
          <Dialog onClose={() => setDialog(false)} />
        </Layer>
      ) : null}
    </>
  );
}

function Dialog({ onClose }: { onClose(): void }) {
  const [answered, setAnswered] = useState(false);
  useCommands('page', [
    { id: 'confirm', keys: ['enter'], run: () => setAnswered(true) },
    { id: 'close', keys: ['esc'], run: onClose },
  ]);
  return <Text>dialog {answered ? 'confirmed' : 'open'}</Text>;
}

describe('the key router', () => {
  it('gives every press of one write the state the press before it left', async () => {
    ui = renderScreen(
      <LayerRoot>
        <Counter />
      </LayerRoot>,
    );
    await ui.waitFor('count 0');
    await ui.press('\u001B[A\u001B[A\r');
    const frame = await ui.waitFor('seen [2]');
    expect(frame).toContain('count 2');
  });

  it('does not hand the Enter that opened a dialog to the dialog too; the next Enter is its', async () => {
    ui = renderScreen(
      <LayerRoot>
        <Counter />
      </LayerRoot>,
    );
    await ui.waitFor('count 0');
    await ui.press('\r');
    await ui.waitFor('dialog open');
    await ui.settle();
    expect(ui.frame()).toContain('dialog open');
    await ui.press('\r\u001B[A');
    await ui.waitFor('dialog confirmed');
    // ↑ went to the dialog's layer, which has no such key: the page under it did not count.
    expect(ui.frame()).toContain('count 0');
  });

  it('ignores colour codes, mouse reports and OSC strings instead of throwing', async () => {
    ui = renderScreen(
      <LayerRoot>
        <Counter />
      </LayerRoot>,
    );
    await ui.waitFor('count 0');
    await ui.press('\u001B[32m\u001B[<0;3;4M\u001B]52;c;aGk=\u0007\u001B[A\u001B[0m');
    await ui.waitFor('count 1');
  });
});
