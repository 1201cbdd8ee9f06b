import { findUser } from '../../../store/index.js';
import { useAppStore } from '../../store-hooks.js';
import { MissingUser } from '../user/MissingUser.js';
import { PolicyWizard } from './PolicyWizard.js';

/** A user's Permissions › Add permissions › Create inline policy: JSON, then a name, PutUserPolicy. */
export function CreateInlinePolicyWizard({ userName }: { userName: string }) {
  const user = useAppStore((state) => findUser(state.account, userName));
  if (!user) return <MissingUser userName={userName} />;
  return <PolicyWizard mode={{ kind: 'inline', userName: user.userName }} />;
}
