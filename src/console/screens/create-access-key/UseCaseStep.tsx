import { useState } from 'react';
import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { RadioGroup } from '../../components/RadioGroup.js';
import { useContentSize } from '../../frame/content-size.js';
import { useFocusRing } from '../../input/focus.js';
import { useCommands } from '../../input/commands.js';
import { useTheme } from '../../theme.js';
import { ScrollView, type ScrollBlock } from '../../components/ScrollView.js';
import { CONFIRMATION_LABEL, needsConfirmation, findUseCase, USE_CASES, type UseCaseId } from './use-cases.js';
import { headerRows } from './WizardHeader.js';

export const CONFIRM_REQUIRED = 'To continue, confirm that you understand the above recommendation.';

export interface UseCaseStepProps {
  useCase: UseCaseId;
  onUseCase(id: UseCaseId): void;
  confirmed: boolean;
  onConfirmed(confirmed: boolean): void;
  onNext(): void;
  onCancel(): void;
}

type Control = 'use-case' | 'confirm' | 'cancel' | 'next';

/** Step 1, `Access key best practices & alternatives` (facts §3.2). */
export function UseCaseStep(props: UseCaseStepProps) {
  const theme = useTheme();
  const size = useContentSize();
  const [refused, setRefused] = useState(false);
  const chosen = findUseCase(props.useCase);
  const confirming = needsConfirmation(props.useCase);
  const ring = useFocusRing<Control>(confirming ? ['use-case', 'confirm', 'cancel', 'next'] : ['use-case', 'cancel', 'next']);

  // The page's own keys. ↑/↓ are the use-case list's and Space the Confirmation box's: each is
  // on the key line while its control has the focus. (In the console Space on a use case selects
  // it; it does not tick the box below.)
  useCommands('page', [{ id: 'cancel', keys: ['esc'], description: 'cancel', run: props.onCancel }]);

  const next = () => {
    if (confirming && !props.confirmed) {
      setRefused(true);
      ring.focus('confirm');
      return;
    }
    props.onNext();
  };

  // Every option shows its description under its radio button, as the console does (facts
  // §3.2); the list scrolls to the chosen one.
  const options = USE_CASES.map((option) => ({ value: option.id, label: option.label, description: option.description }));

  // While the use cases have focus, the chosen option and the alert below the list are kept in
  // view (the chosen option first, when both do not fit); with the first option chosen, the page
  // shows from its top, as it opens.
  const blocks: ScrollBlock[] = [
    {
      key: 'intro',
      ids: props.useCase === USE_CASES[0]!.id ? ['use-case'] : [],
      node: (
        <Text>
          Avoid using long-term credentials like access keys to improve your security. Consider the following use cases and alternatives.
        </Text>
      ),
    },
    {
      key: 'use-cases',
      node: (
        <Box paddingTop={1}>
          <RadioGroup
            label="Use case"
            options={options}
            value={props.useCase}
            focused={ring.is('use-case')}
            onChange={props.onUseCase}
            scroll={{ prefix: 'use-case:', focusId: 'use-case' }}
          />
        </Box>
      ),
    },
    ...(chosen.alternative ? [{ key: 'alert', ids: ['use-case'], node: <AlternativeAlert {...chosen.alternative} /> }] : []),
    ...(confirming
      ? [
          {
            key: 'confirm',
            node: (
              <Box flexDirection="column" paddingTop={1}>
                <Text bold>Confirmation</Text>
                <Checkbox
                  label={CONFIRMATION_LABEL}
                  checked={props.confirmed}
                  focused={ring.is('confirm')}
                  onChange={(checked) => {
                    props.onConfirmed(checked);
                    if (checked) setRefused(false);
                  }}
                />
                {refused && !props.confirmed ? (
                  <Text color={theme.colour.error}>
                    {theme.useColour ? '⚠ ' : 'Error: '}
                    {CONFIRM_REQUIRED}
                  </Text>
                ) : null}
              </Box>
            ),
          },
        ]
      : []),
  ];

  // Only the header stays above; the blocks scroll, and the buttons stay on the last row.
  return (
    <ScrollView
      fill
      height={size.height - headerRows(size.width)}
      sections={blocks}
      focused={ring.focused}
      footer={
        <>
          <Button label="Cancel" focused={ring.is('cancel')} onPress={props.onCancel} />
          <Button label="Next" primary focused={ring.is('next')} onPress={next} />
        </>
      }
    />
  );
}

/** The console's blue info alert under the use cases: what to use instead of an access key. */
function AlternativeAlert({ title, bullets }: { title: string; bullets: readonly string[] }) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  return (
    <Box paddingTop={1}>
      {/* A bar on the left only: a full border would cost two of the 24 rows. */}
      <Box
        flexDirection="column"
        borderStyle={screenReader ? undefined : 'bold'}
        borderTop={false}
        borderBottom={false}
        borderRight={false}
        borderColor={theme.colour.info}
        paddingLeft={1}
      >
        <Text bold color={theme.colour.info}>
          {theme.useColour ? 'ℹ ' : 'Info: '}
          {title}
        </Text>
        {bullets.map((bullet) => (
          <Box key={bullet}>
            {bullets.length > 1 ? (
              <Box width={2} flexShrink={0}>
                <Text>•</Text>
              </Box>
            ) : null}
            <Text>{bullet}</Text>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
