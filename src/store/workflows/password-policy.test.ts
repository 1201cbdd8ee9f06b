import { describe, expect, it } from 'vitest';
import { createStoreWithTerminal } from '../../terminal/store-with-terminal.js';
import { createAccount, passwordRules } from '../../iam/index.js';
import { simulatedClock } from '../index.js';
import {
  formFromPolicy,
  pendingChange,
  policyFormErrors,
  policyInputFromForm,
  savePasswordPolicy,
  type PasswordPolicyForm,
} from './password-policy.js';

const START = '2026-03-01T10:00:00.000Z';
const newStore = () => createStoreWithTerminal({ account: createAccount({ startTime: START }), clock: simulatedClock(START) });
const actions = (store: ReturnType<typeof newStore>) =>
  store.getState().events.flatMap((event) => (event.kind === 'api' ? [`${event.action}:${event.outcome}`] : []));

const custom = (changes: Partial<PasswordPolicyForm> = {}): PasswordPolicyForm => ({
  ...formFromPolicy(null),
  mode: 'custom',
  ...changes,
});

describe('password policy workflow', () => {
  it('starts from IAM default when the account has no custom policy', () => {
    expect(formFromPolicy(null).mode).toBe('default');
    expect(pendingChange(formFromPolicy(null), null)).toBe('none');
  });

  it('saves a custom policy with UpdateAccountPasswordPolicy, changing the rules users see', () => {
    const store = newStore();
    const before = passwordRules(store.getState().account.passwordPolicy).map((rule) => rule.label);
    const result = savePasswordPolicy(store, custom({ minimumLength: '12', requireSymbols: true }));
    expect(result).toEqual({ ok: true });
    expect(store.getState().account.passwordPolicy).toMatchObject({ minimumPasswordLength: 12, requireSymbols: true });
    const after = passwordRules(store.getState().account.passwordPolicy).map((rule) => rule.label);
    expect(after).not.toEqual(before);
    expect(after[0]).toBe('Must be at least 12 characters long');
    expect(actions(store)).toEqual(['UpdateAccountPasswordPolicy:ok']);
  });

  it('sends expiration and reuse only when their boxes are ticked', () => {
    expect(policyInputFromForm(custom({ maxAge: '30', reuseCount: '3' }))).not.toHaveProperty('MaxPasswordAge');
    expect(
      policyInputFromForm(custom({ expire: true, maxAge: '30', hardExpiry: true, preventReuse: true, reuseCount: '3' })),
    ).toMatchObject({
      MaxPasswordAge: 30,
      HardExpiry: true,
      PasswordReusePrevention: 3,
    });
  });

  it('reads a stored policy back into the form', () => {
    const store = newStore();
    savePasswordPolicy(store, custom({ minimumLength: '14', requireNumbers: true, expire: true, maxAge: '60', allowChange: true }));
    const form = formFromPolicy(store.getState().account.passwordPolicy);
    expect(form).toMatchObject({
      mode: 'custom',
      minimumLength: '14',
      requireNumbers: true,
      expire: true,
      maxAge: '60',
      allowChange: true,
    });
  });

  it('flags out-of-range numbers inline, ignoring unticked options', () => {
    expect(policyFormErrors(custom({ minimumLength: '5' }))).toEqual({ minimumLength: 'Enter a number from 6 to 128.' });
    expect(policyFormErrors(custom({ minimumLength: '' }))).toHaveProperty('minimumLength');
    expect(policyFormErrors(custom({ maxAge: '2000' }))).toEqual({});
    expect(policyFormErrors(custom({ expire: true, maxAge: '2000', preventReuse: true, reuseCount: '25' }))).toEqual({
      maxAge: 'Enter a number from 1 to 1095.',
      reuseCount: 'Enter a number from 1 to 24.',
    });
    expect(policyFormErrors({ ...formFromPolicy(null), minimumLength: '1' })).toEqual({});
  });

  it('returns the model error as is when a value is out of range', () => {
    const store = newStore();
    const result = savePasswordPolicy(store, custom({ minimumLength: '200' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('ValidationError');
    expect(result.error.message).toContain("Value at 'minimumPasswordLength' failed to satisfy constraint");
    expect(store.getState().account.passwordPolicy).toBeNull();
  });

  it('goes back to IAM default with DeleteAccountPasswordPolicy, and does nothing when already default', () => {
    const store = newStore();
    expect(savePasswordPolicy(store, formFromPolicy(null))).toEqual({ ok: true });
    expect(actions(store)).toEqual([]);
    savePasswordPolicy(store, custom({ minimumLength: '10' }));
    expect(savePasswordPolicy(store, { ...formFromPolicy(store.getState().account.passwordPolicy), mode: 'default' })).toEqual({
      ok: true,
    });
    expect(store.getState().account.passwordPolicy).toBeNull();
    expect(actions(store)).toEqual(['UpdateAccountPasswordPolicy:ok', 'DeleteAccountPasswordPolicy:ok']);
  });
});
