import { useRef, useState } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../input/layers.js';
import { applyEdit, editKey, type EditState } from './text-editing.js';
import { useTheme } from '../theme.js';
import { FocusMark } from './FocusMark.js';
import { useTypingFlag } from '../input/typing.js';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  onSubmit?(value: string): void;
  focused: boolean;
  /** Shown under the field while there is no error. */
  help?: string;
  error?: string | null;
  /** Render every character as this (password fields). */
  mask?: string;
  maxLength?: number;
  width?: number;
  placeholder?: string;
}

/** A one-line text field with a label, help text and an inline error, like the console's. */
export function TextField(props: TextFieldProps) {
  const { label, value, focused, mask, help, error, width = 40, placeholder } = props;
  const theme = useTheme();
  // The cursor is view state; the value belongs to whoever renders the field.
  const [cursor, setCursor] = useState(value.length);
  const state: EditState = { value, cursor: Math.min(cursor, value.length) };
  // Keys can arrive faster than React re-renders (a fast typist, a pty test): each handler
  // builds on the latest edit, not on the value of the last render, or characters are lost.
  const latest = useRef<EditState>(state);
  const rendered = useRef(value);
  if (rendered.current !== value) {
    rendered.current = value;
    latest.current = state;
  }
  useTypingFlag(focused);

  useKeys(
    (input, key) => {
      if (key.return) return props.onSubmit?.(latest.current.value);
      if (key.tab || key.upArrow || key.downArrow || key.escape || key.pageUp || key.pageDown) return;
      const next = applyEdit(latest.current, editKey(input, key), props.maxLength);
      const changed = next.value !== latest.current.value;
      latest.current = next;
      rendered.current = next.value;
      setCursor(next.cursor);
      if (changed) props.onChange(next.value);
    },
    { isActive: focused },
  );

  const shown = mask ? mask.repeat(value.length) : value;
  // Scroll the visible window so the cursor stays inside the field.
  const inner = Math.max(4, width - 2);
  const start = Math.max(0, state.cursor - inner + 1);
  const visible = shown.slice(start, start + inner);
  const at = state.cursor - start;

  return (
    <Box flexDirection="column">
      <Text bold>{label}</Text>
      <Box>
        <FocusMark focused={focused} />
        <Text color={focused ? theme.colour.focus : theme.colour.border}>[</Text>
        {focused ? (
          <Text wrap="truncate">
            {visible.slice(0, at)}
            <Text inverse>{visible[at] ?? ' '}</Text>
            {visible.slice(at + 1)}
            {' '.repeat(Math.max(0, inner - Math.max(visible.length, at + 1)))}
          </Text>
        ) : (
          <Text dimColor={value === '' && !theme.noDim} italic={value === '' && theme.noDim} wrap="truncate">
            {(value === '' && placeholder ? placeholder : visible).padEnd(inner).slice(0, inner)}
          </Text>
        )}
        <Text color={focused ? theme.colour.focus : theme.colour.border}>]</Text>
      </Box>
      {error ? (
        <Text color={theme.colour.error}>
          {theme.useColour ? '⚠ ' : 'Error: '}
          {error}
        </Text>
      ) : help ? (
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          {help}
        </Text>
      ) : null}
    </Box>
  );
}
