import { Box, Text } from 'ink';
import { FocusMark } from '../../components/FocusMark.js';
import { useKeepInView } from '../../components/scroll-targets.js';
import { useCommands } from '../../input/commands.js';
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
  const keep = useKeepInView(focused);
  const index = Math.max(0, options.indexOf(value));
  // Each press meets the choice the previous one committed (the key router): step from `index`.
  const step = (by: number) => onChange(options[(index + by + options.length) % options.length]!);
  useCommands(
    'page',
    [
      { id: 'previous', keys: ['left', 'up'], label: '←/→', description: `change ${label.toLowerCase()}`, run: () => step(-1) },
      { id: 'next', keys: ['right', 'down'], run: () => step(1) },
    ],
    { isActive: focused },
  );
  return (
    <Box ref={keep} flexDirection="column" aria-role="combobox" aria-label={label}>
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
