import { Box, Text } from 'ink';
import { StepRail, type Step } from '../../components/StepRail.js';
import { useContentSize } from '../../frame/content-size.js';
import { useTheme } from '../../theme.js';

export const STEPS: readonly Step[] = [
  { title: 'Access key best practices & alternatives' },
  { title: 'Set description tag', optional: true },
  { title: 'Retrieve access keys' },
];

// The full rail is one line from this width on; below it the three steps would wrap onto
// three rows, which a 24-row terminal cannot spare.
const RAIL_WIDTH = 126;

/** The step rail and the step's heading: the whole rail when it fits, else `Step n of 3`. */
export function WizardHeader({ step }: { step: number }) {
  const theme = useTheme();
  const { width } = useContentSize();
  const current = STEPS[step]!;
  if (width >= RAIL_WIDTH) {
    return (
      <Box flexDirection="column" marginBottom={1}>
        <StepRail steps={STEPS} current={step} />
        <Box marginTop={1}>
          <Text bold color={theme.colour.heading}>
            {current.title}
          </Text>
        </Box>
      </Box>
    );
  }
  return (
    <Box>
      <Text wrap="truncate-end">
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          Step {step + 1} of {STEPS.length}
          {current.optional ? ' (optional)' : ''} ·{' '}
        </Text>
        <Text bold color={theme.colour.heading}>
          {current.title}
        </Text>
      </Text>
    </Box>
  );
}

/** Rows WizardHeader takes at this width. */
export function headerRows(width: number): number {
  return width >= RAIL_WIDTH ? 4 : 1;
}
