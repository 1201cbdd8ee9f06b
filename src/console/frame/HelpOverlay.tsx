import { Box, Text } from 'ink';
import { DialogContent } from '../components/DialogContent.js';
import { Modal } from '../components/Modal.js';
import { ScrollWordsProvider } from '../components/scroll-words.js';
import { useCommands } from '../input/commands.js';
import { useHintRegistry, type KeyHint } from '../input/hints.js';
import { useFrameWords } from './frame-words.js';
import { usePanelHints } from './PanelHost.js';

/** Every key of the current page, a side panel's, then the keys that work everywhere (those the console hears). */
export function HelpOverlay({ onClose }: { onClose(): void }) {
  // The page's keys as they are when `?` opens (the page under the overlay does not change).
  const registry = useHintRegistry();
  const page = registry.current();
  const everywhere = registry.global();
  const panel = usePanelHints();
  const words = useFrameWords();
  // Every key once: of two meanings of one key (Space "play" while paused, "pause" while
  // playing) the one the key line shows now; a key listed only at times (a) is still listed.
  const listedNow = (hint: KeyHint) => hint.listedWhile?.() ?? true;
  const panelHints = (panel?.hints ?? []).filter(
    (hint, _, all) => listedNow(hint) || !all.some((other) => other !== hint && other.keys === hint.keys),
  );
  const consoleHeard = !panel?.keepsAllKeys?.();
  const lists = [
    ...(page.length > 0 && consoleHeard ? [{ key: 'page', node: <HintList title={words.onThisPage} hints={page} /> }] : []),
    ...(panel ? [{ key: 'panel', node: <HintList title={panel.title} hints={panelHints} /> }] : []),
    ...(consoleHeard ? [{ key: 'everywhere', node: <HintList title={words.everywhere} hints={everywhere} /> }] : []),
  ];
  // A page's keys and the global ones are taller than 24 rows leave the dialog: they scroll in
  // the rows the frame gives it (squeezed into them, yoga drew headings at no height).
  return (
    <Modal title={words.helpTitle} above={10}>
      <HelpCloser onClose={onClose} />
      <ScrollWordsProvider words={words.scroll}>
        <DialogContent sections={lists} actions={<Text>{words.helpClose}</Text>} />
      </ScrollWordsProvider>
    </Modal>
  );
}

/**
 * Closes a help dialog; drawn inside its Modal, so on its layer (the screen under it hears
 * nothing while it is open). Field scope: the help's own keys are not listed in the help they close.
 */
export function HelpCloser({ onClose }: { onClose(): void }) {
  useCommands('field', [{ id: 'close', keys: ['esc', 'enter', '?', 'q'], run: onClose }]);
  return null;
}

/** Keys and what they do, in two columns, under a heading when there is one. */
export function HintList({ title, hints }: { title?: string; hints: readonly KeyHint[] }) {
  const width = Math.max(...hints.map((hint) => hint.keys.length)) + 2;
  return (
    <Box flexDirection="column" marginBottom={1}>
      {title ? <Text bold>{title}</Text> : null}
      {hints.map((hint) => (
        // A description longer than its row wraps under itself, not under the keys.
        <Box key={hint.keys + hint.action}>
          <Box flexShrink={0}>
            <Text>{`  ${hint.keys.padEnd(width)}`}</Text>
          </Box>
          <Box flexShrink={1}>
            <Text>{hint.action}</Text>
          </Box>
        </Box>
      ))}
    </Box>
  );
}
