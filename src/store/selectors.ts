// Policy evaluation is not re-exported by src/iam/index.ts (yet); these are its own modules.
import { authorizationTarget } from '../iam/authorize.js';
import { evaluateRequest } from '../iam/policy/evaluate.js';
import type { DecidingStatement, Decision } from '../iam/policy/types.js';
import { findUser, userArn, type IamAction } from '../iam/index.js';
import type { AppState } from './store-types.js';
import type { QuitLoss } from './overlay.js';
import { wasSaved } from './transient.js';

/**
 * What quitting now would throw away, or null when nothing would be.
 * An unsaved secret comes first: it can never be shown again.
 */
export function wouldLoseOnQuit(state: Pick<AppState, 'reveal' | 'location'>): QuitLoss | null {
  if (state.reveal && !wasSaved(state.reveal)) return state.reveal.kind === 'access-key' ? 'secret' : 'password';
  if (state.location.screen === 'create-user') return 'create-user';
  if (state.location.screen === 'create-access-key' && !state.reveal) return 'create-access-key';
  return null;
}

// ---- what the signed-in identity may do (pages show "You don't have permission" up front) ----

/** A permission a page needs and the signed-in identity lacks: what the page says instead. */
export interface MissingPermission {
  /** `iam:ListUsers` */
  action: string;
  resource: string;
  /** the caller's ARN, for the text the learner would send to an administrator */
  principalArn: string;
  decision: Exclude<Decision, 'Allow'>;
  statement?: DecidingStatement;
}

/**
 * The first of `needs` the signed-in identity may not call, evaluated exactly as callIam
 * would authorise the call (same action and resource), or null when every call is allowed.
 */
export function missingPermission(
  state: Pick<AppState, 'account' | 'identity'>,
  needs: readonly { action: IamAction; request?: Record<string, unknown> }[],
): MissingPermission | null {
  const { account, identity } = state;
  if (identity.type === 'root') return null;
  const user = findUser(account, identity.userName);
  if (!user) return null;
  const caller = { identity, user, arn: userArn(account, user), viaConsole: true };
  for (const need of needs) {
    const target = authorizationTarget(account, need.action, need.request ?? {}, caller);
    if (!target) continue;
    const result = evaluateRequest(account, {
      principal: user.userName,
      action: target.action,
      resource: target.resource,
      context: { viaConsole: true, keys: target.keys },
    });
    if (result.decision === 'Allow') continue;
    const missing: MissingPermission = {
      action: target.action,
      resource: target.resource,
      principalArn: caller.arn,
      decision: result.decision,
    };
    if (result.statement) missing.statement = result.statement;
    return missing;
  }
  return null;
}
