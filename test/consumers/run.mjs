#!/usr/bin/env node
/*
 * `npm run test:consumers`, after `npm run build`: the package as a partner's developer meets it.
 * It is packed (`npm pack`) and installed from the tarball into three fresh Vite projects (React
 * 18, React 19, Vue 3), each is built with `vite build`, and each built app is loaded in headless
 * Chromium, which must show the practices.
 *
 * The projects install with `npm install --prefer-offline`: from npm's cache when it has the
 * packages, from the registry the first time.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HERE = fileURLToPath(new URL('./', import.meta.url));

/** Each consumer project: its dependencies and its source folder under test/consumers. */
const PROJECTS = [
  { name: 'react-18', source: 'react', dependencies: { react: '^18.3.1', 'react-dom': '^18.3.1' } },
  { name: 'react-19', source: 'react', dependencies: { react: '^19.0.0', 'react-dom': '^19.0.0' } },
  { name: 'vue-3', source: 'vue', dependencies: { vue: '^3.5.0' } },
];
const VITE = '^6.4.1';

if (!existsSync(join(ROOT, 'dist/npm/index.js'))) {
  console.error('No build: run `npm run build` first.');
  process.exit(1);
}

const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? 'ok' : 'FAIL'} - ${name}${ok || !detail ? '' : `: ${detail}`}`);
};
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const work = mkdtempSync(join(tmpdir(), 'practice-widgets-consumers-'));
const started = Date.now();
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const [pack] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT),
  );
  const tarball = join(work, pack.filename);

  for (const project of PROJECTS) {
    const dir = join(work, project.name);
    mkdirSync(dir);
    cpSync(join(HERE, project.source), dir, { recursive: true });
    mkdirSync(join(dir, 'public'), { recursive: true });
    // The sample feed, as a file the app fetches and as a module it imports.
    cpSync(join(ROOT, 'demo/data/practices.json'), join(dir, 'public/practices.json'));
    cpSync(join(ROOT, 'demo/data/practices.json'), join(dir, 'src/practices.json'));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify(
        {
          name: `practice-widgets-consumer-${project.name}`,
          private: true,
          type: 'module',
          dependencies: { 'practice-widgets': `file:${tarball}`, ...project.dependencies },
          devDependencies: { vite: VITE },
        },
        null,
        2,
      ),
    );
    const begin = Date.now();
    try {
      run(
        'npm',
        ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
        dir,
      );
      run(
        process.execPath,
        [join(dir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
        dir,
      );
    } catch (error) {
      check(
        `${project.name}: installs from the tarball and builds`,
        false,
        `${error.stdout}${error.stderr}`,
      );
      continue;
    }
    check(
      `${project.name}: installs from the tarball and builds (${((Date.now() - begin) / 1000).toFixed(0)} s)`,
      true,
    );

    const server = await startStaticServer(join(dir, 'dist'));
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      await page.goto(`${server.url}/index.html`);
      const shown = (id, pattern) =>
        page
          .waitForFunction(
            ([id, source]) =>
              new RegExp(source).test(document.getElementById(id)?.shadowRoot?.textContent ?? ''),
            [id, pattern.source],
            { timeout: 15_000 },
          )
          .then(() => true)
          .catch(() => false);
      check(
        `${project.name}: a card given the feed object shows its practice`,
        await shown('card', /Semilla Digital/),
        await page.evaluate(() => document.getElementById('card')?.outerHTML.slice(0, 200)),
      );
      check(
        `${project.name}: a list with its own src shows the practices`,
        await shown('list', /10 practices/),
      );
      const version = await page.locator('#framework-version').textContent();
      check(
        `${project.name}: runs the intended framework version`,
        version?.startsWith(project.name.split('-')[1]) ?? false,
        version ?? '',
      );
      check(`${project.name}: no error in the page`, errors.length === 0, errors.join('\n'));
    } finally {
      await page.close();
      await server.close();
    }
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((ok) => !ok).length;
console.log(
  `${results.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
process.exit(failed || results.length === 0 ? 1 : 0);
