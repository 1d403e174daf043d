// What the checks of the built files share: a local server over the repository, headless
// Chromium, named checks, and the closing "N passed, N failed" line with the exit code.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

/** Headless Chromium as the checks of the built files run it. */
export function launchChromium() {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * Named checks: `check(name, ok, detail)` prints one line, and `finish()` prints the totals and
 * exits, 1 when any check failed or none ran.
 */
export function namedChecks() {
  const results = [];
  const check = (name, ok, detail = '') => {
    results.push(ok);
    console.log(`${ok ? 'ok' : 'FAIL'} - ${name}${ok || !detail ? '' : `: ${detail}`}`);
  };
  const finish = () => {
    const passed = results.filter(Boolean).length;
    const failed = results.length - passed;
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed || results.length === 0 ? 1 : 0);
  };
  return { check, finish };
}

/**
 * Runs `checks({ server, browser, check })` against the built `requiredFile`, then prints the
 * totals and exits: 1 when any check failed or the build is missing.
 */
export async function runBundleChecks(requiredFile, checks) {
  if (!existsSync(requiredFile)) {
    console.error(`No ${requiredFile}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const server = await startStaticServer('.');
  const browser = await launchChromium();
  const { check, finish } = namedChecks();
  try {
    await checks({ server, browser, check });
  } finally {
    await browser.close();
    await server.close();
  }
  finish();
}
