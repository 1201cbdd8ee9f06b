import { useEffect, useState } from 'react';
import { Box } from 'ink';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { createUserAsConsole } from '../../../store/workflows/create-user.js';
import { StepRail } from '../../components/StepRail.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { NoPermissionPage } from '../../components/NoPermission.js';
import { useMissingPermission, type PermissionNeed } from '../../components/use-permission.js';
import { INITIAL_DRAFT, toPlan, type Draft } from './draft.js';
import { PermissionsStep } from './PermissionsStep.js';
import { RetrievePasswordPage } from './RetrievePasswordPage.js';
import { ReviewStep } from './ReviewStep.js';
import { UserDetailsStep } from './UserDetailsStep.js';

const STEPS = [{ title: 'Specify user details' }, { title: 'Set permissions' }, { title: 'Review and create' }] as const;

// The wizard exists to create a user: without that permission the console's no-permission state.
// UserName `*`: the pre-check is for any new user (policies scoped to a name prefix read as denied).
const NEEDS: readonly PermissionNeed[] = [{ action: 'CreateUser', request: { UserName: '*' } }];

export function CreateUserWizard() {
  const missing = useMissingPermission(NEEDS);
  if (missing)
    return <NoPermissionPage trail={['IAM', 'IAM users', 'Create user']} title="Create user" what="create users" missing={missing} />;
  return <CreateUserSteps />;
}

/**
 * IAM > IAM users > Create user: the three steps, then the Retrieve password page when the
 * user got a console password. The form is view state here; Create user hands it to the
 * createUserAsConsole workflow, which makes the calls.
 */
function CreateUserSteps() {
  const store = useAppStoreApi();
  const reveal = useAppStore((state) => state.reveal);
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<Draft>(INITIAL_DRAFT);
  const [done, setDone] = useState(false);
  // Set when Create user made the user but a later call failed: the retry resumes.
  const [createdName, setCreatedName] = useState<string | null>(null);

  // A banner from the page the learner came from does not belong to this one.
  useEffect(() => {
    if (store.getState().flash) store.getState().setFlash(null);
  }, [store]);

  // Moving on clears a notice such as "group created"; an error stays until it is fixed.
  const go = (to: number) => {
    if (store.getState().flash && store.getState().flash?.kind !== 'error') store.getState().setFlash(null);
    setStep(to);
  };
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const passwordPending = reveal?.kind === 'password' && reveal.userName === createdName;

  const leave = () => {
    if (store.getState().flash?.kind === 'error') store.getState().setFlash(null);
    store.getState().navigate({ screen: 'users' });
  };

  const cancel = () => {
    // A password was already set on a partly failed try: it can be seen only now.
    if (passwordPending) return setDone(true);
    leave();
  };

  const create = () => {
    const plan = toPlan(draft);
    const result = createUserAsConsole(store, plan, { resume: createdName === plan.userName });
    const state = store.getState();
    if (!result.ok) {
      if (result.userCreated) setCreatedName(plan.userName);
      state.setFlash({
        kind: 'error',
        title: result.userCreated ? `User ${plan.userName} was created, but not every step succeeded.` : 'Failed to create user.',
        text: result.userCreated ? `${result.error.message} Fix it and choose Create user to finish.` : result.error.message,
      });
      return;
    }
    if (plan.consoleAccess) {
      state.setFlash(null);
      // The custom password is now in store.reveal alone; the form forgets it.
      update({ customPassword: '' });
      setCreatedName(plan.userName);
      setDone(true);
      return;
    }
    state.setFlash({
      kind: 'success',
      title: `User ${plan.userName} created.`,
      text: `View user: select ${plan.userName} in the list and press Enter.`,
    });
    state.navigate({ screen: 'users' });
  };

  if (done && reveal?.kind === 'password') return <RetrievePasswordPage reveal={reveal} />;

  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={['IAM', 'IAM users', 'Create user']} />
      <StepRail steps={STEPS} current={step} />
      {step === 0 ? (
        <UserDetailsStep draft={draft} update={update} createdName={createdName} onNext={() => go(1)} onCancel={cancel} />
      ) : step === 1 ? (
        <PermissionsStep
          draft={draft}
          update={update}
          createdName={createdName}
          onNext={() => go(2)}
          onPrevious={() => go(0)}
          onCancel={cancel}
        />
      ) : (
        <ReviewStep draft={draft} update={update} createdName={createdName} onCreate={create} onPrevious={() => go(1)} onCancel={cancel} />
      )}
    </Box>
  );
}
