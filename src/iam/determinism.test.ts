import { describe, expect, it } from 'vitest';
import { advanceClock, createAccount, type Account } from './account.js';
import { recordKeyUse } from './actions/access-keys.js';
import type { IamAction } from './api-types.js';
import { callIam } from './call.js';
import { generatePassword } from './passwords.js';

/** About thirty calls touching every random draw: user/group/policy IDs, keys, salts, passwords. */
function script(seed: number): { account: Account; log: string[] } {
  let account = createAccount({ seed });
  const log: string[] = [];
  const run = (action: IamAction, request: object, context?: object) => {
    try {
      const result = callIam(account, action, request as never, context);
      account = advanceClock(result.account, 1000);
      log.push(JSON.stringify(result.response));
    } catch (error) {
      log.push(`${(error as Error).name}: ${(error as Error).message}`);
    }
  };
  for (const name of ['alice', 'bob', 'carol']) {
    run('CreateUser', { UserName: name });
    run('CreateAccessKey', { UserName: name });
  }
  run('CreateAccessKey', { UserName: 'alice' });
  run('CreateAccessKey', { UserName: 'alice' });
  const generated = generatePassword(account);
  account = generated.account;
  run('CreateLoginProfile', { UserName: 'alice', Password: generated.password, PasswordResetRequired: true });
  run(
    'ChangePassword',
    { OldPassword: generated.password, NewPassword: 'Fresh-Pass-123' },
    { caller: { type: 'user', userName: 'alice' } },
  );
  run('CreateGroup', { GroupName: 'devs' });
  run('AddUserToGroup', { GroupName: 'devs', UserName: 'bob' });
  run('AttachGroupPolicy', { GroupName: 'devs', PolicyArn: 'arn:aws:iam::aws:policy/PowerUserAccess' });
  run('CreatePolicy', {
    PolicyName: 'own-keys',
    PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListAccessKeys","Resource":"*"}]}',
  });
  run('AttachUserPolicy', { UserName: 'carol', PolicyArn: 'arn:aws:iam::123456789012:policy/own-keys' });
  run('UpdateAccountPasswordPolicy', { MinimumPasswordLength: 12, RequireSymbols: true });
  run('CreateLoginProfile', { UserName: 'bob', Password: 'weak' });
  run('ListUsers', {});
  run('ListAccessKeys', { UserName: 'alice' });
  const firstKey = account.users[0].accessKeys[0].accessKeyId;
  account = recordKeyUse(account, firstKey, 'sts', 'eu-west-1');
  run('GetAccessKeyLastUsed', { AccessKeyId: firstKey });
  run('UpdateAccessKey', { UserName: 'alice', AccessKeyId: firstKey, Status: 'Inactive' });
  run('DeleteAccessKey', { UserName: 'alice', AccessKeyId: firstKey }, { viaConsole: true });
  run('TagUser', { UserName: 'carol', Tags: [{ Key: 'team', Value: 'ops' }] });
  run('GetUser', { UserName: 'carol' });
  run('GetGroup', { GroupName: 'devs' });
  run('ListPolicies', { Scope: 'Local' });
  run('GetCallerIdentity', {}, { caller: { type: 'user', userName: 'bob' } });
  run('DeleteUser', { UserName: 'carol' });
  run('GetAccountPasswordPolicy', {});
  run('ListGroupsForUser', { UserName: 'bob' });
  return { account, log };
}

describe('determinism', () => {
  it('the same seed and calls give byte-identical accounts and responses', () => {
    const a = script(42);
    const b = script(42);
    expect(a.log.length).toBeGreaterThanOrEqual(30);
    expect(JSON.stringify(a.account)).toBe(JSON.stringify(b.account));
    expect(a.log).toEqual(b.log);
    expect(a.log).toContain('IamError: Cannot exceed quota for AccessKeysPerUser: 2');
  });

  it('a different seed gives different IDs and keys', () => {
    const a = script(1);
    const b = script(2);
    expect(a.account.users[0].userId).not.toBe(b.account.users[0].userId);
    expect(a.account.users[0].accessKeys[0].accessKeyId).not.toBe(b.account.users[0].accessKeys[0].accessKeyId);
    expect(a.log[1]).not.toBe(b.log[1]);
  });

  it('the account survives a JSON round trip unchanged', () => {
    const { account } = script(7);
    expect(JSON.parse(JSON.stringify(account))).toEqual(account);
  });
});
