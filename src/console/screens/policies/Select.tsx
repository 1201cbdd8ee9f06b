import { useRef } from 'react';
import { Box, Text } from 'ink';
import { FocusMark } from '../../components/FocusMark.js';
import { useKeys } from '../../input/layers.js';
import { useTheme } from '../../theme.js';

export interface SelectProps<V extends string> {
  label: string;
  options: readonly V[];
  value: V;
  focused: boolean;
  onChange(value: V): void;
}

/**
 * The console's drop-down filter (`Filter by Type`) as one line: `‹ All types ›`; ←/→ or ↑/↓
 * step through the choices while it has focus.
 */
export function Select<V extends string>({ label, options, value, focused, onChange }: SelectProps<V>) {
  const theme = useTheme();
  const index = Math.max(0, options.indexOf(value));
  // Keys can come faster than renders: step from the latest choice.
  const latest = useRef(index);
  latest.current = index;
  useKeys(
    (_input, key) => {
      const step = key.leftArrow || key.upArrow ? -1 : key.rightArrow || key.downArrow ? 1 : 0;
      if (step === 0) return;
      const next = (latest.current + step + options.length) % options.length;
      latest.current = next;
      onChange(options[next]!);
    },
    { isActive: focused },
  );
  return (
    <Box flexDirection="column" aria-role="combobox" aria-label={label}>
      <Text bold>{label}</Text>
      <Box>
        <FocusMark focused={focused} />
        <Text color={focused ? theme.colour.focus : undefined} inverse={focused && theme.useColour}>
          ‹ {value} ›
        </Text>
      </Box>
    </Box>
  );
}
