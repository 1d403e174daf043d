#!/usr/bin/env node
// The configurator, built (dist/cdn/configurator.html), used as an editor uses it: it builds a
// snippet for "Peru, secondary, teacher training", the snippet is pasted into a blank page of
// another origin, and that page shows the practices. Also: the iframe's title in the widget's
// language, the shortcode, and the fallback link a reader without scripts sees. Run after
// `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { launchChromium, namedChecks } from './harness.mjs';

const CDN = resolve('dist/cdn');
if (!existsSync(join(CDN, 'configurator.html'))) {
  console.error('No dist/cdn/configurator.html: run `npm run build` first.');
  process.exit(1);
}

// The demo's feed, with one more practice in Peru for secondary schools that trains teachers:
// the only one the chosen scope keeps besides none of the others.
const demo = JSON.parse(readFileSync('demo/data/practices.json', 'utf8'));
const feed = {
  ...demo,
  practices: demo.practices.map((practice) =>
    practice.id === 'we-learn-together-educa-sm-tv'
      ? { ...practice, objectives: [...practice.objectives, 'teacher-training'] }
      : practice,
  ),
};
const inScope = (practice) =>
  practice.countries.includes('PE') &&
  practice.levels?.includes('secondary') &&
  practice.objectives?.includes('teacher-training');
// The validator writes URLs in their normal form: the host's address gets its "/".
const publisherUrl = new URL(feed.publisher.url).href;
const expected = feed.practices.filter(inScope).map((practice) => practice.title.en);
const leftOut = feed.practices.filter((practice) => !inScope(practice)).map((p) => p.title.en);

const HTML = 'text/html; charset=utf-8';
const NOT_FOUND = { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not found' };

// Origin A: the hosted library (dist/cdn/ as a CDN serves it) and the publisher's feed, read by
// pages of other origins, as on a CDN.
const library = await startStaticServer(CDN, {
  routes: new Map([['/data/practices.json', { body: JSON.stringify(feed) }]]),
  mounts: { '/cdn/': CDN },
  answer: (path) =>
    path === '/data/practices.json' || path.startsWith('/cdn/') ? undefined : NOT_FOUND,
  headers: () => ({ 'Access-Control-Allow-Origin': '*' }),
});
// Origin B: a partner's blank page, holding whatever was pasted into it.
let pasted = '';
const partner = await startStaticServer(CDN, {
  answer: (path) =>
    path === '/page.html'
      ? {
          status: 200,
          headers: { 'Content-Type': HTML, 'Cache-Control': 'no-store' },
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner page</title></head><body><h1>Our programmes</h1>${pasted}</body></html>`,
        }
      : NOT_FOUND,
});

const browser = await launchChromium();
const { check, finish } = namedChecks();

/**
 * Text of a page as a reader gets it: shadow roots instead of light DOM, slots by what they
 * show; styles and scripts left out.
 */
const deepText = (page) =>
  page.evaluate(() => {
    const shownChildren = (node) => {
      if (node.shadowRoot) return node.shadowRoot.childNodes;
      if (node.nodeName === 'SLOT') {
        const assigned = node.assignedNodes({ flatten: true });
        return assigned.length ? assigned : node.childNodes;
      }
      return node.childNodes;
    };
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.data;
      if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
      return [...shownChildren(node)].map(walk).join(' ');
    };
    return walk(document.body).replace(/\s+/g, ' ');
  });

/** Waits (up to 20 s) until a page (or frame) shows a text, as deepText reads it. */
const waitForText = async (page, text) => {
  for (let tries = 0; tries < 100; tries++) {
    if ((await deepText(page).catch(() => '')).includes(text)) return;
    await page.waitForTimeout(200);
  }
};

try {
  const feedUrl = `${library.url}/data/practices.json`;
  const editor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const editorErrors = [];
  editor.on('pageerror', (error) => editorErrors.push(String(error)));
  await editor.goto(
    `${library.url}/cdn/configurator.html?lang=en&src=${encodeURIComponent(feedUrl)}`,
  );
  await editor.getByText(`Practices in the feed: ${feed.practices.length}.`).waitFor();

  // The page itself passes axe's WCAG 2.2 A and AA rules, at a phone's width and a desktop's,
  // in each of its languages (the widgets in its preview have their own checks).
  const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  for (const [lang, width] of [
    ['en', 1280],
    ['es', 320],
    ['pt', 768],
    ['fr', 360],
  ]) {
    await editor.setViewportSize({ width, height: 900 });
    await editor
      .getByRole('link', {
        name: { en: 'English', es: 'Español', pt: 'Português', fr: 'Français' }[lang],
        exact: true,
      })
      .click();
    await editor.addScriptTag({ path: axe });
    const violations = await editor.evaluate(async () => {
      const result = await globalThis.axe.run(
        { exclude: [['.stage']] },
        { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      );
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
    });
    check(
      `the configurator passes axe in ${lang} at ${width} px`,
      violations.length === 0,
      violations.join('; '),
    );
  }
  await editor.getByRole('link', { name: 'English', exact: true }).click();
  await editor.setViewportSize({ width: 1280, height: 900 });
  await editor.getByRole('checkbox', { name: 'Peru', exact: true }).check();
  await editor.getByRole('checkbox', { name: 'Secondary', exact: true }).check();
  await editor.getByRole('checkbox', { name: 'Teacher training', exact: true }).check();
  const code = editor.getByRole('textbox', { name: 'Code' });
  const snippet = await code.inputValue();
  check(
    'the script snippet loads the library from where the configurator is hosted',
    snippet.includes(`<script type="module" src="${library.url}/cdn/practice-widgets.js">`),
    snippet,
  );
  check(
    'the script snippet carries the scope chosen',
    /<practice-catalog src="[^"]+" lang="en" country="PE" level="secondary" objective="teacher-training">/.test(
      snippet,
    ),
    snippet,
  );
  check(
    "the script snippet carries a fallback link to the feed's site",
    snippet.includes(`<a href="${publisherUrl}">${feed.title.en}: ${feed.publisher.name}</a>`),
    snippet,
  );

  pasted = snippet;
  const reader = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const readerErrors = [];
  reader.on('pageerror', (error) => readerErrors.push(String(error)));
  await reader.goto(`${partner.url}/page.html`);
  await waitForText(reader, expected[0]);
  const shown = await deepText(reader);
  check(
    'pasted into a page of another origin, the snippet shows the practices in scope',
    expected.length > 0 && expected.every((title) => shown.includes(title)),
    `expected ${expected.join(', ')} in: ${shown.slice(0, 1200)}`,
  );
  check(
    'and none outside it',
    leftOut.every((title) => !shown.includes(title)),
    leftOut.filter((title) => shown.includes(title)).join(', '),
  );
  check(
    'the fallback link is not shown once the element runs',
    !(await reader.getByRole('link', { name: feed.title.en }).isVisible()),
  );
  check('no error in either page', [...editorErrors, ...readerErrors].length === 0, [
    ...editorErrors,
    ...readerErrors,
  ]);

  // The page stylesheet, built and minified: before the script runs, the element already takes
  // the room its loading state will take, and shows nothing of its fallback link.
  check(
    'the script snippet links the page stylesheet beside the library, before the script',
    snippet.startsWith(
      `<link rel="stylesheet" href="${library.url}/cdn/practice-widgets.css" />\n<script`,
    ),
    snippet,
  );
  const catalogBox = async ({ script }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The feed never comes: once defined, the element stays in its loading state.
    await page.route('**/data/practices.json', () => {});
    if (!script) await page.route('**/practice-widgets.js', (route) => route.abort());
    await page.goto(`${partner.url}/page.html`, { waitUntil: 'load' });
    if (script) {
      await page.waitForFunction(() => {
        const inner = document.querySelector('practice-catalog')?.shadowRoot;
        const list = inner?.querySelector('practice-list');
        return !!list?.shadowRoot?.querySelector('.skeleton-card');
      });
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))),
      );
    }
    const box = await page.evaluate(() => {
      const catalog = document.querySelector('practice-catalog');
      return {
        height: catalog.getBoundingClientRect().height,
        defined: !!customElements.get('practice-catalog'),
      };
    });
    const linkShown = await page
      .getByRole('link', { name: `${feed.title.en}: ${feed.publisher.name}` })
      .isVisible();
    await page.close();
    return { ...box, linkShown };
  };
  const before = await catalogBox({ script: false });
  const loading = await catalogBox({ script: true });
  check(
    'before its script, the element takes the room of its loading state (within 1 px)',
    !before.defined &&
      loading.defined &&
      before.height > 900 &&
      Math.abs(before.height - loading.height) <= 1,
    `${before.height} px before, ${loading.height} px loading`,
  );
  check('before its script, the element shows nothing of its fallback link', !before.linkShown);

  // A reader whose browser runs no script sees the link to the feed's site instead.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`${partner.url}/page.html`);
  const link = plain.getByRole('link', { name: `${feed.title.en}: ${feed.publisher.name}` });
  check(
    'without scripts, the reader gets the fallback link',
    (await link.isVisible()) && (await link.getAttribute('href')) === publisherUrl,
  );
  await noScript.close();

  // The iframe, with the widget in Spanish: its title is Spanish too.
  await editor.getByLabel('Language of the widget').selectOption('es');
  await editor.getByRole('radio', { name: 'Iframe', exact: true }).check();
  const iframe = await code.inputValue();
  check(
    "the iframe's title is in the widget's language",
    iframe.includes('title="Buenas prácticas en educación digital"'),
    iframe,
  );
  check(
    'the iframe snippet points at the embed page beside the library',
    iframe.includes(`<iframe src="${library.url}/cdn/embed.html?widget=catalog&amp;src=`),
    iframe,
  );
  check(
    'the iframe snippet has a fallback link in the widget language',
    iframe.includes(
      `<p><a href="${publisherUrl}">${feed.title.es}: ${feed.publisher.name}</a></p>`,
    ),
    iframe,
  );
  pasted = iframe;
  await reader.goto(`${partner.url}/page.html`);
  const frame = await (await reader.waitForSelector('iframe')).contentFrame();
  await waitForText(frame, feed.practices.find(inScope).title.es);
  const frameText = await deepText(frame);
  check(
    'pasted into a page of another origin, the iframe shows the practices in Spanish',
    frameText.includes(feed.practices.find(inScope).title.es),
  );

  await editor.getByRole('radio', { name: 'WordPress shortcode', exact: true }).check();
  const shortcode = await code.inputValue();
  check(
    'the shortcode names the element and its attributes, the link enclosed',
    shortcode ===
      `[practice_catalog src="${feedUrl}" lang="es" country="PE" level="secondary" objective="teacher-training"]` +
        `<a href="${publisherUrl}">${feed.title.es}: ${feed.publisher.name}</a>[/practice_catalog]`,
    shortcode,
  );

  // Opened without a feed address (as from a CDN, with no `src` in its own address), the page
  // asks for one instead of writing a snippet that would show readers nothing.
  const blank = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await blank.goto(`${library.url}/cdn/configurator.html?lang=es`);
  const blankCode = blank.locator('#code');
  await blankCode.waitFor();
  check(
    'without a feed address the code asks for one, and Copy waits',
    (await blankCode.inputValue()).startsWith('Escriba primero la dirección de los datos') &&
      (await blank.getByRole('button', { name: 'Copiar', exact: true }).isDisabled()),
    await blankCode.inputValue(),
  );
  const address = blank.getByLabel('Dirección de los datos (feed)');
  await address.fill(feedUrl);
  await address.press('Tab'); // the address is taken on change
  for (let tries = 0; tries < 100; tries++) {
    if ((await blankCode.inputValue()).includes(`src="${feedUrl}"`)) break;
    await blank.waitForTimeout(200);
  }
  check(
    'once the address is written, the code uses it and Copy is ready',
    (await blankCode.inputValue()).includes(`src="${feedUrl}"`) &&
      (await blank.getByRole('button', { name: 'Copiar', exact: true }).isEnabled()),
    await blankCode.inputValue(),
  );
  await blank.close();
} finally {
  await browser.close();
  await library.close();
  await partner.close();
}

finish();
