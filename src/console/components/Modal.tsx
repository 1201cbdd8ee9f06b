import { createContext, useContext, useRef, type ReactNode } from 'react';
import { Box, Text, useIsScreenReaderEnabled, type DOMElement } from 'ink';
import { useContentSize } from '../frame/content-size.js';
import { useDialogRows } from '../frame/dialog-space.js';
import { Layer } from '../input/layers.js';
import { useTheme } from '../theme.js';
import { planModal } from './dialog-layout.js';
import { wrappedRows } from './text.js';

export interface ModalProps {
  title: string;
  /** The content: a DialogContent, which keeps the buttons and the key line in the rows given. */
  children: ReactNode;
  tone?: 'warning' | 'error';
  /** Layers to rise above the page: overlays that may cover a dialog pass more than 1. */
  above?: number;
  /** Keep the flash banner up: it says what the dialog shows the result of (Console password). */
  keepBanner?: boolean;
}

/** Rows and columns inside a dialog's border under its title; no rows where nothing limits them. */
export interface ModalRoom {
  rows?: number;
  columns: number;
}

export const ModalRoomContext = createContext<ModalRoom>({ columns: 76 });

/** The room under the dialog's title: for a body that sizes a table or an editor to it. */
export function useModalRoom(): ModalRoom {
  return useContext(ModalRoomContext);
}

/** Columns the border and padding take: a border and a space on each side. */
const SIDE_COLUMNS = 4;

/**
 * A dialog. Ink has no z-order, so a dialog takes the place of the page content while it is
 * open; its Layer stops the page underneath from reacting to the keys meant for it. Its title is
 * always drawn; the rows under it (from the frame, dialog-space.tsx) go to its DialogContent.
 */
export function Modal({ title, children, tone, above = 1, keepBanner = false }: ModalProps) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const size = useContentSize();
  const node = useRef<DOMElement>(null);
  const rows = useDialogRows(node, keepBanner);
  const columns = Math.max(10, size.width - SIDE_COLUMNS);
  const plan = rows === undefined || screenReader ? null : planModal(rows, wrappedRows(title, columns));
  return (
    <Layer above={above}>
      <Box
        ref={node}
        flexDirection="column"
        flexShrink={0}
        borderStyle={screenReader ? undefined : 'double'}
        borderColor={tone ? theme.colour[tone] : theme.colour.accent}
        paddingX={1}
        aria-role="menu"
      >
        <Box flexShrink={0}>
          <Text bold color={theme.colour.heading}>
            {screenReader ? `Dialog: ${title}` : title}
          </Text>
        </Box>
        <Box flexDirection="column" flexShrink={0} marginTop={plan && !plan.titleGap ? 0 : 1}>
          <ModalRoomContext.Provider value={{ rows: plan?.contentRows, columns }}>{children}</ModalRoomContext.Provider>
        </Box>
      </Box>
    </Layer>
  );
}
