// IAM quotas from the Service Quotas table; the simulator uses the default values.
export const QUOTAS = {
  AccessKeysPerUser: 2,
  UsersPerAccount: 5000,
  GroupsPerUser: 10,
  GroupsPerAccount: 300,
  PoliciesPerUser: 10,
  PoliciesPerGroup: 10,
  TagsPerUser: 50,
  PoliciesPerAccount: 1500,
} as const;

export type QuotaName = keyof typeof QUOTAS;
