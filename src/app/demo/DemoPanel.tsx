// The demo's panel: beside the console on a wide screen, a band below it at 80 columns, with the
// instructor notes in a pane of their own under it when `n` opens them. While the script plays,
// an input layer above the whole console keeps every key for the demo (the console must not
// react to Space or arrows); while the presenter has the keyboard, only `t` (outside a text
// field) is the demo's. The key line in the band is read from the same tables the keys run.
import { useEffect, type ReactNode } from 'react';
import { Box, Text, useApp, useIsScreenReaderEnabled } from 'ink';
import { useStore } from 'zustand';
import type { PanelLayout } from '../../console/frame/PanelHost.js';
import { Layer } from '../../console/input/layers.js';
import { commandHints, useCommands, type Command } from '../../console/input/commands.js';
import { useIsTyping } from '../../console/input/typing.js';
import { useAppStore, useAppStoreApi } from '../../console/store-hooks.js';
import { useTheme } from '../../console/theme.js';
import { PanelLines } from '../lesson-panel/PanelLines.js';
import { demoLines, keyLineText } from './demo-lines.js';
import { notesLines, notesView } from './notes-view.js';
import type { DemoPlayer, DemoState } from './player.js';

/** Plays the next beat every `speed` seconds while playing; every beat changes the state, which sets the next. */
function usePlayback(player: DemoPlayer, speed: number, state: DemoState): void {
  useEffect(() => {
    if (!state.playing || state.handsOn || state.problem || state.stepIndex >= player.steps.length) return;
    const timer = setTimeout(() => player.tick(), speed * 1000);
    return () => clearTimeout(timer);
  }, [player, speed, state]);
}

/** The demo's keys while the script plays: the band's key line and the help's "In this demo" list this table. */
export function demoCommands(player: DemoPlayer, app: { exit(): void; help(): void }): Command[] {
  const { t } = player.messages;
  const toggle = () => player.togglePause();
  return [
    // One key, two words: the line says what Space will do now.
    { id: 'play', keys: ['space'], description: t('demo.key.play'), listedWhile: () => !player.playing, run: toggle },
    { id: 'pause', keys: ['space'], description: t('demo.key.pause'), listedWhile: () => player.playing, run: toggle },
    { id: 'back', keys: ['left'], label: '←/→', description: t('demo.key.step'), run: () => player.back() },
    { id: 'forward', keys: ['right'], run: () => player.forward() },
    {
      id: 'answer',
      keys: ['a'],
      description: t('demo.key.answer'),
      listedWhile: () => player.awaitingAnswer,
      run: () => player.revealAnswer(),
    },
    { id: 'notes', keys: ['n'], description: t('demo.key.notes'), run: () => player.toggleNotes() },
    { id: 'hands', keys: ['t'], description: t('demo.key.takeOver'), run: () => player.toggleHands() },
    { id: 'help', keys: ['?'], description: t('demo.key.help'), run: app.help },
    { id: 'quit', keys: ['q'], description: t('demo.key.quit'), run: app.exit },
  ];
}

/** While the presenter has the keyboard: only `t`, and not while a field is typed in. */
export function presenterCommands(player: DemoPlayer, typing: boolean): Command[] {
  return [
    { id: 'hands', keys: ['t'], description: player.messages.t('demo.key.giveBack'), when: !typing, run: () => player.toggleHands() },
  ];
}

/**
 * Registers a table of the demo's keys with the key router. The script's table takes every key,
 * so the console's key line lists none of the page's keys while it plays: they do nothing then.
 */
function DemoKeys({ commands, covers = false }: { commands: Command[]; covers?: boolean }) {
  useCommands('field', commands, { covers });
  return null;
}

/** A part of the bottom band: a rule across, then its lines (the caption band, the notes pane). */
function Ruled({ colour, width, rows, children }: { colour?: string; width: number; rows: number; children: ReactNode }) {
  return (
    <Box
      flexDirection="column"
      width={width}
      height={rows}
      borderStyle="single"
      borderColor={colour}
      borderBottom={false}
      borderLeft={false}
      borderRight={false}
      paddingX={1}
      overflow="hidden"
    >
      {children}
    </Box>
  );
}

export function DemoPanel({ player, speed, layout }: { player: DemoPlayer; speed: number; layout: PanelLayout & { notesRows?: number } }) {
  // The panel draws all of the demo's state, so it follows every change of it.
  const state = useStore(player.state);
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const { exit } = useApp();
  const store = useAppStoreApi();
  const helpOpen = useAppStore((s) => s.overlay?.kind === 'help');
  const typing = useIsTyping()();
  usePlayback(player, speed, state);
  const script = demoCommands(player, { exit, help: () => store.getState().openOverlay({ kind: 'help' }) });
  const presenter = presenterCommands(player, typing);
  const keyLine = keyLineText(commandHints(state.handsOn ? presenter : script));
  // Above the console's dialogs (a password modal), below the quit dialog; the help, opened
  // with ?, takes the keys until it closes.
  const keys = state.handsOn ? (
    <DemoKeys commands={presenter} />
  ) : helpOpen ? null : (
    <Layer above={15}>
      <DemoKeys commands={script} covers />
    </Layer>
  );
  const notesRows = layout.notesRows ?? 0;
  const notes = (width: number, rows: number) => notesLines(notesView(player, speed), width, rows);
  // Under the caption, after a rule of its own: the presenter's, not the room's.
  const notesPane =
    notesRows > 0 ? (
      <Ruled colour={theme.colour.muted} width={layout.width} rows={notesRows}>
        <PanelLines lines={notes(layout.width - 2, notesRows - 1)} />
      </Ruled>
    ) : null;
  if (screenReader) {
    const lines = [...demoLines(player, speed, 10_000, 20, keyLine), ...(state.notesShown ? notes(10_000, 20) : [])];
    return (
      <Box flexDirection="column">
        {keys}
        {lines
          .filter((l) => l.spans.length > 0)
          .map((line, i) => (
            <Text key={i}>{line.spans.map((s) => s.text).join('')}</Text>
          ))}
      </Box>
    );
  }
  if (layout.placement === 'right') {
    const captionHeight = layout.height - notesRows;
    return (
      <Box flexDirection="column" width={layout.width} height={layout.height}>
        <Box
          flexDirection="column"
          width={layout.width}
          height={captionHeight}
          borderStyle="round"
          borderColor={theme.colour.accent}
          paddingX={1}
          overflow="hidden"
        >
          {keys}
          <PanelLines lines={demoLines(player, speed, layout.width - 4, captionHeight - 2, keyLine)} />
        </Box>
        {notesPane}
      </Box>
    );
  }
  const bandRows = layout.rows - notesRows;
  return (
    <Box flexDirection="column" width={layout.width} height={layout.rows}>
      <Ruled colour={theme.colour.accent} width={layout.width} rows={bandRows}>
        {keys}
        <PanelLines lines={demoLines(player, speed, layout.width - 2, bandRows - 1, keyLine)} />
      </Ruled>
      {notesPane}
    </Box>
  );
}
