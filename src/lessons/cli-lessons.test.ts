// The shipped CLI lessons on paths their solutions do not take. Lesson 7: the .csv downloaded,
// found on the laptop, refused as downloaded, fixed with printf and imported as the profile
// jane.doe, then used with --profile to the end. Lesson 8: a key left in ~/.aws/credentials
// shadows the login session, caught by its feedback rule and its end goal.
import { describe, expect, it } from 'vitest';
import type { AppStore } from '../store/index.js';
import type { LessonRun } from './run.js';
import { replayActions } from './replay.js';
import { actionsFrom, startShipped } from '../../test/helpers/lessons.js';

const start = startShipped;
const sh = (store: AppStore, line: string) => {
  const { exitCode, output } = store.getState().runShell(line);
  return { exitCode, text: output.map((o) => o.text).join('\n') };
};
const act = (run: LessonRun, yaml: string) => expect(replayActions(run.store, actionsFrom(yaml), run.progress.setupKeyIds)).toEqual({ ok: true });
const fired = (run: LessonRun) => run.progress.feedbackFired.map((f) => f.key.replace(/^lesson\//, ''));

describe('lesson 7 by the .csv', () => {
  it('download, find it, meet the header error, fix it with printf, import it as jane.doe, and go on with --profile', () => {
    const run = start('07-use-keys-with-cli.yaml');
    act(run, '[{navigate: {screen: create-access-key, userName: jane.doe}}, {createAccessKey: {user: jane.doe}}]');
    expect(run.currentStep?.id).toBe('configure');
    act(run, '[{secret: downloaded}, {secret: closed}]');
    const { store } = run;
    expect(sh(store, 'ls ~/Downloads').text).toBe('jane.doe_accessKeys.csv');
    const [, row] = sh(store, 'cat ~/Downloads/jane.doe_accessKeys.csv').text.split('\n');
    const [keyId, secret] = row!.split(',');

    const asDownloaded = sh(store, 'aws configure import --csv file://~/Downloads/jane.doe_accessKeys.csv');
    expect(asDownloaded).toMatchObject({ exitCode: 255 });
    expect(asDownloaded.text).toContain('Expected header "User Name" not found');
    expect(fired(run)).toEqual(['csv-as-downloaded']);
    expect(run.currentStep?.id).toBe('configure');

    // A mistyped secret in the fixed copy is imported, but it is not Jane's key as shown.
    expect(sh(store, `printf 'User Name,Access key ID,Secret access key\\njane.doe,${keyId},${secret!.slice(1)}x\\n' > ~/bad.csv`).exitCode).toBe(0);
    expect(sh(store, 'aws configure import --csv file://~/bad.csv').text).toBe('Successfully imported 1 profile(s)');
    expect(run.currentStep?.id).toBe('configure');
    expect(fired(run)).toEqual(['csv-as-downloaded', 'cli-key-wrong']);

    expect(sh(store, `printf 'User Name,Access key ID,Secret access key\\njane.doe,${keyId},${secret}\\n' > ~/jane.csv`).exitCode).toBe(0);
    expect(sh(store, 'aws configure import --csv file://~/jane.csv').text).toBe('Successfully imported 1 profile(s)');
    // configure passes; close-retrieve was done already (Done after the download).
    expect(run.currentStep?.id).toBe('who-am-i');

    // Without the profile, the CLI has no credentials: the step waits.
    expect(sh(store, 'aws sts get-caller-identity').text).toContain('Unable to locate credentials');
    expect(run.currentStep?.id).toBe('who-am-i');
    expect(sh(store, 'aws sts get-caller-identity --profile jane.doe').text).toContain('"Arn": "arn:aws:iam::123456789012:user/jane.doe"');
    expect(run.currentStep?.id).toBe('deactivate');
    act(run, '[{setKeyStatus: {user: jane.doe, key: {status: Active}, status: Inactive}}]');
    expect(run.currentStep?.id).toBe('rejected');
    expect(sh(store, 'aws sts get-caller-identity').exitCode).toBe(253);
    expect(run.currentStep?.id).toBe('rejected');
    expect(sh(store, 'aws sts get-caller-identity --profile jane.doe').text).toContain('InvalidClientTokenId');
    expect(run.currentStep?.id).toBe('the-csv');
  });
});

describe('lesson 7: the refusal must be of Jane\'s own key', () => {
  it('a made-up key exported in the shell is refused too, but the step waits and says why; Jane\'s inactive key passes it', () => {
    const run = start('07-use-keys-with-cli.yaml');
    act(
      run,
      `[{navigate: {screen: create-access-key, userName: jane.doe}}, {createAccessKey: {user: jane.doe}},
        {configureCli: {profile: default, region: us-east-1}}, {secret: closed}, {shell: aws sts get-caller-identity},
        {setKeyStatus: {user: jane.doe, key: {status: Active}, status: Inactive}}]`,
    );
    expect(run.currentStep?.id).toBe('rejected');
    const firedBefore = fired(run);
    const { store } = run;
    sh(store, 'export AWS_ACCESS_KEY_ID=AKIAZZZZZZZZZEXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    const madeUp = sh(store, 'aws sts get-caller-identity');
    expect(madeUp.text).toContain('(InvalidClientTokenId)');
    expect(run.currentStep?.id).toBe('rejected');
    expect(fired(run)).toEqual([...firedBefore, 'rejected/refused-other-key']);
    expect(run.progress.feedbackFired.at(-1)?.message).toContain('the key AKIAZZZZZZZZZEXAMPLE, which is not one of Jane');

    sh(store, 'unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY');
    expect(sh(store, 'aws sts get-caller-identity').text).toContain('(InvalidClientTokenId)');
    expect(run.currentStep?.id).toBe('the-csv');
  });
});

describe('lesson 8: a key shadowing the login session', () => {
  it('fires key-shadows-login, holds the proof step back, and lets it pass once the file is removed', () => {
    const run = start('08-sign-in-from-cli.yaml');
    while (run.currentStep?.id !== 'prove-login') expect(run.skip()).toEqual({ ok: true });
    expect(fired(run)).toEqual([]);
    act(run, '[{createAccessKey: {user: jane.doe}}, {configureCli: {}}, {secret: closed}]');
    expect(fired(run)).toEqual(['key-shadows-login']);
    const { store } = run;
    expect(sh(store, 'aws configure list').text).toMatch(/access_key +\*+[A-Z0-9]{4} +shared-credentials-file/);
    expect(sh(store, 'aws sts get-caller-identity').exitCode).toBe(0);
    expect(run.currentStep?.id).toBe('prove-login');
    expect(run.evaluateCurrent()!.missing).toEqual([
      'Run aws sts get-caller-identity again, signed with the login session.',
      "The default profile must use Jane's login session, with no access key in ~/.aws/credentials.",
    ]);

    expect(sh(store, 'rm ~/.aws/credentials').exitCode).toBe(0);
    expect(sh(store, 'aws configure list').text).toMatch(/access_key +\*+[A-Z0-9]{4} +login/);
    expect(sh(store, 'aws sts get-caller-identity').exitCode).toBe(0);
    // The check holds now, but the new key is still Active and, with the file gone, nobody has
    // its secret: the no-lost-secret goal holds the step until the key is gone.
    expect(run.currentStep?.id).toBe('prove-login');
    expect(run.evaluateCurrent()!.missing.join('\n')).toMatch(/jane\.doe's key AKIA\w+ is Active and its secret was never saved/);
    act(run, '[{setKeyStatus: {user: jane.doe, key: {status: Active}, status: Inactive}}, {deleteAccessKey: {user: jane.doe, key: {status: Inactive}}}]');
    expect(run.currentStep?.id).toBe('chain');
  });
});

describe('lesson 7: aws configure set, one value at a time', () => {
  it("says nothing after the key ID alone, names a wrong secret once it is set, and passes on Jane's own", () => {
    const run = start('07-use-keys-with-cli.yaml');
    act(run, '[{navigate: {screen: create-access-key, userName: jane.doe}}, {createAccessKey: {user: jane.doe}}, {secret: downloaded}]');
    expect(run.currentStep?.id).toBe('configure');
    const { store } = run;
    const [keyId, secret] = sh(store, 'cat ~/Downloads/jane.doe_accessKeys.csv').text.split('\n')[1]!.split(',');

    // Half way there: the ID is Jane's, the secret is still to come. No "swapped or mistyped".
    expect(sh(store, `aws configure set aws_access_key_id ${keyId}`).exitCode).toBe(0);
    expect(fired(run)).toEqual([]);
    // A secret with one character wrong: now it is mistyped, and the feedback says so.
    expect(sh(store, `aws configure set aws_secret_access_key ${secret!.slice(0, -1)}X`).exitCode).toBe(0);
    expect(fired(run)).toEqual(['cli-key-wrong']);
    expect(run.currentStep?.id).toBe('configure');
    expect(sh(store, `aws configure set aws_secret_access_key ${secret}`).exitCode).toBe(0);
    act(run, '[{secret: closed}]');
    expect(run.currentStep?.id).toBe('who-am-i');
  });

  it('names a key ID that is not one of Jane\'s at once, before any secret', () => {
    const run = start('07-use-keys-with-cli.yaml');
    act(run, '[{navigate: {screen: create-access-key, userName: jane.doe}}, {createAccessKey: {user: jane.doe}}]');
    sh(run.store, 'aws configure set aws_access_key_id wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    expect(fired(run)).toEqual(['cli-key-wrong']);
  });
});
