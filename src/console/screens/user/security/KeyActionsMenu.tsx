import { Text } from 'ink';
import type { AccessKey } from '../../../../iam/index.js';
import { DropDownMenu, type MenuItem } from '../../../components/DropDownMenu.js';

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

/** The Actions drop-down, drawn under the table; Esc only closes it (see DropDownMenu). */
export function KeyActionsMenu({ accessKey, onChoose, onClose }: KeyActionsMenuProps) {
  const items: MenuItem<KeyAction>[] = keyActions(accessKey).map((action) => ({
    id: action,
    label: LABELS[action],
    tone: action === 'delete' ? 'error' : undefined,
  }));
  return <DropDownMenu items={items} header={<Text bold>Actions · {accessKey.accessKeyId}</Text>} onChoose={onChoose} onClose={onClose} />;
}
