/**
 * Where a page's first useful paint goes: one page load of `<practice-catalog>` (or PAGE's
 * element) at slow 4G and 4x CPU, cold or with the saved copy (SAVED=1), traced through the
 * DevTools protocol, printed as a timeline: each request (start, end, size) and each main-thread
 * task over 4 ms with what took its time (script evaluation by file, style, layout, parsing),
 * up to the first frame with a practice in it.
 *
 *   npm run build && node bench/paint-trace.mjs
 *   SAVED=1 node bench/paint-trace.mjs
 *
 * DETAIL=1 adds, for each task over 100 ms, its time by kind of work without what the work
 * inside it took (self time: script evaluation, each element's callbacks, style recalculation,
 * layout, style sheet parsing, garbage collection), as DevTools' bottom-up view counts it, and
 * the library's functions with the most time in it (a CPU profile, named by the source maps;
 * sampling adds its own cost, so the task is longer than without DETAIL).
 * BUNDLE=/some/other/build.js loads another build (bench/out/base/cdn/practice-widgets.js).
 */
import { generateFeed } from './feed-generator.js';
import {
  countLayoutShifts,
  launchBrowser,
  observePage,
  SLOW_4G,
  startBenchServer,
  throttle,
} from './lib.mjs';
import { topFunctions } from './profile-names.mjs';

const SAVED = process.env.SAVED === '1';
const ELEMENT = process.env.PAGE ?? 'practice-catalog';
const CPU = Number(process.env.CPU) || 4;
const FEED = '/bench/data/feed-179.json';
const DETAIL = process.env.DETAIL === '1';
const BUNDLE = process.env.BUNDLE ?? '/dist/cdn/practice-widgets.js';
const USEFUL = '[part="chart"], svg.map .country, article.card';

const routes = new Map([
  [FEED, { body: JSON.stringify(generateFeed(179)), type: 'application/json; charset=utf-8' }],
  [
    '/bench/trace.html',
    {
      body: `<!doctype html><html lang="es"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" /><title>trace</title>
<script type="module" src="${BUNDLE}"></script></head>
<body><${ELEMENT} src="${FEED}"></${ELEMENT}></body></html>`,
      type: 'text/html; charset=utf-8',
    },
  ],
]);

const server = await startBenchServer('.', routes);
const browser = await launchBrowser();
const url = `${server.url}/bench/trace.html`;
try {
  // One visit first in a context of its own: the server compresses each file on its first
  // request, which would otherwise count as network time.
  const warm = await browser.newContext();
  const warmPage = await warm.newPage();
  await warmPage.addInitScript(countLayoutShifts);
  await warmPage.addInitScript(observePage, USEFUL);
  await warmPage.goto(url);
  await warmPage.evaluate(() => window.benchPainted);
  await warmPage.waitForTimeout(1500);
  await warm.close();
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
  });
  // The first useful paint, found as bench/run.mjs finds it (countLayoutShifts first).
  await context.addInitScript(countLayoutShifts);
  await context.addInitScript(observePage, USEFUL);
  if (SAVED) {
    const first = await context.newPage();
    await first.goto(url);
    await first.evaluate(() => window.benchPainted);
    await first.waitForTimeout(1500);
    await first.close();
  }
  const page = await context.newPage();
  const cdp = await throttle(page, { network: SLOW_4G, cpu: CPU });
  if (DETAIL) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
  }
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'blink.user_timing',
      'loading',
      'navigation',
    ],
  });
  await page.goto(url, { waitUntil: 'commit' });
  const useful = await page.evaluate(() => window.benchPainted);
  await page.waitForTimeout(500);
  const profile = DETAIL ? (await cdp.send('Profiler.stop')).profile : undefined;
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const resources = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => ({
      name: new URL(entry.name).pathname,
      start: entry.startTime,
      end: entry.responseEnd,
      bytes: entry.transferSize,
    })),
  );
  report(trace.traceEvents, resources, useful, profile);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

function report(events, resources, useful, profile) {
  // The navigation to the traced page (not the blank page the tab started with).
  const navigation = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.args?.data?.isLoadingMainFrame &&
      String(e.args?.data?.documentLoaderURL ?? '').endsWith('/bench/trace.html'),
  );
  const mainThread = events.find(
    (e) =>
      e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === navigation?.pid,
  );
  const origin = navigation?.ts ?? 0;
  const at = (ts) => (ts - origin) / 1000;
  console.log(`${ELEMENT}, ${SAVED ? 'saved copy' : 'cold'}, slow 4G, ${CPU}x CPU`);
  console.log(`first useful paint: ${useful.toFixed(0)} ms (page clock)\n`);
  console.log('requests:');
  for (const r of resources) {
    console.log(
      `  ${r.start.toFixed(0).padStart(6)} → ${r.end.toFixed(0).padStart(6)} ms  ${String(r.bytes).padStart(7)} B  ${r.name}`,
    );
  }
  const onMain = events.filter(
    (e) => e.pid === mainThread?.pid && e.tid === mainThread?.tid && e.ph === 'X',
  );
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 4000);
  console.log('\nmain-thread tasks over 4 ms:');
  let busy = 0;
  for (const task of tasks) {
    if (at(task.ts) > useful + 50) break;
    busy += task.dur / 1000;
    const inside = new Map();
    for (const e of onMain) {
      if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
      let key;
      if (
        e.name === 'EvaluateScript' ||
        e.name === 'v8.compileModule' ||
        e.name === 'v8.evaluateModule'
      ) {
        key = `${e.name} ${(e.args?.data?.url ?? e.args?.fileName ?? '').split('/').pop()}`;
      } else if (
        [
          'UpdateLayoutTree',
          'Layout',
          'ParseHTML',
          'Paint',
          'PrePaint',
          'Commit',
          'MajorGC',
          'MinorGC',
          'V8.GC_SCAVENGER',
          'ParseAuthorStyleSheet',
        ].includes(e.name)
      ) {
        key = e.name;
      } else if (
        e.name === 'FunctionCall' ||
        e.name === 'TimerFire' ||
        e.name === 'FireAnimationFrame' ||
        e.name === 'EventDispatch'
      ) {
        key =
          `${e.name} ${(e.args?.data?.url ?? '').split('/').pop()} ${e.args?.data?.functionName ?? e.args?.data?.type ?? ''}`.trim();
      } else continue;
      inside.set(key, (inside.get(key) ?? 0) + e.dur / 1000);
    }
    const parts = [...inside]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([key, dur]) => `${key} ${dur.toFixed(0)}`)
      .join('; ');
    console.log(
      `  ${at(task.ts).toFixed(0).padStart(6)} ms  ${(task.dur / 1000).toFixed(0).padStart(4)} ms  ${parts}`,
    );
    if (DETAIL && task.dur >= 100_000) {
      console.log(selfTimes(task, onMain));
      const [named] = topFunctions(profile, [{ start: task.ts, end: task.ts + task.dur }], 14);
      console.log('          script, self:');
      for (const line of named.self) console.log(`          ${line}`);
      console.log('          script, with what it calls (library frames):');
      for (const line of named.total) console.log(`          ${line}`);
    }
  }
  console.log(`\nmain thread busy in tasks over 4 ms until the paint: ${busy.toFixed(0)} ms`);
}

/**
 * A task's time by kind of work, each without the work nested inside it (complete events on one
 * thread nest): script by file and function, style, layout, parsing, garbage collection.
 */
function selfTimes(task, onMain) {
  const inside = onMain
    .filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const name = (e) => {
    const data = e.args?.data ?? {};
    const file = String(data.url ?? e.args?.fileName ?? '')
      .split('/')
      .pop();
    return [e.name, file, data.functionName ?? data.type ?? ''].filter(Boolean).join(' ');
  };
  const add = (e, ms) => self.set(name(e), (self.get(name(e)) ?? 0) + ms);
  for (const e of inside) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) add(parent, -e.dur / 1000);
    add(e, e.dur / 1000);
    stack.push(e);
  }
  return [...self]
    .filter(([, ms]) => ms >= 3)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 14)
    .map(([key, ms]) => `            ${ms.toFixed(0).padStart(5)} ms  ${key}`)
    .join('\n');
}
