import { useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import { validateGroupName } from '../../../store/index.js';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { createGroupAsConsole } from '../../../store/workflows/create-group.js';
import { Button } from '../../components/Button.js';
import { DialogContent } from '../../components/DialogContent.js';
import { Modal, useModalRoom } from '../../components/Modal.js';
import { ScrollSection } from '../../components/ScrollView.js';
import { Table, type Column } from '../../components/Table.js';
import { TextField } from '../../components/TextField.js';
import { useContentSize } from '../../frame/content-size.js';
import { useDialogFocus } from '../../input/dialog-focus.js';
import { useCommands } from '../../input/commands.js';
import { useTheme } from '../../theme.js';
import { policyRows, toggle, type PolicyRow } from './permission-rows.js';

// UNCONFIRMED: the console's helper under `User group name`; worded like the user-name helper.
const GROUP_NAME_HELP = 'The user group name can have up to 128 characters. Valid characters: A-Z, a-z, 0-9, and + = , . @ _ - (hyphen)';

interface Props {
  /** The new group's name once created, or null when cancelled. */
  onClose(groupName: string | null): void;
}

/** `Create user group` from the wizard's Add user to group (facts §1.2): it really creates the group. */
export function CreateGroupDialog(props: Props) {
  return (
    <Modal title="Create user group">
      <CreateGroupBody {...props} />
    </Modal>
  );
}

// The body holds the hooks so its keys are heard on the dialog's layer.
function CreateGroupBody({ onClose }: Props) {
  const store = useAppStoreApi();
  const account = useAppStore((state) => state.account);
  const theme = useTheme();
  const size = useContentSize();
  const room = useModalRoom();
  const [name, setName] = useState('');
  const [policies, setPolicies] = useState<readonly string[]>([]);
  const [cursor, setCursor] = useState(0);
  const [attempted, setAttempted] = useState(false);
  const [apiError, setApiError] = useState<string | null>(null);
  const ring = useDialogFocus(['name', 'policies', 'cancel', 'create'] as const);
  const rows = useMemo(() => policyRows(account), [account]);

  useCommands('page', [{ id: 'cancel', keys: ['esc'], description: 'cancel', run: () => onClose(null) }]);

  const exists = account.groups.find((g) => g.groupName.toLowerCase() === name.toLowerCase());
  const nameError = validateGroupName(name) ?? (exists ? `Group with name ${exists.groupName} already exists.` : null);

  const create = () => {
    setAttempted(true);
    if (nameError) return ring.focus('name');
    const result = createGroupAsConsole(store, { groupName: name, userNames: [], policyArns: policies });
    if (result.ok) {
      store.getState().setFlash({ kind: 'success', title: `${name} user group created.` });
      return onClose(name);
    }
    if (!result.groupCreated) return setApiError(result.error.message);
    // The group exists without every policy: say so and let the learner use it.
    store
      .getState()
      .setFlash({ kind: 'error', title: `${name} user group created, but a policy was not attached.`, text: result.error.message });
    onClose(name);
  };

  const flex = Math.max(8, size.width - 4 - 6 - 27 - 1);
  const columns: Column<PolicyRow>[] = [
    { header: 'Policy name', width: 26, cell: (p) => p.name },
    { header: 'Type', width: flex, cell: (p) => p.type },
  ];
  // Under the title: the field with its help, the table's titles and scroll line, the buttons:
  // about 11 rows that are not policy rows. On a short screen the body scrolls to the focus.
  const height = Math.max(3, Math.min(rows.length, (room.rows ?? size.height) - 11));

  return (
    <DialogContent
      focused={ring.focused}
      actions={
        <>
          <Button label="Cancel" focused={ring.is('cancel')} onPress={() => onClose(null)} />
          <Button label="Create user group" primary focused={ring.is('create')} onPress={create} />
        </>
      }
    >
      <ScrollSection id="name">
        <TextField
          label="User group name"
          value={name}
          onChange={(value) => {
            setName(value);
            setApiError(null);
          }}
          onSubmit={create}
          focused={ring.is('name')}
          help={GROUP_NAME_HELP}
          error={attempted || name !== '' ? nameError : null}
          maxLength={128}
          width={Math.min(60, size.width - 6)}
        />
      </ScrollSection>
      <ScrollSection id="policies">
        <Box marginTop={1} flexDirection="column">
          <Text bold>
            Permissions policies ({policies.length}/{rows.length})
          </Text>
          <Table
            label="Permissions policies"
            columns={columns}
            rows={rows}
            rowKey={(p) => p.arn}
            focused={ring.is('policies')}
            cursor={cursor}
            onCursor={setCursor}
            checked={new Set(policies)}
            onToggle={(p) => setPolicies((current) => toggle(current, p.arn))}
            toggleAction="tick a policy"
            onOpen={(p) => setPolicies((current) => toggle(current, p.arn))}
            height={height}
          />
        </Box>
      </ScrollSection>
      <ScrollSection id="error" ids={['cancel', 'create']}>
        {apiError ? (
          <Text color={theme.colour.error}>
            {theme.useColour ? '✖' : 'Error:'} {apiError}
          </Text>
        ) : null}
      </ScrollSection>
    </DialogContent>
  );
}
