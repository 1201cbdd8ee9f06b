import { useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import type { ManagedPolicy, User } from '../../../iam/index.js';
import { validateGroupName } from '../../../store/index.js';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { createGroupAsConsole } from '../../../store/workflows/create-group.js';
import { Button } from '../../components/Button.js';
import { fitColumns, type RankedColumn } from '../../components/fit-columns.js';
import { columnRoom } from '../../components/Table.js';
import { TextField } from '../../components/TextField.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { useContentSize } from '../../frame/content-size.js';
import { relativeDays } from '../../format.js';
import { useFocusRing } from '../../input/focus.js';
import { useCommands } from '../../input/commands.js';
import { useTheme } from '../../theme.js';
import { Checklist } from './Checklist.js';
import { attachablePolicies, filterPolicies } from './group-rows.js';
import { ScrollView } from '../../components/ScrollView.js';

// UNCONFIRMED: the console's helper under the name; the rule itself is validateGroupName's.
const NAME_HELP = "Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters.";

type Control = 'name' | 'users' | 'search' | 'policies' | 'cancel' | 'create';

function userColumns(now: string): RankedColumn<User>[] {
  return [
    { header: 'User name', width: 24, priority: 0, cell: (u) => u.userName },
    { header: 'Groups', width: 6, priority: 2, cell: (u) => String(u.groupNames.length) },
    { header: 'Creation time', width: 13, priority: 1, cell: (u) => relativeDays(u.createDate, now) },
  ];
}

const POLICY_COLUMNS: RankedColumn<ManagedPolicy>[] = [
  { header: 'Policy name', width: 40, priority: 0, cell: (p) => p.policyName },
  { header: 'Type', width: 26, priority: 1, cell: (p) => p.type },
];

/** Rows a list takes for `count` rows in at most `max`: its height and the lines it uses. */
function listRows(count: number, max: number): { height: number; used: number } {
  // An empty table shows its message between two blank lines.
  if (count === 0) return { height: 1, used: 3 };
  const height = Math.max(1, Math.min(count, max - (count > max ? 1 : 0)));
  return { height, used: height + (count > height ? 1 : 0) };
}

/** Create user group: a name, the users to add and the policies to attach, all on one page. */
export function CreateGroupForm({ onClose }: { onClose(): void }) {
  const store = useAppStoreApi();
  const account = useAppStore((state) => state.account);
  const setFlash = useAppStore((state) => state.setFlash);
  const theme = useTheme();
  const size = useContentSize();

  const [name, setName] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [users, setUsers] = useState<ReadonlySet<string>>(new Set());
  const [policies, setPolicies] = useState<ReadonlySet<string>>(new Set());
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);

  const allPolicies = useMemo(() => attachablePolicies(account), [account]);
  const shownPolicies = useMemo(() => filterPolicies(allPolicies, query), [allPolicies, query]);
  const ring = useFocusRing<Control>([
    'name',
    ...(account.users.length > 0 ? (['users'] as const) : []),
    'search',
    'policies',
    'cancel',
    'create',
  ]);

  useCommands('page', [{ id: 'back', keys: ['esc'], description: 'cancel', run: () => onClose() }], { lead: true });

  // An empty name is only an error once the learner tries to create; bad characters at once.
  const nameError = name === '' && !attempted ? null : validateGroupName(name);

  const create = () => {
    setAttempted(true);
    if (validateGroupName(name)) return ring.focus('name');
    const result = createGroupAsConsole(store, {
      groupName: name,
      userNames: account.users.filter((u) => users.has(u.userName)).map((u) => u.userName),
      policyArns: allPolicies.filter((p) => policies.has(p.arn)).map((p) => p.arn),
    });
    if (!result.ok) return setError(result.error.message);
    setFlash({ kind: 'success', title: `User group ${name} created.` });
    onClose();
  };

  const width = size.width;
  // Fixed rows: breadcrumb, title, name (3), two headings, the search (2), two table headers,
  // buttons. What is left is shared by the two lists; a list that overflows adds a "Rows" line.
  const extra = (error ? Math.ceil((error.length + 2) / width) : 0) + (nameError && nameError.length + 2 > width ? 1 : 0);
  const room = Math.max(5, size.height - 12 - extra);
  const usersHeight = listRows(account.users.length, Math.floor(room / 2));
  const policiesHeight = Math.max(2, room - usersHeight.used - 1);
  const toggle = (set: ReadonlySet<string>, key: string) => {
    const next = new Set(set);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    return next;
  };

  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={['IAM', 'IAM user groups', 'Create user group']} />
      {/* The form scrolls under the breadcrumbs, the focused field or row in view; the buttons
          stay on the last row. PgUp/PgDn are a list's while it has the focus. */}
      <ScrollView
        fill
        height={size.height}
        focused={ring.focused}
        active={!ring.is('users') && !ring.is('policies')}
        footer={
          <>
            <Button label="Cancel" focused={ring.is('cancel')} onPress={onClose} />
            <Button label="Create user group" primary focused={ring.is('create')} onPress={create} />
          </>
        }
      >
        <Text bold>Create user group</Text>
        <TextField
          label="User group name"
          value={name}
          onChange={(value) => {
            setName(value);
            setError(null);
          }}
          onSubmit={() => ring.focus(account.users.length > 0 ? 'users' : 'search')}
          focused={ring.is('name')}
          help={NAME_HELP}
          error={nameError}
          maxLength={200}
          width={Math.min(50, width - 4)}
        />
        <Checklist
          title={`Add users to the group - optional (${users.size}/${account.users.length})`}
          columns={fitColumns(userColumns(account.clock), columnRoom(width, true)).shown}
          rows={account.users}
          rowKey={(u) => u.userName}
          checked={users}
          onToggle={(u) => setUsers((set) => toggle(set, u.userName))}
          focused={ring.is('users')}
          height={usersHeight.height}
        />
        <Checklist
          title={`Attach permissions policies - optional (${policies.size}/${allPolicies.length})`}
          columns={fitColumns(POLICY_COLUMNS, columnRoom(width, true)).shown}
          rows={shownPolicies}
          rowKey={(p) => p.arn}
          checked={policies}
          onToggle={(p) => setPolicies((set) => toggle(set, p.arn))}
          focused={ring.is('policies')}
          height={policiesHeight}
          empty={query ? `No policies match "${query}"` : undefined}
          search={
            <TextField
              label="Search policies"
              value={query}
              onChange={setQuery}
              onSubmit={() => ring.focus('policies')}
              focused={ring.is('search')}
              placeholder="Filter policies by policy name"
              width={Math.min(50, width - 4)}
            />
          }
        />
        {error ? <Text color={theme.colour.error}>✖ {error}</Text> : null}
      </ScrollView>
    </Box>
  );
}
