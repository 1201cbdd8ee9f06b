import { useMemo } from 'react';
import type { IamAction } from '../../iam/index.js';
import { useAppStore } from '../store-hooks.js';
import { missingPermission, type MissingPermission } from '../../store/selectors.js';

export interface PermissionNeed {
  action: IamAction;
  request?: Record<string, unknown>;
}

/**
 * The first API call a page needs that the signed-in identity may not make, or null. Pages show
 * the console's "You don't have permission" state instead of data they could not have read.
 * `needs` should be stable between renders (module-level or memoised).
 */
export function useMissingPermission(needs: readonly PermissionNeed[]): MissingPermission | null {
  const account = useAppStore((state) => state.account);
  const identity = useAppStore((state) => state.identity);
  return useMemo(() => missingPermission({ account, identity }, needs), [account, identity, needs]);
}
