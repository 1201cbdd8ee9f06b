import { Box, Text } from 'ink';
import { FocusMark } from '../../components/FocusMark.js';
import { useKeys } from '../../input/layers.js';
import { useTheme } from '../../theme.js';

export interface NumberFieldProps {
  /** Text before the box, e.g. `Expire passwords in`. */
  label: string;
  /** Text after the box, e.g. `day(s)`. */
  unit?: string;
  value: string;
  onChange(value: string): void;
  focused: boolean;
  /** Digits the box holds (and shows). */
  digits?: number;
}

/**
 * `Expire passwords in [90  ] day(s)` on one line. The policy form has three numbers beside
 * its options; one-line fields are what lets the whole form fit a 24-row terminal. Only digits
 * and Backspace are taken: the value is always a whole number or empty.
 */
export function NumberField({ label, unit, value, onChange, focused, digits = 4 }: NumberFieldProps) {
  const theme = useTheme();
  // Each press meets the value the previous one committed (the key router): edit `value`.
  useKeys(
    (input, key) => {
      if (key.ctrl || key.meta) return;
      let next = value;
      if (key.backspace || key.delete) next = next.slice(0, -1);
      // A paste arrives as one press: its digits, in order.
      else for (const char of input) if (char >= '0' && char <= '9') next = (next + char).slice(0, digits);
      if (next !== value) onChange(next);
    },
    { isActive: focused },
  );
  const bracket = focused ? theme.colour.focus : theme.colour.border;
  return (
    <Box>
      <FocusMark focused={focused} />
      <Text>{label} </Text>
      <Text color={bracket}>[</Text>
      <Text>
        {value}
        {focused ? <Text inverse>{theme.useColour ? ' ' : '_'}</Text> : null}
        {' '.repeat(Math.max(0, digits + 1 - value.length - (focused ? 1 : 0)))}
      </Text>
      <Text color={bracket}>]</Text>
      {unit ? <Text> {unit}</Text> : null}
    </Box>
  );
}
