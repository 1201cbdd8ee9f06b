import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import type { MissingPermission } from '../../store/selectors.js';
import { Breadcrumbs } from '../frame/Breadcrumbs.js';
import { useFocusRing } from '../input/focus.js';
import { useTheme } from '../theme.js';

/** Why the request was denied, in the words of the AccessDenied message's end. */
export function denialReason(missing: Pick<MissingPermission, 'decision' | 'statement'>): string {
  if (missing.decision === 'ExplicitDeny') {
    const s = missing.statement;
    const where = s
      ? ` in ${s.policyName}${s.sid ? `, statement ${s.sid}` : ''} (${s.attachedVia === 'Directly' ? 'attached directly' : s.attachedVia === 'Inline' ? 'inline policy' : `attached via ${s.attachedVia.replace(/^Group /, 'group ')}`})`
      : '';
    return `an explicit deny in an identity-based policy${where}`;
  }
  return 'no identity-based policy allows the action';
}

export interface NoPermissionProps {
  /** what the page would do, e.g. "list users" */
  what: string;
  missing: MissingPermission;
}

/**
 * The console's "You don't have permission" state, where a page would show data the signed-in
 * user may not read. UNCONFIRMED wording: the title and "You need permissions:" line follow the
 * console's access-denied alerts; the request text is what the console offers to copy and send
 * to an administrator.
 */
export function NoPermission({ what, missing }: NoPermissionProps) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  return (
    <Box
      flexDirection="column"
      borderStyle={screenReader ? undefined : 'single'}
      borderColor={theme.colour.error}
      paddingX={screenReader ? 0 : 1}
      aria-label="Access denied"
    >
      <Text bold color={theme.colour.error}>
        {theme.useColour ? '✖ ' : 'Access denied: '}
        You don't have permission to {what}
      </Text>
      <Text>
        You need permissions: <Text bold>{missing.action}</Text>
      </Text>
      <Box marginTop={1} flexDirection="column">
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          To request access, send this to your administrator:
        </Text>
        <Text>User: {missing.principalArn}</Text>
        <Text>Action: {missing.action}</Text>
        <Text>On resource(s): {missing.resource}</Text>
        <Text>Context: {denialReason(missing)}</Text>
      </Box>
    </Box>
  );
}

const NO_CONTROLS: readonly never[] = [];

/** A whole page replaced by the no-permission state: breadcrumbs, title, the state. */
export function NoPermissionPage({ trail, title, ...props }: NoPermissionProps & { trail: readonly string[]; title: string }) {
  const theme = useTheme();
  // Nothing to focus: Tab goes to the navigation, as on a page without controls.
  useFocusRing(NO_CONTROLS);
  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={trail} />
      <Text bold color={theme.colour.heading}>
        {title}
      </Text>
      <NoPermission {...props} />
    </Box>
  );
}
