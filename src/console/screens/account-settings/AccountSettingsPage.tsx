import { useState } from 'react';
import { useAppStore } from '../../store-hooks.js';
import { NoPermissionPage } from '../../components/NoPermission.js';
import { useMissingPermission, type PermissionNeed } from '../../components/use-permission.js';
import { PasswordPolicyForm } from './PasswordPolicyForm.js';
import { PasswordPolicyView } from './PasswordPolicyView.js';

const NEEDS: readonly PermissionNeed[] = [{ action: 'GetAccountPasswordPolicy' }];

/**
 * IAM > Account settings. Only the Password policy section is simulated. The console opens
 * Edit as its own page; the store's location has no sub-page for it, so which of the two is
 * shown is view state here (an Esc or a reload lands back on the summary, as in the console).
 */
export function AccountSettingsPage() {
  const [editing, setEditing] = useState(false);
  const setFlash = useAppStore((state) => state.setFlash);
  const missing = useMissingPermission(NEEDS);
  if (missing)
    return (
      <NoPermissionPage trail={['IAM', 'Account settings']} title="Account settings" what="view the password policy" missing={missing} />
    );
  if (editing) return <PasswordPolicyForm onClose={() => setEditing(false)} />;
  return (
    <PasswordPolicyView
      onEdit={() => {
        // The banner of an earlier action does not belong to the edit page.
        setFlash(null);
        setEditing(true);
      }}
    />
  );
}
