import type { IamAction } from '../iam/index.js';

// The slice of the AWS CLI that iamtutor simulates, as data: the dispatcher, the parameter
// parser, help and tab completion all read it, so adding a command is adding a row.

export interface ParamSpec {
  /** `--user-name` */
  flag: string;
  /** `UserName` in the API request */
  field: string;
  /** `boolean`: a `--flag`/`--no-flag` pair, as the CLI generates for boolean members */
  kind: 'string' | 'boolean';
  required?: boolean;
  /** the value is a secret: redacted in events */
  secret?: boolean;
  /** values offered by tab completion */
  values?: string[];
  /** botocore's client-side length check (the API model's min length) */
  minLength?: number;
}

export interface OperationSpec {
  /** API operation, for error messages and the table title */
  operation: IamAction;
  params: ParamSpec[];
  /** list calls: the CLI aggregates pages and drops IsTruncated/Marker */
  paginated?: boolean;
  summary: string;
}

const userName = (required: boolean): ParamSpec => ({ flag: '--user-name', field: 'UserName', kind: 'string', required, minLength: 1 });
const accessKeyId: ParamSpec = { flag: '--access-key-id', field: 'AccessKeyId', kind: 'string', required: true, minLength: 16 };
const groupName: ParamSpec = { flag: '--group-name', field: 'GroupName', kind: 'string', required: true, minLength: 1 };

export const IAM_COMMANDS: Record<string, OperationSpec> = {
  'create-user': {
    operation: 'CreateUser',
    params: [userName(true), { flag: '--path', field: 'Path', kind: 'string' }],
    summary: 'Creates a new IAM user.',
  },
  'get-user': { operation: 'GetUser', params: [userName(false)], summary: 'Shows a user (you, by default).' },
  'list-users': {
    operation: 'ListUsers',
    params: [{ flag: '--path-prefix', field: 'PathPrefix', kind: 'string' }],
    paginated: true,
    summary: 'Lists the IAM users.',
  },
  'delete-user': { operation: 'DeleteUser', params: [userName(true)], summary: 'Deletes a user that has nothing left attached.' },
  'create-access-key': {
    operation: 'CreateAccessKey',
    params: [userName(false)],
    summary: 'Creates an access key; the only time its secret is shown.',
  },
  'list-access-keys': {
    operation: 'ListAccessKeys',
    params: [userName(false)],
    paginated: true,
    summary: "Lists a user's access keys (never their secrets).",
  },
  'update-access-key': {
    operation: 'UpdateAccessKey',
    params: [
      accessKeyId,
      { flag: '--status', field: 'Status', kind: 'string', required: true, values: ['Active', 'Inactive'] },
      userName(false),
    ],
    summary: 'Activates or deactivates an access key.',
  },
  'delete-access-key': {
    operation: 'DeleteAccessKey',
    params: [accessKeyId, userName(false)],
    summary: 'Deletes an access key for good.',
  },
  'get-access-key-last-used': {
    operation: 'GetAccessKeyLastUsed',
    params: [accessKeyId],
    summary: 'Shows when, where and for which service a key was last used.',
  },
  'create-login-profile': {
    operation: 'CreateLoginProfile',
    params: [
      userName(true),
      { flag: '--password', field: 'Password', kind: 'string', required: true, secret: true, minLength: 1 },
      { flag: '--password-reset-required', field: 'PasswordResetRequired', kind: 'boolean' },
    ],
    summary: 'Gives a user a console password.',
  },
  'get-login-profile': { operation: 'GetLoginProfile', params: [userName(true)], summary: 'Shows whether a user has a console password.' },
  'delete-login-profile': { operation: 'DeleteLoginProfile', params: [userName(true)], summary: "Removes a user's console password." },
  'list-groups': { operation: 'ListGroups', params: [], paginated: true, summary: 'Lists the IAM groups.' },
  'list-groups-for-user': {
    operation: 'ListGroupsForUser',
    params: [userName(true)],
    paginated: true,
    summary: 'Lists the groups a user belongs to.',
  },
  'add-user-to-group': { operation: 'AddUserToGroup', params: [groupName, userName(true)], summary: 'Adds a user to a group.' },
  'list-attached-user-policies': {
    operation: 'ListAttachedUserPolicies',
    params: [userName(true)],
    paginated: true,
    summary: 'Lists the managed policies attached to a user.',
  },
};

export const STS_COMMANDS: Record<string, OperationSpec> = {
  'get-caller-identity': { operation: 'GetCallerIdentity', params: [], summary: 'Shows whose credentials you are using.' },
};

export const SERVICES: Record<string, Record<string, OperationSpec>> = { iam: IAM_COMMANDS, sts: STS_COMMANDS };

/** Top-level commands: the two simulated services, `configure`, and `login`/`logout` (CLI 2.32+). */
export const AWS_COMMANDS = ['configure', 'iam', 'login', 'logout', 'sts'];

export const CONFIGURE_SUBCOMMANDS = ['get', 'import', 'list', 'list-profiles', 'set'];

/** Names `aws configure get/set` understand without a dotted profile prefix. */
export const CONFIG_VARIABLES = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token', 'region', 'output'];

export const GLOBAL_VALUE_OPTIONS = ['--profile', '--region', '--output', '--query', '--color', '--endpoint-url'];
export const GLOBAL_FLAG_OPTIONS = ['--debug', '--no-cli-pager', '--no-paginate', '--no-verify-ssl', '--no-sign-request', '--version'];
export const OUTPUT_FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream'];
