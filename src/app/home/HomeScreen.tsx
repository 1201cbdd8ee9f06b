// `iamtutor` with no arguments: the course, each lesson's status, and Continue on the first
// one not yet completed. Enter starts or resumes the selected lesson, s opens the sandbox.
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
import { continueIndex, homeItems, homeRows, visibleWindow, type HomeRow } from './home-rows.js';
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
  const rows = homeRows(entries, file, language);
  const next = continueIndex(rows);
  const [cursor, setCursor] = useState(Math.max(0, next));
  const [help, setHelp] = useState(false);
  const selected = rows[cursor];
  const action = !selected?.entry.lesson
    ? ''
    : selected.state === 'done'
      ? 'start again'
      : selected.state === 'progress'
        ? 'continue'
        : 'start';

  // The handlers, the key line under the list and the `?` help all read this table.
  const commands: Command[] = [
    { id: 'up', keys: ['up'], label: '↑/↓', description: 'choose', run: () => setCursor(Math.max(0, cursor - 1)) },
    { id: 'down', keys: ['down'], run: () => setCursor(Math.min(rows.length - 1, cursor + 1)) },
    {
      id: 'start',
      keys: ['enter'],
      description: action || 'start',
      run: () => (selected?.entry.lesson ? onStart(selected.entry) : undefined),
    },
    {
      id: 'jump',
      keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
      label: '1–9',
      description: 'choose lesson N',
      run: (input) => (Number(input) <= rows.length ? setCursor(Number(input) - 1) : undefined),
    },
    { id: 'sandbox', keys: ['s'], description: 'sandbox (the console without a lesson)', run: onSandbox },
    { id: 'help', keys: ['?'], description: 'keys', run: () => setHelp(true) },
    { id: 'quit', keys: ['q', 'ctrl+c'], label: 'q', description: 'quit', run: () => exit() },
  ];
  const hints = commandHints(commands);
  useCommands('page', commands);
  // Ctrl+C leaves from the help too.
  useCommands('field', [{ id: 'interrupt', keys: ['ctrl+c'], run: () => exit() }], { everyLayer: true, isActive: help });

  // A wide terminal does not need a title column 120 characters wide.
  const width = Math.min(100, Math.max(60, size.columns - 2));
  // The list scrolls with the cursor when the course is longer than the screen.
  const items = homeItems(rows, groups, (row) => (row.state === 'broken' || width < COMPACT_BELOW ? 2 : 1));
  const noticeRows = notices.reduce((n, notice) => n + wrappedRows(`⚠ ${notice}`, width), 0);
  const room = screenReader ? Number.MAX_SAFE_INTEGER : size.rows - 1 - 2 - noticeRows - 2 - 1;
  const view = visibleWindow(items, cursor, room);
  if (help) return <HomeHelp hints={hints} onClose={() => setHelp(false)} />;
  return (
    <Box flexDirection="column" paddingX={1} height={screenReader ? undefined : size.rows - 1}>
      <Text bold color={theme.colour.heading}>
        iamtutor — AWS IAM credentials, hands-on
      </Text>
      <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
        Nothing here touches a real AWS account. Your progress is saved as you go.
      </Text>
      {notices.map((notice) => (
        <Text key={notice} color={theme.colour.warning}>
          ⚠ {notice}
        </Text>
      ))}
      <Box marginTop={1} flexDirection="column" aria-role="list">
        <Text bold>
          {'  '}
          {width < COMPACT_BELOW
            ? 'Lessons'
            : `${fit('Lesson', titleWidth(width, translatedCourse(language)))} ${fit('Time', 6)} ${fit('Level', 12)} ${languageColumn(language)}Status`}
        </Text>
        {view.above > 0 ? <More text={`↑ ${view.above} more above`} /> : null}
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
              />
            ),
          )}
        {view.below > 0 ? <More text={`↓ ${view.below} more below`} /> : null}
        {rows.length === 0 ? <Text>No lessons found. Add a folder of lessons with --lessons DIR.</Text> : null}
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
/** Mark, time, level, status and "Continue" take 45 columns, the language column 8; the title has the rest. */
const titleWidth = (width: number, withLanguage: boolean) => width - 45 - (withLanguage ? 8 : 0);
const translatedCourse = (language: string | undefined) => language !== undefined && language !== SOURCE_LANGUAGE;
/** The heading of the column that says how much of each lesson is translated (none in English). */
const languageColumn = (language: string | undefined) => (translatedCourse(language) ? `${fit(language!, 7)} ` : '');

function LessonRow({ row, width, focused, isNext }: { row: HomeRow; width: number; focused: boolean; isNext: boolean }) {
  const theme = useTheme();
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
          {row.status}
        </Text>
      </Box>
    );
  }
  if (width < COMPACT_BELOW) {
    // Narrow: the title gets the whole line, the details go on the next.
    return (
      <Box flexDirection="column" aria-role="listitem" aria-state={{ selected: focused }}>
        <Text>
          <FocusMark focused={focused} />
          <Text bold={focused}>{fit(`${row.number}. ${row.title}`, width - 2).trimEnd()}</Text>
        </Text>
        <Text>
          {'     '}
          {row.minutes} min · {row.level} · <Text color={colour}>{row.status}</Text>
          {row.translated ? ` · ${row.translated === 'English' ? 'in English' : `${row.translated} translated`}` : ''}
          {isNext ? (
            <Text bold color={theme.colour.accent}>
              {' '}
              · Continue
            </Text>
          ) : null}
        </Text>
      </Box>
    );
  }
  return (
    <Box aria-role="listitem" aria-state={{ selected: focused }}>
      <FocusMark focused={focused} />
      <Text bold={focused}>{fit(`${row.number}. ${row.title}`, titleWidth(width, row.translated !== undefined))} </Text>
      <Text>{fit(`${row.minutes} min`, 6)} </Text>
      <Text>{fit(row.level ?? '', 12)} </Text>
      {row.translated ? <Text>{fit(row.translated, 7)} </Text> : null}
      <Text color={colour}>{fit(row.status, 13)}</Text>
      {isNext ? (
        <Text bold color={theme.colour.accent}>
          {' '}
          Continue
        </Text>
      ) : null}
    </Box>
  );
}
