// The demo's panel: beside the console on a wide screen, a band below it at 80 columns. While
// the script plays, an input layer above the whole console keeps every key for the demo (the
// console must not react to Space or arrows); while the presenter has the keyboard, only `t`
// (outside a text field) is the demo's.
import { useEffect } from 'react';
import { Box, Text, useApp, useIsScreenReaderEnabled } from 'ink';
import { useStore } from 'zustand';
import type { PanelLayout } from '../../console/frame/PanelHost.js';
import { Layer } from '../../console/input/layers.js';
import { useCommands, type Command } from '../../console/input/commands.js';
import { useIsTyping } from '../../console/input/typing.js';
import { useTheme } from '../../console/theme.js';
import { PanelLines } from '../lesson-panel/PanelLines.js';
import { demoLines } from './demo-lines.js';
import type { DemoPlayer, DemoState } from './player.js';

/** Plays the next beat every `speed` seconds while playing; every beat changes the state, which sets the next. */
function usePlayback(player: DemoPlayer, speed: number, state: DemoState): void {
  useEffect(() => {
    if (!state.playing || state.handsOn || state.problem || state.stepIndex >= player.steps.length) return;
    const timer = setTimeout(() => player.tick(), speed * 1000);
    return () => clearTimeout(timer);
  }, [player, speed, state]);
}

/** The demo's keys while the script plays; the help's "In this demo" lists the same table. */
export function demoCommands(player: DemoPlayer, exit: () => void): Command[] {
  return [
    { id: 'pause', keys: ['space'], description: 'pause or play the demo', run: () => player.togglePause() },
    {
      id: 'back',
      keys: ['left'],
      label: '← / →',
      description: 'back to the start of the step (or the one before) / the rest of the step at once',
      run: () => player.back(),
    },
    { id: 'forward', keys: ['right'], run: () => player.forward() },
    {
      id: 'hands',
      keys: ['t'],
      description: 'take the keyboard and do the step by hand; t again gives it back',
      run: () => player.toggleHands(),
    },
    { id: 'quit', keys: ['q'], run: exit },
  ];
}

function ScriptKeys({ player }: { player: DemoPlayer }) {
  const { exit } = useApp();
  useCommands('field', demoCommands(player, exit));
  return null;
}

function PresenterKeys({ player }: { player: DemoPlayer }) {
  const isTyping = useIsTyping();
  useCommands('field', [{ id: 'hands', keys: ['t'], when: !isTyping(), run: () => player.toggleHands() }]);
  return null;
}

export function DemoPanel({ player, speed, layout }: { player: DemoPlayer; speed: number; layout: PanelLayout }) {
  // The panel draws all of the demo's state, so it follows every change of it.
  const state = useStore(player.state);
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  usePlayback(player, speed, state);
  const keys = state.handsOn ? (
    <PresenterKeys player={player} />
  ) : (
    // Above the console's dialogs (a password modal) and its help, below the quit dialog.
    <Layer above={15}>
      <ScriptKeys player={player} />
    </Layer>
  );
  if (screenReader) {
    return (
      <Box flexDirection="column">
        {keys}
        {demoLines(player, speed, 10_000, 20)
          .filter((l) => l.spans.length > 0)
          .map((line, i) => (
            <Text key={i}>{line.spans.map((s) => s.text).join('')}</Text>
          ))}
      </Box>
    );
  }
  if (layout.placement === 'right') {
    return (
      <Box
        flexDirection="column"
        width={layout.width}
        height={layout.height}
        borderStyle="round"
        borderColor={theme.colour.accent}
        paddingX={1}
        overflow="hidden"
      >
        {keys}
        <PanelLines lines={demoLines(player, speed, layout.width - 4, layout.height - 2)} />
      </Box>
    );
  }
  return (
    <Box
      flexDirection="column"
      width={layout.width}
      height={layout.rows}
      borderStyle="single"
      borderColor={theme.colour.accent}
      borderBottom={false}
      borderLeft={false}
      borderRight={false}
      paddingX={1}
      overflow="hidden"
    >
      {keys}
      <PanelLines lines={demoLines(player, speed, layout.width - 2, layout.rows - 1)} />
    </Box>
  );
}
