// Preloaded (node --require) into a process the scale bench runs: at exit, writes its peak RSS
// and CPU time to the file named by BENCH_USAGE_FILE, measured by the process itself.
// CommonJS, not an ES module preloaded with --import: under Node 20 an --import preload made the
// lint of the 1,500-step lesson itself ~0.15–0.2 s slower (pinned to one core, 7 runs in turns:
// 2.37 s plain, 2.57 s with --import, 2.46 s with --require), which the bench then counted as lint's.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const u = process.resourceUsage();
  writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
