import { Box } from 'ink';
import type { Account, User } from '../../../../iam/index.js';
import { ScrollSection } from '../../../components/ScrollView.js';
import { AccessKeysSection } from './AccessKeysSection.js';
import { ConsoleSignInSection } from './ConsoleSignInSection.js';
import type { KeyAction } from './KeyActionsMenu.js';
import { MfaSection } from './MfaSection.js';
import { OtherCredentialSections } from './OtherCredentialSections.js';

/** The controls of this tab, in reading order, for the page's Tab ring. */
export type SecurityControl = 'console' | 'mfa' | 'create-key' | 'keys';

export function securityControls(user: User): SecurityControl[] {
  return ['console', 'mfa', 'create-key', ...(user.accessKeys.length > 0 ? (['keys'] as const) : [])];
}

export interface SecurityCredentialsTabProps {
  account: Account;
  user: User;
  width: number;
  focused: string | null;
  menuFor: string | null;
  onConsoleAccess(): void;
  onAssignMfa(): void;
  onCreateKey(): void;
  onMenu(accessKeyId: string | null): void;
  onKeyAction(action: KeyAction, accessKeyId: string): void;
}

/** The Security credentials tab: its sections in the console's order (facts §2.3). */
export function SecurityCredentialsTab(props: SecurityCredentialsTabProps) {
  const { account, user, width, focused } = props;
  return (
    <Box flexDirection="column">
      {/* Each section names the controls in it, so the page scrolls to the focused one. */}
      <ScrollSection id="console-sign-in" ids={['console']}>
        <ConsoleSignInSection account={account} user={user} focused={focused === 'console'} onAction={props.onConsoleAccess} />
      </ScrollSection>
      <ScrollSection id="mfa">
        <MfaSection user={user} focused={focused === 'mfa'} onAssign={props.onAssignMfa} />
      </ScrollSection>
      <ScrollSection id="access-keys" ids={['create-key']}>
        <AccessKeysSection
          account={account}
          user={user}
          width={width}
          focus={focused === 'create-key' ? 'create' : focused === 'keys' ? 'keys' : null}
          menuFor={props.menuFor}
          onCreate={props.onCreateKey}
          onMenu={props.onMenu}
          onAction={props.onKeyAction}
        />
      </ScrollSection>
      <ScrollSection id="other">
        <OtherCredentialSections />
      </ScrollSection>
    </Box>
  );
}
