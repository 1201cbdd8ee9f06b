import { useContext, type ReactNode } from 'react';
import { Box, Text } from 'ink';
import { useTheme } from '../theme.js';
import { planBody } from './dialog-layout.js';
import { ModalRoomContext } from './Modal.js';
import { ScrollView, type ScrollBlock } from './ScrollView.js';
import { wrappedRows } from './text.js';

export interface DialogContentProps {
  /** The buttons: always on the body's last row, right-aligned as in the console. */
  actions?: ReactNode;
  /** The key line under everything ("y or Enter: quit anyway · n or Esc: stay"): always drawn. */
  keys?: string;
  /** The focused control: the body's sections that hold it are scrolled into view. */
  focused?: string | null;
  /** The body as sections (see ScrollView), drawn before `children`. */
  sections?: readonly ScrollBlock[];
  /** The body: may hold ScrollSections, at any depth. */
  children?: ReactNode;
}

/**
 * What a dialog holds under its title (inside a Modal): a body that gets the rows the buttons and
 * the key line leave. When they are too few the body scrolls (PgUp/PgDn) and its last row says
 * how much is above and below, so the title, the buttons and the keys are always on screen.
 */
export function DialogContent({ actions, keys, focused = null, sections, children }: DialogContentProps) {
  const room = useContext(ModalRoomContext);
  const theme = useTheme();
  const keyLine = keys ? (
    <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
      {keys}
    </Text>
  ) : null;
  if (room.rows === undefined) {
    // Nothing limits the rows (a screen reader, a dialog drawn alone): the body in full.
    return (
      <>
        {sections?.map((section) => (
          <Box key={section.key} flexDirection="column">
            {section.node}
          </Box>
        ))}
        {children}
        {actions ? (
          <Box marginTop={1} justifyContent="flex-end">
            {actions}
          </Box>
        ) : null}
        {keyLine ? <Box marginTop={1}>{keyLine}</Box> : null}
      </>
    );
  }
  const keyRows = keys ? wrappedRows(keys, room.columns) : 0;
  // A column between the "more" words and the buttons, so the two never run together.
  const footer = actions ? <Box marginLeft={1}>{actions}</Box> : undefined;
  return (
    <>
      <ScrollView height={planBody(room.rows, keyRows)} focused={focused} sections={sections} footer={footer}>
        {children}
      </ScrollView>
      {keyLine}
    </>
  );
}
