import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import { useTheme } from '../../theme.js';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

/** The alert above the sign-in form: signed out, or the authentication error. */
export function SignInNotice({ notice }: { notice: Notice }) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const colour = notice.kind === 'error' ? theme.colour.error : theme.colour.info;
  return (
    <Box borderStyle={screenReader ? undefined : 'single'} borderColor={colour} paddingX={screenReader ? 0 : 1}>
      <Text color={colour}>
        {notice.kind === 'error' ? (theme.useColour ? '✖ ' : 'Error: ') : theme.useColour ? 'ℹ ' : 'Note: '}
        {notice.text}
      </Text>
    </Box>
  );
}
