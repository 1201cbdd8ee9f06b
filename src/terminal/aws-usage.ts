import { CONFIGURE_SUBCOMMANDS, SERVICES, type OperationSpec } from './aws-commands.js';
import { err, out, type OutputLine } from './types.js';

// The CLI's fixed texts: version banner, argparse usage errors (exit 252) and a short help.

export const AWS_VERSION = 'aws-cli/2.27.50 Python/3.13.4 Linux/6.8.0-60-generic exe/x86_64.ubuntu.24 prompt/off';

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
