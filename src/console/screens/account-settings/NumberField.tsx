import { useRef } from 'react';
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
  // Keys can come faster than renders (a fast typist, a paste): build on the last edit, not
  // on the value of the last render, or digits are lost.
  const latest = useRef(value);
  const rendered = useRef(value);
  if (rendered.current !== value) {
    rendered.current = value;
    latest.current = value;
  }
  useKeys(
    (input, key) => {
      if (key.ctrl || key.meta) return;
      let next = latest.current;
      if ((key.backspace || key.delete) && input.length <= 1) {
        next = next.slice(0, -1);
      } else {
        // A chunk of several keys (a paste, a fast typist) arrives as one input: replay it.
        for (const char of input) {
          if (char === '\u007F' || char === '\b') next = next.slice(0, -1);
          else if (char >= '0' && char <= '9') next = (next + char).slice(0, digits);
        }
      }
      if (next === latest.current) return;
      latest.current = next;
      onChange(next);
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
