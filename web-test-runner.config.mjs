import { chromeLauncher } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { viewportInEveryEngine } from './scripts/wtr-viewport.mjs';
import {
  findFirefox,
  selectedEngines,
  startWebKitDriver,
  webkitCapabilities,
} from './scripts/engines.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/**
 * A feed server's answers for the cross-origin tests (test/reliability/cross-origin.test.ts):
 * the page asks for them on another host name of the same server (127.0.0.1 for localhost), so
 * the browser applies CORS as it would to a partner's feed. `?status=503&retry-after=30`
 * answers that status and header; `&expose` adds `Access-Control-Expose-Headers: Retry-After`.
 */
function crossOriginFeeds(context, next) {
  if (!context.path.startsWith('/cross-origin/')) return next();
  const query = context.query;
  context.set('Access-Control-Allow-Origin', '*');
  if (query.expose !== undefined) context.set('Access-Control-Expose-Headers', 'Retry-After');
  if (query['retry-after']) context.set('Retry-After', String(query['retry-after']));
  context.set('Cache-Control', 'no-store');
  context.status = Number(query.status) || 200;
  context.type = 'application/json';
  context.body = context.status === 200 ? JSON.stringify({ version: 1, practices: [] }) : '';
}

/**
 * The links' chunk that never arrives, for the test of the bounded wait before a takeover
 * (test/components/hydration/links-wait.test.ts): `/src-held/` serves the sources at addresses
 * of their own (so that no copy another test file loaded is used; the same depth as `/src/`, so
 * that their imports of node_modules are the same modules), except
 * src/components/shared/practice-links, a module that never finishes evaluating: its import
 * never settles, and no request is left pending when the test is over.
 */
async function heldLinksChunk(context, next) {
  if (!context.path.startsWith('/src-held/')) return next();
  if (/^\/src-held\/components\/shared\/practice-links\.[jt]s$/.test(context.path)) {
    context.type = 'application/javascript';
    context.set('Cache-Control', 'no-store');
    context.body = 'await new Promise(() => {});\n';
    return;
  }
  context.path = `/src/${context.path.slice('/src-held/'.length)}`;
  return next();
}

const COMMANDS = '/test/setup/commands.ts';

/**
 * WebKit through WebKitWebDriver, named as readers know the engine (the driver calls itself
 * MiniBrowser), so that a failure there says "WebKit".
 */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }
}

/** One launcher per engine in `BROWSERS` (all three when unset); see scripts/engines.mjs. */
async function launchers() {
  const engines = selectedEngines();
  const list = [];
  if (engines.includes('chromium')) {
    list.push(
      chromeLauncher({
        launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
      }),
    );
  }
  if (engines.includes('firefox')) {
    // Puppeteer drives Firefox over WebDriver BiDi; with a Puppeteer instance of our own the
    // runner names the browser after `browser`, "Firefox".
    list.push(
      chromeLauncher({
        puppeteer,
        launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true },
      }),
    );
  }
  if (engines.includes('webkit')) {
    const webkit = await startWebKitDriver();
    list.push(
      new WebKitLauncher({
        hostname: '127.0.0.1',
        port: webkit.port,
        logLevel: 'error',
        capabilities: {
          ...webkitCapabilities(webkit.browser),
          // WebKitWebDriver speaks classic WebDriver only.
          'wdio:enforceWebDriverClassic': true,
        },
      }),
    );
  }
  return list;
}

/**
 * Browser tests: components, loading and languages, against the source, in Chromium, Firefox and
 * WebKit. `BROWSERS=firefox npm run test:browser` runs one engine.
 */
export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  middleware: [crossOriginFeeds, heldLinksChunk],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    // Targets the engines' versions tested here; older targets would leave standard decorators
    // uncompiled.
    esbuildPlugin({ ts: true, target: ['chrome124', 'firefox128', 'safari17'], tsconfig }),
    viewportInEveryEngine(),
    {
      // Tests import the runner's commands as usual; they get ours, which set the viewport and
      // emulate media the same way in every engine (test/setup/commands.ts).
      name: 'commands-in-every-engine',
      resolveImport({ source, context }) {
        if (source === '@web/test-runner-commands' && context.path !== COMMANDS) return COMMANDS;
        return undefined;
      },
    },
  ],
  browsers: await launchers(),
  // One page at a time: a page in the background gets no animation frames, and fixtures wait
  // for them.
  concurrency: 1,
  // A loaded machine starts Firefox and WebKit pages slowly.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 600_000,
  testFramework: {
    // Three engines share the machine's cores; Firefox and WebKit are slower to start a page.
    config: { timeout: 10000 },
  },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="stylesheet" href="/test/setup/page.css" />
  </head>
  <body>
    <script type="module" src="/test/setup/browser-setup.js"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
