// The iamtutor command's entry: it finds the program (cli/program.ts: the ES modules, or on
// Node 20 a script compiled with V8's code cache) and runs it. Only this file knows where the
// install is (the lessons beside dist/), so it passes its own URL on.
import { loadProgram } from './cli/program.js';
import { processOutput } from './cli/output.js';

try {
  const { program, command } = await loadProgram(import.meta.url);
  program.runCli(import.meta.url, command);
} catch (error) {
  // A broken install (a file of dist/ missing or damaged): one sentence, as the program says its
  // own unexpected errors, never a stack trace (IAMTUTOR_DEBUG=1 shows it).
  processOutput().stderr(`iamtutor: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.IAMTUTOR_DEBUG) console.error(error);
  process.exitCode = 1;
}
