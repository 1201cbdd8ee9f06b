import { Text } from 'ink';
import { Modal } from '../../console/components/Modal.js';
import { HelpCloser, HintList } from '../../console/frame/HelpOverlay.js';
import type { KeyHint } from '../../console/input/hints.js';
import { useMessages } from '../i18n/react.js';

/** The home screen's `?`: its keys, from the same table as its handlers and its key line. */
export function HomeHelp({ hints, onClose }: { hints: readonly KeyHint[]; onClose(): void }) {
  const { t } = useMessages();
  return (
    <Modal title={t('help.title')}>
      <HelpCloser onClose={onClose} />
      <HintList hints={hints} />
      <Text>{t('help.close')}</Text>
    </Modal>
  );
}
