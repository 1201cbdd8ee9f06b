import { useState, type ReactNode } from 'react';
import { Box, Text } from 'ink';
import { consoleSignInUrl, wasSaved, type Reveal } from '../../../../store/index.js';
import { useAppStore, useAppStoreApi } from '../../../store-hooks.js';
import { downloadToLaptop } from '../../../../store/workflows/laptop-downloads.js';
import { passwordCsv, passwordFileName } from '../../../../store/workflows/download-files.js';
import { Button } from '../../../components/Button.js';
import { Modal } from '../../../components/Modal.js';
import { ScrollSection, ScrollView } from '../../../components/ScrollView.js';
import { useContentSize } from '../../../frame/content-size.js';
import { useDialogFocus } from '../../../input/dialog-focus.js';
import { useServices } from '../../../services.js';
import { useTheme } from '../../../theme.js';
import { Muted } from '../Muted.js';
import { DialogError, EscapeCloses } from './dialog-parts.js';

type PasswordReveal = Extract<Reveal, { kind: 'password' }>;

/**
 * The `Console password` modal (facts §2.3) after enabling access or resetting the password.
 * The password exists only in store.reveal: Close clears it, and it can never be shown again.
 */
export function PasswordModal({ reveal }: { reveal: PasswordReveal }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <Modal
      title={confirming ? 'Continue without viewing or downloading console password?' : 'Console password'}
      tone={confirming ? 'warning' : undefined}
    >
      {confirming ? (
        <ConfirmClose onStay={() => setConfirming(false)} />
      ) : (
        <PasswordBody reveal={reveal} onUnsavedClose={() => setConfirming(true)} />
      )}
    </Modal>
  );
}

function useClose() {
  const store = useAppStoreApi();
  return () => {
    const current = store.getState().reveal;
    if (current?.kind !== 'password') return;
    store.getState().record('password.closed', { userName: current.userName, saved: wasSaved(current) });
    store.getState().setReveal(null);
  };
}

function PasswordBody({ reveal, onUnsavedClose }: { reveal: PasswordReveal; onUnsavedClose(): void }) {
  const store = useAppStoreApi();
  const url = useAppStore((state) => consoleSignInUrl(state.account));
  const services = useServices();
  const theme = useTheme();
  const size = useContentSize();
  const close = useClose();
  const [visible, setVisible] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ring = useDialogFocus(['show', 'download', 'close'] as const, 'show');

  // Reads the latest reveal: a download finishing after Close must not bring the secret back.
  const update = (change: Partial<PasswordReveal>) => {
    const current = store.getState().reveal;
    if (current?.kind === 'password' && current.userName === reveal.userName) store.getState().setReveal({ ...current, ...change });
  };

  const toggle = () => {
    if (!visible) {
      update({ shown: true });
      store.getState().record('password.shown', { userName: reveal.userName });
    }
    setVisible(!visible);
  };

  const download = async () => {
    setError(null);
    const fileName = passwordFileName(reveal.userName);
    const content = passwordCsv(reveal.userName, reveal.password, url);
    // The simulated browser runs on Jane's laptop: the file is there whatever the real disk says.
    const onLaptop = `On the laptop: ${downloadToLaptop(store, fileName, content)}`;
    const result = await services.download(fileName, content);
    if (!result.ok) return setError(`The file could not be saved: ${result.reason}.\n${onLaptop}`);
    update({ downloaded: true });
    store.getState().record('password.downloaded', { userName: reveal.userName, fileName });
    setNote(`Downloaded to ${result.path}.\n${onLaptop}`);
  };

  const tryClose = () => (wasSaved(store.getState().reveal ?? reveal) ? close() : onUnsavedClose());

  return (
    <>
      <EscapeCloses onClose={tryClose} />
      <ScrollView
        height={size.height - 3}
        focused={ring.focused}
        footer={
          <>
            <Button label="Download .csv file" focused={ring.is('download')} onPress={() => void download()} />
            <Button label="Close" primary focused={ring.is('close')} onPress={tryClose} />
          </>
        }
      >
        <ScrollSection id="top" ids={['show']}>
          <Text color={theme.colour.success}>You have successfully enabled the user's new password.</Text>
          <Text>
            This is the only time you can view this password. After you close this window, if the password is lost, you must create a new
            one.
          </Text>
          <Box flexDirection="column" marginTop={1}>
            <Field label="Console sign-in URL">
              <Text>{url}</Text>
            </Field>
            <Field label="User name">
              <Text>{reveal.userName}</Text>
            </Field>
            <Field label="Console password">
              <Text>{visible ? reveal.password : '********'} </Text>
              <Button label={visible ? 'Hide' : 'Show'} focused={ring.is('show')} onPress={toggle} />
            </Field>
          </Box>
        </ScrollSection>
        {/* What the last download did, in view while the buttons have focus. */}
        <ScrollSection id="result" ids={['download', 'close']}>
          {note ? <Muted>{note}</Muted> : null}
          <DialogError message={error} />
        </ScrollSection>
      </ScrollView>
    </>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box flexWrap="wrap">
      <Box width={21} flexShrink={0}>
        <Text bold>{label}</Text>
      </Box>
      <Box>{children}</Box>
    </Box>
  );
}

function ConfirmClose({ onStay }: { onStay(): void }) {
  const close = useClose();
  const ring = useDialogFocus(['cancel', 'continue'] as const, 'cancel');
  return (
    <>
      <EscapeCloses onClose={onStay} />
      <Text>You have not viewed or downloaded the password. After you continue it can never be shown again.</Text>
      <Box marginTop={1}>
        <Button label="Cancel" focused={ring.is('cancel')} onPress={onStay} />
        <Button label="Continue" primary focused={ring.is('continue')} onPress={close} />
      </Box>
    </>
  );
}
