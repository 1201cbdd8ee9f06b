import type { IamAction, Identity } from '../iam/index.js';
import type { ShellEvent } from './machine.js';

/** Request fields that carry a secret; the event log keeps none of them. */
const SECRET_FIELDS = new Set(['Password', 'NewPassword', 'OldPassword', 'SecretAccessKey']);
export const REDACTED = '[redacted]';

/** One thing the learner did, as the lesson checks and reports read it. */
export type AppEvent = ApiEvent | UiEvent | ShellCommandEvent;

interface EventBase {
  seq: number;
  time: string;
  actor: string;
}

export interface ApiEvent extends EventBase {
  kind: 'api';
  action: IamAction;
  request: Record<string, unknown>;
  /** 'ok' or the IAM error code the call failed with. */
  outcome: string;
  viaConsole: boolean;
}

/** Things that happen only on screen but that lessons care about (was the secret saved?). */
export type UiEventType =
  | 'navigate'
  | 'undo'
  | 'secret.shown'
  | 'secret.copied'
  | 'secret.downloaded'
  | 'secret.closed'
  | 'password.shown'
  | 'password.downloaded'
  | 'password.closed'
  // detail: userName, accessKeyId, useCase (the wizard's step 1 choice), description
  | 'access-key.created'
  // detail: userName, outcome ('ok' | 'failed' | 'new-password-required')
  | 'sign-in'
  // detail: userName (who signed out)
  | 'sign-out';

export interface UiEvent extends EventBase {
  kind: 'ui';
  type: UiEventType;
  detail: Record<string, string | boolean>;
}

/** A command run in the simulated terminal (already redacted by the terminal). */
export interface ShellCommandEvent extends EventBase, ShellEvent {
  kind: 'shell';
}

export function redact(request: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) {
    out[key] = SECRET_FIELDS.has(key) ? REDACTED : value;
  }
  return out;
}

export function actorName(identity: Identity): string {
  return identity.type === 'root' ? 'root' : identity.userName;
}
