// The static site's pre-rendered embed pages (`practice-feed site`: `<lang>/<id>/embed.html`) in
// an iframe of a host page with the strict policy, text above and below it, and embed-resize.js
// from the site's copy of the widgets. The site's pages are generated here with the server
// renderer built as `npm run build` builds it (its templates those of the bundle the checks
// load), and served under /site/ with the bundle as /site/widgets/.
//   - Scripts off (Chromium, javaScriptEnabled false): the frame shows the practice, styled.
//   - Scripts on: the frame's card is taken over with one request for the site's feed, the
//     frame's height follows its content, and the host page does not shift (Chromium's
//     layout-shift entries, from navigation).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { buildServerRenderer } from '../build-bundle.mjs';

const HOST = '/test/e2e/pages/embed-site-host.html';
const HOST_SCRIPT = '/test/e2e/pages/embed-site-host.js';
const EMBED = '/site/es/digital-seed/embed.html';
const SITE_FEED = '/site/feed.json';
const MAP_EMBED = '/site/es/embed/map-recorded.html';
const MAP_RECORD = '/site/es/embed/map-record.js';

/** In the map's embed page, as it is parsed: the rendered map's frame, drawing and box. */
const mapRecord = `document.addEventListener('readystatechange', () => {
  if (document.readyState !== 'interactive') return;
  const root = document.querySelector('practice-map').shadowRoot;
  const frame = root.querySelector('.frame');
  const box = frame.getBoundingClientRect();
  window.__parsed = {
    frame,
    svg: root.querySelector('.frame > svg.map'),
    box: [box.x, box.y, box.width, box.height],
    defined: customElements.get('practice-map') !== undefined,
  };
});
`;

/** The host page's own record of the height messages it receives, before anything else runs. */
const hostScript = `window.__heights = [];
window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'practice-widgets:height') window.__heights.push(event.data.height);
});
`;

export async function pages({ pageHtml, FEED }) {
  // Inside node_modules/, so that the renderer finds Lit and the rest as `npm run build`'s does.
  mkdirSync('node_modules/.cache', { recursive: true });
  const dir = await mkdtemp(resolve('node_modules/.cache/practice-e2e-site-'));
  let files;
  const document = readFileSync(`.${FEED}`, 'utf8');
  try {
    await buildServerRenderer(dir);
    const site = await import(pathToFileURL(join(dir, 'site.js')).href);
    const { feed } = site.validateAndRegisterFeed(JSON.parse(document), {
      baseUrl: 'https://example.org/feed.json',
    });
    files = await site.buildSite(feed, { languages: ['es'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const map = files.find((file) => file.path === 'es/embed/map.html');
  return [
    ...files.filter((file) => file.embed).map((file) => [`/site/${file.path}`, file.content]),
    // The map's embed page with a script of the site's origin (its policy allows no other) that
    // notes the rendered map as parsed, before the widgets' script takes it over.
    [MAP_RECORD, mapRecord],
    [MAP_EMBED, map.content.replace('<head>', `<head>\n    <script src="${MAP_RECORD}"></script>`)],
    [SITE_FEED, document],
    [HOST_SCRIPT, hostScript],
    [
      HOST,
      pageHtml(
        'A host page with a pre-rendered embed page',
        `<script src="${HOST_SCRIPT}"></script>
    <p class="above">Text above the embed.</p>
    <iframe id="embed" title="Semilla Digital" src="${EMBED}" width="340" height="600"></iframe>
    <p class="below">Text below the embed.</p>`,
        { bundles: ['/site/widgets/embed-resize.js'], lang: 'es' },
      ),
    ],
  ];
}

/** What the host page and its frame show, once the frame's card has been taken over. */
async function seen() {
  const frame = document.getElementById('embed');
  const inner = frame.contentWindow;
  // The frame's own layout shift from its navigation (Chromium only).
  const frameCls = await new Promise((done) => {
    if (!inner.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return done(null);
    let total = 0;
    new inner.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => done(total), 200);
  });
  return {
    frame: frame.clientHeight,
    content: Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height),
    reported: window.__heights.at(-1) ?? null,
    cls: window.__cls,
    shifts: window.__shifts,
    frameCls,
  };
}

export async function run({ engine, server, openPage, waitFor, check }) {
  if (engine === 'chromium') await scriptsOff(server, check);
  await renderedMap({ openPage, waitFor, check });
  for (const viewport of [
    { width: 360, height: 640 },
    { width: 1280, height: 800 },
  ]) {
    const size = `${viewport.width} px`;
    const feeds = () => server.log.filter((entry) => entry.path === SITE_FEED).length;
    const before = feeds();
    const { page } = await openPage(HOST, viewport);
    const taken = await waitFor(
      page,
      () =>
        document.getElementById('embed').contentDocument?.querySelector('practice-card')
          ?.hasUpdated === true,
      undefined,
      30_000,
    );
    // The frame reports its height; embed-resize.js gives it to the iframe (not in WebKit with
    // an embed page of the host's own origin: see docs/browsers.md).
    const sized = await waitFor(page, () => {
      const frame = document.getElementById('embed');
      const content = Math.ceil(
        frame.contentDocument.documentElement.getBoundingClientRect().height,
      );
      return content > 300 && window.__heights.at(-1) === content;
    });
    if (engine !== 'webkit') {
      await waitFor(page, () => {
        const frame = document.getElementById('embed');
        return frame.clientHeight === window.__heights.at(-1);
      });
    }
    const state = await page.evaluate(seen);
    const problems = await page.problems();
    await page.close();
    check(
      `pre-rendered embed page (${size}): taken over in its iframe with one request for the site's feed`,
      taken && feeds() - before === 1,
      `${feeds() - before} requests for ${SITE_FEED}`,
    );
    check(
      `pre-rendered embed page (${size}): the iframe's height follows its content`,
      sized && (engine === 'webkit' || Math.abs(state.frame - state.content) <= 1),
      JSON.stringify(state),
    );
    check(
      `pre-rendered embed page (${size}): no error, nothing refused by the host's or the frame's policy`,
      problems.length === 0,
      problems.join('; '),
    );
    if (engine === 'chromium') {
      // The host page's shift comes only from the iframe's height changing, which moves what is
      // below it: a host whose snippet's height is at least the screen's (600 at 360 px) sees no
      // shift; at 1280 px the text below is in view, and moves by the frame's growth (reported).
      const phone = viewport.width === 360;
      const summary = `host ${Number(state.cls).toFixed(3)}, frame ${Number(state.frameCls).toFixed(3)}`;
      console.log(`# pre-rendered embed page (${size}): layout shift from navigation: ${summary}`);
      check(
        `pre-rendered embed page (${size}): no layout shift from navigation inside the frame${phone ? ' nor in the host page' : ''}`,
        state.frameCls === 0 && (!phone || state.cls === 0),
        `${summary} ${JSON.stringify(state.shifts)}`,
      );
    }
  }
}

/** Chromium with scripts off: the frame shows the practice as rendered, styled. */
async function scriptsOff(server, check) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 640 },
    });
    const page = await context.newPage();
    const refused = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${server.url}${HOST}`);
    const frame = page.frameLocator('#embed');
    const title = frame.getByText('Semilla Digital', { exact: true }).first();
    await title.waitFor({ timeout: 15_000 }).catch(() => undefined);
    const visible = await title.isVisible();
    const styled = await frame
      .locator('practice-card')
      .evaluate(
        (card) => getComputedStyle(card.shadowRoot.querySelector('.card')).display === 'flex',
      )
      .catch(() => false);
    check(
      'pre-rendered embed page: with scripts off, its iframe shows the practice, styled',
      visible && styled && refused.length === 0,
      JSON.stringify({ visible, styled, refused }),
    );
    await context.close();
  } finally {
    await browser.close();
  }
}

/**
 * The site's map embed page: its map rendered on the server is there as the page is parsed, before
 * the widgets' script; the script takes it over (the same frame and drawing, in the same box) and
 * draws it again for the frame's width, within the page's policy.
 */
async function renderedMap({ openPage, waitFor, check }) {
  for (const viewport of [
    { width: 360, height: 640 },
    { width: 1280, height: 800 },
  ]) {
    const size = `${viewport.width} px`;
    const { page } = await openPage(MAP_EMBED, viewport);
    const taken = await waitFor(
      page,
      () => document.querySelector('practice-map')?.hasUpdated === true,
      undefined,
      30_000,
    );
    const state = await page.evaluate(() => {
      const root = document.querySelector('practice-map').shadowRoot;
      const parsed = window.__parsed;
      const frame = root.querySelector('.frame');
      const box = frame.getBoundingClientRect();
      return {
        parsed: !!parsed && !parsed.defined && !!parsed.svg && parsed.box[3] > 200,
        frame: frame === parsed?.frame,
        svg: root.querySelector('.frame > svg.map') === parsed?.svg,
        box: JSON.stringify([box.x, box.y, box.width, box.height]) === JSON.stringify(parsed?.box),
      };
    });
    const problems = await page.problems();
    await page.close();
    check(
      `rendered map embed page (${size}): the map is there before the widgets' script, then taken over with the same frame and drawing in the same box`,
      taken && state.parsed && state.frame && state.svg && state.box,
      JSON.stringify({ taken, ...state }),
    );
    check(
      `rendered map embed page (${size}): no error, nothing refused by its policy`,
      problems.length === 0,
      problems.join('; '),
    );
  }
}
