import { Box, Text } from 'ink';
import { useAppStore } from '../store-hooks.js';
import { isSignedOutScreen } from '../../store/location.js';
import { hyphenateAccountId } from '../format.js';
import { DropDownMenu, type MenuItem } from '../components/DropDownMenu.js';
import { useCommands } from '../input/commands.js';
import { useIsTyping } from '../input/typing.js';
import { useTheme } from '../theme.js';

/** The key that opens the user menu; shown on the key line and in the `?` help. */
export const USER_MENU_KEY = 'u';

type UserMenuItem = 'security-credentials' | 'sign-out';
const ITEMS: readonly MenuItem<UserMenuItem>[] = [
  { id: 'security-credentials', label: 'Security credentials' },
  { id: 'sign-out', label: 'Sign out' },
];

/**
 * The console's top bar: service, then who is signed in as `<user> @ <account ID>` (hyphenated),
 * the navigation bar's account menu. `u` opens it: Security credentials, Sign out.
 */
export function TopBar() {
  const theme = useTheme();
  const accountId = useAppStore((state) => state.account.accountId);
  const identity = useAppStore((state) => state.identity);
  const signedOut = useAppStore((state) => isSignedOutScreen(state.location));
  const isTyping = useIsTyping();
  // Held with the other overlays: the frame gives the page's rows to the open menu.
  const open = useAppStore((state) => state.overlay?.kind === 'user-menu');
  const openOverlay = useAppStore((state) => state.openOverlay);
  const closeOverlay = useAppStore((state) => state.closeOverlay);
  const who = identity.type === 'root' ? 'root' : identity.userName;

  useCommands(
    'global',
    [
      {
        id: 'user-menu',
        keys: [USER_MENU_KEY],
        description: 'user menu: Security credentials, Sign out',
        when: !isTyping(),
        run: () => openOverlay({ kind: 'user-menu' }),
      },
    ],
    { isActive: !signedOut && !open },
  );

  // While the menu is open the page under it is hidden (an overlay, see App): the menu has the
  // rows it needs instead of being squeezed into rows drawn over each other.
  return (
    <Box flexDirection="column">
      <Box justifyContent="space-between" paddingX={1}>
        <Text>
          <Text bold color={theme.colour.warning}>
            aws
          </Text>
          <Text> │ </Text>
          <Text bold>IAM</Text>
          <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
            {' '}
            simulated · no real AWS account
          </Text>
        </Text>
        {signedOut ? null : (
          <Text>
            <Text bold>{who}</Text> @ {hyphenateAccountId(accountId)} {open ? '▴' : '▾'}
            <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
              {' '}
              ({USER_MENU_KEY})
            </Text>
          </Text>
        )}
      </Box>
      {open && !signedOut ? <UserMenu who={who} root={identity.type === 'root'} accountId={accountId} onClose={closeOverlay} /> : null}
    </Box>
  );
}

/** The drop-down under the account name: who is signed in, then Security credentials, Sign out. */
function UserMenu({ who, root, accountId, onClose }: { who: string; root: boolean; accountId: string; onClose(): void }) {
  const navigate = useAppStore((state) => state.navigate);
  const signOut = useAppStore((state) => state.signOut);
  const choose = (item: UserMenuItem) => {
    onClose();
    if (item === 'sign-out') signOut();
    else navigate({ screen: 'my-security-credentials' });
  };
  const header = (
    <>
      <Text>
        {root ? 'Root user' : 'IAM user'}: <Text bold>{who}</Text>
      </Text>
      <Text>Account ID: {hyphenateAccountId(accountId)}</Text>
    </>
  );
  return <DropDownMenu items={ITEMS} header={header} align="right" closeKey={USER_MENU_KEY} onChoose={choose} onClose={onClose} />;
}
