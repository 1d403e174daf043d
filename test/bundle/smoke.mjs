#!/usr/bin/env node
// Loads the built CDN bundle in a plain HTML page, in headless Chromium, and checks what a
// reader would see. Run after `npm run build`.
import { runBundleChecks } from './harness.mjs';

await runBundleChecks('dist/cdn/practice-widgets.js', async ({ server, browser, check }) => {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${server.url}/test/bundle/smoke.html`);

  const shadowText = (id) =>
    page.evaluate((id) => document.getElementById(id)?.shadowRoot?.textContent ?? '', id);
  const waitForText = async (id, pattern) => {
    try {
      await page.waitForFunction(
        ([id, source]) =>
          new RegExp(source).test(document.getElementById(id)?.shadowRoot?.textContent ?? ''),
        [id, pattern.source],
        { timeout: 10_000 },
      );
    } catch {
      // The check below reports what was there instead.
    }
    return shadowText(id);
  };

  check(
    'every element is registered',
    await page.evaluate(() =>
      ['practice-feed', 'practice-card'].every((tag) => customElements.get(tag)),
    ),
  );

  const sample = await waitForText('sample', /Digital Seed/);
  check(
    'a card from the sample feed shows its title in English',
    /Digital Seed/.test(sample),
    sample,
  );
  check('the full card shows why it is a good practice', /good practice/i.test(sample), sample);
  check('the full card shows localized country names', /Colombia/.test(sample), sample);
  // Each template is minified on its own: the space that opens a nested one must survive.
  check(
    'the minified templates keep the spaces between words',
    /Fundación PLAN \(Civil society\)/.test(sample.replace(/\s+/g, ' ')),
    sample,
  );

  const heldOut = await waitForText('held-out-pt', /Robótica nas escolas ribeirinhas/);
  check(
    'a Portuguese practice of the held-out feed renders with Portuguese labels',
    /Robótica nas escolas ribeirinhas/.test(heldOut) && /Brasil/.test(heldOut),
    heldOut,
  );
  const markup = await waitForText('held-out-markup', /Territorio digital/);
  check(
    'markup in a feed title shows as text',
    /<img src=x onerror=alert\(1\)>/.test(markup),
    markup,
  );
  check(
    'markup in a feed never becomes an element',
    await page.evaluate(
      () =>
        !document
          .getElementById('held-out-markup')
          ?.shadowRoot?.querySelector('img[onerror], script'),
    ),
  );

  const missing = await waitForText('missing', /no-such-practice/);
  check('an unknown id says so', /no-such-practice/.test(missing), missing);

  const broken = await waitForText('broken', /Reintentar|No se pudo|error/i);
  check('a failed load shows a Spanish message', /404/.test(broken), broken);
  check(
    'a failed load offers a retry',
    await page.evaluate(
      () => !!document.getElementById('broken')?.shadowRoot?.querySelector('button'),
    ),
  );

  const inFeed = await waitForText('in-feed', /STEAM/);
  check('a compact card inside <practice-feed> shows its title', /STEAM/.test(inFeed), inFeed);

  const feedRequests = requests.filter((url) => url.endsWith('/demo/data/practices.json'));
  check(
    'elements with the same src share one request',
    feedRequests.length === 1,
    `${feedRequests.length} requests`,
  );
  check(
    'no third-party request',
    requests.every((url) => url.startsWith(server.url)),
    requests.filter((url) => !url.startsWith(server.url)).join(', '),
  );
  check('no uncaught error (bundle loaded twice)', pageErrors.length === 0, pageErrors.join('; '));
});
