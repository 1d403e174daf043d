// One small interface over the three engines the end-to-end checks run in, so that each check is
// written once: Chromium through playwright-core (DevTools protocol), Firefox through
// puppeteer-core (WebDriver BiDi), WebKit through WebKitWebDriver (classic WebDriver, spoken here
// with `fetch`: it has no BiDi and no console, so errors are recorded by a script in the page).
//
// A page: `goto(url)`, `reload()`, `evaluate(fn, arg)` (awaits a returned promise),
// `problems()` (uncaught errors and policy messages so far), `screenshot(path)`, `close()`.
// Each page has its own storage. `setup` is a script run in every document before its own.
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { findFirefox, startWebKitDriver, webkitCapabilities } from '../../scripts/engines.mjs';

export const ENGINE_LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

const POLICY_MESSAGE = /Content Security Policy|Content-Security-Policy|Trusted Type|Refused to/i;

/** An expression that calls `fn` (a function or its source) with `arg`. */
const call = (fn, arg) => `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;

async function launchChromium(setup) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    async newPage(viewport) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (POLICY_MESSAGE.test(message.text())) problems.push(`console: ${message.text()}`);
      });
      await page.addInitScript(setup);
      return {
        goto: (url) => page.goto(url),
        reload: () => page.reload(),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        problems: async () => [...problems],
        screenshot: (path, fullPage = true) => page.screenshot({ path, fullPage }),
        close: () => context.close(),
        /** The DevTools protocol, for what only Chromium offers (CPU throttling). */
        cdp: () => context.newCDPSession(page),
        /** The page printed as PDF (print media), for what only Chromium offers. */
        pdf: (options) => page.pdf(options),
      };
    },
    close: () => browser.close(),
  };
}

async function launchFirefox(setup) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
  });
  return {
    async newPage(viewport) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      const problems = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (POLICY_MESSAGE.test(message.text())) problems.push(`console: ${message.text()}`);
      });
      await page.evaluateOnNewDocument(setup);
      return {
        goto: (url) => page.goto(url),
        reload: () => page.reload(),
        evaluate: (fn, arg) => page.evaluate(call(fn, arg)),
        problems: async () => [...problems],
        screenshot: (path, fullPage = true) => page.screenshot({ path, fullPage }),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function launchWebKit(setup) {
  const driver = await startWebKitDriver();
  const base = `http://127.0.0.1:${driver.port}`;
  const send = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebKit: ${value?.error}: ${value?.message}`);
    return value;
  };
  // No script runs before a document's own in classic WebDriver: the setup is run on demand,
  // before each evaluation, once per document. What the page's own scripts need first is in the
  // pages' probe script.
  const withSetup = (expression) =>
    `if (!window.__setupDone) { window.__setupDone = true; ${setup} }\n` +
    `return Promise.resolve(${expression});`;
  // One MiniBrowser for all pages (starting one takes seconds): between two pages, the page's
  // origin forgets what it stored (IndexedDB, Web Storage, Cache Storage).
  const { sessionId } = await send('POST', '/session', {
    capabilities: { alwaysMatch: webkitCapabilities(driver.browser) },
  });
  const session = (path) => `/session/${sessionId}${path}`;
  await send('POST', session('/timeouts'), { script: 60_000, pageLoad: 60_000 });
  const evaluate = (fn, arg) =>
    send('POST', session('/execute/sync'), { script: withSetup(call(fn, arg)), args: [] });
  const forgetStorage = async () => {
    if (!(await evaluate(() => /^https?:/.test(location.protocol)))) return;
    // Bounded: once, on a loaded machine, WebKit left a deletion unanswered until WebDriver's
    // 60 s script timeout, which ended the whole run. Past the bound the run says so and goes
    // on, rather than stopping every check after it.
    const cleared = await evaluate(async () => {
      const clearing = (async () => {
        localStorage.clear();
        sessionStorage.clear();
        for (const key of await caches.keys()) await caches.delete(key);
        for (const { name } of await indexedDB.databases()) {
          await new Promise((done) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = done;
          });
        }
        return true;
      })();
      return Promise.race([clearing, new Promise((late) => setTimeout(() => late(false), 20_000))]);
    });
    if (!cleared) console.warn('WebKit: the storage of the last page was not cleared within 20 s');
  };
  return {
    async newPage(viewport) {
      await send('POST', session('/url'), { url: 'about:blank' });
      // The window is drawn around the page: grow it by the difference, once it is known.
      for (let attempt = 0; attempt < 3; attempt++) {
        const [width, height] = await evaluate(() => [window.innerWidth, window.innerHeight]);
        if (width === viewport.width && height === viewport.height) break;
        const rect = await send('GET', session('/window/rect'));
        await send('POST', session('/window/rect'), {
          width: rect.width + viewport.width - width,
          height: rect.height + viewport.height - height,
        });
      }
      return {
        goto: (url) => send('POST', session('/url'), { url }),
        reload: () => send('POST', session('/refresh'), {}),
        evaluate,
        problems: () => evaluate(() => [...(window.__errors ?? [])]),
        async screenshot(path) {
          const base64 = await send('GET', session('/screenshot'));
          writeFileSync(path, Buffer.from(base64, 'base64'));
        },
        async close() {
          await forgetStorage();
          await send('POST', session('/url'), { url: 'about:blank' });
        },
      };
    },
    async close() {
      await send('DELETE', session('')).catch(() => undefined);
      driver.stop();
    },
  };
}

/**
 * Starts `engine` ('chromium', 'firefox' or 'webkit') for end-to-end pages.
 * @param {string} engine
 * @param {string} setup a script run in every page before the checks read it
 */
export function launchEngine(engine, setup = '') {
  if (engine === 'chromium') return launchChromium(setup);
  if (engine === 'firefox') return launchFirefox(setup);
  if (engine === 'webkit') return launchWebKit(setup);
  throw new Error(`Unknown engine ${engine}.`);
}
