import { useEffect, useRef, useState } from 'react';
import { Box, Text, useInput, useStdin, type Key } from 'ink';
import { splitChunk } from '../input/keys.js';
import { Layer, useIsTopLayer, useKeys } from '../input/layers.js';
import { useTypingFlag } from '../input/typing.js';
import { useTheme } from '../theme.js';
import { applyKey, insertText, scrollLeft, scrollTop, type EditorState } from './json-editing.js';

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
  useEffect(() => {
    if (!focused) setReleased(false);
  }, [focused]);
  useTypingFlag(editing);

  // Keys can arrive faster than renders: edit from the latest state, not this render's.
  const latest = useRef(state);
  const rendered = useRef(state);
  if (rendered.current !== state) {
    rendered.current = state;
    latest.current = state;
  }
  const change = (next: EditorState) => {
    if (next === latest.current) return;
    latest.current = next;
    rendered.current = next;
    props.onChange(next);
  };

  // Released: the page hears Tab and Esc again; Enter or a typed character takes the keys back.
  useKeys(
    (input, key) => {
      if (key.return) setReleased(false);
      else if (input !== '' && !key.ctrl && !key.meta && !key.tab && !key.escape && input >= ' ') {
        setReleased(false);
        change(insertText(latest.current, input));
      }
    },
    { isActive: focused && released && !props.readOnly },
  );

  // A viewer moves the cursor (and so the window) with the navigation keys only.
  useKeys(
    (input, key) => {
      const moves = key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end;
      if (moves) change(editorInput(latest.current, input, key, height));
    },
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

  return (
    <Box flexDirection="column" aria-role="textbox" aria-label={props.label}>
      {editing ? (
        <Layer>
          <EditorKeys
            onKey={(input, key) => {
              if (key.escape) return setReleased(true);
              change(editorInput(latest.current, input, key, height));
            }}
          />
        </Layer>
      ) : null}
      {visible.map((line, i) => {
        const row = top + i;
        const here = row === state.row;
        const wrong = errors.has(row + 1);
        const shown = line.slice(left, left + textWidth);
        const at = state.col - left;
        return (
          <Box key={row}>
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

/** A scroll offset that moves only as far as needed to keep `at` in a window of `size`. */
function useWindow(next: (prev: number, at: number, size: number, count: number) => number, at: number, size: number, count: number) {
  const offset = useRef(0);
  offset.current = next(offset.current, at, size, count);
  return offset.current;
}

/** One chunk of input: a paste with newlines goes in whole; anything else key by key. */
function editorInput(state: EditorState, input: string, key: Key, pageRows: number): EditorState {
  const pasted = input.length > 1 && !key.ctrl && !key.meta && /[\r\n]/.test(input) && /[^\r\n]/.test(input);
  if (pasted) return insertText(state, input);
  return splitChunk(input, key).reduce(
    (s, press) =>
      applyKey(
        s,
        {
          input: press.input,
          upArrow: press.key.upArrow,
          downArrow: press.key.downArrow,
          leftArrow: press.key.leftArrow,
          rightArrow: press.key.rightArrow,
          pageUp: press.key.pageUp,
          pageDown: press.key.pageDown,
          home: press.key.home,
          end: press.key.end,
          return: press.key.return,
          tab: press.key.tab,
          shift: press.key.shift,
          backspace: press.key.backspace || press.key.delete,
          ctrl: press.key.ctrl,
          meta: press.key.meta,
        },
        pageRows,
      ),
    state,
  );
}

/**
 * The editor's keys, on a layer of their own while it is being typed in: the page's Tab ring,
 * Esc and the global one-letter keys are off, and a paste arrives whole (useKeys would split it
 * into lines and Enters, re-indenting every pasted line).
 */
function EditorKeys({ onKey }: { onKey(input: string, key: Key): void }) {
  const { isRawModeSupported } = useStdin();
  const top = useIsTopLayer();
  useInput(onKey, { isActive: Boolean(isRawModeSupported) && top });
  return null;
}
