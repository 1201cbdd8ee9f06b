// Checks over the learner's terminal: commands run (and how they ended, and as whom) and the
// profiles in the laptop's ~/.aws/credentials. The terminal is registered by test/setup.ts.
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { checkFrom, evalStateOf, storeFrom } from '../../test/helpers/lessons.js';

const SETUP = `
users:
  - name: jane.doe
    policies: [IAMReadOnlyAccess]
  - name: john.smith
start: {screen: create-access-key, userName: jane.doe}
`;

function configured() {
  const { store, setupKeyIds } = storeFrom(
    SETUP,
    `[{createAccessKey: {user: jane.doe}}, {configureCli: {profile: default}}, {shell: aws sts get-caller-identity}]`,
  );
  return { store, state: () => evalStateOf(store, setupKeyIds) };
}

describe('checks on the terminal', () => {
  it('a profile configured with a key of a given user, and the key status', () => {
    const { state } = configured();
    const passes = (yaml: string) => evaluate(checkFrom(yaml), state()).passed;
    expect(passes('cliProfile: {keyOf: jane.doe}')).toBe(true);
    expect(passes('cliProfile: {keyOf: jane.doe, keyStatus: Active}')).toBe(true);
    expect(passes('cliProfile: {keyOf: john.smith}')).toBe(false);
    expect(passes('cliProfile: {name: work}')).toBe(false);
    expect(passes('cliProfile: {name: work, exists: false}')).toBe(true);
    expect(evaluate(checkFrom('cliProfile: {name: work, keyOf: jane.doe}'), state()).missing).toEqual([
      'the profile work in ~/.aws/credentials has an access key ID',
      'the profile work uses an access key of jane.doe',
    ]);
  });

  it('a command by its first words, its outcome and the user whose key signed it', () => {
    const { store, state } = configured();
    const passes = (yaml: string) => evaluate(checkFrom(yaml), state()).passed;
    expect(passes('event: {command: aws sts get-caller-identity, outcome: ok, caller: jane.doe}')).toBe(true);
    expect(passes('event: {command: aws sts, caller: JANE.DOE}')).toBe(true);
    expect(passes('event: {command: aws sts get-caller-identity, caller: john.smith}')).toBe(false);
    expect(passes('event: {command: aws iam list-users}')).toBe(false);

    const key = store.getState().account.users[0]!.accessKeys[0]!.accessKeyId;
    store.getState().call('UpdateAccessKey', { UserName: 'jane.doe', AccessKeyId: key, Status: 'Inactive' });
    store.getState().runShell('aws sts get-caller-identity');
    expect(passes('event: {command: aws sts get-caller-identity, outcome: InvalidClientTokenId}')).toBe(true);
    expect(passes('event: {command: aws sts get-caller-identity, outcome: failed, count: 1}')).toBe(true);
    expect(passes('cliProfile: {keyOf: jane.doe, keyStatus: Inactive}')).toBe(true);
  });

  it('never writes the secret into the event log', () => {
    const { store } = configured();
    const secretWritten = store.getState().shell.files['~/.aws/credentials']!;
    const secret = /aws_secret_access_key = (\S+)/.exec(secretWritten)![1]!;
    expect(JSON.stringify(store.getState().events)).not.toContain(secret);
  });
});
