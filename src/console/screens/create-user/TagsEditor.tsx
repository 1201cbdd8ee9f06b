import { Box, Text } from 'ink';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/TextField.js';
import { MAX_TAGS, tagKeyError, tagValueError, type TagDraft } from './draft.js';
import type { ScrollBlock } from '../../components/ScrollView.js';
import { Muted, SectionTitle } from './StepLayout.js';

export const tagIds = (tag: TagDraft) => [`key-${tag.id}`, `value-${tag.id}`, `remove-${tag.id}`] as const;

interface Props {
  tags: readonly TagDraft[];
  onChange(tags: TagDraft[]): void;
  focused(id: string): boolean;
  /** Moves focus, e.g. to the key of a tag just added. */
  focus(id: string): void;
  /** Create user was pressed: empty keys are now errors too. */
  attempted: boolean;
  width: number;
}

/**
 * `Tags - optional` of the Review step (facts §1.2): one block per tag so the step can scroll
 * to the tag being edited. Returns blocks rather than one element for that reason.
 */
export function tagsBlocks({ tags, onChange, focused, focus, attempted, width }: Props): ScrollBlock[] {
  // Two fields (each its width plus focus mark and brackets) and the Remove button on one line.
  const fieldWidth = Math.max(12, Math.floor((width - 20) / 2));
  const set = (index: number, patch: Partial<TagDraft>) => onChange(tags.map((tag, i) => (i === index ? { ...tag, ...patch } : tag)));
  const add = () => {
    const id = tags.reduce((max, tag) => Math.max(max, tag.id), 0) + 1;
    onChange([...tags, { id, key: '', value: '' }]);
    focus(`key-${id}`);
  };

  const blocks: ScrollBlock[] = [
    {
      key: 'tags-title',
      node: (
        <>
          <SectionTitle>Tags - optional</SectionTitle>
          <Muted>
            Tags are key-value pairs you can add to AWS resources to help identify, organize, or search for resources. Choose any tags you
            want to associate with this user.
          </Muted>
          {tags.length === 0 ? (
            <Box marginTop={1}>
              <Text>No tags associated with the resource.</Text>
            </Box>
          ) : null}
        </>
      ),
    },
  ];
  tags.forEach((tag, index) => {
    const [keyId, valueId, removeId] = tagIds(tag);
    const keyError = attempted || tag.key !== '' ? tagKeyError(tags, index) : null;
    blocks.push({
      key: `tag-${tag.id}`,
      ids: [keyId, valueId, removeId],
      node: (
        <Box marginTop={1} flexWrap="wrap">
          <Box marginRight={1}>
            <TextField
              label="Key"
              value={tag.key}
              onChange={(key) => set(index, { key })}
              focused={focused(keyId)}
              error={keyError}
              maxLength={200}
              width={fieldWidth}
            />
          </Box>
          <Box marginRight={1}>
            <TextField
              label="Value - optional"
              value={tag.value}
              onChange={(value) => set(index, { value })}
              focused={focused(valueId)}
              error={tagValueError(tag.value)}
              maxLength={300}
              width={fieldWidth}
            />
          </Box>
          <Box flexDirection="column">
            <Text> </Text>
            <Button
              label="Remove"
              focused={focused(removeId)}
              onPress={() => {
                onChange(tags.filter((_, i) => i !== index));
                focus('add-tag');
              }}
            />
          </Box>
        </Box>
      ),
    });
  });
  blocks.push({
    key: 'tags-add',
    ids: ['add-tag'],
    node: (
      <Box flexDirection="column" marginTop={1}>
        {tags.length < MAX_TAGS ? <Button label="Add new tag" focused={focused('add-tag')} onPress={add} /> : null}
        <Muted>You can add up to {MAX_TAGS - tags.length} more tags.</Muted>
      </Box>
    ),
  });
  return blocks;
}
