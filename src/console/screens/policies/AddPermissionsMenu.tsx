import { useState } from 'react';
import { Box, Text } from 'ink';
import { Layer, useKeys } from '../../input/layers.js';
import { useTheme } from '../../theme.js';

export type AddPermissionsChoice = 'add-permissions' | 'create-inline-policy';

const ITEMS: readonly { value: AddPermissionsChoice; label: string }[] = [
  { value: 'add-permissions', label: 'Add permissions' },
  { value: 'create-inline-policy', label: 'Create inline policy' },
];

/**
 * The `Add permissions` drop-down of a user's Permissions tab. Its own layer: while it is open
 * the page's keys are off and Esc only closes it.
 */
export function AddPermissionsMenu(props: { onChoose(choice: AddPermissionsChoice): void; onClose(): void }) {
  return (
    <Layer>
      <MenuBody {...props} />
    </Layer>
  );
}

function MenuBody({ onChoose, onClose }: { onChoose(choice: AddPermissionsChoice): void; onClose(): void }) {
  const theme = useTheme();
  const [cursor, setCursor] = useState(0);
  useKeys((_input, key) => {
    if (key.upArrow) setCursor((index) => Math.max(0, index - 1));
    else if (key.downArrow) setCursor((index) => Math.min(ITEMS.length - 1, index + 1));
    else if (key.return) onChoose(ITEMS[cursor]!.value);
    else if (key.escape || key.tab) onClose();
  });
  return (
    <Box flexDirection="column" borderStyle="single" borderColor={theme.colour.focus} paddingX={1} alignSelf="flex-end" aria-role="menu">
      {ITEMS.map((item, index) => {
        const here = index === cursor;
        return (
          <Box key={item.value} aria-role="menuitem" aria-state={{ selected: here }}>
            <Text color={theme.colour.focus} bold>
              {here ? '› ' : '  '}
            </Text>
            <Text inverse={here && theme.useColour}>{item.label}</Text>
          </Box>
        );
      })}
      <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
        ↑/↓ · Enter · Esc close
      </Text>
    </Box>
  );
}
