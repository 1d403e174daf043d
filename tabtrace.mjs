import { launchBrowser, startBenchServer, throttle } from './bench/lib.mjs';
import { prepareInpPages } from './bench/inp.mjs';
const COUNT = Number(process.env.COUNT) || 10000;
prepareInpPages([COUNT]);
const server = await startBenchServer('.');
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.addInitScript(() => {
  window.__ev = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.interactionId) window.__ev.push({ name: e.name, dur: e.duration, start: e.startTime, ps: e.processingStart, pe: e.processingEnd }); }).observe({ type: 'event', durationThreshold: 16, buffered: true });
});
const page = await context.newPage();
const cdp = await throttle(page, { cpu: 4 });
await page.goto(`${server.url}/bench/out/inp/page-${COUNT}.html`);
await page.waitForFunction(() => !!document.querySelector('practice-catalog')?.shadowRoot?.querySelector('practice-list')?.shadowRoot?.querySelector('practice-card')?.shadowRoot?.querySelector('button.open'), null, { timeout: 120000, polling: 250 });
await page.waitForTimeout(4000);
const tab = page.locator('practice-catalog').locator('#tab-map');
const box = await tab.boundingBox();
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8.execute', transferMode: 'ReportEvents' });
await page.waitForTimeout(300);
const t0 = await page.evaluate(() => performance.now());
await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
await page.waitForTimeout(1500);
await cdp.send('Tracing.end');
await done;
console.log('interactions', JSON.stringify(await page.evaluate(() => window.__ev)), 't0', t0);
// main thread: the renderer's main thread id
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const tid = main?.tid; const pid = main?.pid;
const top = events.filter((e) => e.tid === tid && e.pid === pid && e.ph === 'X' && e.dur > 3000);
const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown' && e.tid === tid);
const base = click ? click.ts : top[0]?.ts;
for (const e of top.sort((a, b) => a.ts - b.ts)) {
  if (e.ts < base - 5000 || e.ts > base + 1000000) continue;
  const d = e.args?.data ?? {};
  console.log(`${((e.ts - base) / 1000).toFixed(1).padStart(7)} +${(e.dur / 1000).toFixed(1).padStart(6)} ${e.name} ${d.type ?? d.functionName ?? d.url?.replace(/^.*\//, '') ?? ''}`);
}
await browser.close(); await server.close();
