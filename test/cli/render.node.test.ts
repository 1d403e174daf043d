// `practice-feed render`: one element with its content as declarative shadow DOM, as a
// publisher pastes it into a page. Run from a package layout (as installed); the output read
// back as text and in Chromium (with and without scripts, with no widgets' script: what the
// page shows before the bundle arrives).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { buildServerRenderer } from '../e2e/build-bundle.mjs';
import { buildPackageLayout, type PackageLayout } from './package-layout.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = 'demo/data/practices.json';
const HOSTILE = 'test/fixtures/feeds/hostile.json';
const sample = JSON.parse(readFileSync(join(ROOT, SAMPLE), 'utf8')) as {
  practices: { id: string; countries: string[]; title: Record<string, string> }[];
};

let layout: PackageLayout;
let cdn: string;
let browser: Browser;

function cli(args: readonly string[]) {
  const result = spawnSync(process.execPath, [layout.bin, 'render', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

before(async () => {
  // No widgets' files are needed to render: an empty stand-in for dist/cdn.
  cdn = mkdtempSync(join(tmpdir(), 'practice-render-cdn-'));
  layout = buildPackageLayout({ site: { cdn } });
  await buildServerRenderer(join(layout.root, 'dist/site'));
  browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  layout?.remove();
  if (cdn) rmSync(cdn, { recursive: true, force: true });
});

describe('practice-feed render', () => {
  it('writes a list with src, its scope and every practice of the scope on its one page', () => {
    const run = cli([SAMPLE, '--element', 'list', '--lang', 'pt', '--country', 'PE,CO']);
    assert.equal(run.status, 2, 'a file needs --src or --inline');
    assert.match(run.stderr, /Missing --src URL/);
    const ok = cli([
      SAMPLE,
      '--element',
      'list',
      '--lang',
      'pt',
      '--country',
      'PE,CO',
      '--src',
      'https://data.example/feed.json',
    ]);
    assert.equal(ok.status, 0, ok.stderr);
    const inScope = sample.practices.filter((p) =>
      p.countries.some((c) => ['PE', 'CO'].includes(c)),
    );
    assert.ok(inScope.length > 0);
    assert.match(
      ok.stdout,
      new RegExp(
        `^<practice-list src="https://data.example/feed.json" lang="pt" country="PE,CO" page-size="${inScope.length}" data-rendered><template shadowroot="open" shadowrootmode="open">`,
      ),
    );
    assert.equal(ok.stdout.match(/<practice-card\b/g)?.length, inScope.length);
  });

  it('writes a card inside <practice-feed> with the feed inline, which parses back to the feed', () => {
    const id = sample.practices[0]!.id;
    const run = cli([SAMPLE, '--element', 'card', '--practice-id', id, '--lang', 'en', '--inline']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^<practice-feed lang="en">\n<script type="application\/json">/);
    const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(run.stdout)![1]!;
    assert.deepEqual(JSON.parse(json), sample);
    assert.match(
      run.stdout,
      new RegExp(`<practice-card lang="en" practice-id="${id}" layout="full" data-rendered>`),
    );
    assert.match(run.stdout, /<\/practice-card>\n<\/practice-feed>\n$/);
  });

  it('keeps a hostile feed’s text as text: in the rendered content and in the inline feed', async () => {
    const run = cli([HOSTILE, '--element', 'list', '--lang', 'es', '--inline']);
    assert.equal(run.status, 0, run.stderr);
    // The inline feed cannot close its script element: one closing tag, the script's own.
    const script = run.stdout.indexOf('<script type="application/json">');
    const end = run.stdout.indexOf('</script>');
    assert.ok(script >= 0 && end > script);
    assert.equal(run.stdout.indexOf('</script>', end + 1), -1);
    assert.equal(run.stdout.slice(script, end).includes('<', 1), false);
    const document = JSON.parse(readFileSync(join(ROOT, HOSTILE), 'utf8'));
    assert.deepEqual(JSON.parse(run.stdout.slice(script + 32, end)), document);
    // In a page with scripts on (and no widgets' script), nothing of the feed runs.
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(`<!doctype html><html lang="es"><body>${run.stdout}</body></html>`);
    await page.waitForTimeout(300);
    assert.equal(
      await page.evaluate(() => (window as { __hostile?: unknown }).__hostile),
      undefined,
    );
    const shown = await page.evaluate(() => {
      const list = document.querySelector('practice-list')!;
      return {
        cards: list.shadowRoot!.querySelectorAll('practice-card').length,
        images: list.shadowRoot!.querySelectorAll('img, iframe, svg script').length,
        title: list
          .shadowRoot!.querySelector('practice-card')!
          .shadowRoot!.querySelector('.title')!
          .textContent!.trim(),
      };
    });
    assert.ok(shown.cards > 0);
    assert.match(shown.title, /<img src=x onerror=|<script>|<svg|iframe/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows every practice of its scope, with their links, with scripts off', async () => {
    const run = cli([
      SAMPLE,
      '--element',
      'list',
      '--lang',
      'es',
      '--src',
      'https://data.example/feed.json',
    ]);
    assert.equal(run.status, 0, run.stderr);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="es"><body>${run.stdout}</body></html>`);
    for (const practice of sample.practices) {
      const title = practice.title.es!;
      assert.equal(await page.getByText(title, { exact: true }).first().isVisible(), true, title);
    }
    assert.equal(await page.locator('practice-card').count(), sample.practices.length);
    await context.close();
  });

  it('writes a catalogue whose every practice of the scope a reader reads with scripts off, on a phone', async () => {
    const run = cli([
      SAMPLE,
      '--element',
      'catalog',
      '--lang',
      'es',
      '--country',
      'PE,CO',
      '--src',
      'https://data.example/feed.json',
    ]);
    assert.equal(run.status, 0, run.stderr);
    const inScope = sample.practices.filter((p) =>
      p.countries.some((c) => ['PE', 'CO'].includes(c)),
    );
    const outOfScope = sample.practices.filter((p) => !inScope.includes(p));
    assert.ok(inScope.length > 1 && outOfScope.length > 0);
    assert.match(
      run.stdout,
      new RegExp(
        `^<practice-catalog src="https://data.example/feed.json" lang="es" country="PE,CO" page-size="${inScope.length}" data-rendered><template shadowroot="open" shadowrootmode="open">`,
      ),
    );
    // Its parts as they show once the feed is read: no loading state anywhere.
    assert.doesNotMatch(run.stdout, /class="[^"]*skeleton/);
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 640 },
    });
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="es"><body>${run.stdout}</body></html>`);
    for (const practice of inScope) {
      const title = practice.title.es!;
      const heading = page.getByRole('heading', { name: title, exact: true }).first();
      assert.equal(await heading.isVisible(), true, title);
      const box = (await heading.boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= 360, `${title} within a 360 px screen`);
    }
    for (const practice of outOfScope) {
      assert.equal(await page.getByText(practice.title.es!, { exact: true }).count(), 0);
    }
    assert.equal(await page.locator('practice-card').count(), inScope.length);
    // The header's count, in the reader's language; the tabs (in it too) are there but not shown
    // until the script can act on them, and with scripts off they keep no room.
    assert.equal(
      await page.getByText(`${inScope.length} prácticas`, { exact: true }).first().isVisible(),
      true,
    );
    const tab = page.getByRole('tab', { name: 'Mapa', includeHidden: true });
    assert.equal(await tab.count(), 1);
    assert.equal(await tab.isVisible(), false);
    assert.equal(await tab.boundingBox(), null, 'no room kept for the tab');
    await context.close();
  });

  it('writes a catalogue with its feed inline, in its own script, which parses back to the feed', async () => {
    const run = cli([HOSTILE, '--element', 'catalog', '--lang', 'en', '--inline']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /^<practice-catalog lang="en" page-size="\d+" data-rendered><template /,
    );
    assert.match(
      run.stdout,
      /<\/template><script type="application\/json">[^<]*<\/script><\/practice-catalog>\n$/,
    );
    const json = /<script type="application\/json">([^<]*)<\/script>/.exec(run.stdout)![1]!;
    assert.deepEqual(JSON.parse(json), JSON.parse(readFileSync(join(ROOT, HOSTILE), 'utf8')));
    // In a page with scripts on (and no widgets' script), the feed's hostile text is text.
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(`<!doctype html><html lang="en"><body>${run.stdout}</body></html>`);
    await page.waitForTimeout(300);
    assert.equal(
      await page.evaluate(() => (window as { __hostile?: unknown }).__hostile),
      undefined,
    );
    // `window.document`: a bare `document` here would make the build rename this file's own
    // `document` (the feed, above), which other tests hand to the page by name.
    const title = await page.evaluate(
      () =>
        window.document
          .querySelector('practice-catalog')!
          .shadowRoot!.querySelector('practice-list')!
          .shadowRoot!.querySelector('practice-card')!
          .shadowRoot!.querySelector('.title')!.textContent,
    );
    assert.match(title!, /<img src=x onerror=|<script>|<svg|iframe/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('with --practice-url, writes the list’s titles as links to the practices’ pages, and refuses a template that is not an address', async () => {
    const run = cli([
      SAMPLE,
      '--element',
      'list',
      '--lang',
      'en',
      '--inline',
      '--practice-url',
      '/en/practices/{id}/',
    ]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /<practice-list [^>]*practice-url="\/en\/practices\/\{id\}\/"/);
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.setContent(run.stdout);
    // (A script's text: the test's compiler renames `document` where a test declares its own.)
    const hrefs = (await page.evaluate(`[
      ...document.querySelector('practice-list').shadowRoot.querySelectorAll('practice-card'),
    ].map((card) => card.shadowRoot.querySelector('.title a')?.getAttribute('href'))`)) as (
      string | undefined
    )[];
    await page.close();
    assert.deepEqual(
      [...hrefs].sort(),
      sample.practices.map((p) => `/en/practices/${encodeURIComponent(p.id)}/`).sort(),
    );
    for (const bad of ['javascript:{id}', '/en/practices/', 'https://x.example/"{id}']) {
      const refused = cli([SAMPLE, '--element', 'list', '--inline', '--practice-url', bad]);
      assert.equal(refused.status, 2, bad);
      assert.match(refused.stderr, /--practice-url takes/);
    }
  });

  it('writes the figures rendered, not their loading state', () => {
    const run = cli([SAMPLE, '--element', 'stats', '--lang', 'fr', '--inline']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /<practice-stats lang="fr"/);
    assert.doesNotMatch(run.stdout, /class="[^"]*skeleton/);
    assert.match(run.stdout, /class="bar"/);
  });

  it('refuses what it cannot write, with the usage and exit code 2; a feed it cannot use, 1', () => {
    const usage = (args: string[], message: RegExp) => {
      const run = cli(args);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Usage: practice-feed render/);
      assert.equal(run.stdout, '');
    };
    usage(
      [SAMPLE, '--element', 'filters', '--inline'],
      /--element takes catalog, list, card, stats or map; not "filters"/,
    );
    usage([SAMPLE, '--inline'], /--element takes catalog, list, card, stats or map/);
    usage(
      [SAMPLE, '--element', 'stats', '--inline', '--page-size', '3'],
      /for --element list or catalog/,
    );
    usage([SAMPLE, '--element', 'card', '--inline'], /needs --practice-id/);
    usage(
      [SAMPLE, '--element', 'list', '--inline', '--lang', 'de'],
      /--lang takes es, en, pt or fr/,
    );
    usage([SAMPLE, '--element', 'list', '--inline', '--src', 'x.json'], /exclude each other/);
    usage(
      [SAMPLE, '--element', 'list', '--inline', '--page-size', 'ten'],
      /--page-size takes a whole number/,
    );
    usage([SAMPLE, '--element', 'list', '--inline', '--layout', 'full'], /for --element card/);
    usage([SAMPLE, '--element', 'list', '--inlin'], /did you mean --inline/);
    const missing = cli([SAMPLE, '--element', 'card', '--practice-id', 'no-such', '--inline']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /No practice "no-such"/);
    const broken = cli(['test/fixtures/csv/practices.csv', '--element', 'list', '--inline']);
    assert.equal(broken.status, 1);
    const help = spawnSync(process.execPath, [layout.bin, 'render', '--help'], {
      encoding: 'utf8',
    });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: practice-feed render/);
  });
});
