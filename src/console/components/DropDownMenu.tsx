// The console's drop-down menus (the user menu, Add permissions, a key's Actions): a short list
// under a button, ↑/↓ to choose, Enter or Space to pick, Esc or Tab to close. Each is its own
// input layer, so while it is open the page hears none of its keys.
import { useState, type ReactNode } from 'react';
import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import { useCommands } from '../input/commands.js';
import { Layer } from '../input/layers.js';
import { useKeepInView } from './scroll-targets.js';
import { useTheme, type Theme } from '../theme.js';

export interface MenuItem<Id extends string> {
  id: Id;
  label: string;
  /** A colour for what the item does (Delete in red). */
  tone?: 'error';
}

export interface DropDownMenuProps<Id extends string> {
  items: readonly MenuItem<Id>[];
  onChoose(id: Id): void;
  onClose(): void;
  /** Lines above the items: what the menu is for. */
  header?: ReactNode;
  /** Under the button it drops from: at the left, or at the right edge. */
  align?: 'left' | 'right';
  /** A key that also closes it (the one that opened it). */
  closeKey?: string;
}

export function DropDownMenu<Id extends string>(props: DropDownMenuProps<Id>) {
  return (
    <Layer>
      <MenuBody {...props} />
    </Layer>
  );
}

function MenuBody<Id extends string>({ items, onChoose, onClose, header, align = 'left', closeKey }: DropDownMenuProps<Id>) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const [cursor, setCursor] = useState(0);
  // Open, the menu is what the learner answers: in a scrolled page, as much of it as fits is
  // brought on screen, and always the item under the cursor.
  const menu = useKeepInView(true);
  const chosen = useKeepInView(true);
  // On the menu's own layer: while it is open the key line says what its keys do.
  useCommands('page', [
    { id: 'up', keys: ['up'], label: '↑/↓', description: 'move', run: () => setCursor(Math.max(0, cursor - 1)) },
    { id: 'down', keys: ['down'], run: () => setCursor(Math.min(items.length - 1, cursor + 1)) },
    { id: 'choose', keys: ['enter', 'space'], label: 'Enter', description: 'select', run: () => onChoose(items[cursor]!.id) },
    {
      id: 'close',
      keys: ['esc', 'tab', 'shift+tab', ...(closeKey === undefined ? [] : [closeKey])],
      label: 'Esc',
      description: 'close',
      run: onClose,
    },
  ]);
  return (
    <Box
      ref={menu}
      flexDirection="column"
      borderStyle={screenReader ? undefined : 'single'}
      borderColor={theme.colour.focus}
      paddingX={1}
      alignSelf={align === 'left' ? 'flex-start' : 'flex-end'}
      aria-role="menu"
    >
      {header}
      {items.map((item, index) => {
        const here = index === cursor;
        return (
          <Box key={item.id} ref={here ? chosen : undefined} aria-role="menuitem" aria-state={{ selected: here }}>
            <Text color={theme.colour.focus} bold>
              {here ? '› ' : '  '}
            </Text>
            <Text inverse={here && theme.useColour} color={toneColour(theme, item.tone)}>
              {item.label}
            </Text>
          </Box>
        );
      })}
      <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
        ↑/↓ choose · Enter · Esc close
      </Text>
    </Box>
  );
}

function toneColour(theme: Theme, tone: MenuItem<string>['tone']): string | undefined {
  return tone === 'error' ? theme.colour.error : undefined;
}
