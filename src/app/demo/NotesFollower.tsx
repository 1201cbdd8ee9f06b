// `iamtutor demo LESSON --notes-only`: the presenter's second terminal, which shows the running
// demo's notes pane and nothing else. It draws what the follower's store holds; run-notes.tsx
// fills that store from the file the demo writes.
import { Box, Text, useApp } from 'ink';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { commandHints, useCommands, type Command } from '../../console/input/commands.js';
import { HintsProvider } from '../../console/input/hints.js';
import { LayerRoot } from '../../console/input/layers.js';
import { ThemeProvider, type Theme } from '../../console/theme.js';
import { useScreenSize } from '../../console/use-terminal-size.js';
import { PanelLines } from '../lesson-panel/PanelLines.js';
import { keyLineText } from './demo-lines.js';
import { notesLines, type NotesView } from './notes-view.js';

export interface FollowerState {
  view: NotesView;
}

/** The follower's keys: leaving is all there is to do (the demo's own terminal drives). */
export function followerCommands(exit: () => void): Command[] {
  return [{ id: 'quit', keys: ['q', 'ctrl+c'], label: 'q', description: 'quit (the demo goes on)', run: exit }];
}

function Notes({ state }: { state: StoreApi<FollowerState> }) {
  const { exit } = useApp();
  const { view } = useStore(state);
  const size = useScreenSize();
  const commands = followerCommands(exit);
  useCommands('page', commands);
  const width = size.columns - 2;
  return (
    <Box flexDirection="column" width={size.columns} height={size.rows} paddingX={1}>
      <Text bold wrap="truncate-end">
        {`${view.lesson} — presenter's notes`}
      </Text>
      <Box flexGrow={1} flexDirection="column" overflow="hidden">
        <PanelLines lines={notesLines(view, width, size.rows - 2)} />
      </Box>
      <Text dimColor wrap="truncate-end">
        {keyLineText(commandHints(commands))}
      </Text>
    </Box>
  );
}

export function NotesFollower({ state, theme }: { state: StoreApi<FollowerState>; theme: Theme }) {
  return (
    <ThemeProvider theme={theme}>
      <LayerRoot>
        <HintsProvider>
          <Notes state={state} />
        </HintsProvider>
      </LayerRoot>
    </ThemeProvider>
  );
}
