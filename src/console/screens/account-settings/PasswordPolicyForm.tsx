import { useState } from 'react';
import { Box, Text } from 'ink';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import {
  formFromPolicy,
  pendingChange,
  policyFormErrors,
  savePasswordPolicy,
  type PasswordPolicyForm as Form,
  type PolicyMode,
} from '../../../store/workflows/password-policy.js';
import { Button } from '../../components/Button.js';
import { RadioGroup } from '../../components/RadioGroup.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { useContentSize } from '../../frame/content-size.js';
import { ScrollView } from '../../components/ScrollView.js';
import { useFocusRing } from '../../input/focus.js';
import { useCommands } from '../../input/commands.js';
import { useTheme } from '../../theme.js';
import { ConfirmPolicyDialog, type PolicyChange } from './ConfirmPolicyDialog.js';
import { customControls, CustomPolicyFields, type CustomControl } from './CustomPolicyFields.js';
import { DEFAULT_LINES } from './policy-lines.js';

type Control = 'mode' | CustomControl | 'cancel' | 'save';

/** Edit password policy: IAM default or Custom, then Save changes and confirm (facts §5.5). */
export function PasswordPolicyForm({ onClose }: { onClose(): void }) {
  const store = useAppStoreApi();
  const current = useAppStore((state) => state.account.passwordPolicy);
  const setFlash = useAppStore((state) => state.setFlash);
  const theme = useTheme();
  const size = useContentSize();

  const [form, setForm] = useState<Form>(() => formFromPolicy(current));
  const [attempted, setAttempted] = useState(false);
  const [confirming, setConfirming] = useState<PolicyChange | null>(null);
  const [error, setError] = useState<string | null>(null);

  const custom = form.mode === 'custom';
  const ids: Control[] = ['mode', ...(custom ? customControls(form) : []), 'cancel', 'save'];
  const ring = useFocusRing<Control>(ids, 'mode');
  const errors = policyFormErrors(form);
  // A number is judged once the learner leaves it or tries to save, not at every digit.
  const shown = Object.fromEntries(Object.entries(errors).filter(([field]) => attempted || !ring.is(field as Control)));

  const change = (patch: Partial<Form>) => {
    setForm((previous) => ({ ...previous, ...patch }));
    setError(null);
  };

  useCommands('page', [{ id: 'back', keys: ['esc'], description: 'cancel', run: () => onClose() }], { lead: true });

  const save = () => {
    setAttempted(true);
    const invalid = Object.keys(errors)[0] as Control | undefined;
    if (invalid) return ring.focus(invalid);
    const pending = pendingChange(form, store.getState().account.passwordPolicy);
    if (pending === 'none') return onClose();
    setConfirming(pending);
  };

  const confirm = () => {
    setConfirming(null);
    const result = savePasswordPolicy(store, form);
    if (!result.ok) return setError(result.error.message);
    setFlash({ kind: 'success', title: 'Password policy updated.' });
    onClose();
  };

  if (confirming) {
    return <ConfirmPolicyDialog change={confirming} onConfirm={confirm} onCancel={() => setConfirming(null)} />;
  }

  // A 24-row terminal leaves 20 rows: the custom form fits only without the extra lines.
  const roomy = size.height >= 26;

  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={['IAM', 'Account settings', 'Edit password policy']} />
      {/* The form scrolls under the breadcrumbs, the focused field in view; the buttons stay on
          the last row. */}
      <ScrollView
        fill
        height={size.height}
        focused={ring.focused}
        footer={
          <>
            <Button label="Cancel" focused={ring.is('cancel')} onPress={onClose} />
            <Button label="Save changes" primary focused={ring.is('save')} onPress={save} />
          </>
        }
      >
        <Text bold>Edit password policy</Text>
        <RadioGroup<PolicyMode>
          label="Password policy"
          value={form.mode}
          focused={ring.is('mode')}
          onChange={(mode) => change({ mode })}
          options={[
            { value: 'default', label: 'IAM default', description: roomy || !custom ? 'Apply default password requirements.' : undefined },
            { value: 'custom', label: 'Custom', description: roomy || !custom ? 'Apply customized password requirements.' : undefined },
          ]}
        />
        {custom ? (
          <CustomPolicyFields form={form} onChange={change} is={(id) => ring.is(id)} errors={shown} headings={roomy} />
        ) : (
          <Box flexDirection="column" marginTop={1}>
            <Text>IAM default password requirements:</Text>
            {DEFAULT_LINES.map((line) => (
              <Box key={line}>
                <Text>{'  • '}</Text>
                <Box flexShrink={1}>
                  <Text>{line}</Text>
                </Box>
              </Box>
            ))}
          </Box>
        )}
        {error ? <Text color={theme.colour.error}>✖ {error}</Text> : null}
      </ScrollView>
    </Box>
  );
}
