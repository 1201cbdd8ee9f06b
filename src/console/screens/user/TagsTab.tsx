import type { Tag, User } from '../../../iam/index.js';
import { Container } from '../../components/Container.js';
import { Table, type Column } from '../../components/Table.js';
import { Text } from 'ink';
import { tableRoom } from './PermissionsTab.js';

/**
 * The Tags tab. An access key's description is a tag whose key is the key ID; the console lists
 * it here like any other tag, and so does iamtutor.
 */
export function TagsTab({ user, width }: { user: User; width: number }) {
  const room = tableRoom(width);
  const key = Math.min(32, Math.floor(room * 0.4));
  const columns: Column<Tag>[] = [
    { header: 'Key', width: key, cell: (tag) => tag.Key },
    { header: 'Value', width: room - key - 2, cell: (tag) => tag.Value },
  ];
  return (
    <Container
      title="Tags"
      count={user.tags.length}
      description="Tags are key-value pairs you can add to AWS resources to help identify, organize, or search for resources."
    >
      <Table
        label="Tags"
        columns={columns}
        rows={user.tags}
        rowKey={(tag) => tag.Key}
        focused={false}
        cursor={0}
        onCursor={() => {}}
        height={Math.max(1, user.tags.length)}
        empty={<Text>No tags associated with the resource.</Text>}
      />
    </Container>
  );
}
