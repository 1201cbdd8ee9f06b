import type { ReactNode } from 'react';
import { Text } from 'ink';
import { useTheme } from '../../theme.js';

/** Help and secondary text: the theme's muted colour, or dim without colour. */
export function Muted({ children }: { children: ReactNode }) {
  const theme = useTheme();
  return (
    <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
      {children}
    </Text>
  );
}
