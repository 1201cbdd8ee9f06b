import type { ReactNode } from 'react';
import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import { useTheme } from '../theme.js';

export interface ContainerProps {
  title: string;
  /** `(2)` after the title, as the console counts the rows of a section. */
  count?: number;
  description?: string;
  actions?: ReactNode;
  children?: ReactNode;
}

/** The columns a Container takes from what is inside it: a border and a space on each side. */
export const CONTAINER_CHROME = 4;

/** The console's boxed section: a header with a title, a count and actions, then content. */
export function Container({ title, count, description, actions, children }: ContainerProps) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  return (
    <Box
      flexDirection="column"
      borderStyle={screenReader ? undefined : 'round'}
      borderColor={theme.colour.border}
      paddingX={screenReader ? 0 : 1}
      marginBottom={screenReader ? 1 : 0}
    >
      <Box justifyContent="space-between" flexWrap="wrap">
        <Text bold color={theme.colour.heading}>
          {title}
          {count === undefined ? '' : ` (${count})`}
        </Text>
        {actions ? <Box>{actions}</Box> : null}
      </Box>
      {description ? (
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          {description}
        </Text>
      ) : null}
      {children}
    </Box>
  );
}
