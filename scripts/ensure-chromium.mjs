#!/usr/bin/env node
// Makes sure a Chromium exists for the browser tests, so that `npm test` passes on a fresh
// machine. Order: CHROME_PATH, a Chromium on the PATH, then (as root on Debian) Debian's
// package. Test tools never download a browser of their own here.
import { findChromium, installDebianChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}
const installed = installDebianChromium();
if (installed) {
  console.log(`Chromium installed: ${installed}`);
  process.exit(0);
}
console.error(
  'No Chromium found. Set CHROME_PATH to a Chromium or Chrome binary, or install one ' +
    '(on Debian: apt-get install chromium).',
);
process.exit(1);
