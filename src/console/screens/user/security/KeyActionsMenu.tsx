import { useState } from 'react';
import { Box, Text } from 'ink';
import type { AccessKey } from '../../../../iam/index.js';
import { Layer, useKeys } from '../../../input/layers.js';
import { useTheme } from '../../../theme.js';

export type KeyAction = 'activate' | 'deactivate' | 'delete' | 'edit-description';

const LABELS: Record<KeyAction, string> = {
  activate: 'Activate',
  deactivate: 'Deactivate',
  delete: 'Delete',
  'edit-description': 'Edit description',
};

/** What the Actions drop-down offers for a key (facts §4): Activate or Deactivate, Delete, Edit. */
export function keyActions(key: AccessKey): KeyAction[] {
  return [key.status === 'Active' ? 'deactivate' : 'activate', 'delete', 'edit-description'];
}

export interface KeyActionsMenuProps {
  accessKey: AccessKey;
  onChoose(action: KeyAction): void;
  onClose(): void;
}

/**
 * The Actions drop-down, drawn under the table. It is its own layer: while it is open the
 * page's keys (Tab, Esc → back, 1–5) are off, and Esc only closes the menu.
 */
export function KeyActionsMenu(props: KeyActionsMenuProps) {
  return (
    <Layer>
      <MenuBody {...props} />
    </Layer>
  );
}

function MenuBody({ accessKey, onChoose, onClose }: KeyActionsMenuProps) {
  const theme = useTheme();
  const actions = keyActions(accessKey);
  const [cursor, setCursor] = useState(0);
  useKeys((_input, key) => {
    if (key.upArrow) setCursor((index) => Math.max(0, index - 1));
    else if (key.downArrow) setCursor((index) => Math.min(actions.length - 1, index + 1));
    else if (key.return) onChoose(actions[cursor]!);
    else if (key.escape || key.tab) onClose();
  });
  return (
    <Box
      flexDirection="column"
      borderStyle="single"
      borderColor={theme.colour.focus}
      paddingX={1}
      alignSelf="flex-start"
      aria-role="menu"
    >
      <Text bold>Actions · {accessKey.accessKeyId}</Text>
      {actions.map((action, index) => {
        const here = index === cursor;
        return (
          <Box key={action} aria-role="menuitem" aria-state={{ selected: here }}>
            <Text color={theme.colour.focus} bold>
              {here ? '› ' : '  '}
            </Text>
            <Text inverse={here && theme.useColour} color={action === 'delete' ? theme.colour.error : undefined}>
              {LABELS[action]}
            </Text>
          </Box>
        );
      })}
      <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
        ↑/↓ choose · Enter · Esc close
      </Text>
    </Box>
  );
}
