import { Box, Text } from 'ink';
import { useCommands } from '../input/commands.js';
import { FocusMark } from './FocusMark.js';
import { ScrollSection, useKeepInView } from './scroll-targets.js';
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
  /**
   * Inside a ScrollView: each option is a section (`<prefix><value>`), and the selected one is
   * kept in view while `focusId` has the focus, so a long list scrolls to the chosen option.
   */
  scroll?: { prefix: string; focusId: string };
}

/** `(•) label` choices; ↑/↓ move the selection while the group has focus, as in a browser. */
export function RadioGroup<V extends string>({ label, options, value, focused, onChange, scroll }: RadioGroupProps<V>) {
  const theme = useTheme();
  const keep = useKeepInView(focused);
  const index = Math.max(
    0,
    options.findIndex((option) => option.value === value),
  );
  // Each press meets the choice the previous one committed (the key router): step from `index`.
  const choose = (to: number) => {
    if (to >= 0 && to < options.length && to !== index) onChange(options[to]!.value);
  };
  useCommands(
    'page',
    [
      { id: 'previous', keys: ['up'], label: '↑/↓', description: `choose ${label.toLowerCase()}`, run: () => choose(index - 1) },
      { id: 'next', keys: ['down'], run: () => choose(index + 1) },
      {
        id: 'jump',
        keys: options.slice(0, 9).map((_, i) => String(i + 1)),
        run: (input) => choose(Number(input) - 1),
      },
    ],
    { isActive: focused },
  );
  return (
    <Box flexDirection="column" aria-role="radiogroup">
      <Text bold>{label}</Text>
      {options.map((option) => {
        const selected = option.value === value;
        const row = (
          <Box
            key={option.value}
            ref={selected ? keep : undefined}
            flexDirection="column"
            aria-role="radio"
            aria-state={{ checked: selected }}
          >
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
        if (!scroll) return row;
        return (
          <ScrollSection key={option.value} id={`${scroll.prefix}${option.value}`} ids={selected ? [scroll.focusId] : []}>
            {row}
          </ScrollSection>
        );
      })}
    </Box>
  );
}
