#!/usr/bin/env node
/*
 * The feed CLI on a large catalogue: `validate`, `to-csv` and `from-csv` on 10,000 practices
 * (the sample feed's ten, repeated with new ids), each run 5 times; prints the median wall time
 * and the largest peak memory. Run after `npm run build`: `node bench/cli.mjs`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PRACTICES = 10_000;
const RUNS = 5;

if (!existsSync('dist/npm/data/csv.js')) {
  console.error('No dist/npm: run `npm run build` first.');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'practice-feed-bench-'));
try {
  const sample = JSON.parse(readFileSync('demo/data/practices.json', 'utf8'));
  const practices = Array.from({ length: PRACTICES }, (_, i) => ({
    ...structuredClone(sample.practices[i % sample.practices.length]),
    id: `${sample.practices[i % sample.practices.length].id}-${i}`,
  }));
  const feed = join(dir, 'feed.json');
  const csv = join(dir, 'feed.csv');
  writeFileSync(feed, JSON.stringify({ ...sample, practices }));

  // The memory report of a child process: the peak resident set size, from Node itself.
  const measure = (args) => {
    const times = [];
    let peak = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = process.hrtime.bigint();
      const result = spawnSync(
        process.execPath,
        [
          '--import',
          'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nrss "+process.resourceUsage().maxRSS))',
          'bin/practice-feed.mjs',
          ...args,
        ],
        { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
      );
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
      peak = Math.max(peak, Number(/rss (\d+)/.exec(result.stderr)?.[1] ?? 0));
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(RUNS / 2)], peak };
  };

  const rows = [
    ['validate', ['validate', feed]],
    ['to-csv', ['to-csv', feed, '-o', csv]],
    ['from-csv', ['from-csv', csv, '-o', join(dir, 'back.json')]],
  ].map(([name, args]) => ({ name, ...measure(args) }));

  console.log(`${PRACTICES.toLocaleString('en')} practices, median of ${RUNS} runs`);
  for (const { name, median, peak } of rows) {
    console.log(
      `${name.padEnd(10)} ${`${(median / 1000).toFixed(2)} s`.padStart(8)} ${`${Math.round(peak / 1024)} MiB peak`.padStart(16)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
