// Accounts for the Policies page tests, built through the IAM API like the sandbox.
import { callIam, createAccount, type Account } from '../../src/iam/index.js';
import { START } from './render.js';

export const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
export const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
export const DOC = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'ReadUsers', Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }],
});

/** jane.doe in developers (ReadOnlyAccess), bob; a customer policy ReadUsers attached to nobody. */
export function policyAccount(): Account {
  let account = createAccount({ startTime: START });
  const run = (action: Parameters<typeof callIam>[1], request: object) => {
    account = callIam(account, action, request as never).account;
  };
  run('CreateUser', { UserName: 'jane.doe' });
  run('CreateUser', { UserName: 'bob' });
  run('CreateGroup', { GroupName: 'developers' });
  run('AddUserToGroup', { GroupName: 'developers', UserName: 'jane.doe' });
  run('AttachGroupPolicy', { GroupName: 'developers', PolicyArn: READ_ONLY });
  run('CreatePolicy', { PolicyName: 'ReadUsers', PolicyDocument: DOC, Description: 'Lets people read users' });
  return account;
}

export const customerArn = (account: Account, name: string) => account.customerPolicies.find((p) => p.policyName === name)!.arn;

/** The API calls made so far, as `Action:outcome`. */
export function apiCalls(events: Iterable<{ kind: string; action?: string; outcome?: string }>): string[] {
  return [...events].flatMap((e) => (e.kind === 'api' ? [`${e.action}:${e.outcome}`] : []));
}
