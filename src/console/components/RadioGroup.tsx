import { useRef } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../input/layers.js';
import { FocusMark } from './FocusMark.js';
import { useTheme } from '../theme.js';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  description?: string;
}

export interface RadioGroupProps<V extends string> {
  label: string;
  options: readonly RadioOption<V>[];
  value: V;
  focused: boolean;
  onChange(value: V): void;
}

/** `(•) label` choices; ↑/↓ move the selection while the group has focus, as in a browser. */
export function RadioGroup<V extends string>({ label, options, value, focused, onChange }: RadioGroupProps<V>) {
  const theme = useTheme();
  const index = Math.max(
    0,
    options.findIndex((option) => option.value === value),
  );
  // Arrows can come faster than renders: step from the latest choice, not this render's.
  const latest = useRef(index);
  latest.current = index;
  useKeys(
    (input, key) => {
      const choose = (to: number) => {
        if (to < 0 || to >= options.length || to === latest.current) return;
        latest.current = to;
        onChange(options[to]!.value);
      };
      if (key.upArrow) choose(latest.current - 1);
      if (key.downArrow) choose(latest.current + 1);
      const digit = Number(input);
      if (input !== ' ' && digit >= 1 && digit <= options.length) choose(digit - 1);
    },
    { isActive: focused },
  );
  return (
    <Box flexDirection="column" aria-role="radiogroup">
      <Text bold>{label}</Text>
      {options.map((option) => {
        const selected = option.value === value;
        return (
          <Box key={option.value} flexDirection="column" aria-role="radio" aria-state={{ checked: selected }}>
            <Box>
              <Box flexShrink={0}>
                <FocusMark focused={focused && selected} />
                <Text color={selected ? theme.colour.accent : undefined}>{selected ? '(•)' : '( )'} </Text>
              </Box>
              <Text bold={selected}>{option.label}</Text>
            </Box>
            {option.description ? (
              <Box marginLeft={6}>
                <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
                  {option.description}
                </Text>
              </Box>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}
