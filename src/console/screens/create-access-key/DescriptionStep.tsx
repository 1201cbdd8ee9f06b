import { useState } from 'react';
import { Box, Text } from 'ink';
import { validateDescriptionTag } from '../../../store/index.js';
import { useAppStoreApi } from '../../store-hooks.js';
import { createAccessKeyAsConsole, type AccessKeyUseCase } from '../../../store/workflows/create-access-key.js';
import { denialText } from '../../components/denial-text.js';
import { Button } from '../../components/Button.js';
import { ScrollView } from '../../components/ScrollView.js';
import { TextField } from '../../components/TextField.js';
import { useContentSize } from '../../frame/content-size.js';
import { useFocusRing } from '../../input/focus.js';
import { useCommands } from '../../input/commands.js';
import { useTheme } from '../../theme.js';
import { headerRows } from './WizardHeader.js';

const MAX = 256;

// UNCONFIRMED wording (facts §3.3): the console's texts around this field were not captured;
// these say what the docs say the field does.
const INTRO = 'The description for this access key will be attached to this user as a tag and shown alongside the access key.';
const PURPOSE =
  'Describe the purpose of this access key and where it will be used. A good description helps you rotate this access key confidently later.';

export interface DescriptionStepProps {
  userName: string;
  /** Step 1's choice, recorded with the new key for lesson checks. */
  useCase: AccessKeyUseCase;
  description: string;
  onDescription(value: string): void;
  onPrevious(): void;
  onCancel(): void;
  /** The key exists; `tagError` says why its description could not be saved, if it could not. */
  onCreated(tagError: string | undefined): void;
}

type Control = 'description' | 'cancel' | 'previous' | 'create';

/** Step 2 - optional, `Set description tag` (facts §3.3), and the Create access key button. */
export function DescriptionStep({ userName, useCase, description, onDescription, onPrevious, onCancel, onCreated }: DescriptionStepProps) {
  const store = useAppStoreApi();
  const theme = useTheme();
  const size = useContentSize();
  const [apiError, setApiError] = useState<{ code: string; message: string } | null>(null);
  const ring = useFocusRing<Control>(['description', 'cancel', 'previous', 'create']);
  const invalid = validateDescriptionTag(description);
  const length = Array.from(description).length;

  useCommands('page', [{ id: 'back', keys: ['esc'], description: 'previous step', run: () => onPrevious() }], { lead: true });

  const create = () => {
    if (invalid) return ring.focus('description');
    const result = createAccessKeyAsConsole(store, userName, description, useCase);
    // The API's exact message, and the policy statement that decided an AccessDenied.
    if (!result.ok) return setApiError({ code: result.error.code, message: denialText(result.error) });
    onCreated(result.tagError);
  };

  // The intro, the field and an API error scroll under the header; the buttons stay on the last
  // row, so Create access key is on screen however few rows the page has.
  return (
    <ScrollView
      fill
      height={size.height - headerRows(size.width)}
      focused={ring.focused}
      sections={[
        { key: 'intro', node: <Text>{INTRO}</Text> },
        {
          key: 'field',
          ids: ['description'],
          node: (
            <Box marginTop={1} flexDirection="column">
              <TextField
                label="Description tag value"
                value={description}
                onChange={(value) => {
                  onDescription(value);
                  setApiError(null);
                }}
                onSubmit={() => ring.focus('create')}
                focused={ring.is('description')}
                help={PURPOSE}
                error={invalid}
                width={Math.max(20, Math.min(70, size.width - 4))}
              />
              <Text color={length > MAX ? theme.colour.error : theme.colour.muted} dimColor={length <= MAX && !theme.colour.muted}>
                {invalid ? '' : 'Maximum 256 characters. '}
                {length}/{MAX} characters
              </Text>
            </Box>
          ),
        },
        ...(apiError
          ? [
              {
                key: 'error',
                ids: ['create'],
                node: (
                  <Box marginTop={1} flexDirection="column">
                    <Text bold color={theme.colour.error}>
                      {theme.useColour ? '✖ ' : 'Error: '}
                      {apiError.code}
                    </Text>
                    <Text>{apiError.message}</Text>
                  </Box>
                ),
              },
            ]
          : []),
      ]}
      footer={
        <>
          <Button label="Cancel" focused={ring.is('cancel')} onPress={onCancel} />
          <Button label="Previous" focused={ring.is('previous')} onPress={onPrevious} />
          <Button label="Create access key" primary focused={ring.is('create')} onPress={create} />
        </>
      }
    />
  );
}
