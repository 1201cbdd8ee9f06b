// Goals and permission checks, on the shipped lessons where the issue saw them passed wrongly.
import { describe, expect, it } from 'vitest';
import { closeAccessKeyReveal, createAccessKeyAsConsole, deleteAccessKeyAsConsole, noteSecretSaved, setAccessKeyStatus } from '../store/index.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { LessonRun } from './run.js';
import { shippedFile, startShipped } from '../../test/helpers/lessons.js';

const start = startShipped;
const skipTo = (run: LessonRun, stepId: string) => {
  while (run.currentStep?.id !== stepId) expect(run.skip()).toEqual({ ok: true });
};

describe('goals', () => {
  it("create-access-keys: John's lost key holds Jane's step back, named in the panel, until it is deleted", () => {
    const run = start('03-create-access-keys.yaml');
    skipTo(run, 'create-key');
    const john = createAccessKeyAsConsole(run.store, 'john.smith', '');
    if (!john.ok) throw new Error('no key');
    closeAccessKeyReveal(run.store, 'john.smith');
    expect(run.progress.feedbackFired.map((f) => f.message?.split('\n')[0])).toEqual([
      `That key (${john.accessKeyId}) belongs to **john.smith**, not Jane. Keys are personal: deactivate and`,
      `You left **Retrieve access keys** without copying or downloading the secret access key of`,
    ]);
    expect(run.progress.feedbackFired[1]!.message).toContain(`john.smith's key ${john.accessKeyId}`);
    createAccessKeyAsConsole(run.store, 'jane.doe', 'jane-laptop-cli');
    // Jane's key is there, but the step does not pass while John's stays behind.
    expect(run.currentStep?.id).toBe('create-key');
    const missing = run.evaluateCurrent()!.missing.join('\n');
    expect(missing).toContain(`john.smith's key ${john.accessKeyId} is Active and its secret was never saved`);
    expect(missing).toContain(`a key was created for john.smith (${john.accessKeyId}, Active)`);
    setAccessKeyStatus(run.store, 'john.smith', john.accessKeyId, 'Inactive');
    expect(run.currentStep?.id).toBe('create-key');
    deleteAccessKeyAsConsole(run.store, 'john.smith', john.accessKeyId);
    expect(run.currentStep?.id).toBe('save-secret');
  });

  it("create-access-keys: Show alone does not save Jane's secret; closing then names her key", () => {
    const run = start('03-create-access-keys.yaml');
    skipTo(run, 'save-secret');
    const jane = run.store.getState().reveal;
    if (jane?.kind !== 'access-key') throw new Error('no reveal');
    noteSecretSaved(run.store, jane.accessKeyId, 'shown');
    expect(run.currentStep?.id).toBe('save-secret');
    closeAccessKeyReveal(run.store, 'jane.doe');
    expect(run.progress.feedbackFired.at(-1)!.key).toBe('lesson/closed-without-saving');
    expect(run.evaluateCurrent()!.missing.join('\n')).toContain(`jane.doe's key ${jane.accessKeyId} is Active and its secret was never saved`);
  });

  it('lost-secret: Show then Done loses the new secret; a third key saved does not finish the lesson with two active keys', () => {
    const run = start('04-lost-secret.yaml');
    skipTo(run, 'keep-secret');
    const first = run.store.getState().reveal;
    if (first?.kind !== 'access-key') throw new Error('no reveal');
    noteSecretSaved(run.store, first.accessKeyId, 'shown');
    closeAccessKeyReveal(run.store, 'jane.doe');
    expect(run.progress.feedbackFired.map((f) => f.key)).toEqual(['lesson/closed-without-saving']);
    const second = createAccessKeyAsConsole(run.store, 'jane.doe', '');
    if (!second.ok) throw new Error('no key');
    noteSecretSaved(run.store, second.accessKeyId, 'copied');
    closeAccessKeyReveal(run.store, 'jane.doe');
    expect(run.finished).toBe(false);
    const missing = run.evaluateCurrent()!.missing.join('\n');
    expect(missing).toContain(`jane.doe's key ${first.accessKeyId} is Active and its secret was never saved`);
    expect(missing).toContain('Jane should end with exactly one key');
    setAccessKeyStatus(run.store, 'jane.doe', first.accessKeyId, 'Inactive');
    deleteAccessKeyAsConsole(run.store, 'jane.doe', first.accessKeyId);
    expect(run.finished).toBe(true);
  });

  it('rotate-keys: deactivating the old key before the CLI uses the new one holds the step back and fires the rule', () => {
    const run = start('05-rotate-keys.yaml');
    skipTo(run, 'create-second');
    const old = run.store.getState().account.users[0]!.accessKeys[0]!.accessKeyId;
    setAccessKeyStatus(run.store, 'jane.doe', old, 'Inactive');
    expect(run.progress.feedbackFired.map((f) => f.key)).toEqual(['lesson/old-off-too-early']);
    createAccessKeyAsConsole(run.store, 'jane.doe', 'laptop-2026');
    const reveal = run.store.getState().reveal;
    if (reveal?.kind !== 'access-key') throw new Error('no reveal');
    noteSecretSaved(run.store, reveal.accessKeyId, 'downloaded');
    expect(run.currentStep?.id).toBe('create-second');
    expect(run.evaluateCurrent()!.missing.join('\n')).toContain("Jane's original key laptop-2025 was deactivated or deleted before her CLI worked with the new key");
    setAccessKeyStatus(run.store, 'jane.doe', old, 'Active');
    expect(run.currentStep?.id).toBe('switch-cli');
  });
});

describe('can / cannot', () => {
  it('self-service-keys: a policy with "Resource": "*" does not pass, whatever its name, and the rule says why', () => {
    const run = start('06-self-service-keys.yaml');
    skipTo(run, 'create-policy');
    const wide = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['iam:CreateAccessKey', 'iam:DeleteAccessKey'], Resource: '*' }] };
    run.store.getState().call('CreatePolicy', { PolicyName: 'ManageOwnAccessKeys', PolicyDocument: JSON.stringify(wide) });
    expect(run.currentStep?.id).toBe('create-policy');
    expect(run.progress.feedbackFired.map((f) => f.key)).toEqual(['lesson/too-wide']);
    // A differently worded policy that gives exactly the right access passes.
    const arn = 'arn:aws:iam::123456789012:policy/ManageOwnAccessKeys';
    run.store.getState().call('DeletePolicy', { PolicyArn: arn });
    const own = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*AccessKey*', Resource: 'arn:aws:iam::123456789012:user/${aws:username}' }] };
    run.store.getState().call('CreatePolicy', { PolicyName: 'ManageOwnAccessKeys', PolicyDocument: JSON.stringify(own) });
    expect(run.currentStep?.id).toBe('attach-to-group');
  });
});

describe('dates', () => {
  it('with the wall clock, what the setup made is dated today, not at the lesson file’s startTime', () => {
    const lesson = shippedFile('03-create-access-keys.yaml');
    const run = LessonRun.start(lesson, { newStore: createStoreWithTerminal });
    const jane = run.store.getState().account.users.find((u) => u.userName === 'jane.doe')!;
    const age = Date.now() - Date.parse(jane.loginProfile!.createDate);
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(86_400_000); // "Password set today", not "320 days ago"
    // A key created now is younger than the setup, never older.
    const created = createAccessKeyAsConsole(run.store, 'jane.doe', '');
    if (!created.ok) throw new Error('no key');
    const key = run.store.getState().account.users.find((u) => u.userName === 'jane.doe')!.accessKeys[0]!;
    expect(Date.parse(key.createDate)).toBeGreaterThanOrEqual(Date.parse(jane.createDate));
  });
});

describe('Show solution and Skip never dead-end', () => {
  it('from a state the solution cannot fix, Show solution says why and offers the reset; Skip still works', () => {
    const run = start('03-create-access-keys.yaml');
    skipTo(run, 'create-key');
    const john = createAccessKeyAsConsole(run.store, 'john.smith', '');
    if (!john.ok) throw new Error('no key');
    closeAccessKeyReveal(run.store, 'john.smith');
    const lines = run.showSolution();
    expect(lines[0]).toBe(
      'In Create access key for jane.doe, choose Command Line Interface (CLI), tick the confirmation, Next; type the Description tag value "jane-laptop-cli"; then Create access key.',
    );
    expect(lines.at(-1)).toMatch(/^From where you are now this does not finish the step \(.*john\.smith's key .* is Active and its secret was never saved.*\)\. Reset the step/);
    // The learner's run is untouched by the try.
    expect(run.store.getState().account.users.find((u) => u.userName === 'jane.doe')!.accessKeys).toEqual([]);
    expect(run.skip()).toEqual({ ok: true });
    expect(run.currentStep?.id).toBe('save-secret');
    expect(run.store.getState().account.users.find((u) => u.userName === 'john.smith')!.accessKeys).toEqual([]);
  });
});

describe('undo and reset restore what is visible', () => {
  it("reset lesson takes the laptop's ~/.aws back, so a configure step is not passed undone", () => {
    const run = start('07-use-keys-with-cli.yaml');
    skipTo(run, 'close-retrieve');
    expect(run.store.getState().shell.files['~/.aws/credentials']).toContain('aws_access_key_id');
    run.resetLesson();
    expect(run.store.getState().shell.files['~/.aws/credentials']).toBeUndefined();
    skipTo(run, 'configure');
    expect(run.currentStep?.id).toBe('configure');
    run.resetStep();
    expect(run.store.getState().shell.files['~/.aws/credentials']).toBeUndefined();
  });

  it('undo takes the banner of the undone action away', () => {
    const run = start('03-create-access-keys.yaml');
    skipTo(run, 'save-secret');
    noteSecretSaved(run.store, (run.store.getState().reveal as { accessKeyId: string }).accessKeyId, 'downloaded');
    closeAccessKeyReveal(run.store, 'jane.doe');
    expect(run.store.getState().flash?.title).toMatch(/^Access key .* created\.$/);
    expect(run.undo()).toBe(true);
    expect(run.store.getState().flash).toBeNull();
  });
});
