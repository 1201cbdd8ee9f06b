import { PolicyWizard } from './PolicyWizard.js';

/** IAM > Policies > Create policy: a customer managed policy from JSON. */
export function CreatePolicyWizard() {
  return <PolicyWizard mode={{ kind: 'managed' }} />;
}
