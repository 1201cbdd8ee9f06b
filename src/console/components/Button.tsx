import { Box, Text } from 'ink';
import { useCommands } from '../input/commands.js';
import { useTheme } from '../theme.js';
import { useKeepInView } from './scroll-targets.js';

export interface ButtonProps {
  label: string;
  focused: boolean;
  onPress(): void;
  primary?: boolean;
  disabled?: boolean;
}

/** Follows a disabled button in no-colour mode, where dimming does not show. */
export const DISABLED_MARK = '(unavailable)';

/**
 * `[ Label ]`, or `›[ Label ]` when focused; Enter or Space presses it. Disabled, it is dimmed,
 * and without colour `[ Label ] (unavailable)`.
 */
export function Button({ label, focused, onPress, primary, disabled }: ButtonProps) {
  const theme = useTheme();
  const keep = useKeepInView(focused);
  useCommands(
    'global',
    [{ id: 'press', keys: ['enter', 'space'], label: 'Enter / Space', description: 'press the focused button', run: onPress }],
    {
      isActive: focused && !disabled,
    },
  );
  const colour = disabled ? theme.colour.muted : primary ? theme.colour.accent : undefined;
  return (
    <Box ref={keep} marginRight={1} aria-role="button" aria-state={{ disabled: Boolean(disabled) }} aria-label={label}>
      <Text color={theme.colour.focus} bold>
        {focused ? '›' : ' '}
      </Text>
      <Text color={colour} bold={primary && !disabled} inverse={focused && theme.useColour} dimColor={disabled && !theme.noDim}>
        [ {label} ]
      </Text>
      {/* Dimming is lost without colour: say it in words there. */}
      {disabled && (!theme.useColour || theme.noDim) ? <Text> {DISABLED_MARK}</Text> : null}
    </Box>
  );
}
