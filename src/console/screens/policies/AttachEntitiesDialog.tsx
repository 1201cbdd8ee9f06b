import { useState } from 'react';
import { Text } from 'ink';
import type { ManagedPolicy } from '../../../iam/index.js';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { attachPolicyToEntities } from '../../../store/workflows/policies.js';
import { Button } from '../../components/Button.js';
import { DialogContent } from '../../components/DialogContent.js';
import { Modal, useModalRoom } from '../../components/Modal.js';
import { ScrollSection } from '../../components/ScrollView.js';
import { Table, type Column } from '../../components/Table.js';
import { useContentSize } from '../../frame/content-size.js';
import { useDialogFocus } from '../../input/dialog-focus.js';
import { useCommands } from '../../input/commands.js';
import { ErrorText } from './ErrorText.js';
import type { ShownError } from './error-text.js';
import { attachableEntities, entitiesOf, type EntityRow } from './policy-rows.js';

interface AttachProps {
  policy: ManagedPolicy;
  onClose(attached: boolean): void;
}

/** `Attach <policy>`: tick the users and groups (Space), then `Attach policy`. */
export function AttachEntitiesDialog(props: AttachProps) {
  return (
    <Modal title={`Attach ${props.policy.policyName}`}>
      <AttachBody {...props} />
    </Modal>
  );
}

function AttachBody({ policy, onClose }: AttachProps) {
  const store = useAppStoreApi();
  const account = useAppStore((state) => state.account);
  const setFlash = useAppStore((state) => state.setFlash);
  const size = useContentSize();
  const room = useModalRoom();
  const [rows] = useState(() => attachableEntities(account, policy.arn));
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [cursor, setCursor] = useState(0);
  const [error, setError] = useState<ShownError | null>(null);
  const ids = rows.length > 0 ? (['table', 'cancel', 'attach'] as const) : (['cancel', 'attach'] as const);
  const ring = useDialogFocus<'table' | 'cancel' | 'attach'>(ids);

  useCommands('page', [{ id: 'cancel', keys: ['esc'], description: 'cancel', run: () => onClose(false) }]);

  const chosen = rows.filter((row) => checked.has(row.key));
  const attach = () => {
    if (chosen.length === 0) return;
    const result = attachPolicyToEntities(store, policy.arn, entitiesOf(chosen));
    if (!result.ok) return setError(result.error);
    setFlash({ kind: 'success', title: `Policy ${policy.policyName} attached to ${count(chosen.length)}.` });
    onClose(true);
  };
  const toggle = (row: EntityRow) => {
    setError(null);
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(row.key)) next.delete(row.key);
      else next.add(row.key);
      return next;
    });
  };

  const columns: Column<EntityRow>[] = [
    { header: 'Entity name', width: Math.max(16, Math.min(40, size.width - 30)), cell: (row) => row.name },
    { header: 'Entity type', width: 12, cell: (row) => row.type },
  ];
  return (
    <DialogContent
      focused={ring.focused}
      actions={
        <>
          <Button label="Cancel" focused={ring.is('cancel')} onPress={() => onClose(false)} />
          <Button label="Attach policy" primary disabled={chosen.length === 0} focused={ring.is('attach')} onPress={attach} />
        </>
      }
    >
      <Text>Choose the users and groups to attach this policy to (Space selects).</Text>
      <ScrollSection id="table">
        <Text> </Text>
        <Table
          label="Other entities"
          columns={columns}
          rows={rows}
          rowKey={(row) => row.key}
          focused={ring.is('table')}
          cursor={Math.min(cursor, Math.max(0, rows.length - 1))}
          onCursor={setCursor}
          checked={checked}
          onToggle={toggle}
          toggleAction="tick an entity"
          onOpen={toggle}
          // The text, the table's titles and scroll line, and the buttons' row take about 7 rows.
          height={Math.max(1, Math.min(rows.length, (room.rows ?? size.height) - 7))}
          empty={<Text>Every user and group already has this policy.</Text>}
        />
      </ScrollSection>
      <ScrollSection id="error" ids={['cancel', 'attach']}>
        <ErrorText error={error} />
      </ScrollSection>
    </DialogContent>
  );
}

const count = (n: number) => `${n} ${n === 1 ? 'entity' : 'entities'}`;
