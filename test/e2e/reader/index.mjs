// The checks of what a reader meets on a whole page (the first screen, messages, the map's
// targets, the figures, print), one module per part of the catalogue. Each module exports
// `pages({ pageHtml, FEED })` (optional: the pages it serves, as [path, html] pairs, or a
// promise of them) and
// `run({ engine, browser, server, openPage, waitFor, check, deepText })`, called once per
// engine before the other end-to-end checks. A module added to this folder is run.
import { readdirSync } from 'node:fs';

const here = new URL('.', import.meta.url);

export const readerChecks = await Promise.all(
  readdirSync(here)
    .filter((file) => file.endsWith('.mjs') && file !== 'index.mjs')
    .sort()
    .map((file) => import(new URL(file, here).href)),
);
