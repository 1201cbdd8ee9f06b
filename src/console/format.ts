// How the console writes values. Pure functions: screens call them, tests check them.

/** `123456789012` → `1234-5678-9012`, as the console's top bar shows an account ID. */
export function hyphenateAccountId(accountId: string): string {
  return accountId.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `May 27, 2026, 14:41 (UTC)`: the console's long date form, in UTC so it is the same for everyone. */
export function consoleDate(iso: string): string {
  const d = new Date(iso);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${hh}:${mm} (UTC)`;
}

/** Whole days between two instants, rounded down. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.floor((Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000);
}

/** `Today`, `Yesterday`, `12 days ago`: the relative form of the users list. */
export function relativeDays(iso: string, nowIso: string): string {
  const days = daysBetween(iso, nowIso);
  if (days <= 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return `${days} days ago`;
}

/** `Created today.`, `9 days old.`: the age line under an access key in the Summary box. */
export function ageOf(iso: string, nowIso: string): string {
  const days = daysBetween(iso, nowIso);
  if (days <= 0) return 'Today';
  return `${days} day${days === 1 ? '' : 's'}`;
}
