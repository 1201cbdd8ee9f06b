// The lesson panel: the step, what is missing, hints and messages, beside the console or in a
// band below it. Screen readers get the same content as plain lines, without borders.
import { Box, Text, useIsScreenReaderEnabled } from 'ink';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { PanelLayout } from '../../console/frame/PanelHost.js';
import { useTheme } from '../../console/theme.js';
import { markdownToPlainText, runView, type LessonRun, type RunView } from '../../lessons/index.js';
import { useAppStore } from '../../console/store-hooks.js';
import { terminalHasKeyboard } from '../../console/frame/use-terminal-toggle.js';
import type { LessonSession } from '../lesson-session.js';
import type { ICON } from './panel-content.js';
import { ENGLISH } from '../i18n/messages.js';
import { useMessages } from '../i18n/react.js';
import { bandView, footerText, hiddenBandLines, quoteCode, stepLabel, widePanelLines, type PanelState } from './panel-content.js';
import { PanelLines } from './PanelLines.js';
import { useLessonKeys } from './use-lesson-keys.js';

/** The run as the panel shows it, again whenever what it is computed from changes. */
export function useRunView(run: LessonRun): RunView {
  // What is still missing reads the console's whole state; the rest reads the progress.
  useStore(run.store);
  useStore(run.state);
  return runView(run);
}

export function usePanelState(session: LessonSession): PanelState {
  const view = useRunView(session.run);
  const { ack, message, saveWarning } = useStore(
    session.state,
    useShallow(({ ack, message, saveWarning }) => ({ ack, message, saveWarning })),
  );
  const theme = useTheme();
  const terminalView = useAppStore((state) => state.terminalView);
  const { t } = useMessages();
  return {
    t,
    view: theme.useColour ? view : quoteCode(view),
    ack: session.current(ack),
    message: session.current(message),
    saveWarning,
    keysOff: terminalHasKeyboard(terminalView),
  };
}

export function LessonPanel({ session, layout }: { session: LessonSession; layout: PanelLayout }) {
  const state = usePanelState(session);
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const hidden = useStore(session.state, (s) => Boolean(s.panelHidden)) && !screenReader;
  // The step's scroll offset (another step starts at its top); the panel keeps it in range.
  useStore(session.state, (s) => s.panelScroll);
  const offset = session.panelOffset;
  // Border and padding take two columns on each side and a row at the top and bottom.
  const wide = layout.placement === 'right' ? widePanelLines(state, layout.width - 4, layout.height - 2, offset) : null;
  const band = layout.placement === 'bottom' && !hidden ? bandView(state, layout.width - 2, layout.rows - 1, offset) : null;
  useLessonKeys(session, wide ?? band ?? { maxOffset: 0, page: 1 });

  if (screenReader) return <ScreenReaderPanel state={state} />;
  if (layout.placement === 'right') {
    const { body, footer } = wide!;
    return (
      <Box
        flexDirection="column"
        justifyContent="space-between"
        width={layout.width}
        height={layout.height}
        borderStyle="round"
        borderColor={theme.colour.accent}
        paddingX={1}
        overflow="hidden"
      >
        <PanelLines lines={body} />
        <PanelLines lines={footer} />
      </Box>
    );
  }
  return (
    <Box
      flexDirection="column"
      width={layout.width}
      height={layout.rows}
      borderStyle="single"
      borderColor={theme.colour.accent}
      borderBottom={false}
      borderLeft={false}
      borderRight={false}
      paddingX={1}
      overflow="hidden"
    >
      <PanelLines lines={band ? band.lines : hiddenBandLines(state)} />
    </Box>
  );
}

/** Linear text in reading order; nothing cut, nothing drawn. */
function ScreenReaderPanel({ state }: { state: PanelState }) {
  const { view } = state;
  const current = view.current;
  const lines: string[] = [`Lesson: ${view.lesson.title}. ${stepLabel(view, state.t)}${current ? `: ${current.title}` : ''}.`];
  const say = (m?: { tone: keyof typeof ICON; text: string }) =>
    m && lines.push(`${m.tone === 'success' ? 'Done' : m.tone[0]!.toUpperCase() + m.tone.slice(1)}: ${m.text}`);
  say(state.ack);
  if (current) {
    if (current.instructions.length > 0) lines.push(markdownToPlainText(current.instructions));
    if (current.quiz) {
      lines.push(markdownToPlainText(current.quiz.question));
      for (const c of current.quiz.choices) lines.push(`${c.key}) ${c.text}`);
    }
    for (const f of current.feedback) lines.push(`Warning: ${markdownToPlainText(f.message)}`);
    say(state.message);
    if (current.missing.length > 0) lines.push(`${(state.t ?? ENGLISH.t)('panel.missing')} ${current.missing.join('; ')}`);
    current.hints.forEach((h, i) => lines.push(`${(state.t ?? ENGLISH.t)('panel.hint', { n: i + 1 })} ${markdownToPlainText(h)}`));
  } else if (view.finish) lines.push(markdownToPlainText(view.finish));
  if (state.saveWarning) lines.push((state.t ?? ENGLISH.t)('panel.warning', { text: state.saveWarning }));
  lines.push(`Keys: ${footerText(state, true)}`);
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i}>{line}</Text>
      ))}
    </Box>
  );
}
