// The learner's own machine as the simulated terminal sees it: a virtual home with ~/.aws and
// the shell's variables. It is state, so the store keeps it and saves it with progress; the
// terminal (src/terminal) holds the pure functions that run commands over it.
export interface ShellState {
  /** The virtual home. Keys are normalised paths such as `~/.aws/credentials`. */
  files: Record<string, string>;
  /** Exported variables: what `aws` and `env` see. */
  env: Record<string, string>;
  /** Shell variables set without `export`: expanded by the shell, invisible to `aws`. */
  vars: Record<string, string>;
  /** `~` or `~/.aws`: the only directories the virtual home has. */
  cwd: string;
  user: string;
  host: string;
  /** `$?` */
  lastExitCode: number;
}

export interface OutputLine {
  text: string;
  stream: 'stdout' | 'stderr';
}

/** What a lesson check sees of one command. Never holds a secret. */
export interface ShellEvent {
  /** the typed line, secret values replaced by `[redacted]` */
  command: string;
  /** `aws`, `cat`, … ('' for a line the shell rejected before finding a program) */
  program: string;
  /** program and its arguments after expansion, secrets redacted */
  argv: string[];
  exitCode: number;
  /** the API error code (`InvalidClientTokenId`, `NoSuchEntity`, …) of a failed aws call */
  errorCode?: string;
  /** the identity the credentials belong to, on every successfully signed aws call */
  callerArn?: string;
  /** the access key ID used to sign, or the one written by `aws configure` */
  accessKeyId?: string;
  /**
   * the IAM user who owns that long-term key (AKIA…) when the account holds it, active or not —
   * set on refused calls too, so a check can tell Jane's inactive key from a made-up one
   */
  keyOwner?: string;
  /** the API operation of an aws call: `GetCallerIdentity`, `CreateAccessKey`, … */
  operation?: string;
  /** the profile an aws command ran with (explicit or `default`) */
  profile?: string;
}

export const HOME = '/home/jane';

export function createShell(options: { files?: Record<string, string>; env?: Record<string, string> } = {}): ShellState {
  return {
    files: { ...(options.files ?? {}) },
    env: {
      HOME,
      USER: 'jane',
      LOGNAME: 'jane',
      SHELL: '/bin/bash',
      PATH: '/usr/local/bin:/usr/bin:/bin',
      LANG: 'C.UTF-8',
      ...(options.env ?? {}),
    },
    vars: {},
    cwd: '~',
    user: 'jane',
    host: 'laptop',
    lastExitCode: 0,
  };
}
