import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import { wasSaved, wasViewedOrSaved } from '../../../store/index.js';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { closeAccessKeyReveal } from '../../../store/workflows/create-access-key.js';
import { Button } from '../../components/Button.js';
import { useContentSize } from '../../frame/content-size.js';
import { useFocusRing } from '../../input/focus.js';
import { useCommands } from '../../input/commands.js';
import { useTheme } from '../../theme.js';
import { AccessKeyFields } from './AccessKeyFields.js';
import { BestPracticesPanel } from './BestPracticesPanel.js';
import { ContinueWithoutSavingDialog } from './ContinueWithoutSavingDialog.js';
import { wrappedRows } from '../../components/text.js';
import { ScrollView } from '../../components/ScrollView.js';
import { useSecretActions } from './use-secret-actions.js';
import { headerRows } from './WizardHeader.js';

/** The side panel goes beside the keys from this width on, below them under it. */
const SIDE_PANEL = 110;
const PANEL_WIDTH = 44;

type Control = 'copy-id' | 'show' | 'copy-secret' | 'download' | 'done';

export interface RetrieveKeysPageProps {
  userName: string;
  accessKeyId: string;
  /** Why the description tag could not be saved, when it could not. */
  tagError?: string;
}

/**
 * Step 3, `Retrieve access keys` (facts §3.4): the only time the secret exists. It is read from
 * the store's reveal on every render and never copied into this component's state.
 */
export function RetrieveKeysPage({ userName, accessKeyId, tagError }: RetrieveKeysPageProps) {
  const store = useAppStoreApi();
  const theme = useTheme();
  const size = useContentSize();
  const reveal = useAppStore((state) => (state.reveal?.kind === 'access-key' ? state.reveal : null));
  const [visible, setVisible] = useState(false);
  const [warning, setWarning] = useState(false);
  // Show pressed elsewhere (a demo playing the solution) shows the secret here too; a state from
  // before Show put back (a demo stepping back) masks it again, as it was then.
  const shownInStore = Boolean(reveal?.shown);
  const [sawShown, setSawShown] = useState(false);
  if (shownInStore !== sawShown) {
    setSawShown(shownInStore);
    setVisible(shownInStore);
  }
  const ring = useFocusRing<Control>(['copy-id', 'show', 'copy-secret', 'download', 'done']);
  const actions = useSecretActions(userName, accessKeyId);

  // Leaving by another way (the navigation pane) must not leave the secret behind: it would wait
  // in the store and be shown again on the next visit to this wizard (found by the monkey soak).
  useEffect(
    () => () => {
      const current = store.getState().reveal;
      if (current?.kind === 'access-key' && current.accessKeyId === accessKeyId) {
        store.getState().record('secret.closed', { userName: current.userName, accessKeyId, saved: wasSaved(current) });
        store.getState().setReveal(null);
      }
    },
    [store, accessKeyId],
  );

  const done = () => {
    const current = store.getState().reveal;
    if (current && !wasViewedOrSaved(current)) setWarning(true);
    else closeAccessKeyReveal(store, userName);
  };
  useCommands('page', [{ id: 'back', keys: ['esc'], description: 'Done', run: () => done() }], { lead: true });

  if (warning) {
    return <ContinueWithoutSavingDialog onContinue={() => closeAccessKeyReveal(store, userName)} onCancel={() => setWarning(false)} />;
  }
  if (!reveal) return null;

  const secret = reveal.secretAccessKey;
  const wide = size.width >= SIDE_PANEL;
  const mainWidth = wide ? size.width - PANEL_WIDTH - 1 : size.width;
  const fields = (
    <AccessKeyFields
      accessKeyId={reveal.accessKeyId}
      secretShown={visible ? secret : '*'.repeat(secret.length)}
      visible={visible}
      width={mainWidth}
      focused={ring.focused}
      onCopyId={() => void actions.copyId()}
      onToggle={() => {
        if (!visible) actions.show();
        setVisible(!visible);
      }}
      onCopySecret={() => void actions.copySecret(!visible)}
      idMessage={actions.messages.id}
      secretMessage={actions.messages.secret}
    />
  );
  const blocks = [
    { key: 'keys', ids: ['copy-id', 'show', 'copy-secret'], node: fields },
    ...(tagError
      ? [
          {
            key: 'tag',
            node: <Text color={theme.colour.warning}>The access key was created, but its description tag was not saved: {tagError}</Text>,
          },
        ]
      : []),
    ...(wide ? [] : [{ key: 'practices', node: <BestPracticesPanel /> }]),
  ];

  const download = actions.messages.download;
  const below = download ? wrappedRows(download.text, size.width) : 0;
  const bodyHeight = size.height - headerRows(size.width) - below;

  return (
    <Box flexDirection="column">
      <Box>
        <Box flexDirection="column" width={mainWidth}>
          <ScrollView
            fill
            height={bodyHeight}
            rowsBelow={below}
            sections={blocks}
            focused={ring.focused}
            footer={
              <>
                <Button label="Download .csv file" focused={ring.is('download')} onPress={() => void actions.download()} />
                <Button label="Done" primary focused={ring.is('done')} onPress={done} />
              </>
            }
          />
        </Box>
        {wide ? (
          <Box marginLeft={1} width={PANEL_WIDTH} flexDirection="column">
            <BestPracticesPanel />
          </Box>
        ) : null}
      </Box>
      {download ? (
        <Box justifyContent="flex-end">
          <Text color={download.ok ? theme.colour.success : theme.colour.error}>{download.text}</Text>
        </Box>
      ) : null}
    </Box>
  );
}
