import type { ReactNode } from 'react';
import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import { useTheme } from '../../theme.js';

const LEAD = { info: ['ℹ', 'Info:'], success: ['✔', 'Success:'], warning: ['⚠', 'Warning:'], error: ['✖', 'Error:'] } as const;

/** The console's inline alert: a boxed note with an icon (a word when there is no colour). */
export function InfoBox({ kind = 'info', title, children }: { kind?: keyof typeof LEAD; title?: string; children?: ReactNode }) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const lead = theme.useColour ? LEAD[kind][0] : LEAD[kind][1];
  return (
    <Box
      borderStyle={screenReader ? undefined : 'single'}
      borderColor={theme.colour[kind]}
      paddingX={1}
      flexDirection="column"
      flexShrink={0}
    >
      {title ? (
        <Text bold color={theme.colour[kind]}>
          {lead} {title}
        </Text>
      ) : null}
      {typeof children === 'string' ? (
        <Text>
          {title ? '' : `${lead} `}
          {children}
        </Text>
      ) : (
        children
      )}
    </Box>
  );
}
