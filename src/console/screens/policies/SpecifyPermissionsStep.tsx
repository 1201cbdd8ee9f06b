import { useEffect } from 'react';
import { Box, Text } from 'ink';
import type { PolicyProblem } from '../../../iam/index.js';
import { Button } from '../../components/Button.js';
import type { EditorState } from '../../components/json-editing.js';
import { JsonEditor } from '../../components/JsonEditor.js';
import { wrappedRows } from '../../components/text.js';
import { useContentSize } from '../../frame/content-size.js';
import { useFocusRing } from '../../input/focus.js';
import { useCommands } from '../../input/commands.js';
import { useTheme } from '../../theme.js';
import { errorLine } from './policy-summary.js';
import { ScrollView } from '../../components/ScrollView.js';

export type { PolicyProblem };

export interface SpecifyPermissionsProps {
  editor: EditorState;
  onEdit(editor: EditorState): void;
  problems: readonly PolicyProblem[];
  /** Rows the wizard's header takes above the step (breadcrumb excluded). */
  headerRows: number;
  onNext(): void;
  onCancel(): void;
  /** Set by the wizard when Next found problems: focus goes back to the editor. */
  focusEditor: number;
}

type Control = 'editor' | 'cancel' | 'next';
const SHOWN_PROBLEMS = 3;
const INTRO =
  'Add permissions by selecting services, actions, resources, and conditions. Build permission statements using the JSON editor.';

/** Step 1, `Specify permissions`: the policy editor's JSON tab and the problems Next found. */
export function SpecifyPermissionsStep(props: SpecifyPermissionsProps) {
  const { problems } = props;
  const size = useContentSize();
  const theme = useTheme();
  const ring = useFocusRing<Control>(['editor', 'cancel', 'next'], 'editor');
  useEffect(() => {
    if (props.focusEditor > 0) ring.focus('editor');
    // Only a new request to focus counts, not a new ring object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.focusEditor]);

  useCommands('page', [{ id: 'back', keys: ['esc'], description: 'cancel', run: () => props.onCancel() }], { lead: true });

  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const mark = theme.useColour ? '✖ ' : 'Error: ';
  // Messages wrap rather than lose their end: count the rows they take.
  const problemRows =
    problems.length === 0
      ? 0
      : 1 + shown.reduce((n, p) => n + wrappedRows(mark + errorLine(p), size.width), 0) + (problems.length > SHOWN_PROBLEMS ? 1 : 0);
  // Title, intro, editor heading, the editor's status row and the buttons: the editor takes
  // what they leave; on a short screen the page scrolls, its buttons pinned to the last row.
  const height = Math.max(3, size.height - props.headerRows - 4 - wrappedRows(INTRO, size.width) - problemRows);
  return (
    <Box flexDirection="column" width={size.width}>
      <ScrollView
        fill
        height={size.height - props.headerRows}
        focused={ring.focused}
        sections={[
          {
            key: 'intro',
            node: (
              <>
                <Text bold color={theme.colour.heading}>
                  Specify permissions
                </Text>
                <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
                  {INTRO}
                </Text>
                <Box>
                  <Text bold>Policy editor </Text>
                  <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
                    {' '}
                    Visual{' '}
                  </Text>
                  <Text bold color={theme.colour.accent} underline={!theme.useColour}>
                    [JSON]
                  </Text>
                  <Text color={theme.colour.muted} dimColor={!theme.colour.muted} wrap="truncate-end">
                    {' '}
                    The visual editor is not simulated: write JSON.
                  </Text>
                </Box>
              </>
            ),
          },
          {
            key: 'editor',
            ids: ['editor'],
            node: (
              <JsonEditor
                label="Policy editor"
                state={props.editor}
                onChange={props.onEdit}
                focused={ring.is('editor')}
                height={height}
                width={size.width}
                errorLines={problems.map((p) => p.line)}
              />
            ),
          },
          ...(problems.length > 0
            ? [
                {
                  key: 'problems',
                  ids: ['next'],
                  node: (
                    <Box flexDirection="column" aria-role="list">
                      <Text bold color={theme.colour.error}>
                        Errors: {problems.length}
                      </Text>
                      {shown.map((problem, i) => (
                        <Text key={i} color={theme.colour.error}>
                          {mark}
                          {errorLine(problem)}
                        </Text>
                      ))}
                      {problems.length > SHOWN_PROBLEMS ? (
                        <Text color={theme.colour.error}>… and {problems.length - SHOWN_PROBLEMS} more</Text>
                      ) : null}
                    </Box>
                  ),
                },
              ]
            : []),
        ]}
        footer={
          <>
            <Button label="Cancel" focused={ring.is('cancel')} onPress={props.onCancel} />
            <Button label="Next" primary focused={ring.is('next')} onPress={props.onNext} />
          </>
        }
      />
    </Box>
  );
}
