import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { useContentSize } from '../../frame/content-size.js';
import { useTheme } from '../../theme.js';
import { ScrollArea, type Block } from './ScrollArea.js';

/** Rows the wizard puts above a step: breadcrumb and step rail (the rail may wrap). */
export function wizardHeaderRows(width: number): number {
  // "▸ Step 1: Specify user details  ✓ Step 2: Set permissions    Step 3: Review and create"
  return 1 + (width >= 90 ? 1 : 2);
}

/**
 * One step of the wizard: its heading, its content in a scrolling window, and the buttons
 * pinned underneath as the console pins them at the bottom of the form.
 */
export function StepLayout(props: { title: string; focused: string | null; blocks: readonly Block[]; buttons: ReactNode }) {
  const theme = useTheme();
  const size = useContentSize();
  // Heading, the blank line above the buttons, the buttons.
  const height = Math.max(4, size.height - wizardHeaderRows(size.width) - 3);
  return (
    <Box flexDirection="column" width={size.width}>
      <Text bold color={theme.colour.heading}>
        {props.title}
      </Text>
      <ScrollArea height={height} focused={props.focused} blocks={props.blocks} />
      <Box marginTop={1} justifyContent="flex-end">
        {props.buttons}
      </Box>
    </Box>
  );
}

/** A section heading inside a step (the console's container title). */
export function SectionTitle({ children }: { children: ReactNode }) {
  const theme = useTheme();
  return (
    <Box marginTop={1}>
      <Text bold underline={!theme.useColour} color={theme.colour.heading}>
        {children}
      </Text>
    </Box>
  );
}

/** Muted explanatory text that wraps to the width it has. */
export function Muted({ children }: { children: ReactNode }) {
  const theme = useTheme();
  return (
    <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
      {children}
    </Text>
  );
}
