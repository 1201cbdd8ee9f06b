import type { ReactNode } from 'react';
import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import { Layer } from '../input/layers.js';
import { useTheme } from '../theme.js';

export interface ModalProps {
  title: string;
  children: ReactNode;
  tone?: 'warning' | 'error';
  /** Layers to rise above the page: overlays that may cover a dialog pass more than 1. */
  above?: number;
}

/**
 * A dialog. Ink has no z-order, so a dialog takes the place of the page content while it is
 * open; its Layer stops the page underneath from reacting to the keys meant for it.
 */
export function Modal({ title, children, tone, above = 1 }: ModalProps) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  return (
    <Layer above={above}>
      <Box
        flexDirection="column"
        borderStyle={screenReader ? undefined : 'double'}
        borderColor={tone ? theme.colour[tone] : theme.colour.accent}
        paddingX={1}
        aria-role="menu"
      >
        <Text bold color={theme.colour.heading}>
          {screenReader ? `Dialog: ${title}` : title}
        </Text>
        <Box flexDirection="column" marginTop={1}>
          {children}
        </Box>
      </Box>
    </Layer>
  );
}
