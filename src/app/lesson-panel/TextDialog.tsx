// A dialog of text that may be longer than the page: ↑/↓ and PgUp/PgDn scroll it. Used for the
// whole step (`i`), the solution, a right answer's explanation and the lesson's finish text.
import { useState, type ReactNode } from 'react';
import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import { Modal } from '../../console/components/Modal.js';
import { useContentSize } from '../../console/frame/content-size.js';
import { commandHints, useCommands, type Command } from '../../console/input/commands.js';
import { useTheme } from '../../console/theme.js';
import type { PanelLine } from './panel-content.js';
import { PanelLines } from './PanelLines.js';

export interface TextDialogProps {
  title: string;
  tone?: 'warning' | 'error';
  /** The lines, laid out for `textWidth(width)` columns. */
  lines: (width: number) => PanelLine[];
  /** The dialog's own keys: its handlers and the key line at the bottom ("Enter: continue"). */
  commands: readonly Command[];
  children?: ReactNode;
}

/** Columns inside a dialog: its border and padding take two on each side. */
export const textWidth = (pageWidth: number) => Math.max(20, pageWidth - 5);

export function TextDialog(props: TextDialogProps) {
  return (
    <Modal title={props.title} tone={props.tone}>
      <TextDialogBody {...props} />
    </Modal>
  );
}

function TextDialogBody({ lines, commands }: TextDialogProps) {
  const size = useContentSize();
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const all = lines(textWidth(size.width));
  // Border, title and its margin, and the key line with its margin take six rows; the page's
  // breadcrumb row, which the content height leaves out, is free under a dialog.
  const visible = screenReader ? all.length : Math.max(3, size.height - 5);
  const maxTop = Math.max(0, all.length - visible);
  const [top, setTop] = useState(0);
  const start = Math.min(top, maxTop);
  useCommands('field', [
    { id: 'up', keys: ['up'], run: () => setTop(Math.max(0, start - 1)) },
    { id: 'down', keys: ['down'], run: () => setTop(Math.min(maxTop, start + 1)) },
    { id: 'page-up', keys: ['pageup'], run: () => setTop(Math.max(0, start - visible)) },
    { id: 'page-down', keys: ['pagedown'], run: () => setTop(Math.min(maxTop, start + visible)) },
    ...commands,
  ]);
  const scrolls = maxTop > 0;
  return (
    <Box flexDirection="column">
      <PanelLines lines={all.slice(start, start + visible)} />
      <Box marginTop={1}>
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          {scrolls ? `${start + 1}–${Math.min(all.length, start + visible)} of ${all.length} lines · ↑/↓ scroll · ` : ''}
          {commandHints(commands)
            .map((hint) => `${hint.keys}: ${hint.action}`)
            .join(' · ')}
        </Text>
      </Box>
    </Box>
  );
}
