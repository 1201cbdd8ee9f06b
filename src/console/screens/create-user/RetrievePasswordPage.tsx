import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import { consoleSignInUrl, wasSaved, type Reveal } from '../../../store/index.js';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import type { Location } from '../../../store/index.js';
import { downloadToLaptop } from '../../../store/workflows/laptop-downloads.js';
import { Button } from '../../components/Button.js';
import { passwordCsv, passwordFileName } from '../../../store/workflows/download-files.js';
import { ScrollView } from '../../components/ScrollView.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { useContentSize } from '../../frame/content-size.js';
import { useFocusRing } from '../../input/focus.js';
import { useCommands } from '../../input/commands.js';
import { useServices } from '../../services.js';
import { useTheme } from '../../theme.js';
import { InfoBox } from './InfoBox.js';
import { LeaveWithoutSavingDialog } from './LeaveWithoutSavingDialog.js';
import { Muted, SectionTitle } from './StepLayout.js';

type PasswordReveal = Extract<Reveal, { kind: 'password' }>;
type Control = 'show' | 'download' | 'email' | 'return' | 'view';

/**
 * `Retrieve password` after Create user (facts §1.2): the only time the console password can
 * be seen. It lives in store.reveal alone and is cleared when the learner leaves.
 */
export function RetrievePasswordPage({ reveal }: { reveal: PasswordReveal }) {
  const store = useAppStoreApi();
  const account = useAppStore((state) => state.account);
  const services = useServices();
  const theme = useTheme();
  const [visible, setVisible] = useState(false);
  const [status, setStatus] = useState<{ kind: 'info' | 'error' | 'success'; text: string } | null>(null);
  const [leavingTo, setLeavingTo] = useState<Location | null>(null);
  const ring = useFocusRing<Control>(['show', 'download', 'email', 'return', 'view'], 'show');

  const usersList: Location = { screen: 'users' };
  const userPage: Location = { screen: 'user', userName: reveal.userName, tab: 'permissions' };

  const close = (to: Location) => {
    const state = store.getState();
    const current = state.reveal;
    state.record('password.closed', { userName: reveal.userName, saved: current ? wasSaved(current) : false });
    state.setReveal(null);
    state.navigate(to);
  };
  const leave = (to: Location) => {
    const current = store.getState().reveal;
    if (current && !wasSaved(current)) setLeavingTo(to);
    else close(to);
  };

  // Leaving by another way (the navigation pane) must not leave the password behind.
  useEffect(
    () => () => {
      const current = store.getState().reveal;
      if (current?.kind === 'password' && current.userName === reveal.userName) {
        store.getState().record('password.closed', { userName: reveal.userName, saved: wasSaved(current) });
        store.getState().setReveal(null);
      }
    },
    [store, reveal.userName],
  );

  const size = useContentSize();
  useCommands('page', [{ id: 'back', keys: ['esc'], description: 'return to users list', run: () => leave(usersList) }], { lead: true });

  const show = () => {
    const next = !visible;
    setVisible(next);
    if (!next) return;
    const current = store.getState().reveal;
    if (current?.kind !== 'password') return;
    store.getState().record('password.shown', { userName: reveal.userName });
    if (!current.shown) store.getState().setReveal({ ...current, shown: true });
  };

  const download = async () => {
    const current = store.getState().reveal;
    if (current?.kind !== 'password') return;
    const fileName = passwordFileName(current.userName);
    const content = passwordCsv(current.userName, current.password, consoleSignInUrl(account));
    // The simulated browser runs on Jane's laptop: the file is there whatever the real disk says.
    const onLaptop = `On the laptop: ${downloadToLaptop(store, fileName, content)}`;
    const result = await services.download(fileName, content);
    if (!result.ok) return setStatus({ kind: 'error', text: `The file was not saved: ${result.reason}.\n${onLaptop}` });
    const latest = store.getState().reveal;
    if (latest?.kind === 'password') store.getState().setReveal({ ...latest, downloaded: true });
    store.getState().record('password.downloaded', { userName: current.userName, fileName: fileName });
    setStatus({ kind: 'success', text: `Saved to ${result.path}.\n${onLaptop}` });
  };

  const email = () =>
    setStatus({
      kind: 'info',
      text: 'Not simulated: this would open your mail client with the sign-in URL and user name. The password is never in the e-mail; give it to the user another way.',
    });

  if (leavingTo) {
    return <LeaveWithoutSavingDialog onContinue={() => close(leavingTo)} onCancel={() => setLeavingTo(null)} />;
  }

  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={['IAM', 'IAM users', 'Create user']} />
      {/* The only time the password shows: on a short screen the page scrolls, the focused
          button in view, and Return to users list / View user stay on the last row. */}
      <ScrollView
        fill
        height={size.height}
        focused={ring.focused}
        footer={
          <>
            <Button label="Return to users list" focused={ring.is('return')} onPress={() => leave(usersList)} />
            <Button label="View user" primary focused={ring.is('view')} onPress={() => leave(userPage)} />
          </>
        }
      >
        <InfoBox kind="success" title="User created successfully">
          You can view and download the user's password and email instructions for signing in to the AWS Management Console.
        </InfoBox>
        <Text bold color={theme.colour.heading}>
          Retrieve password
        </Text>
        <SectionTitle>Console sign-in details</SectionTitle>
        <Row label="Console sign-in URL" value={consoleSignInUrl(account)} />
        <Row label="User name" value={reveal.userName} />
        <Box>
          <Box width={22} flexShrink={0}>
            <Text bold>Console password</Text>
          </Box>
          <Text>{visible ? reveal.password : '********'} </Text>
          <Button label={visible ? 'Hide' : 'Show'} focused={ring.is('show')} onPress={show} />
        </Box>
        <Box marginTop={1} flexWrap="wrap">
          <Button label="Download .csv file" focused={ring.is('download')} onPress={() => void download()} />
          <Button label="Email sign-in instructions" focused={ring.is('email')} onPress={email} />
        </Box>
        {status ? (
          <Text color={theme.colour[status.kind]}>
            {theme.useColour ? '' : status.kind === 'error' ? 'Error: ' : ''}
            {status.text}
          </Text>
        ) : (
          <Muted>This is the only time you can view or download this password.</Muted>
        )}
      </ScrollView>
    </Box>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Box>
      <Box width={22} flexShrink={0}>
        <Text bold>{label}</Text>
      </Box>
      <Text>{value}</Text>
    </Box>
  );
}
