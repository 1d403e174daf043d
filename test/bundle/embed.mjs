#!/usr/bin/env node
// The iframe embed page, built: each widget renders from the address's parameters, reports its
// height, and embed-resize.js sizes the iframe. Run after `npm run build`.
import { runBundleChecks } from './harness.mjs';

await runBundleChecks('dist/cdn/embed.html', async ({ server, browser, check }) => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const dialogs = [];
  page.on('dialog', (dialog) => (dialogs.push(dialog.message()), dialog.dismiss()));
  await page.goto(`${server.url}/test/bundle/embed-host.html`);

  const frameOf = async (id) => (await page.$(`#${id}`)).contentFrame();
  const shadowText = (frame, tag) =>
    frame.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '', tag);

  const card = await frameOf('card');
  await card
    .waitForFunction(
      () =>
        /Semilla Digital/.test(
          document.querySelector('practice-card')?.shadowRoot?.textContent ?? '',
        ),
      null,
      { timeout: 10_000 },
    )
    .catch(() => {});
  check(
    'the card renders in Spanish from the parameters',
    /Semilla Digital/.test(await shadowText(card, 'practice-card')),
  );
  check(
    'unknown parameters are ignored',
    await card.evaluate(() => !document.querySelector('practice-card').hasAttribute('unknown')),
  );
  await page
    .waitForFunction(
      () => document.getElementById('card').getBoundingClientRect().height > 250,
      null,
      { timeout: 5000 },
    )
    .catch(() => {});
  const heights = await page.evaluate(() => {
    const iframe = document.getElementById('card');
    return {
      // The inner height: the iframe's border is the host page's business.
      iframe: iframe.clientHeight,
      content: iframe.contentDocument.documentElement.getBoundingClientRect().height,
    };
  });
  check(
    'embed-resize.js gives the iframe the height of its content',
    Math.abs(heights.iframe - Math.ceil(heights.content)) <= 1 && heights.iframe > 250,
    JSON.stringify(heights),
  );

  const hostile = await frameOf('hostile');
  await hostile
    .waitForFunction(
      () => !!document.querySelector('practice-list')?.shadowRoot?.querySelector('.load-error'),
      null,
      { timeout: 10_000 },
    )
    .catch(() => {});
  check(
    'a javascript: feed address is refused, and the widget says there is no source',
    await hostile.evaluate(() => {
      const list = document.querySelector('practice-list');
      return !list.hasAttribute('src') && !!list.shadowRoot.querySelector('.load-error');
    }),
  );

  const catalog = await frameOf('catalog');
  await catalog
    .waitForFunction(
      () => {
        const root = document.querySelector('practice-catalog')?.shadowRoot;
        return !!root?.querySelector('practice-list')?.shadowRoot?.querySelector('[part="count"]');
      },
      null,
      { timeout: 10_000 },
    )
    .catch(() => {});
  check(
    'the catalogue renders in Portuguese, without the map',
    await catalog.evaluate(() => {
      const root = document.querySelector('practice-catalog').shadowRoot;
      const count = root
        .querySelector('practice-list')
        .shadowRoot.querySelector('[part="count"]').textContent;
      return !root.querySelector('practice-map') && /práticas/.test(count);
    }),
  );
  check('nothing ran from the feed address', dialogs.length === 0, dialogs.join('; '));
  check('no uncaught error', errors.length === 0, errors.join('; '));
});
