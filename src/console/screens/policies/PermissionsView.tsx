import { useState } from 'react';
import { Text } from 'ink';
import type { ManagedPolicy } from '../../../iam/index.js';
import { Container } from '../../components/Container.js';
import { fromText } from '../../components/json-editing.js';
import { JsonEditor } from '../../components/JsonEditor.js';
import { useTheme } from '../../theme.js';
import { prettyJson } from './policy-rows.js';

/** The Permissions tab: the policy's JSON, pretty-printed, in a viewer that scrolls. */
export function PermissionsView({
  policy,
  focused,
  width,
  height,
}: {
  policy: ManagedPolicy;
  focused: boolean;
  width: number;
  height: number;
}) {
  const theme = useTheme();
  const [view, setView] = useState(() => fromText(prettyJson(policy.document)));
  const rows = Math.max(3, Math.min(view.lines.length, height - (policy.abridged ? 4 : 3)));
  return (
    <Container title="Permissions defined in this policy" description="JSON">
      {policy.abridged ? (
        <Text color={theme.colour.warning}>
          {theme.useColour ? 'ⓘ ' : 'Note: '}This policy is abridged: the real one lists hundreds of actions.
        </Text>
      ) : null}
      <JsonEditor
        label={`${policy.policyName} policy document`}
        state={view}
        onChange={setView}
        focused={focused}
        height={rows}
        width={width - 4}
        readOnly
      />
    </Container>
  );
}
