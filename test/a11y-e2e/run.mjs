#!/usr/bin/env node
// End-to-end accessibility checks in headless Chromium, against the TypeScript sources served
// by the dev server:
//   - the accessibility tree of each element (names, roles, states) against the snapshots in
//     snapshots/ (UPDATE_SNAPSHOTS=1 rewrites them);
//   - a keyboard walkthrough of the catalogue: search, a facet, the map, a practice opened and
//     closed, a download; the Tab order, a visible change at every focus stop, focus return;
//   - forced colours (Windows high contrast): the same focus check, and a screenshot to look at
//     in screenshots/a11y/;
//   - the demo's three token themes: text contrast in light and dark;
//   - reflow: at 320 px and at 1280 px zoomed to 200 %, no horizontal scrolling of the page and
//     no text cut off.
// Prints each check and exits with 1 if any failed.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import process from 'node:process';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { waitUntil } from '../wait-until.mjs';

const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
const SNAPSHOTS = new URL('./snapshots/', import.meta.url);
const PAGES = '/test/a11y-e2e/pages';
/** A fixed day, so that the citation's "consulted on" date is the same on every run. */
const TODAY = new Date('2026-03-02T12:00:00Z');

const failures = [];
const check = (ok, label, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${ok || !detail ? '' : `\n     ${detail}`}`);
  if (!ok) failures.push(label);
};

async function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, 'localhost', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const port = await freePort();
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(port), HOST: 'localhost' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', (code) => reject(new Error(`The dev server stopped (${code}).`)));
});
const origin = `http://localhost:${port}`;

const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});

/** Opens a page and waits until every element on it has left its loading state. */
async function open(context, path) {
  const page = await context.newPage();
  await page.clock.setFixedTime(TODAY);
  await page.goto(`${origin}${path}`);
  await settle(page);
  return page;
}

async function settle(page) {
  await waitUntil(page, async function settled() {
    const { widgetsSettled } = await import('/test/a11y/deep-dom.ts');
    return widgetsSettled(document.body);
  });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
  );
}

/** The focused element, through shadow roots: its path of hosts, its tag, role and name. */
function describeFocus(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    const hosts = [];
    while (element?.shadowRoot?.activeElement) {
      hosts.push(element.localName);
      element = element.shadowRoot.activeElement;
    }
    const name =
      element.getAttribute('aria-label') ??
      (element.labels?.[0]?.textContent ||
        element.textContent ||
        element.getAttribute('title') ||
        '');
    const box = element.getBoundingClientRect();
    return {
      hosts,
      tag: element.localName,
      type: element.getAttribute('type') ?? '',
      name: name.replace(/\s+/g, ' ').trim(),
      inView: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
    };
  });
}

/**
 * Whether the focused control looks different from when it is not focused: a screenshot with
 * focus, then one after blurring it; focus is then given back (it stays visible, as the last
 * input was the keyboard).
 */
async function focusIsVisible(page) {
  const handle = await page.evaluateHandle(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element;
  });
  // The element that holds the control (its ring may be drawn on the card around it), within
  // the viewport.
  const clip = await handle.evaluate((element) => {
    const root = element.getRootNode();
    const holder = root instanceof ShadowRoot ? root.host : element;
    // The holder and the control itself: a control in a panel drawn over the page (a facet's
    // choices) reaches past its host's box.
    const outer = holder.getBoundingClientRect();
    const own = element.getBoundingClientRect();
    const box = {
      left: Math.min(outer.left, own.left),
      top: Math.min(outer.top, own.top),
      right: Math.max(outer.right, own.right),
      bottom: Math.max(outer.bottom, own.bottom),
    };
    const x = Math.max(0, box.left - 8);
    const y = Math.max(0, box.top - 8);
    return {
      x,
      y,
      width: Math.min(innerWidth, box.right + 8) - x,
      height: Math.min(innerHeight, box.bottom + 8) - y,
    };
  });
  const shot = () => page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  const focused = await shot();
  await handle.evaluate((element) => element.blur());
  const blurred = await shot();
  await handle.evaluate((element) => element.focus());
  await handle.dispose();
  return !focused.equals(blurred);
}

/** Presses Tab until `predicate(focus)` holds (at most `limit` times); checks every stop. */
/**
 * The focus once it satisfies `expected`, polled for up to 5 s (a focus move that follows an
 * update lands a frame or more after the key, later on a loaded machine); the last reading if it
 * never does, for the check to report.
 */
async function focusWhen(page, expected) {
  let focus = await describeFocus(page);
  for (let waited = 0; waited < 5000 && !expected(focus); waited += 50) {
    await page.waitForTimeout(50);
    focus = await describeFocus(page);
  }
  return focus;
}

async function tabTo(page, predicate, label, limit = 80) {
  const from = tabStops.length;
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const focus = await describeFocus(page);
    tabStops.push(focus);
    if (!focus.inView || !(await focusIsVisible(page))) {
      invisible.push(`${focus.hosts.join(' > ')} > ${focus.tag} "${focus.name}"`);
    }
    if (predicate(focus)) return focus;
  }
  const went = tabStops
    .slice(from)
    .map((stop) => `${stop.hosts.join(' > ')} > ${stop.tag} "${stop.name}"`);
  throw new Error(`Tab never reached ${label}; it went to: ${went.join(' | ')}`);
}
let tabStops = [];
let invisible = [];

const listCount = (page) =>
  page.evaluate(() => {
    const catalog = document.querySelector('practice-catalog');
    const list = catalog.shadowRoot.querySelector('practice-list');
    return list.shadowRoot.querySelector('[part="count"]').textContent.trim();
  });

/** Waits until the list's count reads otherwise than `before`. */
const listCountChanged = (page, before) =>
  page.waitForFunction(
    (before) =>
      document
        .querySelector('practice-catalog')
        .shadowRoot.querySelector('practice-list')
        .shadowRoot.querySelector('[part="count"]')
        .textContent.trim() !== before,
    before,
  );

/**
 * In the page: the catalogue's chosen filter values, as their chips read (the facets' lists are
 * in panels that are closed most of the time; the chips always show what is chosen).
 */
function checkedChoices() {
  const catalog = document.querySelector('practice-catalog');
  const filters = catalog.shadowRoot.querySelector('practice-filters');
  // The search's chip ("“STEAM”") is not a choice.
  return [...filters.shadowRoot.querySelectorAll('.chip-value')]
    .map((chip) => chip.textContent.replace(/\s+/g, ' ').trim())
    .filter((value) => !value.startsWith('“'))
    .join(', ');
}

const checkedCountries = (page) => page.evaluate(checkedChoices);

/** The accessibility tree of `locator` once two readings 100 ms apart agree. */
async function stableSnapshot(locator) {
  let previous = '';
  for (let attempt = 0; attempt < 30; attempt++) {
    const snapshot = `${(await locator.ariaSnapshot()).trimEnd()}\n`;
    if (snapshot === previous) return snapshot;
    previous = snapshot;
    await locator.page().waitForTimeout(100);
  }
  return previous;
}

async function ariaSnapshots() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const subjects = [
      ['elements.html', '#card practice-card', 'practice-card.en'],
      ['elements.html', '#filters practice-filters', 'practice-filters.en'],
      ['elements.html', '#list practice-list', 'practice-list.en'],
      ['elements.html', '#map practice-map', 'practice-map.en'],
      ['elements.html', '#stats practice-stats', 'practice-stats.en'],
      ['elements.html', '#feed practice-feed', 'practice-feed.en'],
      ['catalog.html', 'practice-catalog', 'practice-catalog.en'],
      ['catalog.html?lang=es', 'practice-catalog', 'practice-catalog.es'],
      ['elements.html?lang=es', '#card practice-card', 'practice-card.es'],
    ];
    const pages = new Map();
    mkdirSync(SNAPSHOTS, { recursive: true });
    for (const [path, selector, name] of subjects) {
      if (!pages.has(path)) pages.set(path, await open(context, `${PAGES}/${path}`));
      // In view first: the map loads its geometry once the reader scrolls to it.
      const locator = pages.get(path).locator(selector);
      await locator.scrollIntoViewIfNeeded();
      await settle(pages.get(path));
      const snapshot = await stableSnapshot(locator);
      const file = new URL(`${name}.aria.snap`, SNAPSHOTS);
      if (UPDATE || !existsSync(file)) {
        writeFileSync(file, snapshot);
        check(true, `accessibility tree of ${name} written`);
        continue;
      }
      const expected = readFileSync(file, 'utf8');
      const firstDifference = expected
        .split('\n')
        .findIndex((line, index) => line !== snapshot.split('\n')[index]);
      check(
        snapshot === expected,
        `accessibility tree of ${name} as in snapshots/${name}.aria.snap`,
        `line ${firstDifference + 1}: expected ${JSON.stringify(expected.split('\n')[firstDifference])}, got ${JSON.stringify(snapshot.split('\n')[firstDifference])} (UPDATE_SNAPSHOTS=1 rewrites it if the change is meant)`,
      );
    }
  } finally {
    await context.close();
  }
}

async function keyboardWalkthrough(forcedColors) {
  const label = forcedColors ? ' (forced colours)' : '';
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  tabStops = [];
  invisible = [];
  try {
    const page = await open(context, `${PAGES}/catalog.html`);
    if (forcedColors) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: 'active' }],
      });
      check(
        await page.evaluate(() => matchMedia('(forced-colors: active)').matches),
        'forced colours are emulated',
      );
      mkdirSync('screenshots/a11y', { recursive: true });
      await page.screenshot({ path: 'screenshots/a11y/forced-colors-catalog.png', fullPage: true });
    }
    const all = await listCount(page);

    // Search: after the header's links only.
    const search = await tabTo(page, (f) => f.tag === 'input' && f.type === 'search', 'search');
    check(search.hosts.includes('practice-filters'), `Tab reaches the search${label}`);
    check(
      tabStops.slice(0, -1).every((stop) => stop.hosts.includes('practice-catalog-header')),
      `only the header's links come before the search${label}`,
      tabStops.map((stop) => stop.name).join(' | '),
    );
    await page.keyboard.type('STEAM');
    // The count once the list has drawn the whole word's search: each letter typed narrows the
    // list too ("S" leaves 8 practices, "STEAM" 2), and a loaded machine may show one of those.
    await page.waitForFunction(() => {
      const list = document
        .querySelector('practice-catalog')
        .shadowRoot.querySelector('practice-list');
      return list.filters.q === 'STEAM' && !list.isUpdatePending;
    });
    const searched = await listCount(page);
    check(searched !== all, `typing a search narrows the list${label}`, `${all} → ${searched}`);

    // A facet: its button opens its choices, Space checks one, Escape closes and returns.
    const facetButton = await tabTo(
      page,
      (f) => f.tag === 'button' && /^Country/.test(f.name),
      'the Country button',
    );
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f.type === 'checkbox' && f.name.startsWith('Mexico'), 'Mexico', 30);
    await page.keyboard.press('Space');
    // The list and the chips are separate elements, each updated in its own frame: wait for both.
    await listCountChanged(page, searched);
    await page
      .waitForFunction(`(${checkedChoices})().startsWith('Mexico')`, null, { timeout: 5000 })
      .catch(() => {});
    check((await checkedCountries(page)).startsWith('Mexico'), `Space checks a facet${label}`);
    await page.keyboard.press('Escape');
    const afterPanel = await focusWhen(
      page,
      (focus) => focus.tag === 'button' && focus.name.startsWith('Country'),
    );
    check(
      afterPanel.tag === 'button' && afterPanel.name.startsWith('Country'),
      `Escape closes the choices and focus returns to their button${label}`,
      `${facetButton.name} → ${afterPanel.tag} "${afterPanel.name}"`,
    );

    // The views: the tab of the list, an arrow key to the map's, then into the map.
    const listTab = await tabTo(
      page,
      (f) => f.tag === 'button' && f.hosts.length === 1 && /^Practices$/.test(f.name),
      'the Practices tab',
    );
    check(listTab.name === 'Practices', `Tab reaches the views' tabs${label}`);
    await page.keyboard.press('ArrowRight');
    const mapTab = await focusWhen(page, (focus) => focus.name === 'Map');
    check(
      mapTab.name === 'Map',
      `an arrow key moves to the Map tab and shows the map${label}`,
      mapTab.name,
    );
    await tabTo(page, (f) => f.hosts.includes('practice-map'), 'the map');
    const country = await tabTo(
      page,
      (f) => f.hosts.includes('practice-map') && f.tag === 'g' && /:/.test(f.name),
      'a country on the map',
    );
    await page.keyboard.press('ArrowRight');
    const next = await focusWhen(page, (focus) => focus.tag === 'g' && focus.name !== country.name);
    check(
      next.tag === 'g' && next.name !== country.name,
      `an arrow key moves to the next country${label}`,
      `${country.name} → ${next.name}`,
    );
    const beforeMap = await checkedCountries(page);
    await page.keyboard.press('Enter');
    // Choosing a country on the map replaces the countries chosen before it.
    await page.waitForFunction(`(${checkedChoices})() !== ${JSON.stringify(beforeMap)}`);
    check(
      (await checkedCountries(page)) !== beforeMap,
      `Enter on a country chooses it in the filters${label}`,
    );
    // Back to the facet choice of the walkthrough.
    await page.keyboard.press('Enter');
    await page.waitForFunction(`(${checkedChoices})() === ''`);
    // With no country chosen, every practice of the search is listed again (the list may update a
    // frame after the chips).
    await page
      .waitForFunction(
        (searched) =>
          document
            .querySelector('practice-catalog')
            .shadowRoot.querySelector('practice-list')
            .shadowRoot.querySelector('[part="count"]')
            .textContent.trim() === searched,
        searched,
        { timeout: 5000 },
      )
      .catch(() => {});
    const unfiltered = await listCount(page);
    check(
      unfiltered === searched,
      `Enter again lets the country go${label}`,
      `${unfiltered}, not ${searched}`,
    );

    // Back to the tabs, and the list again.
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press('Shift+Tab');
      const focus = await describeFocus(page);
      if (focus.tag === 'button' && focus.name === 'Map') break;
    }
    await page.keyboard.press('ArrowLeft');
    check(
      (await focusWhen(page, (focus) => focus.name === 'Practices')).name === 'Practices',
      `the Practices tab again${label}`,
    );

    // Open a practice from the list, close it, focus returns.
    const opener = await tabTo(
      page,
      (f) => f.hosts.includes('practice-list') && f.hosts.includes('practice-card'),
      'a practice in the list',
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const list = document
        .querySelector('practice-catalog')
        .shadowRoot.querySelector('practice-list');
      return list.shadowRoot.querySelector('dialog')?.open;
    });
    // Focus moves in once the dialog's content is drawn: up to 5 s on a loaded machine.
    const inDialog = await page
      .waitForFunction(
        () => {
          const list = document
            .querySelector('practice-catalog')
            .shadowRoot.querySelector('practice-list');
          const dialog = list.shadowRoot.querySelector('dialog');
          return dialog.contains(list.shadowRoot.activeElement);
        },
        null,
        { timeout: 5000 },
      )
      .then(
        () => true,
        () => false,
      );
    check(inDialog, `Enter opens the practice and moves focus into it${label}`);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => {
      const list = document
        .querySelector('practice-catalog')
        .shadowRoot.querySelector('practice-list');
      return !list.shadowRoot.querySelector('dialog')?.open;
    });
    const back = await focusWhen(
      page,
      (focus) => focus.name === opener.name && focus.tag === opener.tag,
    );
    check(
      back.name === opener.name && back.tag === opener.tag,
      `Escape closes it and focus returns to the practice that opened it${label}`,
      `${opener.name} → ${back.hosts.join(' > ')} > ${back.tag} "${back.name}"`,
    );

    // Download: back to the list's toolbar, open the downloads, the CSV.
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Shift+Tab');
      if ((await describeFocus(page)).tag === 'summary') break;
    }
    const summary = await describeFocus(page);
    check(summary.tag === 'summary', `Shift+Tab goes back to the downloads${label}`);
    await page.keyboard.press('Enter');
    const downloadsOpen = await page
      .waitForFunction(
        () =>
          document
            .querySelector('practice-catalog')
            .shadowRoot.querySelector('practice-list')
            .shadowRoot.querySelector('details.downloads')?.open,
        null,
        { timeout: 5000 },
      )
      .then(
        () => true,
        () => false,
      );
    check(downloadsOpen, `Enter opens the downloads${label}`);
    await tabTo(page, (f) => f.tag === 'button' && /CSV/.test(f.name), 'the CSV download', 5);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    check(
      /\.csv$/.test(download.suggestedFilename()),
      `Enter downloads the CSV${label}`,
      download.suggestedFilename(),
    );

    // Every stop is in the catalogue, visibly focused.
    check(
      invisible.length === 0,
      `each of ${tabStops.length} focus stops is in view and visibly focused${label}`,
      invisible.join('; '),
    );
    if (forcedColors) {
      await page.screenshot({ path: 'screenshots/a11y/forced-colors-focus.png' });
    }
  } finally {
    await context.close();
  }
}

/** Drawn text that reaches past the viewport or past an ancestor that clips it. */
function cutOffText() {
  return import('/test/a11y/deep-dom.ts').then(({ deepElements, isDrawn, composedParent }) => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    for (const element of deepElements(document.body)) {
      const text = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim();
      if (!text || !isDrawn(element)) continue;
      const box = element.getBoundingClientRect();
      let clipped = false;
      let scrollable = false;
      for (let node = composedParent(element); node; node = composedParent(node)) {
        const style = getComputedStyle(node);
        if (/auto|scroll/.test(style.overflowX)) {
          // Content in a container of its own that scrolls (a wide table) is allowed to.
          scrollable = true;
          break;
        }
        if (/hidden|clip/.test(style.overflowX)) {
          const frame = node.getBoundingClientRect();
          if (box.right > frame.right + 1 || box.left < frame.left - 1) clipped = true;
        }
      }
      if (scrollable) continue;
      if (clipped || box.right > width + 1 || box.left < -1) {
        problems.push(`"${text.slice(0, 40)}" (${Math.round(box.left)}–${Math.round(box.right)})`);
      }
      if (
        getComputedStyle(element).textOverflow === 'ellipsis' &&
        element.scrollWidth > element.clientWidth + 1
      ) {
        problems.push(`"${text.slice(0, 40)}" ends in an ellipsis`);
      }
    }
    return problems;
  });
}

/** The demo's three token themes, light and dark: every text at 4.5:1 at least. */
async function themesContrast() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    for (const theme of ['light', 'dark']) {
      const page = await open(context, `/demo/themes.html?lang=en&theme=${theme}`);
      const failed = await page.evaluate(async () => {
        const { contrastFailures } = await import('/test/a11y/deep-dom.ts');
        return [...document.querySelectorAll('.token-theme practice-feed')].flatMap((feed) =>
          contrastFailures(feed).map(
            (f) =>
              `${feed.closest('section').id}: "${f.text}" ${f.ratio}:1 (${f.color} on ${f.background})`,
          ),
        );
      });
      check(
        failed.length === 0,
        `demo/themes.html, ${theme}: every text at 4.5:1 or more`,
        failed.slice(0, 8).join('; '),
      );
      await page.close();
    }
  } finally {
    await context.close();
  }
}

async function reflow() {
  const cases = [
    { name: '320 px', viewport: { width: 320, height: 800 }, deviceScaleFactor: 1 },
    // 1280 px at 200 % zoom: 640 CSS pixels drawn at twice the density.
    { name: '1280 px at 200 %', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
  ];
  for (const { name, viewport, deviceScaleFactor } of cases) {
    const context = await browser.newContext({ viewport, deviceScaleFactor });
    try {
      for (const path of [
        `${PAGES}/elements.html`,
        `${PAGES}/catalog.html`,
        `${PAGES}/elements.html?lang=es&theme=dark`,
        '/demo/themes.html?lang=es',
      ]) {
        const page = await open(context, path);
        const scroll = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        check(
          scroll.scrollWidth <= scroll.clientWidth,
          `${path} at ${name}: no horizontal scrolling`,
          `${scroll.scrollWidth} > ${scroll.clientWidth}`,
        );
        const cut = await page.evaluate(cutOffText);
        check(cut.length === 0, `${path} at ${name}: no text cut off`, cut.slice(0, 8).join('; '));
        await page.close();
      }
    } finally {
      await context.close();
    }
  }
}

const started = Date.now();
try {
  await ariaSnapshots();
  await keyboardWalkthrough(false);
  await keyboardWalkthrough(true);
  await themesContrast();
  await reflow();
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  failures.push(String(error));
  console.error(error);
} finally {
  await browser.close();
  server.kill();
}

if (failures.length > 0) {
  console.log(`\n${failures.length} accessibility check(s) failed.`);
  process.exit(1);
}
console.log('\nEvery accessibility check passed.');
