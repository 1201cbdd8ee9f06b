import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, renderConsole } from '../../../../test/helpers/render.js';
import { apiCalls, policyAccount } from '../../../../test/helpers/policies-page.js';

afterEach(() => cleanup());

const CTRL_A = '\u0001';
/** Leaves the editor (Esc releases the keyboard), then Tab → Cancel, Tab → Next. */
const NEXT = [KEY.escape, KEY.tab, KEY.tab, KEY.enter];

function open() {
  return renderConsole({ account: policyAccount(), location: { screen: 'create-policy' } });
}

describe('Create policy', () => {
  it('starts on the JSON tab with the console skeleton, the visual editor marked as not simulated', async () => {
    const ui = open();
    const frame = await ui.waitFor('IAM > Policies > Create policy');
    expect(frame).toContain('Step 1: Specify permissions');
    expect(frame).toContain('Step 2: Review and create');
    expect(frame).toContain('[JSON]');
    expect(frame).toContain('The visual editor is not simulated');
    expect(frame).toMatch(/5 │ {7}"Sid": "Statement1",/);
    expect(frame).toMatch(/7 │ {7}"Action": \[\],/);
    expect(frame).toContain('Ln 1, Col 1');
  });

  it('lists invalid JSON as "Ln 3, Col 5: …" and puts the cursor there', async () => {
    const ui = open();
    await ui.waitFor('Ln 1, Col 1');
    // Select all, then a paste replaces the skeleton (a paste arrives as one chunk).
    await ui.press(CTRL_A, '{\r\n  "Version": "2012-10-17",\r\n    oops\r\n}');
    let frame = await ui.waitFor('Ln 4, Col 2');
    expect(frame).toMatch(/3 │ {5}oops/);
    await ui.press(...NEXT);
    frame = await ui.waitFor('Errors: 1');
    expect(frame).toContain("Ln 3, Col 5: Expected a property name in double quotes but found 'o'");
    // The cursor jumped to the error and the editor has the keys again.
    expect(frame).toMatch(/› 3 │ {5}oops/);
    expect(frame).toContain('Ln 3, Col 5 ·');
    await ui.type('"');
    await ui.waitFor(/3 │ {5}"oops/);
    // Away from the cursor, the error line is marked.
    await ui.press(KEY.down);
    await ui.waitFor(/✖ 3 │ {5}"oops/);
    expect(ui.store.getState().account.customerPolicies.map((p) => p.policyName)).toEqual(['ReadUsers']);
  });

  it('reports a statement without an Effect, and Enter keeps the indentation when it is added', async () => {
    const ui = open();
    await ui.waitFor('Ln 1, Col 1');
    await ui.press(CTRL_A, '{\r\n  "Version": "2012-10-17",\r\n  "Statement": [{\r\n    "Action": "iam:GetUser", "Resource": "*"}]\r\n}');
    await ui.press(...NEXT);
    let frame = await ui.waitFor('Errors: 1');
    expect(frame).toContain('Ln 3, Col 17: Missing Effect: add "Effect": "Allow" or "Deny" to the statement.');
    // The cursor is on the statement's "{": step past it and open a new line there.
    await ui.press(KEY.right, KEY.enter);
    await ui.waitFor('Ln 4, Col 3');
    await ui.press(KEY.tab);
    await ui.type('"Effect": "Allow",');
    await ui.waitFor(/4 │ {5}"Effect": "Allow",/);
    await ui.press(...NEXT);
    frame = await ui.waitFor('Review and create');
    expect(frame).toMatch(/#1\s+Allow\s+iam:GetUser\s+\*/);
  });

  it('checks the name, then shows CreatePolicy refusing a taken name', async () => {
    const ui = open();
    await ui.waitFor('Ln 1, Col 1');
    // Fill the skeleton's lists: line 7 "Action": [] and line 8 "Resource": [].
    await ui.press(...Array<string>(6).fill(KEY.down), KEY.end, KEY.left, KEY.left);
    await ui.type('"iam:GetUser"');
    await ui.press(KEY.down, KEY.end, KEY.left);
    await ui.type('"*"');
    await ui.press(...NEXT);
    const frame = await ui.waitFor('Review and create');
    expect(frame).toMatch(/Statement1\s+Allow\s+iam:GetUser\s+\*/);
    expect(frame).toContain('Policy name');
    expect(frame).toContain('Description - optional');
    await ui.type('Read Users');
    // name → description → Cancel → Previous → Create policy
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.tab, KEY.enter);
    await ui.waitFor("⚠ Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters.");
    expect(apiCalls(ui.store.getState().events)).toEqual([]);
    await ui.press(KEY.shiftTab, KEY.shiftTab, KEY.shiftTab, KEY.shiftTab);
    await ui.press(...Array<string>(6).fill(KEY.backspace));
    await ui.type('Users');
    await ui.press(KEY.tab);
    await ui.type('Read users');
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.enter);
    // A taken name (the account already has ReadUsers) is refused with the API's message.
    await ui.waitFor('✖ A policy called ReadUsers already exists. Duplicate names are not allowed.');
    expect(apiCalls(ui.store.getState().events)).toEqual(['CreatePolicy:EntityAlreadyExists']);
    expect(ui.store.getState().location).toEqual({ screen: 'create-policy' });
  });

  it('creates a policy under a new name and lists it as Customer managed', async () => {
    const ui = open();
    await ui.waitFor('Ln 1, Col 1');
    await ui.press(CTRL_A, '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "iam:*", "Resource": "*"}}');
    await ui.press(...NEXT);
    await ui.waitFor('Review and create');
    await ui.type('NoIam');
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.tab, KEY.enter);
    const frame = await ui.waitFor('Policy NoIam created.');
    expect(frame).toContain('IAM > Policies');
    expect(frame).toMatch(/NoIam\s+Customer managed\s+-/);
    expect(ui.store.getState().account.customerPolicies.map((p) => p.policyName)).toEqual(['ReadUsers', 'NoIam']);
    expect(apiCalls(ui.store.getState().events)).toEqual(['CreatePolicy:ok']);
  });
});
