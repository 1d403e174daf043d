#!/usr/bin/env node
/*
 * `npm run bench:modal`: what the browser alone takes to show a modal dialog, the floor under
 * "opening a practice" in bench/inp.mjs. An empty `<dialog>` (one button, one line) is shown with
 * `showModal()` and closed, four times in a page, at 4x CPU: on a page of one paragraph, and in
 * the list of a `<practice-catalog>` over 10,000 practices (the page of bench/inp.mjs), where
 * the practice's dialog opens. The time of `showModal()` itself is the page made inert (restyled)
 * and the dialog laid out to find what to focus; no script of ours runs in it.
 *
 *   npm run build && npm run bench:modal     (LOADS page loads of each, default 5)
 *
 * Prints the medians of the first and of the later showings.
 */
import { prepareInpPages } from './inp.mjs';
import { launchBrowser, median, startBenchServer, throttle } from './lib.mjs';

const LOADS = Number(process.env.LOADS) || 5;
const COUNT = 10000;
const SHOWINGS = 4;

prepareInpPages([COUNT]);
const routes = new Map([
  [
    '/bench/modal/paragraph.html',
    {
      body: '<!doctype html><html lang="es"><meta charset="utf-8"><title>modal</title><p>Buenas prácticas</p>',
      type: 'text/html; charset=utf-8',
    },
  ],
]);
const server = await startBenchServer('.', routes);
const browser = await launchBrowser();

/** In the page: an empty dialog appended to `where`, shown and closed; showModal's time. */
function showEmptyDialog(where) {
  const root =
    where === 'list'
      ? document.querySelector('practice-catalog').shadowRoot.querySelector('practice-list')
          .shadowRoot
      : document.body;
  const dialog = document.createElement('dialog');
  dialog.innerHTML = '<button>Cerrar</button><p>Una práctica</p>';
  root.append(dialog);
  // Laid out before, as the practice's dialog is when it is shown.
  void document.body.offsetHeight;
  const start = performance.now();
  dialog.showModal();
  const took = performance.now() - start;
  dialog.close();
  dialog.remove();
  return took;
}

const pages = {
  'a page of one paragraph': { path: '/bench/modal/paragraph.html', where: 'body' },
  [`<practice-catalog>, ${COUNT.toLocaleString('en')} practices, in its list`]: {
    path: `/bench/out/inp/page-${COUNT}.html`,
    where: 'list',
  },
};
try {
  for (const [name, { path, where }] of Object.entries(pages)) {
    const first = [];
    const later = [];
    for (let load = 0; load < LOADS; load++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await throttle(page, { cpu: 4 });
      await page.goto(server.url + path);
      if (where === 'list') {
        await page.waitForFunction(
          () =>
            document
              .querySelector('practice-catalog')
              ?.shadowRoot?.querySelector('practice-list')
              ?.shadowRoot?.querySelector('practice-card'),
          null,
          { timeout: 120_000, polling: 250 },
        );
      }
      // The page settled: its idle work done, as before a reader's first opening.
      await page.waitForTimeout(3000);
      for (let showing = 0; showing < SHOWINGS; showing++) {
        const took = await page.evaluate(showEmptyDialog, where);
        (showing === 0 ? first : later).push(took);
        await page.waitForTimeout(300);
      }
      await context.close();
    }
    console.log(
      `${name}: showModal() of an empty dialog at 4x CPU, first ${median(first).toFixed(1)} ms,` +
        ` later ${median(later).toFixed(1)} ms (medians of ${LOADS} page loads)`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
