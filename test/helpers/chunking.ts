// Keys written in one write must do exactly what the same keys written one by one do: every
// handler sees the state the previous key left, however fast keys arrive. This runs a scenario
// twice in real pseudo-terminals and returns both final screens to compare.
import { startIamtutor, type Session } from './pty.js';

export interface ChunkingScenario {
  args: string[];
  /** Brings a fresh session to where the keys start. */
  setup(s: Session): Promise<void>;
  keys: readonly string[];
  /** What the keys lead to: waited for before the screens are compared. */
  until: string | RegExp;
  columns?: number;
  rows?: number;
}

export async function inOneWriteAndOneByOne(scenario: ChunkingScenario): Promise<{ together: string; oneByOne: string }> {
  const run = async (write: (s: Session) => Promise<void>) => {
    const s = startIamtutor(scenario.args, { columns: scenario.columns ?? 100, rows: scenario.rows ?? 30 });
    try {
      await scenario.setup(s);
      await s.settle();
      await write(s);
      await s.waitFor(scenario.until);
      await s.settle();
      return s.screen();
    } finally {
      s.kill();
    }
  };
  const together = await run(async (s) => s.write(scenario.keys.join('')));
  const oneByOne = await run(async (s) => {
    for (const key of scenario.keys) {
      s.write(key);
      await s.settle();
    }
  });
  return { together, oneByOne };
}
