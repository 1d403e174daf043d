#!/usr/bin/env node
// Screenshots of every element, one image each, at 360 px and 1280 px, in Spanish and English,
// light and dark, into screenshots/elements/ (for looking, not for tests); with README=1, also
// the few optimised images the README and docs/ show, into docs/screenshots/.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import process from 'node:process';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { waitUntil } from '../wait-until.mjs';

const port = Number(process.env.PORT) || 8461;
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));
const origin = `http://localhost:${port}`;

const ELEMENTS = [
  ['card', '#card practice-card'],
  ['filters', '#filters practice-filters'],
  ['list', '#list practice-list'],
  ['map', '#map practice-map'],
  ['stats', '#stats practice-stats'],
  ['feed', '#feed practice-feed'],
];

const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});

async function settled(page) {
  await waitUntil(page, async function settled() {
    const { widgetsSettled } = await import('/test/a11y/deep-dom.ts');
    return widgetsSettled(document.body);
  });
  await page.waitForTimeout(200);
}

try {
  if (process.env.README === '1') {
    mkdirSync('docs/screenshots', { recursive: true });
    const shots = [
      ['/test/a11y-e2e/pages/catalog.html?lang=en', 1280, 'light', 'catalog-1280-en-light.png'],
      [
        '/test/a11y-e2e/pages/catalog.html?lang=es&theme=dark',
        360,
        'dark',
        'catalog-360-es-dark.png',
      ],
      ['/demo/themes.html?lang=es&theme=light', 1280, 'light', 'themes-1280-es-light.png'],
    ];
    for (const [path, width, colorScheme, file] of shots) {
      const context = await browser.newContext({
        viewport: { width, height: width === 360 ? 780 : 900 },
        colorScheme,
      });
      const page = await context.newPage();
      await page.goto(origin + path);
      await settled(page);
      await page.screenshot({ path: `docs/screenshots/${file}` });
      console.log(`docs/screenshots/${file}`);
      await context.close();
    }
  } else {
    mkdirSync('screenshots/elements', { recursive: true });
    for (const width of [360, 1280]) {
      for (const lang of ['es', 'en']) {
        for (const theme of ['light', 'dark']) {
          const context = await browser.newContext({
            viewport: { width, height: 900 },
            colorScheme: theme,
          });
          const page = await context.newPage();
          await page.goto(
            `${origin}/test/a11y-e2e/pages/elements.html?lang=${lang}&theme=${theme}`,
          );
          await settled(page);
          for (const [name, selector] of ELEMENTS) {
            const file = `screenshots/elements/${name}-${width}-${lang}-${theme}.png`;
            // In view first: the map loads its geometry once the reader scrolls to it.
            await page.locator(selector).scrollIntoViewIfNeeded();
            await settled(page);
            await page.locator(selector).screenshot({ path: file });
            console.log(file);
          }
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
