// Preloaded (node --import) into a process the scale bench runs: at exit, writes its peak RSS
// and CPU time to the file named by BENCH_USAGE_FILE, measured by the process itself.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const u = process.resourceUsage();
  writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
