import type { Reveal } from '../../../store/index.js';
import { InlinePolicyDialog } from '../policies/InlinePolicyDialog.js';
import { RemovePermissionDialog } from '../policies/RemovePermissionDialog.js';
import { DeleteUserDialog } from '../users/DeleteUserDialog.js';
import type { PermissionsDialog } from './PermissionsTab.js';
import { ConsoleAccessDialog } from './security/ConsoleAccessDialog.js';
import { DeactivateKeyDialog, DeleteKeyDialog, EditDescriptionDialog } from './security/KeyActionDialogs.js';
import { PasswordModal } from './security/PasswordModal.js';

/** The dialogs the user page can open; Ink has no z-order, so one replaces the page at a time. */
export type UserDialog =
  | { kind: 'delete-user' }
  | { kind: 'enable-console' }
  | { kind: 'manage-console' }
  | { kind: 'deactivate'; accessKeyId: string }
  | { kind: 'delete-key'; accessKeyId: string }
  | { kind: 'edit-description'; accessKeyId: string }
  | PermissionsDialog;

export interface UserDialogsProps {
  dialog: UserDialog | null;
  userName: string;
  /** The console password to show once; it wins over any dialog. */
  reveal: Reveal | null;
  onClose(): void;
}

export function UserDialogs({ dialog, userName, reveal, onClose }: UserDialogsProps) {
  if (reveal?.kind === 'password') return <PasswordModal reveal={reveal} />;
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'delete-user':
      return <DeleteUserDialog userName={userName} onClose={onClose} />;
    case 'enable-console':
      return <ConsoleAccessDialog mode="enable" userName={userName} onClose={onClose} />;
    case 'manage-console':
      return <ConsoleAccessDialog mode="manage" userName={userName} onClose={onClose} />;
    case 'deactivate':
      return <DeactivateKeyDialog userName={userName} accessKeyId={dialog.accessKeyId} onClose={onClose} />;
    case 'delete-key':
      return <DeleteKeyDialog userName={userName} accessKeyId={dialog.accessKeyId} onClose={onClose} />;
    case 'edit-description':
      return <EditDescriptionDialog userName={userName} accessKeyId={dialog.accessKeyId} onClose={onClose} />;
    case 'remove-permission':
      return <RemovePermissionDialog userName={userName} policy={dialog.policy} onClose={onClose} />;
    case 'inline-policy':
      return <InlinePolicyDialog policyName={dialog.policy.policyName} document={dialog.policy.document} onClose={onClose} />;
  }
}
