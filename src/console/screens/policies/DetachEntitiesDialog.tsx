import { useState } from 'react';
import { Text } from 'ink';
import type { ManagedPolicy } from '../../../iam/index.js';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { detachPolicyFromEntities } from '../../../store/workflows/policies.js';
import { Button } from '../../components/Button.js';
import { DialogContent } from '../../components/DialogContent.js';
import { ScrollSection } from '../../components/ScrollView.js';
import { Modal } from '../../components/Modal.js';
import { useDialogFocus } from '../../input/dialog-focus.js';
import { useCommands } from '../../input/commands.js';
import { ErrorText } from './ErrorText.js';
import type { ShownError } from './error-text.js';
import { entitiesOf, type EntityRow } from './policy-rows.js';

interface DetachProps {
  policy: ManagedPolicy;
  entities: readonly EntityRow[];
  onClose(detached: boolean): void;
}

/** `Detach <policy>?`: confirms, then DetachUserPolicy / DetachGroupPolicy for each entity. */
export function DetachEntitiesDialog(props: DetachProps) {
  return (
    <Modal title={`Detach ${props.policy.policyName}?`} tone="warning">
      <DetachBody {...props} />
    </Modal>
  );
}

function DetachBody({ policy, entities, onClose }: DetachProps) {
  const store = useAppStoreApi();
  const setFlash = useAppStore((state) => state.setFlash);
  const [error, setError] = useState<ShownError | null>(null);
  const ring = useDialogFocus(['cancel', 'detach'] as const, 'detach');

  useCommands('page', [{ id: 'cancel', keys: ['esc'], description: 'cancel', run: () => onClose(false) }]);

  const detach = () => {
    const result = detachPolicyFromEntities(store, policy.arn, entitiesOf(entities));
    if (!result.ok) return setError(result.error);
    setFlash({ kind: 'success', title: `Policy ${policy.policyName} detached from ${entities.map((e) => e.name).join(', ')}.` });
    onClose(true);
  };

  return (
    <DialogContent
      focused={ring.focused}
      actions={
        <>
          <Button label="Cancel" focused={ring.is('cancel')} onPress={() => onClose(false)} />
          <Button label="Detach" primary focused={ring.is('detach')} onPress={detach} />
        </>
      }
    >
      <Text>Detach {policy.policyName} from these entities? They lose the permissions it grants.</Text>
      {entities.map((entity) => (
        <Text key={entity.key}>
          {'  '}• {entity.name} ({entity.type})
        </Text>
      ))}
      <ScrollSection id="error" ids={['cancel', 'detach']}>
        <ErrorText error={error} />
      </ScrollSection>
    </DialogContent>
  );
}
