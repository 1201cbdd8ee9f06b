import { DropDownMenu, type MenuItem } from '../../components/DropDownMenu.js';

export type AddPermissionsChoice = 'add-permissions' | 'create-inline-policy';

const ITEMS: readonly MenuItem<AddPermissionsChoice>[] = [
  { id: 'add-permissions', label: 'Add permissions' },
  { id: 'create-inline-policy', label: 'Create inline policy' },
];

/** The `Add permissions` drop-down of a user's Permissions tab. */
export function AddPermissionsMenu(props: { onChoose(choice: AddPermissionsChoice): void; onClose(): void }) {
  return <DropDownMenu items={ITEMS} align="right" onChoose={props.onChoose} onClose={props.onClose} />;
}
