// `iamtutor` with no arguments: the course, each lesson's status, and Start or Continue on the
// first one not yet completed. Enter starts or resumes the selected lesson, s opens the sandbox.
import { useState } from 'react';
import { Box, Text, useApp, useIsScreenReaderEnabled } from 'ink';
import { columns } from '../../console/components/columns.js';
import { fit, wrappedRows } from '../../console/components/text.js';
import { FocusMark } from '../../console/components/FocusMark.js';
import { commandHints, useCommands, type Command } from '../../console/input/commands.js';
import { useTheme } from '../../console/theme.js';
import { useScreenSize } from '../../console/use-terminal-size.js';
import type { ProgressFile } from '../../lessons/index.js';
import type { CourseEntry, CourseGroup } from '../../lessons/course.js';
import { SOURCE_LANGUAGE } from '../../lessons/language.js';
import type { Messages } from '../i18n/messages.js';
import { useMessages } from '../i18n/react.js';
import { continueIndex, homeItems, homeRows, nextMark, nextMarks, visibleWindow, type HomeRow } from './home-rows.js';
import { plainOf, textLines } from '../lesson-panel/styled-lines.js';
import { cellsOf, headerLine, tableWidths, type RowCells, type Widths } from './home-table.js';
import { HomeHelp } from './HomeHelp.js';

export interface HomeProps {
  entries: readonly CourseEntry[];
  /** The courses the entries belong to; with more than one, each gets a heading. */
  groups?: readonly CourseGroup[];
  file: ProgressFile;
  /** Said at the top: a progress file moved aside, a lesson folder that cannot be read. */
  notices: readonly string[];
  onStart(entry: CourseEntry): void;
  onSandbox(): void;
  /** The lessons' language: other than English, each lesson says how much of it is translated. */
  language?: string;
}

export function HomeScreen({ entries, groups = [], file, notices, onStart, onSandbox, language }: HomeProps) {
  const { exit } = useApp();
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const size = useScreenSize();
  const messages = useMessages();
  const { t } = messages;
  const rows = homeRows(entries, file, language);
  const next = continueIndex(rows);
  const [cursor, setCursor] = useState(Math.max(0, next));
  const [help, setHelp] = useState(false);
  const selected = rows[cursor];
  const action =
    selected?.state === 'done' ? t('home.key.again') : selected?.state === 'progress' ? t('home.key.continue') : t('home.key.start');

  // The handlers, the key line under the list and the `?` help all read this table.
  const commands: Command[] = [
    { id: 'up', keys: ['up'], label: '↑/↓', description: t('home.key.choose'), run: () => setCursor(Math.max(0, cursor - 1)) },
    { id: 'down', keys: ['down'], run: () => setCursor(Math.min(rows.length - 1, cursor + 1)) },
    {
      id: 'start',
      keys: ['enter'],
      description: action,
      run: () => (selected?.entry.lesson ? onStart(selected.entry) : undefined),
    },
    {
      id: 'jump',
      keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
      label: '1–9',
      description: t('home.key.jump'),
      run: (input) => (Number(input) <= rows.length ? setCursor(Number(input) - 1) : undefined),
    },
    { id: 'sandbox', keys: ['s'], description: t('home.key.sandbox'), run: onSandbox },
    { id: 'help', keys: ['?'], description: t('home.key.help'), run: () => setHelp(true) },
    { id: 'quit', keys: ['q', 'ctrl+c'], label: 'q', description: t('home.key.quit'), run: () => exit() },
  ];
  const hints = commandHints(commands);
  useCommands('page', commands);
  // Ctrl+C leaves from the help too.
  useCommands('field', [{ id: 'interrupt', keys: ['ctrl+c'], run: () => exit() }], { everyLayer: true, isActive: help });

  // A wide terminal does not need a title column 120 characters wide.
  const width = Math.min(100, Math.max(60, size.columns - 2));
  // The list scrolls with the cursor when the course is longer than the screen.
  const header: RowCells = {
    title: t('home.heading.lesson'),
    time: t('home.heading.time'),
    level: t('home.heading.level'),
    ...(language !== undefined && language !== SOURCE_LANGUAGE && { translated: language }),
    status: t('home.heading.status'),
  };
  const widths =
    width < COMPACT_BELOW
      ? undefined
      : tableWidths(
          header,
          rows.filter((row) => row.state !== 'broken').map((row) => cellsOf(row, messages, 'short')),
          width,
          nextMarks(messages),
        );
  const items = homeItems(rows, groups, (row) => (row.state === 'broken' || !widths ? 2 : 1));
  const noticeRows = notices.reduce((n, notice) => n + wrappedRows(`⚠ ${notice}`, width), 0);
  // A translated title or subtitle may take more than its line (laid out in columns: CJK too).
  const title = textLines(t('home.title'), width).map(plainOf);
  const subtitle = textLines(t('home.subtitle'), width).map(plainOf);
  const headRows = title.length + subtitle.length;
  const room = screenReader ? Number.MAX_SAFE_INTEGER : size.rows - 1 - headRows - noticeRows - 2 - 1;
  const view = visibleWindow(items, cursor, room);
  if (help) return <HomeHelp hints={hints} onClose={() => setHelp(false)} />;
  return (
    <Box flexDirection="column" paddingX={1} height={screenReader ? undefined : size.rows - 1}>
      <Text bold color={theme.colour.heading}>
        {title.join('\n')}
      </Text>
      <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
        {subtitle.join('\n')}
      </Text>
      {notices.map((notice) => (
        <Text key={notice} color={theme.colour.warning}>
          ⚠ {notice}
        </Text>
      ))}
      <Box marginTop={1} flexDirection="column" aria-role="list">
        <Text bold>
          {'  '}
          {widths ? headerLine(header, widths) : t('home.heading.lessons')}
        </Text>
        {view.above > 0 ? <More text={t('home.more.above', { count: view.above })} /> : null}
        {items
          .slice(view.start, view.end)
          .map((item) =>
            item.kind === 'heading' ? (
              <CourseHeading key={`course:${item.group.dir}`} group={item.group} width={width} first={item.first} />
            ) : (
              <LessonRow
                key={rows[item.index]!.entry.file}
                row={rows[item.index]!}
                width={width}
                focused={item.index === cursor}
                isNext={item.index === next}
                messages={messages}
                widths={widths}
              />
            ),
          )}
        {view.below > 0 ? <More text={t('home.more.below', { count: view.below })} /> : null}
        {rows.length === 0 ? <Text>{t('home.empty')}</Text> : null}
      </Box>
      <Box flexGrow={1} />
      <Text color={theme.colour.muted} dimColor={!theme.colour.muted} wrap="truncate-end">
        {commandHints(commands.filter((command) => command.id !== 'jump'))
          .map((hint) => `${hint.keys} ${hint.action}`)
          .join(' · ')}
      </Text>
    </Box>
  );
}

function More({ text }: { text: string }) {
  const theme = useTheme();
  return (
    <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
      {'  '}
      {text}
    </Text>
  );
}

/** A course's title (and version, and as much of its description as fits) above its lessons. */
function CourseHeading({ group, width, first }: { group: CourseGroup; width: number; first: boolean }) {
  const theme = useTheme();
  const title = `${group.title}${group.version ? ` (version ${group.version})` : ''}`;
  const room = width - 2 - columns(title) - 3;
  const description = group.description && room > 10 ? ` — ${fit(group.description.replace(/\s+/g, ' ').trim(), room).trimEnd()}` : '';
  return (
    <Box marginTop={first ? 0 : 1} aria-role="listitem">
      <Text wrap="truncate-end">
        {'  '}
        <Text bold underline color={theme.colour.heading}>
          {title}
        </Text>
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          {description}
        </Text>
      </Text>
    </Box>
  );
}

/** Below this width each lesson takes two lines rather than cutting its title. */
const COMPACT_BELOW = 96;

interface LessonRowProps {
  row: HomeRow;
  width: number;
  focused: boolean;
  isNext: boolean;
  messages: Messages;
  /** The table's columns; absent: two lines per lesson. */
  widths?: Widths;
}

function LessonRow({ row, width, focused, isNext, messages, widths }: LessonRowProps) {
  const theme = useTheme();
  const cells = cellsOf(row, messages, widths ? 'short' : 'long');
  const colour = row.state === 'done' ? theme.colour.success : row.state === 'broken' ? theme.colour.error : undefined;
  if (row.state === 'broken') {
    return (
      <Box flexDirection="column" aria-role="listitem" aria-state={{ selected: focused }}>
        <Text>
          <FocusMark focused={focused} />
          {fit(`${row.number}. ${row.title}`, width - 2)}
        </Text>
        <Text color={colour} wrap="truncate-end">
          {'     '}
          {cells.status}
        </Text>
      </Box>
    );
  }
  if (!widths) {
    // Narrow: the title gets the whole line, the details go on the next.
    return (
      <Box flexDirection="column" aria-role="listitem" aria-state={{ selected: focused }}>
        <Text>
          <FocusMark focused={focused} />
          <Text bold={focused}>{fit(cells.title, width - 2).trimEnd()}</Text>
        </Text>
        <Text wrap="truncate-end">
          {'     '}
          {cells.time} · {cells.level} · <Text color={colour}>{cells.status}</Text>
          {cells.translated === undefined ? '' : ` · ${cells.translated}`}
          {isNext ? (
            <Text bold color={theme.colour.accent}>
              {' '}
              · {nextMark(row, messages)}
            </Text>
          ) : null}
        </Text>
      </Box>
    );
  }
  // One text of styled pieces, not a box of texts: the cells are cut to their widths already, and
  // a row that is one node is laid out and drawn at a fraction of the cost (the home screen's
  // first frame draws every row at once).
  return (
    <Box aria-role="listitem" aria-state={{ selected: focused }}>
      <Text>
        <FocusMark focused={focused} />
        <Text bold={focused}>{fit(cells.title, widths.title)} </Text>
        {fit(cells.time, widths.time)} {fit(cells.level, widths.level)}{' '}
        {cells.translated === undefined ? null : `${fit(cells.translated, widths.translated)} `}
        <Text color={colour}>{fit(cells.status, widths.status)}</Text>
        {isNext ? (
          <Text bold color={theme.colour.accent}>
            {' '}
            {nextMark(row, messages)}
          </Text>
        ) : null}
      </Text>
    </Box>
  );
}
