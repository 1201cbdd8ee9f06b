// A dialog of text that may be longer than the page: ↑/↓ and PgUp/PgDn scroll it. Used for the
// whole step (`i`), the solution, a right answer's explanation and the lesson's finish text.
import { useContext, useState, type ReactNode } from 'react';
import { Box, Text } from 'ink';
import { Modal, ModalRoomContext } from '../../console/components/Modal.js';
import { wrappedRows } from '../../console/components/text.js';
import { useContentSize } from '../../console/frame/content-size.js';
import { commandHints, useCommands, type Command } from '../../console/input/commands.js';
import { useTheme } from '../../console/theme.js';
import type { PanelLine } from './panel-content.js';
import { PanelLines } from './PanelLines.js';
import { useMessages } from '../i18n/react.js';

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
  const room = useContext(ModalRoomContext);
  const { t } = useMessages();
  const all = lines(textWidth(size.width));
  const [top, setTop] = useState(0);
  const keys = commandHints(commands)
    .map((hint) => `${hint.keys}: ${hint.action}`)
    .join(' · ');
  // The rows the frame gives the dialog under its title: the key line (and its status words,
  // which may wrap it) and the blank row above it are kept, the text scrolls in the rest.
  const position = (first: number, last: number) => `${t('dialog.lines', { first, last, total: all.length })} · `;
  const keyRows = wrappedRows(`${position(all.length, all.length)}${keys}`, room.columns);
  const visible = room.rows === undefined ? all.length : Math.max(1, room.rows - 1 - keyRows);
  const maxTop = Math.max(0, all.length - visible);
  const start = Math.min(top, maxTop);
  useCommands('field', [
    { id: 'up', keys: ['up'], run: () => setTop(Math.max(0, start - 1)) },
    { id: 'down', keys: ['down'], run: () => setTop(Math.min(maxTop, start + 1)) },
    { id: 'page-up', keys: ['pageup'], run: () => setTop(Math.max(0, start - visible)) },
    { id: 'page-down', keys: ['pagedown'], run: () => setTop(Math.min(maxTop, start + visible)) },
    ...commands,
  ]);
  const scrolls = maxTop > 0;
  // A window that ends between two paragraphs would end on their blank line, and with the blank
  // row above the key line the dialog would end in two empty rows: it stops at the paragraph.
  const shown = all.slice(start, start + visible);
  while (shown.length > 1 && isBlank(shown.at(-1)!)) shown.pop();
  return (
    <Box flexDirection="column">
      <PanelLines lines={shown} />
      <Box marginTop={1}>
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          {scrolls ? position(start + 1, start + shown.length) : ''}
          {keys}
        </Text>
      </Box>
    </Box>
  );
}

const isBlank = (line: PanelLine) => line.spans.every((span) => span.text.trim() === '');
