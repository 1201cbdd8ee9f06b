import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { callIam } from '../../../iam/index.js';
import { KEY, renderConsole, sandbox } from '../../../../test/helpers/render.js';
import { CONFIRM_REQUIRED } from './UseCaseStep.js';
import { apiActions, flat, open, SECURITY_TAB, toDescription, WIZARD } from '../../../../test/helpers/create-access-key-wizard.js';

afterEach(() => cleanup());

const DESCRIPTION_RULE = 'The description can have up to 256 characters. Valid characters: letters, numbers, spaces, and _ . : / = + - @';

describe('Create access key, step 1: best practices & alternatives', () => {
  it('starts with CLI chosen and its two alternatives', async () => {
    const ui = await open();
    const frame = ui.frame();
    expect(frame).toContain('IAM > IAM users > jane.doe > Create access key');
    expect(frame).toContain('Step 1 of 3 · Access key best practices & alternatives');
    expect(frame).toContain('Avoid using long-term credentials like access keys to improve your security.');
    expect(frame).toContain('(•) Command Line Interface (CLI)');
    expect(frame).toContain('You plan to use this access key to enable the AWS CLI to access your AWS account.');
    expect(frame).toMatch(/\( \) Local code[\s\S]*\( \) Application running on an AWS compute service/);
    // Six descriptions and the alert are taller than the page: the rest is a PgDn away.
    await ui.press(KEY.pageDown);
    const below = await ui.waitFor('Alternatives recommended');
    expect(below).toContain('( ) Other');
    expect(below).toContain('Use AWS CloudShell, a browser-based CLI, to run commands. Learn more');
    expect(below).toContain('Use the AWS CLI V2 and enable authentication through a user in IAM Identity Center.');
    // Every option's description is under its radio button, as in the console (facts §3.2).
    expect(frame).toMatch(/\( \) Local code\s+You plan to use this access key to enable application code in a local development/);
    expect(frame).toMatch(/\[ Cancel \].*\[ Next \]/);
  });

  it('shows the singular alert of the compute use case', async () => {
    const ui = await open();
    await ui.press(KEY.down, KEY.down);
    const frame = await ui.waitFor('(•) Application running on an AWS compute service');
    expect(frame).toContain('Alternative recommended');
    expect(frame).not.toContain('Alternatives recommended');
    expect(frame).toContain('Assign an IAM role to compute resources like EC2 instances or Lambda functions');
  });

  it('refuses Next until the confirmation is ticked', async () => {
    const ui = await open();
    await ui.press(KEY.tab, KEY.tab, KEY.tab); // Confirmation, Cancel, Next
    await ui.press(KEY.enter);
    let frame = await ui.waitFor(CONFIRM_REQUIRED);
    expect(frame).toContain('› [ ] I understand the above recommendation and want to proceed to create an access key.');
    expect(frame).not.toContain('Description tag value');
    await ui.press(KEY.space);
    frame = await ui.waitFor('[x] I understand');
    expect(frame).not.toContain(CONFIRM_REQUIRED);
    await ui.press(KEY.tab, KEY.tab, KEY.enter);
    await ui.waitFor('Description tag value');
    expect(apiActions(ui)).not.toContain('CreateAccessKey');
  });

  it('lets Other through without an alternative or a confirmation', async () => {
    const ui = await open();
    await ui.press(KEY.down, KEY.down, KEY.down, KEY.down, KEY.down);
    const frame = await ui.waitFor('(•) Other');
    expect(frame).toContain('Your use case is not listed here.');
    expect(frame).not.toMatch(/Alternatives? recommended/);
    expect(frame).not.toContain('I understand');
    await ui.press(KEY.tab, KEY.tab, KEY.enter); // Cancel, Next
    await ui.waitFor('Step 2 of 3 (optional) · Set description tag');
  });

  it('goes back to the Security credentials tab on Esc, creating nothing', async () => {
    const ui = await open();
    await ui.press(KEY.escape);
    expect(ui.store.getState().location).toEqual(SECURITY_TAB);
    expect(apiActions(ui)).not.toContain('CreateAccessKey');
  });

  it('refuses a user who already has two keys, with the quota message', async () => {
    const { identity, account: start } = sandbox();
    let account = callIam(start, 'CreateAccessKey', { UserName: 'jane.doe' }).account;
    account = callIam(account, 'CreateAccessKey', { UserName: 'jane.doe' }).account;
    const ui = renderConsole({ account, identity, location: WIZARD });
    const frame = await ui.waitFor('Cannot exceed quota for AccessKeysPerUser: 2');
    expect(frame).toContain('LimitExceeded');
    expect(frame).toContain('jane.doe already has two access keys');
    expect(frame).not.toContain('Use case');
    await ui.press(KEY.enter);
    expect(ui.store.getState().location).toEqual(SECURITY_TAB);
  });

  it('refuses a user who does not exist', async () => {
    const ui = renderConsole({ location: { screen: 'create-access-key', userName: 'ghost' } });
    await ui.waitFor('The user with name ghost cannot be found.');
    await ui.press(KEY.escape);
    expect(ui.store.getState().location).toEqual({ screen: 'users' });
  });
});

describe('Create access key, step 2: description tag', () => {
  it('shows the field, its purpose and the character count', async () => {
    const ui = await open();
    await toDescription(ui);
    await ui.type('Laptop CLI');
    const frame = await ui.waitFor('10/256 characters');
    expect(frame).toContain('Describe the purpose of this access key and where it will be used.');
    expect(frame).toMatch(/\[ Cancel \].*\[ Previous \].*\[ Create access key \]/);
  });

  it('refuses 257 characters', async () => {
    const ui = await open();
    await toDescription(ui);
    ui.instance.stdin.write('x'.repeat(257));
    await ui.settle();
    const frame = await ui.waitFor('257/256 characters');
    expect(flat(frame)).toContain(DESCRIPTION_RULE);
    await ui.press(KEY.enter, KEY.enter); // Enter on the field goes to Create; Create refuses
    expect(apiActions(ui)).not.toContain('CreateAccessKey');
    expect(ui.store.getState().reveal).toBeNull();
  });

  it('refuses a character a tag value cannot hold', async () => {
    const ui = await open();
    await toDescription(ui);
    await ui.type('laptop #1');
    expect(flat(await ui.waitFor('9/256 characters'))).toContain(DESCRIPTION_RULE);
    await ui.press(KEY.backspace, KEY.backspace);
    const frame = await ui.waitFor('7/256 characters');
    expect(flat(frame)).not.toContain(DESCRIPTION_RULE);
  });

  it('goes back to step 1 on Esc, with the choices kept', async () => {
    const ui = await open();
    await toDescription(ui);
    await ui.press(KEY.escape);
    expect(await ui.waitFor('Use case')).toContain('(•) Command Line Interface (CLI)');
    await ui.press(KEY.tab); // to Confirmation, which scrolls into view
    expect(await ui.waitFor('I understand')).toContain('› [x] I understand');
  });

  it('stays on step 2 with the exact API error when CreateAccessKey fails', async () => {
    const ui = await open();
    await toDescription(ui);
    // Meanwhile two keys are created elsewhere (the terminal).
    ui.store.getState().call('CreateAccessKey', { UserName: 'jane.doe' }, { viaConsole: false });
    ui.store.getState().call('CreateAccessKey', { UserName: 'jane.doe' }, { viaConsole: false });
    await ui.press(KEY.enter, KEY.enter);
    const frame = await ui.waitFor('Cannot exceed quota for AccessKeysPerUser: 2');
    expect(frame).toContain('LimitExceeded');
    expect(frame).toContain('Description tag value');
    expect(ui.store.getState().reveal).toBeNull();
  });
});
