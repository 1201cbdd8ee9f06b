import { Box, Text } from 'ink';
import { FocusMark } from '../../components/FocusMark.js';
import { useKeepInView } from '../../components/scroll-targets.js';
import { useCommands } from '../../input/commands.js';
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

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * `Expire passwords in [90  ] day(s)` on one line. The policy form has three numbers beside
 * its options; one-line fields are what lets the whole form fit a 24-row terminal. Only digits
 * and Backspace are taken: the value is always a whole number or empty.
 */
export function NumberField({ label, unit, value, onChange, focused, digits = 4 }: NumberFieldProps) {
  const theme = useTheme();
  // Each press meets the value the previous one committed (the key router): edit `value`. A
  // paste arrives as the keys it would be if typed: its digits, in order.
  const set = (next: string) => {
    if (next !== value) onChange(next);
  };
  useCommands(
    'page',
    [
      { id: 'digit', keys: DIGITS, label: '0–9', description: 'type the number', run: (input) => set((value + input).slice(0, digits)) },
      { id: 'erase', keys: ['backspace'], description: 'erase a digit', run: () => set(value.slice(0, -1)) },
    ],
    { isActive: focused },
  );
  const keep = useKeepInView(focused);
  const bracket = focused ? theme.colour.focus : theme.colour.border;
  return (
    <Box ref={keep}>
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
