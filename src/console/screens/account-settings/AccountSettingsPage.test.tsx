import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { callIam, createAccount, passwordRules } from '../../../iam/index.js';
import { KEY, renderConsole, START } from '../../../../test/helpers/render.js';

afterEach(() => cleanup());

const location = { screen: 'account-settings' } as const;
const apiCalls = (ui: ReturnType<typeof renderConsole>) =>
  ui.store.getState().events.flatMap((event) => (event.kind === 'api' ? [`${event.action}:${event.outcome}`] : []));

/** Opens Edit and chooses Custom; focus is then on the radio group. */
async function editCustom(ui: ReturnType<typeof renderConsole>) {
  await ui.waitFor('Password policy');
  await ui.press(KEY.enter);
  await ui.waitFor('Edit password policy');
  await ui.press(KEY.down);
  await ui.waitFor('Password minimum length');
}

describe('Account settings: password policy', () => {
  it('shows the default policy when the account has none', async () => {
    const ui = renderConsole({ location });
    const frame = await ui.waitFor('Password policy');
    expect(frame).toContain('IAM > Account settings');
    expect(frame).toContain('This AWS account uses the following default password policy:');
    expect(frame).toContain('Minimum password length is 8 characters');
    expect(frame).toContain('Never expire password');
    expect(frame).toContain('Must not be identical to your AWS account name or email address');
  });

  it('saves a custom policy of 12 characters with symbols, and the password rules follow', async () => {
    const ui = renderConsole({ location });
    const before = passwordRules(ui.store.getState().account.passwordPolicy);
    await editCustom(ui);
    let frame = ui.frame();
    expect(frame).toContain('IAM > Account settings > Edit password policy');
    expect(frame).toContain('Require at least one uppercase letter from the Latin alphabet (A–Z)');
    await ui.press(KEY.tab, KEY.backspace);
    await ui.type('12');
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.tab, KEY.space);
    await ui.waitFor(/\[x\] Require at least one nonalphanumeric/);
    // Expiration, change own password, reuse, Cancel, then Save changes.
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.tab, KEY.tab);
    expect(ui.frame()).toMatch(/›\[ Save changes \]/);
    await ui.press(KEY.enter);
    frame = await ui.waitFor('Set custom password policy?');
    expect(frame).toContain('Set custom');
    await ui.press(KEY.enter);
    frame = await ui.waitFor('Password policy updated.');
    expect(frame).toContain('This AWS account uses the following custom password policy:');
    expect(frame).toContain('Minimum password length is 12 characters');
    expect(frame).toContain('Require at least one nonalphanumeric character');

    const policy = ui.store.getState().account.passwordPolicy;
    expect(policy).toMatchObject({ minimumPasswordLength: 12, requireSymbols: true, requireUppercaseCharacters: false });
    const after = passwordRules(policy).map((rule) => rule.label);
    expect(after).not.toEqual(before.map((rule) => rule.label));
    expect(after[0]).toBe('Must be at least 12 characters long');
    expect(apiCalls(ui)).toEqual(['UpdateAccountPasswordPolicy:ok']);
  });

  it('blocks an out-of-range minimum length inline', async () => {
    const ui = renderConsole({ location });
    await editCustom(ui);
    await ui.press(KEY.tab, KEY.backspace);
    await ui.type('5');
    // Leaving the field shows the range error.
    await ui.press(KEY.tab);
    await ui.waitFor('Enter a number from 6 to 128.');
    for (let i = 0; i < 20 && !/›\[ Save changes \]/.test(ui.frame()); i++) await ui.press(KEY.tab);
    await ui.press(KEY.enter);
    const frame = ui.frame();
    expect(frame).not.toContain('Set custom password policy?');
    expect(frame).toContain('Enter a number from 6 to 128.');
    expect(frame).toMatch(/› Password minimum length \[5/);
    expect(ui.store.getState().account.passwordPolicy).toBeNull();
    expect(apiCalls(ui)).toEqual([]);
  });

  it('goes back to the IAM default with DeleteAccountPasswordPolicy', async () => {
    let account = createAccount({ startTime: START });
    account = callIam(account, 'UpdateAccountPasswordPolicy', { MinimumPasswordLength: 14, RequireNumbers: true }).account;
    const ui = renderConsole({ location, account });
    let frame = await ui.waitFor('custom password policy');
    expect(frame).toContain('Minimum password length is 14 characters');
    expect(frame).toContain('Require at least one number');
    await ui.press(KEY.enter);
    frame = await ui.waitFor('Edit password policy');
    expect(frame).toMatch(/\[x\] Require at least one number/);
    await ui.press(KEY.up);
    await ui.waitFor('IAM default password requirements:');
    await ui.press(KEY.tab, KEY.tab, KEY.enter);
    await ui.waitFor('Set default password policy?');
    await ui.press(KEY.enter);
    frame = await ui.waitFor('Password policy updated.');
    expect(frame).toContain('This AWS account uses the following default password policy:');
    expect(ui.store.getState().account.passwordPolicy).toBeNull();
    expect(apiCalls(ui)).toEqual(['DeleteAccountPasswordPolicy:ok']);
  });

  it('cancels with Esc, from the form and from the confirmation', async () => {
    const ui = renderConsole({ location });
    await editCustom(ui);
    await ui.press(KEY.tab, KEY.tab, KEY.space);
    await ui.press(KEY.escape);
    let frame = await ui.waitFor('default password policy:');
    expect(frame).not.toContain('Edit password policy');
    await ui.press(KEY.enter);
    await ui.waitFor('Edit password policy');
    await ui.press(KEY.down);
    for (let i = 0; i < 20 && !/›\[ Save changes \]/.test(ui.frame()); i++) await ui.press(KEY.tab);
    await ui.press(KEY.enter);
    await ui.waitFor('Set custom password policy?');
    await ui.press(KEY.escape);
    frame = await ui.waitFor('Edit password policy');
    expect(frame).not.toContain('Set custom password policy?');
    expect(ui.store.getState().account.passwordPolicy).toBeNull();
    expect(apiCalls(ui)).toEqual([]);
  });

  it('turns on expiration and reuse prevention with their numbers', async () => {
    const ui = renderConsole({ location });
    await editCustom(ui);
    const tabTo = async (pattern: RegExp) => {
      for (let i = 0; i < 20 && !pattern.test(ui.frame()); i++) await ui.press(KEY.tab);
      expect(ui.frame()).toMatch(pattern);
    };
    await tabTo(/› \[ \] Turn on password expiration/);
    await ui.press(KEY.space);
    await ui.waitFor('Expire passwords in [90');
    await ui.press(KEY.tab, KEY.backspace, KEY.backspace);
    await ui.type('30');
    await ui.press(KEY.tab, KEY.space);
    await tabTo(/› \[ \] Prevent password reuse/);
    await ui.press(KEY.space, KEY.tab, KEY.backspace);
    await ui.type('3');
    await tabTo(/›\[ Save changes \]/);
    await ui.press(KEY.enter);
    await ui.waitFor('Set custom password policy?');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('Password policy updated.');
    expect(frame).toContain('Expire passwords in 30 days');
    expect(frame).toContain('Remember last 3 passwords and prevent reuse');
    expect(ui.store.getState().account.passwordPolicy).toMatchObject({
      minimumPasswordLength: 8,
      maxPasswordAge: 30,
      hardExpiry: true,
      passwordReusePrevention: 3,
    });
  });

  it('shows expiration and reuse settings of a custom policy', async () => {
    let account = createAccount({ startTime: START });
    account = callIam(account, 'UpdateAccountPasswordPolicy', {
      MinimumPasswordLength: 10,
      MaxPasswordAge: 90,
      HardExpiry: true,
      AllowUsersToChangePassword: true,
      PasswordReusePrevention: 5,
    }).account;
    const ui = renderConsole({ location, account });
    const frame = await ui.waitFor('custom password policy');
    expect(frame).toContain('Expire passwords in 90 days');
    expect(frame).toContain('Password expiration requires administrator reset');
    expect(frame).toContain('Allow users to change their own password');
    expect(frame).toContain('Remember last 5 passwords and prevent reuse');
  });
});
