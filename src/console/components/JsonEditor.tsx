import { useState } from 'react';
import { Box, Text, type Key } from 'ink';
import { Layer } from '../input/layers.js';
import { useCommands } from '../input/commands.js';
import { useTypingFlag } from '../input/typing.js';
import { useTheme } from '../theme.js';
import { applyKey, insertText, scrollLeft, scrollTop, type EditorState } from './json-editing.js';
import { useKeepInView } from './scroll-targets.js';

export interface JsonEditorProps {
  label: string;
  state: EditorState;
  onChange(state: EditorState): void;
  /** Focus from the page's ring; typing goes to the editor while it has it (until Esc). */
  focused: boolean;
  /** Rows of text shown (the editor adds a status row under them). */
  height: number;
  /** Columns for the gutter and the text. */
  width: number;
  /** 1-based line numbers to mark as wrong (the validation errors). */
  errorLines?: readonly number[];
  /** A viewer: the arrows move through the text, nothing edits it, Tab moves on. */
  readOnly?: boolean;
}

/**
 * A small code editor for policy JSON: line numbers, the error lines marked, ↑/↓/←/→,
 * Home/End, PgUp/PgDn, Enter keeps the indentation, Tab indents, a multi-line paste is inserted
 * as it is. Like the console's code editor it keeps Tab for itself while you type; Esc lets go
 * of the keyboard so Tab moves on (and Enter or typing takes it back).
 */
export function JsonEditor(props: JsonEditorProps) {
  const { state, focused, height, width } = props;
  const theme = useTheme();
  const [released, setReleased] = useState(false);
  const editing = focused && !released && !props.readOnly;
  // Losing the focus takes the release back: state adjusted while rendering, as React advises
  // for state that follows a prop (an effect would draw one frame with the stale value).
  const [wasFocused, setWasFocused] = useState(focused);
  if (focused !== wasFocused) {
    setWasFocused(focused);
    if (!focused) setReleased(false);
  }
  useTypingFlag(editing, true);

  // Each key reaches the handlers of the render its predecessor left (the key router), so
  // `state` here is already the latest.
  const change = (next: EditorState) => {
    if (next !== state) props.onChange(next);
  };

  // Released: the page hears Tab and Esc again; Enter or a typed character takes the keys back.
  useCommands(
    'page',
    [
      { id: 'resume', keys: ['enter'], description: 'edit the JSON again', run: () => setReleased(false) },
      {
        id: 'type',
        keys: ['any'],
        run: (input, key) => {
          if (input === '' || key.ctrl || key.meta || key.tab || key.escape || input < ' ') return;
          setReleased(false);
          change(insertText(state, input));
        },
      },
    ],
    { isActive: focused && released && !props.readOnly },
  );

  // A viewer moves the cursor (and so the window) with the navigation keys only.
  useCommands(
    'page',
    [
      {
        id: 'move',
        keys: ['up', 'down', 'left', 'right', 'pageup', 'pagedown', 'home', 'end'],
        label: '↑/↓/←/→ PgUp/PgDn Home/End',
        description: 'move in the JSON',
        run: (input, key) => change(editorInput(state, input, key, height)),
      },
    ],
    { isActive: focused && Boolean(props.readOnly) },
  );

  const lines = state.lines;
  const digits = Math.max(2, String(lines.length).length);
  const gutter = digits + 4;
  const textWidth = Math.max(8, width - gutter);
  const top = useWindow(scrollTop, state.row, height, lines.length);
  const left = useWindow((prev, col, cols) => scrollLeft(prev, col, cols), state.col, textWidth - 1, 0);
  const errors = new Set(props.errorLines ?? []);
  const visible = lines.slice(top, top + height);
  const mark = theme.useColour ? '✖' : '!';
  // The cursor's row, while the editor has the focus: kept on screen in a scrolled page.
  const cursorRow = useKeepInView(focused);

  return (
    <Box flexDirection="column" aria-role="textbox" aria-label={props.label}>
      {editing ? (
        <Layer>
          <EditorKeys onRelease={() => setReleased(true)} onKey={(input, key) => change(editorInput(state, input, key, height))} />
        </Layer>
      ) : null}
      {visible.map((line, i) => {
        const row = top + i;
        const here = row === state.row;
        const wrong = errors.has(row + 1);
        const shown = line.slice(left, left + textWidth);
        const at = state.col - left;
        return (
          <Box key={row} ref={here ? cursorRow : undefined}>
            <Text
              color={wrong ? theme.colour.error : here && focused ? theme.colour.focus : theme.colour.muted}
              bold={wrong || (here && focused)}
            >
              {/* The cursor's row wins: without colour it is the only sign of where the cursor is. */}
              {here && focused ? '›' : wrong ? mark : ' '}
              {String(row + 1).padStart(digits)}
              {' │ '}
            </Text>
            {state.all && editing ? (
              <Text wrap="truncate" inverse>
                {shown === '' ? ' ' : shown}
              </Text>
            ) : here && editing ? (
              <Text wrap="truncate">
                {shown.slice(0, at)}
                <Text inverse>{shown[at] ?? ' '}</Text>
                {shown.slice(at + 1)}
              </Text>
            ) : (
              <Text wrap="truncate" color={wrong ? theme.colour.error : undefined}>
                {shown === '' ? ' ' : shown}
              </Text>
            )}
          </Box>
        );
      })}
      {Array.from({ length: Math.max(0, height - visible.length) }, (_, i) => (
        <Text key={`pad-${i}`} color={theme.colour.muted} dimColor={!theme.colour.muted}>
          {' '.repeat(digits + 2)}│
        </Text>
      ))}
      <Text color={theme.colour.muted} dimColor={!theme.colour.muted} wrap="truncate-end">
        {props.readOnly ? `${lines.length} lines` : state.all ? 'All selected' : `Ln ${state.row + 1}, Col ${state.col + 1}`}
        {lines.length > height ? ` · ${top + 1}–${Math.min(lines.length, top + height)} of ${lines.length}` : ''}
        {props.readOnly
          ? focused
            ? ' · ↑/↓ PgUp/PgDn scroll'
            : ''
          : editing
            ? ' · Esc then Tab: leave · Ctrl+A: select all'
            : focused
              ? ' · Enter: edit · Tab: next control'
              : ''}
      </Text>
    </Box>
  );
}

/**
 * A scroll offset that moves only as far as needed to keep `at` in a window of `size`: state
 * adjusted during render (React's pattern for state derived from the previous render's).
 */
function useWindow(next: (prev: number, at: number, size: number, count: number) => number, at: number, size: number, count: number) {
  const [offset, setOffset] = useState(0);
  const wanted = next(offset, at, size, count);
  if (wanted !== offset) setOffset(wanted);
  return wanted;
}

/** One press: a paste (text with its line breaks) goes in whole; anything else as a key. */
function editorInput(state: EditorState, input: string, key: Key, pageRows: number): EditorState {
  if (input.length > 1 && !key.ctrl && !key.meta) return insertText(state, input);
  return applyKey(
    state,
    {
      input,
      upArrow: key.upArrow,
      downArrow: key.downArrow,
      leftArrow: key.leftArrow,
      rightArrow: key.rightArrow,
      pageUp: key.pageUp,
      pageDown: key.pageDown,
      home: key.home,
      end: key.end,
      return: key.return,
      tab: key.tab,
      shift: key.shift,
      backspace: key.backspace || key.delete,
      ctrl: key.ctrl,
      meta: key.meta,
    },
    pageRows,
  );
}

/**
 * The editor's keys, on a layer of their own while it is being typed in: the page's Tab ring,
 * Esc and the global one-letter keys are off, and a paste arrives whole (as typed keys its
 * Enters would re-indent every pasted line).
 */
function EditorKeys({ onKey, onRelease }: { onKey(input: string, key: Key): void; onRelease(): void }) {
  useCommands(
    'page',
    [
      { id: 'release', keys: ['esc'], label: 'Esc then Tab', description: 'leave the editor', run: onRelease },
      { id: 'indent', keys: ['tab'], label: 'Tab / Shift+Tab', description: 'indent / outdent', run: onKey },
      { id: 'outdent', keys: ['shift+tab'], run: onKey },
      { id: 'select-all', keys: ['ctrl+a'], description: 'select all (then type or paste to replace)', run: onKey },
      // Everything else edits; a paste is inserted as it is.
      { id: 'edit', keys: ['any'], run: onKey },
    ],
    { wholePastes: true },
  );
  return null;
}
