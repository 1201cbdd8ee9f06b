import { callIam, createAccount, type Account, type ApiAccessKey, type Identity } from '../../src/iam/index.js';
import { answerPrompt, runCommandLine } from '../../src/terminal/shell.js';
import { createShell, type CommandDone, type ShellResult, type ShellState } from '../../src/terminal/types.js';

// Shared by the *.test.ts files beside it; not part of the public API.

/** An account whose user (an administrator, so every command is authorised) has one access key. */
export function accountWithKey(userName = 'jane.doe'): { account: Account; key: ApiAccessKey } {
  let account = createAccount({ seed: 7, startTime: '2026-03-02T10:30:00.000Z' });
  account = callIam(account, 'CreateUser', { UserName: userName }).account;
  account = callIam(account, 'AttachUserPolicy', { UserName: userName, PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }).account;
  const created = callIam(account, 'CreateAccessKey', { UserName: userName });
  return { account: created.account, key: created.response.AccessKey };
}

export function credentialsFile(key: Pick<ApiAccessKey, 'AccessKeyId' | 'SecretAccessKey'>, profile = 'default'): string {
  return `[${profile}]\naws_access_key_id = ${key.AccessKeyId}\naws_secret_access_key = ${key.SecretAccessKey}\n`;
}

/** A learner at the simulated terminal: runs lines and answers prompts, keeping the state. */
export class Terminal {
  results: ShellResult[] = [];
  /** Who is signed in to the console (the laptop's browser), for `aws login`. */
  consoleSession: Identity | null = null;

  constructor(
    public account: Account,
    public shell: ShellState = createShell(),
  ) {}

  private keep(result: ShellResult): ShellResult {
    this.shell = result.shell;
    this.account = result.account;
    this.results.push(result);
    return result;
  }

  run(line: string): CommandDone {
    const result = this.keep(runCommandLine(line, { shell: this.shell, account: this.account, consoleSession: this.consoleSession }));
    if (result.prompt) throw new Error(`unexpected prompt: ${result.prompt.text}`);
    return result;
  }

  /** Runs a prompting command and answers every prompt; returns the prompts seen and the end. */
  answer(line: string, answers: string[]): { prompts: string[]; done: CommandDone } {
    let result = this.keep(runCommandLine(line, { shell: this.shell, account: this.account, consoleSession: this.consoleSession }));
    const prompts: string[] = [];
    for (const a of answers) {
      if (!result.prompt) throw new Error('no prompt to answer');
      prompts.push(result.prompt.text);
      result = this.keep(
        answerPrompt(a, {
          shell: this.shell,
          account: this.account,
          consoleSession: this.consoleSession,
          continuation: result.prompt.continuation,
        }),
      );
    }
    if (result.prompt) throw new Error(`still prompting: ${result.prompt.text}`);
    return { prompts, done: result };
  }

  stdout(line: string): string {
    return text(this.run(line), 'stdout');
  }
}

export function text(result: ShellResult, stream?: 'stdout' | 'stderr'): string {
  return result.output
    .filter((l) => stream === undefined || l.stream === stream)
    .map((l) => l.text)
    .join('\n');
}
