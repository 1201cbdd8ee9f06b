// A solution action in console words, for "Show solution" and the demo's captions.
import { describeLocation, keyPhrase } from './describe.js';
import { ENGLISH_WORDS, type Words } from './words.js';
import type { Action } from './schema-action.js';
import type { AccessKeyUseCase } from '../store/index.js';
import type { KeyFilter } from './schema-check.js';
import type { Location } from '../store/index.js';

function keyWords(filter: KeyFilter, words: Words): string {
  return words.t('engine.keys.the', keyPhrase({ status: filter.status, origin: filter.origin, description: filter.description }, words));
}

const yes = (flag: unknown) => (flag ? 'yes' : 'no');

/** One action of a solution as the learner would do it, in `words` (the console's labels stay English). */
export function describeAction(action: Action, words: Words = ENGLISH_WORDS): string {
  const t = words.t;
  if (action.navigate) return t('engine.do.go', { where: describeLocation(action.navigate as Location, words) });
  if (action.call) {
    const values = { action: action.call.action, request: JSON.stringify(action.call.request) };
    return action.call.expect ? t('engine.do.callFails', { ...values, code: action.call.expect }) : t('engine.do.call', values);
  }
  if (action.signOut) return t('engine.do.signOut');
  if (action.signIn) return t('engine.do.signIn', { user: action.signIn.user, password: action.signIn.password });
  if (action.changePassword) return t('engine.do.changePassword', { old: action.changePassword.oldPassword, new: action.changePassword.newPassword });
  if (action.createUser) {
    const { name, groups, consolePassword } = action.createUser;
    const access = consolePassword ? t('engine.do.consoleAccess', { custom: yes(consolePassword.password), reset: yes(consolePassword.resetRequired) }) : '';
    const inGroups = groups.length > 0 ? t('engine.do.inGroups', { groups: groups.join(', ') }) : '';
    return t('engine.do.createUser', { name, access, groups: inGroups });
  }
  if (action.enableConsoleAccess) {
    const { user, password, resetRequired } = action.enableConsoleAccess;
    return t('engine.do.enableConsole', { user, custom: yes(password), reset: yes(resetRequired) });
  }
  if (action.createAccessKey) {
    const { user, description, useCase } = action.createAccessKey;
    const tag = description ? t('engine.do.tagValue', { description }) : t('engine.do.noTag');
    return t('engine.do.createKey', { user, useCase: USE_CASE_LABELS[useCase], tag });
  }
  if (action.secret) {
    const said = { shown: 'engine.do.secretShown', copied: 'engine.do.secretCopied', downloaded: 'engine.do.download', closed: 'engine.do.secretClosed' } as const;
    return t(said[action.secret]);
  }
  if (action.password) {
    const said = { shown: 'engine.do.passwordShown', downloaded: 'engine.do.download', closed: 'engine.do.passwordClosed' } as const;
    return t(said[action.password]);
  }
  if (action.setKeyStatus) {
    const { user, key, status } = action.setKeyStatus;
    return t('engine.do.keyStatus', { user, key: keyWords(key, words), status });
  }
  if (action.deleteAccessKey) {
    const { user, key } = action.deleteAccessKey;
    return t('engine.do.deleteKey', { user, key: keyWords(key, words) });
  }
  if (action.shell !== undefined) return t('engine.do.shell', { command: action.shell });
  if (action.configureCli) {
    const { profile, region } = action.configureCli;
    return t('engine.do.configure', { command: `aws configure${profile === 'default' ? '' : ` --profile ${profile}`}`, region });
  }
  if (action.cliLogin) {
    const { profile, region, remote, signIn } = action.cliLogin;
    const command = `aws login${profile === 'default' ? '' : ` --profile ${profile}`}${remote ? ' --remote' : ''}`;
    const who = signIn ? t('engine.do.loginAs', { user: signIn.user, password: signIn.password }) : t('engine.do.loginSession');
    return t('engine.do.login', { command, region, who, code: remote ? t('engine.do.loginCode') : '' });
  }
  return '';
}

/** The wizard's option labels (facts §3.2), by use case id. */
const USE_CASE_LABELS: Record<AccessKeyUseCase, string> = {
  cli: 'Command Line Interface (CLI)',
  'local-code': 'Local code',
  'aws-compute': 'Application running on an AWS compute service',
  'third-party': 'Third-party service',
  'outside-aws': 'Application running outside AWS',
  other: 'Other',
};
