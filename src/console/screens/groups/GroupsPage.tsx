import { useState } from 'react';
import { useAppStore } from '../../store-hooks.js';
import { NoPermissionPage } from '../../components/NoPermission.js';
import { useMissingPermission, type PermissionNeed } from '../../components/use-permission.js';
import { CreateGroupForm } from './CreateGroupForm.js';
import { GroupDetail } from './GroupDetail.js';
import { GroupsList } from './GroupsList.js';

const NEEDS: readonly PermissionNeed[] = [{ action: 'ListGroups' }];

type View = { kind: 'list' } | { kind: 'create' } | { kind: 'detail'; groupName: string };

/**
 * IAM > IAM user groups. The console gives Create user group and each group a page of their
 * own; the store's location has one `groups` screen, so which view is shown is view state here.
 */
export function GroupsPage() {
  const [view, setView] = useState<View>({ kind: 'list' });
  const setFlash = useAppStore((state) => state.setFlash);
  const list = () => setView({ kind: 'list' });
  const missing = useMissingPermission(NEEDS);
  if (missing)
    return <NoPermissionPage trail={['IAM', 'IAM user groups']} title="IAM user groups" what="list user groups" missing={missing} />;
  if (view.kind === 'create') return <CreateGroupForm onClose={list} />;
  if (view.kind === 'detail') return <GroupDetail groupName={view.groupName} onBack={list} />;
  return (
    <GroupsList
      onCreate={() => {
        // The banner of an earlier action does not belong to the new page.
        setFlash(null);
        setView({ kind: 'create' });
      }}
      onOpen={(groupName) => setView({ kind: 'detail', groupName })}
    />
  );
}
