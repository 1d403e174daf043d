#!/usr/bin/env node
/*
 * `npm run test:react`: the React wrappers (practice-widgets/react) in React 18 and in React 19,
 * in headless Chromium. The same small app (app.tsx) is bundled twice with esbuild, once with
 * the `react-18`/`react-dom-18` aliases in place of `react`/`react-dom`, and each checks that
 * `feed={object}` sets the element's property (not an attribute), that props the element has
 * (`practiceId`) follow React's state, and that `onPracticeSelect`, `onPracticeFeedLoad` and
 * `onPracticeFilterChange` are called with the element's events.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const HERE = fileURLToPath(new URL('./', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const REACTS = [
  { major: '18', alias: { react: 'react-18', 'react-dom': 'react-dom-18' } },
  { major: '19', alias: {} },
];

const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? 'ok' : 'FAIL'} - ${name}${ok || !detail ? '' : `: ${detail}`}`);
};

const out = mkdtempSync(join(tmpdir(), 'practice-widgets-react-'));
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  for (const { major, alias } of REACTS) {
    const dir = join(out, major);
    await build({
      entryPoints: [join(HERE, 'app.tsx')],
      outfile: join(dir, 'app.js'),
      bundle: true,
      format: 'esm',
      target: 'chrome124',
      jsx: 'automatic',
      // `alias` applies to every import, react-dom's own `import 'react'` included, so each app
      // has one copy of React.
      alias,
      tsconfig: join(ROOT, 'tsconfig.json'),
      define: { 'process.env.NODE_ENV': '"development"' },
      // The app imports the sources, which package.json's `sideEffects` (written for the built
      // files) does not list: without this the elements' define modules would be dropped.
      ignoreAnnotations: true,
      logLevel: 'error',
    });
    copyFileSync(join(HERE, 'index.html'), join(dir, 'index.html'));

    const server = await startStaticServer(dir);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      await page.goto(`${server.url}/index.html`);
      const text = (selector) => page.locator(selector).textContent();
      const cardText = () =>
        page.evaluate(() => document.getElementById('card')?.shadowRoot?.textContent ?? '');
      const waitForCard = (pattern) =>
        page
          .waitForFunction(
            (source) =>
              new RegExp(source).test(
                document.getElementById('card')?.shadowRoot?.textContent ?? '',
              ),
            pattern.source,
            { timeout: 10_000 },
          )
          .catch(() => undefined);

      const version = await text('#react-version');
      check(
        `React ${major}: the app runs React ${major}`,
        version?.startsWith(`${major}.`),
        version,
      );

      await waitForCard(/STEAM/);
      const feed = await page.evaluate(() => {
        const card = document.getElementById('card');
        return {
          isObject: typeof card.feed === 'object' && Array.isArray(card.feed?.practices),
          attribute: card.getAttribute('feed'),
        };
      });
      check(
        `React ${major}: feed={object} sets the element's property`,
        feed.isObject && feed.attribute === null,
        JSON.stringify(feed),
      );
      const shown = await cardText();
      check(
        `React ${major}: the card shows the practice from the feed object`,
        /STEAM/.test(shown) && !/No data source|no feed/i.test(shown),
        shown.slice(0, 200),
      );
      check(
        `React ${major}: onPracticeFeedLoad gets the practice count`,
        Number(await text('#loaded')) > 0,
        await text('#loaded'),
      );

      await page.locator('#card').locator('[part~="card"]').first().click();
      await page
        .waitForFunction(() => document.getElementById('selected')?.textContent, null, {
          timeout: 5_000,
        })
        .catch(() => undefined);
      check(
        `React ${major}: onPracticeSelect gets the opened practice's id`,
        (await text('#selected')) === 'steam-without-barriers',
        await text('#selected'),
      );

      await page.locator('#next').click();
      await waitForCard(/Semilla Digital/);
      const second = await cardText();
      check(
        `React ${major}: a changed practiceId prop reaches the element`,
        /Semilla Digital/.test(second),
        second.slice(0, 200),
      );

      // A facet's choices are behind its button (or the "Filters" sheet's, when narrow).
      await page.locator('#filters').locator('[part~="facet-button"]').first().click();
      await page.locator('#filters').locator('input[type="checkbox"]').first().check();
      await page
        .waitForFunction(
          () => document.getElementById('filter-changes')?.textContent !== '0',
          null,
          {
            timeout: 5_000,
          },
        )
        .catch(() => undefined);
      check(
        `React ${major}: onPracticeFilterChange is called when the reader picks a filter`,
        (await text('#filter-changes')) === '1',
        await text('#filter-changes'),
      );
      check(`React ${major}: no error in the page`, errors.length === 0, errors.join('\n'));
    } finally {
      await page.close();
      await server.close();
    }
  }
} finally {
  await browser.close();
  rmSync(out, { recursive: true, force: true });
}

const failed = results.filter((ok) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed || results.length === 0 ? 1 : 0);
