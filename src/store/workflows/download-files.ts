// The files behind "Download .csv file" (facts §5.8): the console writes UTF-8 with a byte
// order mark and CRLF line ends, and the access-key file has no User name column.
const BOM = '\uFEFF';
const CRLF = '\r\n';

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csv(rows: string[][]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join(CRLF) + CRLF;
}

export function accessKeysCsv(accessKeyId: string, secretAccessKey: string): string {
  return csv([
    ['Access key ID', 'Secret access key'],
    [accessKeyId, secretAccessKey],
  ]);
}

export function accessKeysFileName(userName: string): string {
  return `${userName}_accessKeys.csv`;
}

/** The console password file; its name is not documented, `<user>_credentials.csv` is the usual one. */
export function passwordCsv(userName: string, password: string, signInUrl: string): string {
  return csv([
    ['User name', 'Password', 'Console sign-in URL'],
    [userName, password, signInUrl],
  ]);
}

export function passwordFileName(userName: string): string {
  return `${userName}_credentials.csv`;
}
