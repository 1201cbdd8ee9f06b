import { Box, Text } from 'ink';
import { useTheme } from '../theme.js';

export interface Step {
  title: string;
  optional?: boolean;
}

/** `Step 1 · Specify user details › Step 2 …`: the wizard's steps, the current one marked. */
export function StepRail({ steps, current }: { steps: readonly Step[]; current: number }) {
  const theme = useTheme();
  return (
    <Box flexWrap="wrap" aria-role="list">
      {steps.map((step, index) => {
        const here = index === current;
        const label = `Step ${index + 1}${step.optional ? ' - optional' : ''}: ${step.title}`;
        return (
          <Box key={step.title} aria-role="listitem" aria-state={{ selected: here }}>
            <Text
              bold={here}
              color={here ? theme.colour.accent : index < current ? undefined : theme.colour.muted}
              dimColor={!here && index > current && !theme.colour.muted}
              underline={here && !theme.useColour}
            >
              {here ? '▸ ' : index < current ? '✓ ' : '  '}
              {label}
            </Text>
            {index < steps.length - 1 ? <Text color={theme.colour.muted}>{'  '}</Text> : null}
          </Box>
        );
      })}
    </Box>
  );
}
