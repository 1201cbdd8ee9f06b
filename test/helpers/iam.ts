import { expect } from 'vitest';
import type { Account, CallContext } from '../../src/iam/account.js';
import type { IamAction, IamRequest, IamResponse } from '../../src/iam/api-types.js';
import { callIam } from '../../src/iam/call.js';
import { IamError } from '../../src/iam/errors.js';

// Shared by src/iam's tests: calls and assertions on the IAM API.

export function expectIamError(fn: () => unknown, code: string, message: string, httpStatus: number): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected an IamError').toBeInstanceOf(IamError);
  const error = thrown as IamError;
  expect({ code: error.code, message: error.message, httpStatus: error.httpStatus }).toEqual({ code, message, httpStatus });
}

/** A fluent wrapper so tests read as a sequence of calls on one evolving account. */
export class Session {
  constructor(public account: Account) {}

  call<A extends IamAction>(action: A, request: IamRequest<A>, context?: CallContext): IamResponse<A> {
    const result = callIam(this.account, action, request, context);
    this.account = result.account;
    return result.response;
  }

  fails<A extends IamAction>(
    action: A,
    request: IamRequest<A>,
    expected: [code: string, message: string, status: number],
    context?: CallContext,
  ): void {
    const before = this.account;
    expectIamError(() => callIam(this.account, action, request, context), ...expected);
    expect(this.account).toBe(before);
  }
}

/** Facts §8.1 "ManageOwnAccessKeys": the self-service policy scoped to `${aws:username}`. */
export const MANAGE_OWN_ACCESS_KEYS = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ManageOwnAccessKeys',
      Effect: 'Allow',
      Action: [
        'iam:CreateAccessKey',
        'iam:DeleteAccessKey',
        'iam:GetAccessKeyLastUsed',
        'iam:GetUser',
        'iam:ListAccessKeys',
        'iam:UpdateAccessKey',
        'iam:TagUser',
      ],
      Resource: 'arn:aws:iam::*:user/${aws:username}',
    },
  ],
});

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const ID_RE = (prefix: string) => new RegExp(`^${prefix}[A-Z2-7]{10}EXAMPLE$`);
export const ACCESS_KEY_ID_RE = /^AKIA[A-Z2-7]{9}EXAMPLE$/;
export const SECRET_RE = /^[A-Za-z0-9+/]{30}EXAMPLEKEY$/;
export const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const STRONG_PASSWORD = 'Correct-Horse-9';
