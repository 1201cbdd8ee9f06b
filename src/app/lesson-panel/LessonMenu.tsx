// The lesson menu (`l`): what a learner can do to a step besides doing it. Every choice that
// gives something away or throws work away asks first (ConfirmDialog).
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
  return (
    <Modal title="Lesson menu">
      <MenuBody {...props} />
    </Modal>
  );
}

function MenuBody({ session, onHome }: { session: LessonSession; onHome(): void }) {
  const theme = useTheme();
  const step = session.run.currentStep;
  const over = step ? undefined : 'the lesson is finished';
  // An assessment gives no solution and no skip: they are not on the menu at all.
  const help: Item[] = session.run.assessment
    ? []
    : [
        { label: 'Show the solution…', disabled: over, choose: () => session.open({ kind: 'confirm', action: 'solution' }) },
        {
          label: 'Skip this step…',
          disabled: over ?? (step?.skippable ? undefined : 'this step cannot be skipped'),
          choose: () => session.open({ kind: 'confirm', action: 'skip' }),
        },
      ];
  const items: Item[] = [
    ...help,
    { label: 'Reset this step', disabled: over, choose: () => session.resetStep() },
    { label: 'Reset the lesson…', choose: () => session.open({ kind: 'confirm', action: 'reset-lesson' }) },
    { label: 'Undo the last action', disabled: over, choose: () => session.undo() },
    { label: 'Back to home', choose: onHome },
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
    { id: 'up', keys: ['up'], label: '↑/↓', description: 'choose', run: () => move(-1) },
    { id: 'down', keys: ['down', 'tab'], run: () => move(1) },
    { id: 'do', keys: ['enter'], label: `Enter or 1–${items.length}`, description: 'do it', run: () => choose(cursor) },
    { id: 'number', keys: items.map((_, i) => String(i + 1)), run: (input) => choose(Number(input) - 1) },
    { id: 'close', keys: ['esc'], description: 'close', run: () => session.close() },
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
