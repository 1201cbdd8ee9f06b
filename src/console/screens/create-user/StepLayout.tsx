import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { useContentSize } from '../../frame/content-size.js';
import { useTheme } from '../../theme.js';
import { ScrollView, type ScrollBlock } from '../../components/ScrollView.js';

/** Rows the wizard puts above a step: breadcrumb and step rail (the rail may wrap). */
export function wizardHeaderRows(width: number): number {
  // "▸ Step 1: Specify user details  ✓ Step 2: Set permissions    Step 3: Review and create"
  return 1 + (width >= 90 ? 1 : 2);
}

/** The rows of a step's scrolling body when it does not fit (all but heading and button row). */
export function stepBodyRows(size: { width: number; height: number }): number {
  return Math.max(3, size.height - wizardHeaderRows(size.width) - 2);
}

/**
 * One step of the wizard: its heading, its content in a scrolling window that keeps the focused
 * control in view, and the buttons pinned underneath as the console pins them under the form.
 */
export function StepLayout(props: {
  title: string;
  focused: string | null;
  blocks: readonly ScrollBlock[];
  buttons: ReactNode;
  /** False while the focused control uses PgUp/PgDn itself (a table pages its rows). */
  scrollKeys?: boolean;
}) {
  const theme = useTheme();
  const size = useContentSize();
  return (
    <Box flexDirection="column" width={size.width}>
      <Text bold color={theme.colour.heading}>
        {props.title}
      </Text>
      <ScrollView
        fill
        height={stepBodyRows(size) + 1}
        focused={props.focused}
        sections={props.blocks}
        footer={props.buttons}
        active={props.scrollKeys ?? true}
      />
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
