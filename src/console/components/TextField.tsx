import { useState } from 'react';
import { Box, Text } from 'ink';
import { useCommands } from '../input/commands.js';
import { editField, fieldView, type EditState } from './text-editing.js';
import { useTheme } from '../theme.js';
import { FocusMark } from './FocusMark.js';
import { useKeepInView } from './scroll-targets.js';
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
  useTypingFlag(focused);
  const keep = useKeepInView(focused);

  // Each press meets the value and cursor the previous one committed (the key router), so
  // editing from `state` loses no character however fast keys arrive.
  useCommands(
    'field',
    [
      { id: 'submit', keys: ['enter'], run: () => props.onSubmit?.(value) },
      {
        id: 'edit',
        keys: ['any'],
        run: (input, key) => {
          const next = editField(state, input, key, props.maxLength);
          setCursor(next.cursor);
          if (next.value !== value) props.onChange(next.value);
        },
      },
    ],
    { isActive: focused },
  );

  // Scroll the visible window so the cursor stays inside the field.
  const inner = Math.max(4, width - 2);
  const view = fieldView(state, inner, mask);
  const visible = view.before + view.under + view.after;

  return (
    <Box ref={keep} flexDirection="column">
      <Text bold>{label}</Text>
      <Box>
        <FocusMark focused={focused} />
        <Text color={focused ? theme.colour.focus : theme.colour.border}>[</Text>
        {focused ? (
          <Text wrap="truncate">
            {view.before}
            <Text inverse>{view.under || ' '}</Text>
            {view.after}
            {' '.repeat(view.pad)}
          </Text>
        ) : (
          <Text dimColor={value === '' && !theme.noDim} italic={value === '' && theme.noDim} wrap="truncate">
            {value === '' && placeholder
              ? placeholder.padEnd(inner).slice(0, inner)
              : visible + ' '.repeat(view.under ? view.pad : view.pad + 1)}
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
