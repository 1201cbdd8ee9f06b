import { CONFIGURE_SUBCOMMANDS, SERVICES, type OperationSpec } from './aws-commands.js';
import { err, out, type OutputLine } from './types.js';

// The CLI's fixed texts: version banner, argparse usage errors (exit 252) and a short help.

// 2.32.0 (Nov 2025) brought `aws login`; 2.36.7 is the v2 branch of aws/aws-cli in 2026. The
// Python and platform parts are plausible, not sourced.
export const AWS_VERSION = 'aws-cli/2.36.7 Python/3.13.11 Linux/6.8.0-60-generic exe/x86_64.ubuntu.24 prompt/off';

export const USAGE = [
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]',
  'To see help text, you can run:',
  '',
  '  aws help',
  '  aws <command> help',
  '  aws <command> <subcommand> help',
  '',
];

/** Syntax and parameter errors: exit code 252. */
export class UsageError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export function usageError(message: string): UsageError {
  return new UsageError([...USAGE, `aws: error: ${message}`]);
}

export function unknownOptions(names: string[]): UsageError {
  return new UsageError([...USAGE, `Unknown options: ${names.join(', ')}`]);
}

/** argparse's `Invalid choice` list; the CLI prints it in two columns. */
export function invalidChoice(argument: string, choices: string[]): UsageError {
  const rows: string[] = [];
  for (let i = 0; i < choices.length; i += 2) {
    const right = choices[i + 1];
    rows.push(right === undefined ? choices[i] : `${choices[i].padEnd(40)} | ${right}`);
  }
  return new UsageError([...USAGE, `aws: error: argument ${argument}: Invalid choice, valid choices are:`, '', ...rows]);
}

/** The real `aws help` is a man page; iamtutor shows what its simulated CLI can do instead. */
export function awsHelp(): OutputLine[] {
  const rows = [
    'AWS()',
    '',
    'NAME',
    '       aws - (simulated by iamtutor: only the commands below exist here)',
    '',
    'SYNOPSIS',
    '       aws [options] <command> <subcommand> [parameters]',
    '',
    'AVAILABLE SERVICES',
    '       o configure   set up credentials, region and output format',
    '       o iam         users, access keys, console passwords, groups',
    '       o login       temporary credentials from your console sign-in (--remote: no browser here)',
    '       o logout      removes the cached credentials of a login session',
    '       o sts         get-caller-identity: whose credentials are these?',
    '',
    'GLOBAL OPTIONS',
    '       --profile NAME, --region REGION, --output json|text|table,',
    '       --no-cli-pager, --version',
  ];
  return rows.map(out);
}

export function serviceHelp(service: string): OutputLine[] {
  if (service === 'configure') {
    return [
      'configure',
      '',
      'AVAILABLE COMMANDS',
      ...CONFIGURE_SUBCOMMANDS.map((c) => `       o ${c}`),
      '',
      'Run "aws configure" alone to be asked for an access key ID, secret access key,',
      'default region name and default output format.',
    ].map(out);
  }
  if (service === 'login' || service === 'logout') {
    // The real DESCRIPTIONs (awscli/customizations/login/).
    const text =
      service === 'login'
        ? [
            'Login for local development using AWS Management Console credentials. Each time the login command is called, the CLI will acquire temporary credentials and a refresh token that correspond to your selected console session. The CLI will refresh the temporary credentials automatically as long as the refresh token is valid.',
            '',
            'SYNOPSIS',
            '          login',
            '          [--remote]',
          ]
        : ['Clears cached login credentials for the specified profile.', '', 'SYNOPSIS', '          logout', '          [--all]'];
    return [service, '', 'DESCRIPTION', ...text.map((t) => (t && !t.startsWith(' ') && t !== 'SYNOPSIS' ? `       ${t}` : t))].map(out);
  }
  const ops = SERVICES[service] ?? {};
  return [service, '', 'AVAILABLE COMMANDS', ...Object.entries(ops).map(([name, s]) => `       o ${name.padEnd(28)} ${s.summary}`)].map(
    out,
  );
}

export function operationHelp(service: string, name: string, spec: OperationSpec): OutputLine[] {
  const synopsis = spec.params.map((p) => {
    const body = p.kind === 'boolean' ? `${p.flag} | --no-${p.flag.slice(2)}` : `${p.flag} <value>`;
    return p.required ? `          ${body}` : `          [${body}]`;
  });
  return [
    name,
    '',
    'DESCRIPTION',
    `       ${spec.summary}`,
    '',
    'SYNOPSIS',
    `          ${name}`,
    ...synopsis,
    '',
    `       (aws ${service} ${name})`,
  ].map(out);
}

export function usageLines(e: UsageError): OutputLine[] {
  return e.lines.map(err);
}
