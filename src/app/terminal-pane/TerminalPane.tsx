import { Box, Text, useCursor, useIsScreenReaderEnabled } from 'ink';
import { graphemes } from '../../console/components/columns.js';
import { useCommands } from '../../console/input/commands.js';
import { Layer, type KeyHandler } from '../../console/input/layers.js';
import { useTheme } from '../../console/theme.js';
import { promptRows, visibleRows, type PromptRow } from './screen-rows.js';
import { usePromptLine } from './use-prompt-line.js';
import { useTerminalSession } from './use-terminal-session.js';

export interface TerminalPaneProps {
  width: number;
  height: number;
  /** the pane's first column on the screen (the console's width while beside it) */
  left: number;
  /** Shown, and so holding the keyboard. Hidden, it stays mounted: history and the line survive. */
  shown: boolean;
  /** False: shown but not listening (a demo plays commands in it; its keys stay the demo's). */
  listening?: boolean;
}

/** Above any console dialog or the key help; below the too-small notice (50). */
const PANE_LAYER = 20;
const PANE_KEYS = 'Ctrl+T console · Tab complete · ↑↓ history · PgUp/PgDn scroll · Ctrl+C cancel';

/**
 * The learner's laptop: a terminal window titled `jane@laptop: ~` with the scrollback, then the
 * prompt and the line being typed, and the pane's keys on its last row.
 */
export function TerminalPane({ width, height, left, shown, listening = true }: TerminalPaneProps) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const inner = Math.max(10, width - (screenReader ? 0 : 4));
  const session = useTerminalSession(inner);
  const line = usePromptLine(session);

  // A masked answer shows one * per grapheme; the cursor keeps its place among them.
  const { value, cursor } = line.edit;
  const masked = session.question?.masked;
  const typed = masked ? '*'.repeat(graphemes(value).length) : value;
  const typedCursor = masked ? graphemes(value.slice(0, cursor)).length : cursor;
  const input = promptRows(session.lead + typed, session.lead.length + typedCursor, inner);
  // Border (2 rows), title and key line are fixed; the input line takes the rows it wraps to.
  const rows = Math.max(1, height - (screenReader ? 0 : 2) - 2 - input.length);
  const view = visibleRows(session.scrollback, inner, rows, line.offset);
  // What PgUp/PgDn scroll by and how far: this render's page, handed to the handler with the key.
  const page = { rows, maxOffset: view.above + view.offset };
  const title = session.title;

  // Without colour `inverse` is not drawn, so the cell cursor would be invisible: the real
  // terminal cursor marks the spot instead.
  const { setCursorPosition } = useCursor();
  const cursorRow = input.findIndex((row) => row.cursor !== null);
  const realCursor = shown && !theme.useColour && cursorRow >= 0;
  const inset = screenReader ? 0 : 2;
  setCursorPosition(
    realCursor
      ? { x: left + inset + input[cursorRow].cursor!.column, y: (screenReader ? 0 : 1) + 1 + view.rows.length + cursorRow }
      : undefined,
  );

  return (
    <Box display={shown ? 'flex' : 'none'} flexDirection="column" width={width} height={screenReader ? undefined : height}>
      <Box
        flexDirection="column"
        flexGrow={1}
        borderStyle={screenReader ? undefined : 'round'}
        borderColor={theme.colour.focus}
        paddingX={screenReader ? 0 : 1}
      >
        <Box justifyContent={screenReader ? 'flex-start' : 'center'}>
          <Text bold color={theme.colour.heading} wrap="truncate-end">
            {screenReader ? `Terminal: ${title}` : title}
          </Text>
        </Box>
        {view.rows.map((row, i) => (
          <Text key={view.above + i} color={row.stream === 'stderr' ? theme.colour.error : undefined} wrap="truncate">
            {row.text === '' ? ' ' : row.text}
          </Text>
        ))}
        {input.map((row, i) => (
          <InputRow key={`input-${i}`} row={row} showCursor={shown && !realCursor} />
        ))}
      </Box>
      <Text color={theme.colour.muted} dimColor={!theme.colour.muted} wrap="truncate-end">
        {view.offset > 0 ? `Scrolled up ${view.offset} rows · PgDn down · ` : ''}
        {PANE_KEYS}
      </Text>
      {shown && listening ? (
        <Layer above={PANE_LAYER}>
          <PaneKeys onKey={(input, key) => line.onKey(input, key, page)} />
        </Layer>
      ) : null}
    </Box>
  );
}

function InputRow({ row, showCursor }: { row: PromptRow; showCursor: boolean }) {
  if (row.cursor === null || !showCursor) return <Text wrap="truncate">{row.text}</Text>;
  const cells = graphemes(row.text);
  const at = row.cursor.index;
  return (
    <Text wrap="truncate">
      {cells.slice(0, at).join('')}
      <Text inverse>{cells[at] ?? ' '}</Text>
      {cells.slice(at + 1).join('')}
    </Text>
  );
}

/** The pane's keys, on their own layer so the console underneath hears none of them. */
function PaneKeys({ onKey }: { onKey: KeyHandler }) {
  // Every key is the prompt line's (readline decides what each does).
  useCommands('field', [{ id: 'prompt', keys: ['any'], run: onKey }]);
  return null;
}
