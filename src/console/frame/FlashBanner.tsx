import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import type { Flash } from '../../store/index.js';
import { useTheme } from '../theme.js';

const ICON: Record<Flash['kind'], string> = { success: '✔', info: 'ℹ', warning: '⚠', error: '✖' };
const WORD: Record<Flash['kind'], string> = { success: 'Success', info: 'Info', warning: 'Warning', error: 'Error' };

/** The coloured notice at the top of a page after an action, as the console's flashbar. */
export function FlashBanner({ flash }: { flash: Flash }) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const colour = theme.colour[flash.kind];
  // Without colour the kind must still be readable, so it is spelled out.
  const lead = theme.useColour && !screenReader ? ICON[flash.kind] : `${WORD[flash.kind]}:`;
  return (
    // Never squeezed: a page too tall for the rows left under it scrolls (its body measures where it
    // starts), and the banner's title stays.
    <Box borderStyle={screenReader ? undefined : 'single'} borderColor={colour} paddingX={1} flexDirection="column" flexShrink={0}>
      <Text color={colour} bold>
        {lead} {flash.title}
      </Text>
      {flash.text ? <Text>{flash.text}</Text> : null}
    </Box>
  );
}
