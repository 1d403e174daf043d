#!/usr/bin/env node
/*
 * `node bench/large-profile.mjs`: which functions make the long tasks of the large-feed page
 * (bench/large.mjs) at 50,000 practices. A CPU profile (DevTools protocol, `Profiler`) is taken
 * from navigation to the list's first rows, and another while the letters are typed in the
 * search box. Busy stretches of the main thread (samples with no idle between them) longer than
 * 50 ms are the long tasks; for each, the functions with the most time, themselves and with what
 * they call, named by the bundle's source map (the library's source file, line and name).
 *
 * COUNTS (default 50000) and RATES (default 1,4) as for bench/large.mjs. Run `npm run build`
 * first. It prints; it writes no results file.
 */
import { chromium } from 'playwright-core';
import { prepareLargePages } from './large.mjs';
import { throttle } from './lib.mjs';
import { topFunctions } from './profile-names.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const COUNTS = (process.env.COUNTS ?? '50000').split(',').map(Number);
const RATES = (process.env.RATES ?? '1,4').split(',').map(Number);
const TYPED = 'robo';
const LONG_MS = 50;
const TOP = Number(process.env.TOP) || 6;

/** The long tasks of a profile (RunTask events of the trace), each with its top functions. */
function longStretches(profile, tasks) {
  return topFunctions(profile, tasks, TOP)
    .map((stretch) => ({ ...stretch, ms: (stretch.end - stretch.start) / 1000 }))
    .filter((stretch) => stretch.ms >= LONG_MS);
}

function print(title, profile, tasks) {
  const stretches = longStretches(profile, tasks);
  console.log(`\n### ${title}: ${stretches.length} tasks over ${LONG_MS} ms`);
  for (const stretch of stretches.sort((a, b) => b.ms - a.ms).slice(0, 8)) {
    console.log(`\n${stretch.ms.toFixed(0)} ms; self:`);
    for (const line of stretch.self) console.log(`  ${line}`);
    console.log('  with what they call (library frames):');
    for (const line of stretch.total) console.log(`  ${line}`);
  }
}

/** Starts a CPU profile and a trace of the tasks; the returned function stops both. */
async function record(cdp) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    categories: 'toplevel,disabled-by-default-devtools.timeline,__metadata',
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    const main = events.find(
      (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
    );
    const tasks = events
      .filter(
        (event) =>
          event.ph === 'X' &&
          (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') &&
          event.pid === main?.pid &&
          event.tid === main?.tid &&
          event.dur >= LONG_MS * 1000,
      )
      .map((event) => ({ start: event.ts, end: event.ts + event.dur }))
      .sort((a, b) => a.start - b.start);
    return { profile, tasks };
  };
}

prepareLargePages(COUNTS);
const server = await startStaticServer('.');
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: [...CHROMIUM_ARGS, '--js-flags=--max-old-space-size=4096'],
});
try {
  for (const count of COUNTS) {
    for (const rate of RATES) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(300_000);
      const cdp = await throttle(page, { cpu: rate });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      let stop = await record(cdp);
      await page.goto(`${server.url}/bench/out/large/page-${count}.html`, { waitUntil: 'commit' });
      await page.waitForFunction(
        () => document.querySelector('practice-list')?.shadowRoot?.querySelector('[part="items"]'),
        null,
        { polling: 250 },
      );
      const load = await stop();
      const search = () =>
        document
          .querySelector('practice-filters')
          ?.shadowRoot?.querySelector('input[type="search"]');
      await page.waitForFunction(search, null, { polling: 250 });
      stop = await record(cdp);
      await page.evaluate(
        () => new Promise((done) => requestIdleCallback(() => done(), { timeout: 60_000 })),
      );
      const settle = await stop();
      await page.evaluate(() =>
        document
          .querySelector('practice-filters')
          .shadowRoot.querySelector('input[type="search"]')
          .focus(),
      );
      stop = await record(cdp);
      for (const key of TYPED) {
        await page.keyboard.press(key);
        await page.waitForTimeout(300);
      }
      // The search after the pause, and what it draws.
      await page.waitForTimeout(2000 * rate);
      const typing = await stop();
      console.log(`\n## ${count} practices, ${rate}x CPU`);
      print('until the first rows', load.profile, load.tasks);
      print('after them, until idle', settle.profile, settle.tasks);
      print('typing', typing.profile, typing.tasks);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
