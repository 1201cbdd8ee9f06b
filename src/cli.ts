// The iamtutor command's entry: it finds the program (cli/program.ts: the ES modules, or on
// Node 20 a script compiled with V8's code cache) and runs it. Only this file knows where the
// install is (the lessons beside dist/), so it passes its own URL on.
import { loadProgram } from './cli/program.js';

(await loadProgram(import.meta.url)).runCli(import.meta.url);
