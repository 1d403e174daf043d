#!/usr/bin/env node
// `npm run test:browser`: the browser tests, one engine after the other (Chromium, Firefox,
// WebKit, or those in `BROWSERS`), so that engines do not compete for a small machine's cores
// and each engine's time is known. Every engine runs even when an earlier one failed; the exit
// code says whether all passed. Arguments go to the test runner (e.g. `--files test/x.test.ts`).
import { spawnSync } from 'node:child_process';
import { selectedEngines } from './engines.mjs';

const LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };
const engines = selectedEngines();
const failed = [];
const times = [];
for (const engine of engines) {
  const started = Date.now();
  const run = spawnSync(process.execPath, ['node_modules/.bin/wtr', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, BROWSERS: engine },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  times.push(`${LABELS[engine]} ${seconds} s${run.status === 0 ? '' : ' (failed)'}`);
  if (run.status !== 0) failed.push(LABELS[engine]);
}
console.log(`# browser tests: ${times.join(', ')}`);
if (failed.length > 0) {
  console.error(`Browser tests failed in ${failed.join(', ')}.`);
  process.exit(1);
}
