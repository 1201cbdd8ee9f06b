// npm run screenshots: drives the built iamtutor in a pseudo-terminal (100×40, seed 1) and
// saves what a learner sees as SVG pictures in docs/screens/, for the README. Run it again
// whenever the screens change; the same seed gives the same IDs, so only real changes show.
import { spawn } from 'node-pty';
import xtermHeadless from '@xterm/headless';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { terminalToSvg } from './terminal-svg.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs', 'screens');
const COLS = 100;
const ROWS = 40;
const { Terminal } = xtermHeadless;

const env = {};
for (const [k, v] of Object.entries(process.env)) {
  if (k === 'CI' || k === 'CONTINUOUS_INTEGRATION' || k.startsWith('CI_')) continue;
  env[k] = v;
}
const term = new Terminal({ cols: COLS, rows: ROWS, allowProposedApi: true });
const downloads = mkdtempSync(join(tmpdir(), 'iamtutor-shots-'));
const pty = spawn(process.execPath, [join(ROOT, 'dist', 'iamtutor.js'), 'sandbox', '--seed', '1', '--downloads', downloads], {
  name: 'xterm-256color',
  cols: COLS,
  rows: ROWS,
  cwd: ROOT,
  env: { ...env, TERM: 'xterm-256color', FORCE_COLOR: '3', IAMTUTOR_CLIPBOARD: 'none' },
});
pty.onData((d) => term.write(d));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const flush = () => new Promise((r) => term.write('', r));
const screen = () => {
  const b = term.buffer.active;
  return Array.from({ length: ROWS }, (_, y) => b.getLine(b.viewportY + y)?.translateToString(true) ?? '').join('\n');
};
async function settle() {
  let last = '';
  for (let i = 0; i < 100; i++) {
    await sleep(40);
    await flush();
    const now = screen();
    if (now === last) return now;
    last = now;
  }
  return last;
}
async function waitFor(pattern) {
  for (let i = 0; i < 200; i++) {
    await flush();
    if (pattern.test(screen())) return settle();
    await sleep(25);
  }
  throw new Error(`screenshots: never saw ${pattern}; the screen was:\n${screen()}`);
}
async function press(keys) {
  pty.write(keys);
  await settle();
}
async function tabTo(pattern, key = '\t') {
  for (let i = 0; i < 40; i++) {
    if (pattern.test(await settle())) return;
    pty.write(key);
  }
  throw new Error(`screenshots: could not reach ${pattern}`);
}
function save(name, title) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${name}.svg`), terminalToSvg(term, title));
  console.log(`docs/screens/${name}.svg`);
}

await waitFor(/IAM users \(2\)/);
save('users-list', 'iamtutor sandbox — IAM users');

await press('\u001B[B'); // jane.doe
await press('\r');
await waitFor(/IAM > IAM users > jane\.doe/);
await press('4');
await tabTo(/›\[ Create access key \]/);
save('security-credentials', 'jane.doe — Security credentials: no access keys yet');

await press('\r');
await waitFor(/Access key best practices & alternatives/);
save('create-access-key', 'Create access key — step 1: use case and alternatives');
await tabTo(/› \[ \] I understand the above recommendation/);
await press(' ');
await tabTo(/›\[ Next \]/);
await press('\r');
await waitFor(/Description tag value/);
await press('laptop CLI');
await tabTo(/›\[ Create access key \]/);
await press('\r');
await waitFor(/Retrieve access keys/);
await tabTo(/›\[ Download \.csv file \]/);
save('retrieve-access-keys', 'Retrieve access keys — the secret is shown only here, once');
await tabTo(/›\[ Done \]/);
await press('\r');
await waitFor(/Continue without viewing or downloading/);
await tabTo(/›\[ Continue \]/);
await press('\r');
await waitFor(/ - Active/);
save('key-created', 'After Done: the key ID stays, the secret is gone for good');
pty.kill();
process.exit(0);
