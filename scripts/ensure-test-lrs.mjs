// `npm test` needs the real LRS the LRS tests send to (Learning Locker's xapi-statements,
// GPL-3.0, test-only): it lives in test/lrs-server with a lock file of its own, so the project's
// `npm ci` stays small and nothing of it can reach the bundle. Installed here, once, when it is
// missing or its lock file changed, so that `npm ci && npm test` on a fresh clone runs everything.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../test/lrs-server/', import.meta.url));
const installedLock = `${folder}node_modules/.package-lock.json`;
const wanted = JSON.parse(readFileSync(`${folder}package-lock.json`, 'utf8')).packages?.['node_modules/xapi-statements']?.version;
const installed = existsSync(installedLock)
  ? JSON.parse(readFileSync(installedLock, 'utf8')).packages?.['node_modules/xapi-statements']?.version
  : undefined;

if (wanted !== installed) {
  console.error(`Installing the test LRS (xapi-statements ${wanted}) in test/lrs-server, once…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--prefix', folder, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('The test LRS could not be installed; the LRS tests need it (npm ci --prefix test/lrs-server --ignore-scripts).');
    process.exit(result.status ?? 1);
  }
}
