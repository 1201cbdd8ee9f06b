import { useEffect, useMemo, useState } from 'react';
import { Box } from 'ink';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { accessKeyBlocker, cancelCreateAccessKey } from '../../../store/workflows/create-access-key.js';
import { NoPermissionPage } from '../../components/NoPermission.js';
import { useMissingPermission, type PermissionNeed } from '../../components/use-permission.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { BlockedNotice } from './BlockedNotice.js';
import { DescriptionStep } from './DescriptionStep.js';
import { RetrieveKeysPage } from './RetrieveKeysPage.js';
import { UseCaseStep } from './UseCaseStep.js';
import { DEFAULT_USE_CASE, type UseCaseId } from './use-cases.js';
import { WizardHeader } from './WizardHeader.js';

const CREATED_FLASH = {
  kind: 'success',
  title: 'Access key created',
  text: 'This is the only time that the secret access key can be viewed or downloaded. You cannot recover it later. However, you can create a new access key any time.',
} as const;

/**
 * Opening the wizard needs the user's details; CreateAccessKey itself is not checked up front:
 * as in the console, a user without it fills the wizard in and is refused by the API at the end.
 */
export function CreateAccessKeyWizard({ userName }: { userName: string }) {
  const needs = useMemo<PermissionNeed[]>(() => [{ action: 'GetUser', request: { UserName: userName } }], [userName]);
  const missing = useMissingPermission(needs);
  if (missing)
    return (
      <NoPermissionPage
        trail={['IAM', 'IAM users', userName, 'Create access key']}
        title="Create access key"
        what="view user details"
        missing={missing}
      />
    );
  return <CreateAccessKeySteps userName={userName} />;
}

/**
 * IAM > IAM users > <name> > Create access key (facts §3). Steps 1 and 2 are view state kept
 * here, so Previous finds them as they were; step 3 is wherever the store holds a revealed
 * access key for this user, so the secret's page can never be reached any other way.
 */
function CreateAccessKeySteps({ userName }: { userName: string }) {
  const store = useAppStoreApi();
  const reveal = useAppStore((state) => state.reveal);
  // Checked once, on entering the wizard, as the console greys out its button: a key created
  // elsewhere (the terminal) while the wizard is open is refused by CreateAccessKey itself.
  const [blocker] = useState(() => accessKeyBlocker(store, userName));
  const [step, setStep] = useState<'use-case' | 'description'>('use-case');
  const [useCaseId, setUseCaseId] = useState<UseCaseId>(DEFAULT_USE_CASE);
  const [confirmed, setConfirmed] = useState(false);
  const [description, setDescription] = useState('');
  const [tagError, setTagError] = useState<string | undefined>();

  // A banner left by the previous page would take rows the wizard needs.
  useEffect(() => {
    if (!store.getState().reveal) store.getState().setFlash(null);
  }, [store]);

  const trail = <Breadcrumbs trail={['IAM', 'IAM users', userName, 'Create access key']} />;
  const retrieving = reveal?.kind === 'access-key' && reveal.userName === userName ? reveal : null;
  const cancel = () => cancelCreateAccessKey(store, userName);

  if (retrieving) {
    return (
      <Box flexDirection="column">
        {trail}
        <WizardHeader step={2} />
        <RetrieveKeysPage userName={userName} accessKeyId={retrieving.accessKeyId} tagError={tagError} />
      </Box>
    );
  }

  if (blocker) {
    return (
      <Box flexDirection="column">
        {trail}
        <BlockedNotice userName={userName} blocker={blocker} onBack={cancel} />
      </Box>
    );
  }

  return (
    <Box flexDirection="column">
      {trail}
      <WizardHeader step={step === 'use-case' ? 0 : 1} />
      {step === 'use-case' ? (
        <UseCaseStep
          useCase={useCaseId}
          onUseCase={setUseCaseId}
          confirmed={confirmed}
          onConfirmed={setConfirmed}
          onNext={() => setStep('description')}
          onCancel={cancel}
        />
      ) : (
        <DescriptionStep
          userName={userName}
          useCase={useCaseId}
          description={description}
          onDescription={setDescription}
          onPrevious={() => setStep('use-case')}
          onCancel={cancel}
          onCreated={(error) => {
            setTagError(error);
            store.getState().setFlash(CREATED_FLASH);
          }}
        />
      )}
    </Box>
  );
}
