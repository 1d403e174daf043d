#!/usr/bin/env node
// `npm run screenshots`: serves the demo and saves screenshots of it at 320, 360, 768 and
// 1280 px, in Spanish, English, Portuguese and French, light and dark (`PAGE=/demo/catalog.html`
// for the whole catalogue; `WIDTHS=360,1280` and `LANGS=es` narrow it), into screenshots/ (for looking, not for tests).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const port = Number(process.env.PORT) || 8123;
const page = process.env.PAGE || '/demo/';
const name = page
  .replace(/\/$/, '/index')
  .split('/')
  .pop()
  .replace(/\.html$/, '');
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const listed = (value, all) => (value ? value.split(',') : all);
  for (const width of listed(process.env.WIDTHS, [320, 360, 768, 1280]).map(Number)) {
    for (const lang of listed(process.env.LANGS, ['es', 'en', 'pt', 'fr'])) {
      for (const theme of ['light', 'dark']) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: theme,
        });
        const tab = await context.newPage();
        await tab.goto(`http://localhost:${port}${page}?lang=${lang}&theme=${theme}`);
        await tab.waitForLoadState('networkidle');
        await tab.waitForTimeout(300);
        const file = `screenshots/${name}-${width}-${lang}-${theme}.png`;
        await tab.screenshot({ path: file, fullPage: true });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
