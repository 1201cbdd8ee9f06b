import { spawn } from 'node-pty';
const run = (args, marker) => new Promise((resolve) => {
  const t0 = performance.now();
  let out = '';
  const p = spawn(process.execPath, args, { cols: 100, rows: 30, env: { ...process.env, CI: '' , TERM: 'xterm-256color'} });
  let done = false;
  p.onData((d) => { out += d; if (!done && marker && out.includes(marker)) { done = true; resolve(performance.now() - t0); p.write('q'); } });
  p.onExit(() => { if (!done) resolve(performance.now() - t0); });
});
const times = [], base = [];
for (let i = 0; i < 7; i++) { base.push(await run(['-e', '0'])); times.push(await run(['dist/iamtutor.js', 'sandbox'], 'IAM users (')); }
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
console.log('node -e 0', med(base).toFixed(0), 'sandbox first frame', med(times).toFixed(0));
