import { useState } from 'react';
import { Box } from 'ink';
import type { PolicyDocument, PolicyProblem } from '../../../iam/index.js';
import { validatePolicyDocument, type Location } from '../../../store/index.js';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { createInlinePolicy, descriptionProblem, policyNameProblem } from '../../../store/workflows/policies.js';
import { fromText, moveTo, toText, type EditorState } from '../../components/json-editing.js';
import { StepRail } from '../../components/StepRail.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { useContentSize } from '../../frame/content-size.js';
import { errorFlash } from './error-text.js';
import { POLICY_SKELETON } from './policy-summary.js';
import { ReviewPolicyStep } from './ReviewPolicyStep.js';
import { SpecifyPermissionsStep } from './SpecifyPermissionsStep.js';

const STEPS = [{ title: 'Specify permissions' }, { title: 'Review and create' }];

/** A managed policy for the account (IAM > Policies), or an inline one embedded in a user. */
export type WizardMode = { kind: 'managed' } | { kind: 'inline'; userName: string };

/** Create policy (facts: the JSON tab; the visual editor is not simulated), in two steps. */
export function PolicyWizard({ mode }: { mode: WizardMode }) {
  const store = useAppStoreApi();
  const navigate = useAppStore((state) => state.navigate);
  const setFlash = useAppStore((state) => state.setFlash);
  const size = useContentSize();

  const [step, setStep] = useState<0 | 1>(0);
  const [editor, setEditor] = useState<EditorState>(() => fromText(POLICY_SKELETON));
  const [problems, setProblems] = useState<readonly PolicyProblem[]>([]);
  const [focusEditor, setFocusEditor] = useState(0);
  const [document, setDocument] = useState<PolicyDocument | null>(null);
  const [warnings, setWarnings] = useState<readonly PolicyProblem[]>([]);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [description, setDescription] = useState('');

  const back: Location = mode.kind === 'managed' ? { screen: 'policies' } : { screen: 'user', userName: mode.userName, tab: 'permissions' };
  const trail = mode.kind === 'managed' ? ['IAM', 'Policies', 'Create policy'] : ['IAM', 'IAM users', mode.userName, 'Create policy'];
  // The step rail wraps to two rows when the page is narrow.
  const headerRows = size.width >= 64 ? 1 : 2;

  const next = () => {
    const result = validatePolicyDocument(toText(editor));
    if ('errors' in result) {
      setProblems(result.errors);
      const first = result.errors[0];
      if (first) setEditor((current) => moveTo(current, first.line, first.column));
      setFocusEditor((n) => n + 1);
      return;
    }
    setProblems([]);
    setDocument(result.document);
    setWarnings(result.warnings);
    setStep(1);
  };

  const create = () => {
    const problem = policyNameProblem(name);
    setNameError(problem);
    if (problem || descriptionProblem(description)) return;
    const json = toText(editor);
    const result =
      mode.kind === 'managed'
        ? store
            .getState()
            .call('CreatePolicy', { PolicyName: name, PolicyDocument: json, ...(description ? { Description: description } : {}) })
        : createInlinePolicy(store, mode.userName, name, json);
    if (!result.ok) return setFlash(errorFlash(result.error));
    setFlash({ kind: 'success', title: `Policy ${name} created.` });
    navigate(back);
  };

  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={trail} />
      <StepRail steps={STEPS} current={step} />
      {step === 0 ? (
        <SpecifyPermissionsStep
          editor={editor}
          onEdit={(next) => {
            setEditor(next);
          }}
          problems={problems}
          headerRows={headerRows}
          focusEditor={focusEditor}
          onNext={next}
          onCancel={() => navigate(back)}
        />
      ) : (
        <ReviewPolicyStep
          document={document!}
          warnings={warnings}
          name={name}
          onName={(value) => {
            setName(value);
            setNameError(null);
          }}
          nameError={nameError}
          description={
            mode.kind === 'managed' ? { value: description, onChange: setDescription, error: descriptionProblem(description) } : undefined
          }
          headerRows={headerRows}
          onCreate={create}
          onPrevious={() => setStep(0)}
          onCancel={() => navigate(back)}
        />
      )}
    </Box>
  );
}
