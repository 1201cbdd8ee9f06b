import { useState } from 'react';
import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import { useAppStore } from '../store-hooks.js';
import { useCommands } from '../input/commands.js';
import { useZone } from '../input/focus.js';
import { useTheme } from '../theme.js';
import { NAV_ITEMS, locationFor, navItemFor } from './nav-items.js';

/** The IAM left navigation. ↑/↓ choose, Enter opens, Tab goes back to the page. */
export function NavPanel({ width }: { width: number }) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const location = useAppStore((state) => state.location);
  const navigate = useAppStore((state) => state.navigate);
  const { zone, setZone } = useZone();
  const active = navItemFor(location);
  const [cursor, setCursor] = useState(() =>
    Math.max(
      0,
      NAV_ITEMS.findIndex((item) => item === active),
    ),
  );
  const focused = zone === 'nav';

  useCommands(
    'page',
    [
      { id: 'up', keys: ['up'], label: '↑/↓', description: 'choose a page', run: () => setCursor(Math.max(0, cursor - 1)) },
      { id: 'down', keys: ['down'], run: () => setCursor(Math.min(NAV_ITEMS.length - 1, cursor + 1)) },
      {
        id: 'open',
        keys: ['enter'],
        description: 'open it',
        run: () => {
          navigate(locationFor(NAV_ITEMS[cursor]!));
          setZone('page');
        },
      },
      // Back into the page at the end Tab or Shift+Tab would reach; Esc where it was.
      { id: 'enter-page', keys: ['tab'], run: () => setZone('page', 'first') },
      { id: 'enter-page-from-end', keys: ['shift+tab'], run: () => setZone('page', 'last') },
      { id: 'back', keys: ['esc'], description: 'back to the page', run: () => setZone('page') },
    ],
    { isActive: focused },
  );

  return (
    <Box
      flexDirection="column"
      width={width}
      flexShrink={0}
      borderStyle={screenReader ? undefined : 'single'}
      borderColor={focused ? theme.colour.focus : theme.colour.border}
      borderTop={false}
      borderLeft={false}
      borderBottom={false}
      aria-role="list"
    >
      <Text bold>Identity and Access{'\n'}Management (IAM)</Text>
      {NAV_ITEMS.map((item, index) => {
        const here = item === active;
        const pointed = focused && index === cursor;
        return (
          <Box key={item.label} flexDirection="column" aria-role="listitem" aria-state={{ selected: here }}>
            {item.group && NAV_ITEMS[index - 1]?.group !== item.group ? (
              <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
                {'\n'}
                {item.group}
              </Text>
            ) : null}
            <Text
              color={pointed ? theme.colour.focus : here ? theme.colour.accent : undefined}
              bold={here}
              dimColor={!item.simulated && !pointed && !theme.noDim}
              inverse={pointed && theme.useColour}
            >
              {pointed ? '› ' : here ? '▌ ' : '  '}
              {item.label}
              {item.simulated ? '' : ' ·'}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
