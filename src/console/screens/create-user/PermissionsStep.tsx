import { useState } from 'react';
import { Box, Text } from 'ink';
import { useAppStore } from '../../store-hooks.js';
import { Button } from '../../components/Button.js';
import { RadioGroup, type RadioOption } from '../../components/RadioGroup.js';
import { useContentSize } from '../../frame/content-size.js';
import { useFocusRing } from '../../input/focus.js';
import { useCommands } from '../../input/commands.js';
import { useTheme } from '../../theme.js';
import { CreateGroupDialog } from './CreateGroupDialog.js';
import type { PermissionsOption } from './draft.js';
import { CopySection, GroupsSection, PoliciesSection } from './PermissionSections.js';
import type { ScrollBlock } from '../../components/ScrollView.js';
import { Muted, StepLayout, stepBodyRows } from './StepLayout.js';
import type { StepProps } from './UserDetailsStep.js';

const OPTIONS: readonly RadioOption<PermissionsOption>[] = [
  {
    value: 'groups',
    label: 'Add user to group',
    description:
      'Add user to an existing group, or create a new group. We recommend using groups to manage user permissions by job function.',
  },
  {
    value: 'copy',
    label: 'Copy permissions',
    description: 'Copy all group memberships, attached managed policies, and inline policies from an existing user.',
  },
  {
    value: 'policies',
    label: 'Attach policies directly',
    description:
      'Attach a managed policy directly to a user. As a best practice, we recommend attaching policies to a group instead. Then, add the user to the appropriate group.',
  },
];

type Control = 'option' | 'create-group' | 'groups-table' | 'users-table' | 'search' | 'policies-table' | 'cancel' | 'previous' | 'next';

/** Step 2, `Set permissions` (facts §1.2). */
export function PermissionsStep(props: StepProps & { onNext(): void; onPrevious(): void; onCancel(): void }) {
  const { draft, update } = props;
  const account = useAppStore((state) => state.account);
  const size = useContentSize();
  const theme = useTheme();
  const [creatingGroup, setCreatingGroup] = useState(false);

  const option = draft.permissionsOption;
  const sectionIds: Control[] =
    option === 'groups'
      ? ['create-group', ...(account.groups.length > 0 ? (['groups-table'] as const) : [])]
      : option === 'copy'
        ? account.users.length > 0
          ? ['users-table']
          : []
        : ['search', 'policies-table'];
  const ring = useFocusRing<Control>(['option', ...sectionIds, 'cancel', 'previous', 'next'], 'option');

  useCommands('page', [{ id: 'back', keys: ['esc'], description: 'previous step', run: () => props.onPrevious() }], { lead: true });

  if (creatingGroup) {
    return (
      <CreateGroupDialog
        onClose={(groupName) => {
          setCreatingGroup(false);
          if (groupName) {
            update({ groupNames: [...draft.groupNames, groupName] });
            ring.focus('groups-table');
          } else ring.focus('create-group');
        }}
      />
    );
  }

  // The rows a table may use inside the scrolling window, leaving room for its title and header.
  const tableHeight = Math.max(3, stepBodyRows(size) - 6);
  const section = { account, draft, update, focused: (id: string) => ring.is(id as Control), width: size.width, tableHeight };

  const blocks: ScrollBlock[] = [
    {
      key: 'intro',
      node: (
        <Muted>
          Add user to an existing group or create a new one. Using groups is a best-practice way to manage user's permissions by job
          functions.
        </Muted>
      ),
    },
    {
      key: 'option',
      ids: ['option'],
      node: (
        <Box marginTop={1}>
          <RadioGroup
            label="Permissions options"
            options={OPTIONS}
            value={option}
            focused={ring.is('option')}
            onChange={(permissionsOption) => update({ permissionsOption })}
          />
        </Box>
      ),
    },
    {
      key: option,
      ids: sectionIds,
      node:
        option === 'groups' ? (
          <GroupsSection {...section} onCreateGroup={() => setCreatingGroup(true)} />
        ) : option === 'copy' ? (
          <CopySection {...section} />
        ) : (
          <PoliciesSection {...section} />
        ),
    },
    {
      key: 'boundary',
      node: (
        <Box flexDirection="column" marginTop={1}>
          <Text bold color={theme.colour.heading}>
            ▸ Set permissions boundary - optional
          </Text>
          <Muted>
            Not simulated in iamtutor. A permissions boundary sets the maximum permissions the user can have; the lessons do not need one.
          </Muted>
        </Box>
      ),
    },
  ];

  return (
    <StepLayout
      title="Set permissions"
      focused={ring.focused}
      scrollKeys={!ring.focused?.endsWith('-table')}
      blocks={blocks}
      buttons={
        <>
          <Button label="Cancel" focused={ring.is('cancel')} onPress={props.onCancel} />
          <Button label="Previous" focused={ring.is('previous')} onPress={props.onPrevious} />
          <Button label="Next" primary focused={ring.is('next')} onPress={props.onNext} />
        </>
      }
    />
  );
}
