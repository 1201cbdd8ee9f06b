// Step 1 of the Create access key wizard as data: the six use cases, their descriptions and the
// alternative the console recommends for each, verbatim from facts §3.2. The choice is not sent
// to any API (CreateAccessKey has only UserName); it exists to make the learner stop and think.

import type { AccessKeyUseCase } from '../../../store/workflows/create-access-key.js';

export type UseCaseId = AccessKeyUseCase;

export interface UseCase {
  id: UseCaseId;
  label: string;
  description: string;
  /** The alert under the selected option; `Other` has none. */
  alternative?: { title: string; bullets: readonly string[] };
}

export const USE_CASES: readonly UseCase[] = [
  {
    // Console credentials (`aws login`, facts §9.1) are not offered here. AWS's guides have
    // recommended them for the CLI since November 2025 (the Sign-In guide's "Login with console
    // credentials (Recommended)"), but no source — the 2026 screenshots [T-2026] nor the docs —
    // shows step 1 of this wizard naming them: its CLI alert lists CloudShell and IAM Identity
    // Center only. UNCONFIRMED whether the 2026 console added a bullet, so none is invented;
    // lesson 8 and the Create user helper (sourced, facts §1) teach `aws login`.
    id: 'cli',
    label: 'Command Line Interface (CLI)',
    description: 'You plan to use this access key to enable the AWS CLI to access your AWS account.',
    alternative: {
      title: 'Alternatives recommended',
      bullets: [
        'Use AWS CloudShell, a browser-based CLI, to run commands. Learn more',
        'Use the AWS CLI V2 and enable authentication through a user in IAM Identity Center. Learn more',
      ],
    },
  },
  {
    id: 'local-code',
    label: 'Local code',
    description:
      'You plan to use this access key to enable application code in a local development environment to access your AWS account.',
    alternative: {
      title: 'Alternative recommended',
      // Near-certain wording (course notes and a UI clone agree), not from a screenshot.
      bullets: [
        'Use an integrated development environment (IDE) which supports the AWS Toolkit enabling authentication through IAM Identity Center. Learn more',
      ],
    },
  },
  {
    id: 'aws-compute',
    label: 'Application running on an AWS compute service',
    description:
      'You plan to use this access key to enable application code running on an AWS compute service like Amazon EC2, Amazon ECS, or AWS Lambda to access your AWS account.',
    alternative: {
      title: 'Alternative recommended',
      bullets: [
        'Assign an IAM role to compute resources like EC2 instances or Lambda functions to automatically supply temporary credentials to enable access. Learn more',
      ],
    },
  },
  {
    id: 'third-party',
    label: 'Third-party service',
    description:
      'You plan to use this access key to enable access for a third-party application or service that monitors or manages your AWS resources.',
    alternative: {
      title: 'Alternative recommended',
      bullets: [
        "As a best practice, use temporary security credentials (IAM roles) instead of creating long-term credentials like access keys, and don't create AWS account root user access keys. Learn more",
      ],
    },
  },
  {
    id: 'outside-aws',
    label: 'Application running outside AWS',
    description:
      'You plan to use this access key to authenticate workloads running in your data center or other infrastructure outside of AWS that needs to access your AWS resources.',
    alternative: {
      title: 'Alternative recommended',
      bullets: [
        'Use IAM Roles Anywhere to generate temporary security credentials for non AWS workloads accessing AWS services. Learn more about providing access for non AWS workloads.',
      ],
    },
  },
  {
    id: 'other',
    label: 'Other',
    description: 'Your use case is not listed here.',
  },
];

export const DEFAULT_USE_CASE: UseCaseId = 'cli';

export function findUseCase(id: UseCaseId): UseCase {
  return USE_CASES.find((candidate) => candidate.id === id)!;
}

/**
 * Whether `Next` needs the Confirmation box ticked. The docs say "choose Other and then choose
 * Next", so Other (which recommends nothing) needs no confirmation; facts mark this UNCONFIRMED.
 */
export function needsConfirmation(id: UseCaseId): boolean {
  return findUseCase(id).alternative !== undefined;
}

export const CONFIRMATION_LABEL = 'I understand the above recommendation and want to proceed to create an access key.';
