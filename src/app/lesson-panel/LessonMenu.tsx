// The lesson menu (`l`): what a learner can do to a step besides doing it. Every choice that
// gives something away or throws work away asks first (ConfirmDialog).
import { useMessages } from '../i18n/react.js';
import { useState } from 'react';
import { Box, Text } from 'ink';
import { DialogContent } from '../../console/components/DialogContent.js';
import { FocusMark } from '../../console/components/FocusMark.js';
import { Modal } from '../../console/components/Modal.js';
import { commandHints, useCommands, type Command } from '../../console/input/commands.js';
import { useTheme } from '../../console/theme.js';
import type { LessonSession } from '../lesson-session.js';

interface Item {
  label: string;
  disabled?: string;
  choose(): void;
}

export function LessonMenu(props: { session: LessonSession; onHome(): void }) {
  const { t } = useMessages();
  return (
    <Modal title={t('menu.title')}>
      <MenuBody {...props} />
    </Modal>
  );
}

function MenuBody({ session, onHome }: { session: LessonSession; onHome(): void }) {
  const theme = useTheme();
  const { t } = useMessages();
  const step = session.run.currentStep;
  const over = step ? undefined : t('menu.finished');
  // An assessment gives no solution and no skip: they are not on the menu at all.
  const help: Item[] = session.run.assessment
    ? []
    : [
        { label: t('menu.solution'), disabled: over, choose: () => session.open({ kind: 'confirm', action: 'solution' }) },
        {
          label: t('menu.skip'),
          disabled: over ?? (step?.skippable ? undefined : t('menu.notSkippable')),
          choose: () => session.open({ kind: 'confirm', action: 'skip' }),
        },
      ];
  const items: Item[] = [
    ...help,
    { label: t('menu.resetStep'), disabled: over, choose: () => session.resetStep() },
    { label: t('menu.resetLesson'), choose: () => session.open({ kind: 'confirm', action: 'reset-lesson' }) },
    { label: t('menu.undo'), disabled: over, choose: () => session.undo() },
    { label: t('menu.home'), choose: onHome },
  ];
  const [cursor, setCursor] = useState(() =>
    Math.max(
      0,
      items.findIndex((item) => !item.disabled),
    ),
  );
  const move = (delta: number) => {
    let next = cursor;
    do next = (next + delta + items.length) % items.length;
    while (items[next]!.disabled && next !== cursor);
    setCursor(next);
  };
  const choose = (index: number) => {
    const item = items[index];
    if (item && !item.disabled) item.choose();
  };
  const commands: Command[] = [
    { id: 'up', keys: ['up'], label: '↑/↓', description: t('menu.key.choose'), run: () => move(-1) },
    { id: 'down', keys: ['down', 'tab'], run: () => move(1) },
    {
      id: 'do',
      keys: ['enter'],
      label: t('key.enterOrNumbers', { n: items.length }),
      description: t('menu.key.do'),
      run: () => choose(cursor),
    },
    { id: 'number', keys: items.map((_, i) => String(i + 1)), run: (input) => choose(Number(input) - 1) },
    { id: 'close', keys: ['esc'], description: t('key.close'), run: () => session.close() },
  ];
  useCommands('page', commands);
  // Each choice is a section of the body: on a short screen the chosen one is scrolled into view.
  const sections = items.map((item, i) => ({
    key: `item-${i}`,
    node: (
      <Box aria-role="menuitem" aria-state={{ selected: i === cursor, disabled: Boolean(item.disabled) }}>
        <FocusMark focused={i === cursor} />
        <Text color={item.disabled ? theme.colour.muted : undefined} dimColor={Boolean(item.disabled) && !theme.colour.muted}>
          {i + 1}. {item.label}
          {item.disabled ? ` (${item.disabled})` : ''}
        </Text>
      </Box>
    ),
  }));
  return (
    <DialogContent
      focused={`item-${cursor}`}
      sections={sections}
      keys={commandHints(commands)
        .map((hint) => `${hint.keys} ${hint.action}`)
        .join(' · ')}
    />
  );
}
