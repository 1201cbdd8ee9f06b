import { useState } from 'react';
import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import { useAppStore } from '../../store/index.js';
import { isSignedOutScreen } from '../../store/location.js';
import { hyphenateAccountId } from '../format.js';
import { Layer, useKeys } from '../input/layers.js';
import { useIsTyping } from '../input/typing.js';
import { useTheme } from '../theme.js';

/** The key that opens the user menu; shown on the key line and in the `?` help. */
export const USER_MENU_KEY = 'u';

type MenuItem = 'security-credentials' | 'sign-out';
const ITEMS: readonly { id: MenuItem; label: string }[] = [
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
  const [open, setOpen] = useState(false);
  const who = identity.type === 'root' ? 'root' : identity.userName;

  useKeys(
    (input, key) => {
      if (input === USER_MENU_KEY && !key.ctrl && !key.meta && !isTyping()) setOpen(true);
    },
    { isActive: !signedOut && !open },
  );

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
      {open && !signedOut ? <UserMenu who={who} root={identity.type === 'root'} accountId={accountId} onClose={() => setOpen(false)} /> : null}
    </Box>
  );
}

function UserMenu(props: { who: string; root: boolean; accountId: string; onClose(): void }) {
  return (
    <Layer>
      <UserMenuBody {...props} />
    </Layer>
  );
}

/** The drop-down under the account name; its own layer, so the page hears none of its keys. */
function UserMenuBody({ who, root, accountId, onClose }: { who: string; root: boolean; accountId: string; onClose(): void }) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const navigate = useAppStore((state) => state.navigate);
  const signOut = useAppStore((state) => state.signOut);
  const [cursor, setCursor] = useState(0);
  const choose = (item: MenuItem) => {
    onClose();
    if (item === 'sign-out') signOut();
    else navigate({ screen: 'my-security-credentials' });
  };
  useKeys((input, key) => {
    if (key.upArrow) setCursor((index) => Math.max(0, index - 1));
    else if (key.downArrow) setCursor((index) => Math.min(ITEMS.length - 1, index + 1));
    else if (key.return || input === ' ') choose(ITEMS[cursor]!.id);
    else if (key.escape || key.tab || input === USER_MENU_KEY) onClose();
  });
  return (
    <Box
      alignSelf="flex-end"
      flexDirection="column"
      borderStyle={screenReader ? undefined : 'single'}
      borderColor={theme.colour.focus}
      paddingX={1}
      aria-role="menu"
    >
      <Text>
        {root ? 'Root user' : 'IAM user'}: <Text bold>{who}</Text>
      </Text>
      <Text>Account ID: {hyphenateAccountId(accountId)}</Text>
      {ITEMS.map((item, index) => {
        const here = index === cursor;
        return (
          <Box key={item.id} aria-role="menuitem" aria-state={{ selected: here }}>
            <Text color={theme.colour.focus} bold>
              {here ? '› ' : '  '}
            </Text>
            <Text inverse={here && theme.useColour}>{item.label}</Text>
          </Box>
        );
      })}
      <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
        ↑/↓ choose · Enter · Esc close
      </Text>
    </Box>
  );
}
