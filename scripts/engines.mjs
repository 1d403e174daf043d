// The three browser engines the tests run in: Chromium, Firefox and WebKit (Safari's engine).
// Finds each one (an environment variable first, then the usual places) and, as root on Debian,
// installs Debian's packages for what is missing. Test tools never download a browser here.
//
// - Chromium: Debian's `chromium`, driven by Puppeteer over the DevTools protocol.
// - Firefox: Debian's `firefox-esr`, driven by Puppeteer over WebDriver BiDi.
// - WebKit: WebKitGTK's MiniBrowser, driven through `WebKitWebDriver` (Debian's
//   `webkit2gtk-driver`) over classic WebDriver. MiniBrowser has no headless mode, so it draws
//   into a virtual X display (`Xvfb`, Debian's `xvfb`) unless a display is already set.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './chromium.mjs';

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVER_CANDIDATES = ['/usr/bin/WebKitWebDriver'];
const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const XVFB_CANDIDATES = ['/usr/bin/Xvfb'];

/** Debian packages that provide each engine (and, for WebKit, its virtual display). */
const DEBIAN_PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

/**
 * The engines asked for in `BROWSERS` (comma-separated: `chromium`, `firefox`, `webkit`), or
 * all three.
 * @returns {Array<'chromium' | 'firefox' | 'webkit'>}
 */
export function selectedEngines() {
  const asked = (process.env.BROWSERS ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (asked.length === 0) return [...ENGINES];
  const unknown = asked.filter((name) => !ENGINES.includes(/** @type {never} */ (name)));
  if (unknown.length > 0) {
    throw new Error(`BROWSERS: unknown engine ${unknown.join(', ')}; use ${ENGINES.join(', ')}.`);
  }
  return ENGINES.filter((engine) => asked.includes(engine));
}

/** The first path that exists: the environment variable's, else a candidate's. */
function find(envName, candidates) {
  const fromEnv = envName ? process.env[envName] : undefined;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.warn(`${envName}=${fromEnv} does not exist; looking elsewhere.`);
  }
  return candidates.find((candidate) => existsSync(candidate));
}

/** @returns {string | undefined} Firefox, from `FIREFOX_PATH` or Debian's place. */
export const findFirefox = () => find('FIREFOX_PATH', FIREFOX_CANDIDATES);

/**
 * @returns {{ driver: string, browser: string } | undefined} WebKitWebDriver and the MiniBrowser
 * it starts, from `WEBKIT_DRIVER_PATH` and `WEBKIT_BROWSER_PATH` or Debian's places.
 */
export function findWebKit() {
  const driver = find('WEBKIT_DRIVER_PATH', WEBKIT_DRIVER_CANDIDATES);
  const browser = find('WEBKIT_BROWSER_PATH', MINIBROWSER_CANDIDATES);
  return driver && browser ? { driver, browser } : undefined;
}

/** @returns {string | undefined} the X server used when no `DISPLAY` is set. */
export const findXvfb = () => find('XVFB_PATH', XVFB_CANDIDATES);

/** Whether `engine` can run here now. */
export function engineReady(engine) {
  if (engine === 'chromium') return !!findChromium();
  if (engine === 'firefox') return !!findFirefox();
  return !!findWebKit() && (!!process.env.DISPLAY || !!findXvfb());
}

function isDebianLike() {
  try {
    return /ID(_LIKE)?=.*debian/i.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Makes sure each engine exists, installing Debian's packages for the missing ones when running
 * as root on Debian.
 * @param {ReadonlyArray<'chromium' | 'firefox' | 'webkit'>} engines
 * @returns {string[]} the engines still missing
 */
export function ensureEngines(engines) {
  const missing = engines.filter((engine) => !engineReady(engine));
  if (missing.length === 0) return [];
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !isDebianLike()) return missing;
  const packages = missing.flatMap((engine) => DEBIAN_PACKAGES[engine]);
  console.log(`Installing Debian packages: ${packages.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
  return missing.filter((engine) => !engineReady(engine));
}

/** A TCP port nobody listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `check()` is true, polling; rejects after `timeoutMs`. */
async function until(check, what, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await wait(100);
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

/**
 * Starts what WebKit needs: a virtual display when none is set, and WebKitWebDriver on a free
 * port. `stop()` ends both (by their process ids); they also end with this process.
 * @returns {Promise<{ port: number, browser: string, display: string, stop: () => void }>}
 */
export async function startWebKitDriver() {
  const webkit = findWebKit();
  if (!webkit) {
    throw new Error(
      'WebKit: no WebKitWebDriver and MiniBrowser. Set WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH, ' +
        'or install them (on Debian: apt-get install webkit2gtk-driver xvfb).',
    );
  }
  const children = [];
  const stop = () => {
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    }
  };
  process.once('exit', stop);
  // Stopped by a signal, this process would leave them running: end them, then let the signal
  // do what it would have done.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stop();
      process.kill(process.pid, signal);
    });
  }
  let display = process.env.DISPLAY;
  if (!display) {
    const xvfb = findXvfb();
    if (!xvfb) throw new Error('WebKit: no DISPLAY and no Xvfb (on Debian: apt-get install xvfb).');
    // `-displayfd` has the server pick a free display number and write it to us.
    const server = spawn(
      xvfb,
      ['-displayfd', '1', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    children.push(server);
    display = await new Promise((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /^(\d+)\s*$/m.exec(out);
        if (match) resolve(`:${match[1]}`);
      });
      server.once('exit', (code) => reject(new Error(`Xvfb ended (${code}) before it was ready.`)));
    });
  }
  // MiniBrowser's toolbar keeps its window at least 447 px wide; phones are 360 px. A style
  // sheet for its GTK widgets (not the page) with tiny text lets the window narrow to 305 px.
  const config = mkdtempSync(join(tmpdir(), 'webkit-gtk-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(
    join(config, 'gtk-3.0', 'gtk.css'),
    'window > box > *, window > box > * * { min-width: 0; padding: 0; margin: 0; font-size: 1px; }\n',
  );
  process.once('exit', () => rmSync(config, { recursive: true, force: true }));
  const port = await freePort();
  const driver = spawn(webkit.driver, [`--port=${port}`], {
    stdio: 'ignore',
    // WebKitGTK takes the reader's language from the locale: under the POSIX locale ("C") it
    // reports `navigator.language` "C", which no reader's browser does.
    env: {
      ...process.env,
      DISPLAY: display,
      XDG_CONFIG_HOME: config,
      LANGUAGE: 'en-US',
      ...(/^(C|POSIX)([.@]|$)/.test(process.env.LANG ?? 'C') ? { LANG: 'en_US.UTF-8' } : {}),
    },
  });
  children.push(driver);
  await until(
    async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok,
    'WebKitWebDriver to answer',
  );
  return { port, browser: webkit.browser, display, stop };
}

/** The WebDriver capabilities that start WebKitGTK's MiniBrowser for automation. */
export function webkitCapabilities(browser) {
  return {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
  };
}
