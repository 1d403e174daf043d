#!/usr/bin/env node
// `npm run screenshots:engines`: serves the demo and saves the catalogue page as Chromium,
// Firefox and WebKit draw it, at 360 px and 1280 px, into screenshots/engines/ (for looking side
// by side, not for tests). `BROWSERS` chooses the engines, `PAGE` the page. Each picture is the
// window (WebDriver, which drives WebKit, takes no full-page screenshot), after the page has
// settled and, for a second picture, scrolled down by one window.
import { mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { selectedEngines } from './engines.mjs';
import { ENGINE_LABELS, launchEngine } from '../test/e2e/engines.mjs';
import { freePort } from './engines.mjs';

const port = Number(process.env.PORT) || (await freePort());
const path = process.env.PAGE || '/demo/catalog.html';
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));

/** Every widget has drawn its loaded state: no placeholder left in any shadow root. */
const settled = () => {
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const element of roots[i].querySelectorAll('*')) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  return roots.length > 1 && roots.every((root) => !root.querySelector('.skeleton'));
};

mkdirSync('screenshots/engines', { recursive: true });
try {
  for (const engine of selectedEngines()) {
    const browser = await launchEngine(engine);
    try {
      for (const width of [360, 1280]) {
        const page = await browser.newPage({ width, height: 800 });
        await page.goto(`http://localhost:${port}${path}?lang=en`);
        const end = Date.now() + 30_000;
        while (!(await page.evaluate(settled)) && Date.now() < end) {
          await new Promise((done) => setTimeout(done, 200));
        }
        await new Promise((done) => setTimeout(done, 500));
        for (const [index, scroll] of [0, 800].entries()) {
          await page.evaluate((y) => window.scrollTo(0, y), scroll);
          await new Promise((done) => setTimeout(done, 300));
          const file = `screenshots/engines/catalog-${width}-${index + 1}-${engine}.png`;
          await page.screenshot(file, false);
          console.log(`${ENGINE_LABELS[engine]}: ${file}`);
        }
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  server.kill();
}
