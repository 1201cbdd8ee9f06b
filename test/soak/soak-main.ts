// `npm run soak -- --keys 100000 [--seed N] [--every N]`: the monkey for as long as you like.
// Prints the seed first (to replay any run), keys per second as it goes, and on a failure the
// seed, the key's index and the last 20 keys, then exits 1.
import { MonkeyFailure, runMonkey } from './monkey.js';

function option(argv: string[], name: string): number | undefined {
  const index = argv.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = Number(argv[index + 1]);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

export async function main(argv: string[]): Promise<number> {
  const keys = option(argv, 'keys') ?? 100_000;
  const seed = option(argv, 'seed') ?? Date.now() % 1_000_000_000;
  const every = option(argv, 'every') ?? 5_000;
  process.stdout.write(`soak: seed ${seed}, ${keys} keys (replay with --seed ${seed})\n`);
  try {
    const report = await runMonkey({
      seed,
      keys,
      every,
      onProgress: (done, ms) => process.stdout.write(`  ${done} keys, ${Math.round(done / (ms / 1000))} keys/s\n`),
    });
    const perSecond = Math.round(report.keys / (report.ms / 1000));
    const screens = Object.entries(report.screens)
      .sort((a, b) => b[1] - a[1])
      .map(([screen, count]) => `${screen} ${count}`)
      .join(', ');
    process.stdout.write(
      `soak: OK, seed ${seed}: ${report.keys} keys in ${(report.ms / 1000).toFixed(1)} s (${perSecond} keys/s)\n` +
        `  screens: ${screens}\n` +
        `  secrets revealed ${report.secretsSeen}, keys pressed on a secret's page ${report.revealKeys}, ` +
        `quits and resumes ${report.quits}, resizes ${report.resizes}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof MonkeyFailure) {
      process.stdout.write(`soak: FAILED\n${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
