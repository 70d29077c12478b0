// `npm run bench`: every benchmark in turn, each printing its figures next to the reference it must beat.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches = ['bench/matcher.ts', 'bench/recall.ts', 'bench/highlight.ts', 'bench/library.ts'].filter((f) => existsSync(f));
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
