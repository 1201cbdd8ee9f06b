import { maskValue } from './aws-credentials.js';
import { EXIT, type AwsOutcome } from './aws-outcome.js';
import { CONFIG_FILE, configSection, CREDENTIALS_FILE, ProfileNotFound, scopedConfig } from './aws-profiles.js';
import { updateIni } from '../formats/ini.js';
import type { ConfigurePromptState as PromptState, PendingPrompt, ShellContext, ShellState } from './types.js';

// Interactive `aws configure`: four questions, then one write. The real command writes nothing
// until the last answer, so Ctrl+C at any question leaves both files untouched.

const QUESTIONS = [
  { name: 'aws_access_key_id', text: 'AWS Access Key ID', masked: true },
  { name: 'aws_secret_access_key', text: 'AWS Secret Access Key', masked: true },
  { name: 'region', text: 'Default region name', masked: false },
  { name: 'output', text: 'Default output format', masked: false },
] as const;

/** The profile's current values; a profile that does not exist yet simply has none. */
function currentValues(shell: ShellState, profile: string | null): Record<string, string> {
  try {
    return scopedConfig(shell, { name: profile ?? 'default', source: profile === null ? 'none' : 'flag' });
  } catch (e) {
    if (e instanceof ProfileNotFound) return {};
    throw e;
  }
}

function ask(shell: ShellState, state: PromptState): PendingPrompt {
  const q = QUESTIONS[state.step];
  const current = currentValues(shell, state.profile)[q.name];
  // Key ID and secret are shown as 16 `*` + their last four characters; region/output in clear.
  const shown = q.masked ? maskValue(current) : (current ?? 'None');
  return {
    text: `${q.text} [${shown}]: `,
    masked: false,
    secret: q.name === 'aws_secret_access_key',
    continuation: state,
  };
}

export function startConfigure(ctx: ShellContext, profile: string | null, command: string, argv: string[]): AwsOutcome {
  const state: PromptState = { kind: 'configure', profile, step: 0, answers: [], command, argv };
  return {
    shell: ctx.shell,
    account: ctx.account,
    output: [],
    exitCode: EXIT.ok,
    profile: profile ?? 'default',
    prompt: ask(ctx.shell, state),
  };
}

/** Takes one answer; asks the next question or writes the files. */
export function answerConfigure(ctx: ShellContext, state: PromptState, answer: string): AwsOutcome {
  // Enter (an empty answer) keeps the current value.
  const trimmed = answer.trim();
  const next: PromptState = { ...state, step: state.step + 1, answers: [...state.answers, trimmed === '' ? null : trimmed] };
  const profileName = state.profile ?? 'default';
  if (next.step < QUESTIONS.length) {
    return { shell: ctx.shell, account: ctx.account, output: [], exitCode: EXIT.ok, profile: profileName, prompt: ask(ctx.shell, next) };
  }

  const current = currentValues(ctx.shell, state.profile);
  const changed: Record<string, string> = {};
  QUESTIONS.forEach((q, i) => {
    const value = next.answers[i];
    if (value !== null && value !== undefined && value !== current[q.name]) changed[q.name] = value;
  });
  let shell = ctx.shell;
  if (Object.keys(changed).length > 0) {
    const files = { ...shell.files };
    const { aws_access_key_id, aws_secret_access_key, ...rest } = changed;
    const creds: Record<string, string> = {};
    if (aws_access_key_id !== undefined) creds.aws_access_key_id = aws_access_key_id;
    if (aws_secret_access_key !== undefined) creds.aws_secret_access_key = aws_secret_access_key;
    // Keys always go to the credentials file, everything else to the config file.
    if (Object.keys(creds).length > 0) files[CREDENTIALS_FILE] = updateIni(files[CREDENTIALS_FILE], profileName, creds);
    // The CLI writes the config file even when only keys changed, so a new profile gets an
    // empty `[profile NAME]` section there: kept for fidelity.
    files[CONFIG_FILE] = updateIni(files[CONFIG_FILE], configSection(profileName), rest);
    shell = { ...shell, files };
  }
  const outcome: AwsOutcome = { shell, account: ctx.account, output: [], exitCode: EXIT.ok, profile: profileName };
  if (changed.aws_access_key_id !== undefined) outcome.accessKeyId = changed.aws_access_key_id;
  return outcome;
}
