import { it } from 'vitest';
import { runMonkey } from './monkey.js';
it('explore', async () => {
  for (const seed of (process.env.SEEDS ?? '1,2,3,4').split(',').map(Number)) {
    try {
      const r = await runMonkey({ seed, keys: Number(process.env.K ?? 2000) });
      console.log(JSON.stringify(r), (r.keys / (r.ms / 1000)).toFixed(0), 'keys/s');
    } catch (e) { console.log(String((e as Error).message).slice(0, 5000)); }
  }
}, 600_000);
