#!/usr/bin/env node
// Makes sure the browser engines the tests run in exist, so that `npm test` passes on a fresh
// machine: Chromium, Firefox and WebKit, or those named in `BROWSERS` (comma-separated). For each:
// its environment variable (CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH and
// WEBKIT_BROWSER_PATH), the usual places, then (as root on Debian) Debian's packages. Test tools
// never download a browser of their own here.
import { ensureEngines, selectedEngines } from './engines.mjs';

const engines = selectedEngines();
const missing = ensureEngines(engines);
if (missing.length === 0) {
  console.log(`Browser engines: ${engines.join(', ')}`);
  process.exit(0);
}
console.error(
  `Missing browser engines: ${missing.join(', ')}. Set CHROME_PATH, FIREFOX_PATH, ` +
    'WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH, install them (on Debian: apt-get install ' +
    'chromium firefox-esr webkit2gtk-driver xvfb), or choose others with BROWSERS=chromium,firefox,webkit.',
);
process.exit(1);
