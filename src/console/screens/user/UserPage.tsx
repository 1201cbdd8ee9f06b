import { useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import type { User } from '../../../iam/index.js';
import { findUser, USER_TABS, type UserTab } from '../../../store/index.js';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { setAccessKeyStatus } from '../../../store/workflows/access-key-actions.js';
import { Button } from '../../components/Button.js';
import { NoPermission, NoPermissionPage } from '../../components/NoPermission.js';
import { useMissingPermission, type PermissionNeed } from '../../components/use-permission.js';
import { ScrollSection, ScrollView } from '../../components/ScrollView.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { useContentSize } from '../../frame/content-size.js';
import { useFocusRing, useZone } from '../../input/focus.js';
import { useCommands } from '../../input/commands.js';
import { useIsTyping } from '../../input/typing.js';
import { useTheme } from '../../theme.js';
import { MissingUser } from './MissingUser.js';
import { permissionsControls, type PermissionsControl } from './PermissionsTab.js';
import { SummaryBox, type SummaryLink } from './SummaryBox.js';
import { TabContent } from './TabContent.js';
import { Tabs } from './Tabs.js';
import { UserDialogs, type UserDialog } from './UserDialogs.js';
import type { KeyAction } from './security/KeyActionsMenu.js';
import { securityControls, type SecurityControl } from './security/SecurityCredentialsTab.js';

/** Rows of a tab's content that come into view with the tab bar when the tab bar has the focus. */
const TAB_PEEK = 6;

type Control = 'delete' | SummaryLink | 'tabs' | SecurityControl | PermissionsControl;

/** What each tab reads; a tab the signed-in user may not read shows the no-permission state. */
const TAB_NEEDS: Partial<Record<UserTab, { action: PermissionNeed['action']; what: string }>> = {
  'security-credentials': { action: 'ListAccessKeys', what: 'list access keys' },
  groups: { action: 'ListGroupsForUser', what: 'list groups for this user' },
  tags: { action: 'ListUserTags', what: 'list tags for this user' },
};

/**
 * IAM > IAM users > <name>: the user details page (facts §2). `own` is the signed-in user's
 * "My security credentials" page (user menu › Security credentials): the same Security
 * credentials content without the summary, tabs or Delete.
 */
export function UserPage({ userName, tab, own = false }: { userName: string; tab: UserTab; own?: boolean }) {
  const user = useAppStore((state) => findUser(state.account, userName));
  // The own page needs only the tab's permission: users reach it without reading other users.
  const needs = useMemo<PermissionNeed[]>(() => (own ? [] : [{ action: 'GetUser', request: { UserName: userName } }]), [own, userName]);
  const missing = useMissingPermission(needs);
  if (missing)
    return <NoPermissionPage trail={['IAM', 'IAM users', userName]} title={userName} what="view user details" missing={missing} />;
  // A user deleted meanwhile (or a bad location) gets the console's error, not a crash.
  if (!user) return <MissingUser userName={userName} />;
  return <UserDetails user={user} tab={tab} own={own} />;
}

function UserDetails({ user, tab, own }: { user: User; tab: UserTab; own: boolean }) {
  const store = useAppStoreApi();
  const account = useAppStore((state) => state.account);
  const reveal = useAppStore((state) => state.reveal);
  const navigate = useAppStore((state) => state.navigate);
  const setFlash = useAppStore((state) => state.setFlash);
  const size = useContentSize();
  const theme = useTheme();
  const { zone } = useZone();
  const isTyping = useIsTyping();
  const [dialog, setDialog] = useState<UserDialog | null>(null);
  const [menuFor, setMenuFor] = useState<string | null>(null);

  const tabNeed = TAB_NEEDS[tab];
  const tabNeeds = useMemo<PermissionNeed[]>(
    () => (tabNeed ? [{ action: tabNeed.action, request: { UserName: user.userName } }] : []),
    [tabNeed, user.userName],
  );
  const tabMissing = useMissingPermission(tabNeeds);

  const ids: Control[] = [
    ...(own ? [] : (['delete'] as const)),
    ...(own || user.accessKeys[0] ? [] : (['key1'] as const)),
    ...(own || user.accessKeys[1] ? [] : (['key2'] as const)),
    ...(own ? [] : (['tabs'] as const)),
    ...(tab === 'security-credentials' && !tabMissing ? securityControls(user) : []),
    ...(tab === 'permissions' && !own && !tabMissing ? permissionsControls(account, user) : []),
  ];
  const ring = useFocusRing<Control>(ids, 'tabs');
  const showsPassword = reveal?.kind === 'password' && reveal.userName === user.userName;
  const covered = dialog !== null || showsPassword;

  const changeTab = (next: UserTab) => {
    const location = store.getState().location;
    if (location.screen === 'user') navigate({ ...location, tab: next });
    if (ring.focused !== 'tabs' && ring.focused !== null) ring.focus('tabs');
  };
  const open = (next: UserDialog) => {
    setFlash(null);
    setDialog(next);
  };
  const createKey = () => navigate({ screen: 'create-access-key', userName: user.userName });

  useCommands(
    'page',
    [
      {
        id: 'tab',
        keys: USER_TABS.map((_, i) => String(i + 1)),
        label: `1–${USER_TABS.length}`,
        description: 'tabs',
        when: !isTyping(),
        run: (input) => changeTab(USER_TABS[Number(input) - 1]!),
      },
      { id: 'back', keys: ['esc'], description: 'back to IAM users', run: () => navigate({ screen: 'users' }) },
    ],
    { isActive: !menuFor && zone === 'page' && !own, lead: true },
  );

  const onKeyAction = (action: KeyAction, accessKeyId: string) => {
    if (action === 'deactivate') return open({ kind: 'deactivate', accessKeyId });
    if (action === 'delete') return open({ kind: 'delete-key', accessKeyId });
    if (action === 'edit-description') return open({ kind: 'edit-description', accessKeyId });
    const result = setAccessKeyStatus(store, user.userName, accessKeyId, 'Active');
    setFlash(
      result.ok ? { kind: 'success', title: `Access key ${accessKeyId} activated.` } : { kind: 'error', title: result.error.message },
    );
  };

  const focused = ring.focused;

  return (
    <Box flexDirection="column">
      <Box display={covered ? 'none' : 'flex'} flexDirection="column">
        <Breadcrumbs trail={own ? ['IAM', 'Security credentials'] : ['IAM', 'IAM users', user.userName]} />
        <Box justifyContent="space-between">
          <Text bold color={theme.colour.heading}>
            {own ? `My security credentials · IAM user ${user.userName}` : user.userName}
          </Text>
          {own ? null : <Button label="Delete" focused={ring.is('delete')} onPress={() => open({ kind: 'delete-user' })} />}
        </Box>
        {/* An open Actions menu grows its section, and the view follows it. */}
        <ScrollView fill height={size.height - 1} focused={focused} active={!menuFor && !covered} contentKey={tab}>
          {/* Delete sits above the view: focusing it scrolls back to the top. */}
          {own ? null : (
            <ScrollSection id="summary" ids={['delete', 'key1', 'key2']}>
              <SummaryBox
                account={account}
                user={user}
                width={size.width}
                focused={focused === 'key1' || focused === 'key2' ? focused : null}
                onCreateKey={createKey}
              />
            </ScrollSection>
          )}
          {own ? null : (
            // Opening a tab shows the bar and the start of what it opened: on a short screen the
            // Summary above gives way (scrolls off) rather than the tab's content.
            <ScrollSection id="tabs" after={TAB_PEEK}>
              <Tabs tab={tab} focused={ring.is('tabs')} width={size.width - 1} onChange={changeTab} />
            </ScrollSection>
          )}
          {tabMissing && tabNeed ? (
            <ScrollSection id="tab-content">
              <NoPermission what={tabNeed.what} missing={tabMissing} />
            </ScrollSection>
          ) : (
            <TabContent
              tab={tab}
              account={account}
              user={user}
              width={size.width}
              focused={focused}
              menuFor={menuFor}
              onConsoleAccess={() => open({ kind: user.loginProfile ? 'manage-console' : 'enable-console' })}
              onAssignMfa={() => setFlash({ kind: 'info', title: 'Assigning MFA devices is not simulated in iamtutor.' })}
              onCreateKey={createKey}
              onMenu={setMenuFor}
              onKeyAction={onKeyAction}
              onPermissionsDialog={open}
            />
          )}
        </ScrollView>
      </Box>
      <UserDialogs dialog={dialog} userName={user.userName} reveal={showsPassword ? reveal : null} onClose={() => setDialog(null)} />
    </Box>
  );
}
