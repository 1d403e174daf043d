// `practice-feed site`: the static catalogue site, as a publisher gets it and as readers, search
// engines and link previews read it. The tool runs from a package layout (as installed), the
// pages are read back from disk and in Chromium: scripts off for a practice's page, and every
// page's DOM (declarative shadow roots included) checked for one h1, its language and no
// nested interactive elements; every link of every page resolves.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { buildCdnBundle, buildServerRenderer } from '../e2e/build-bundle.mjs';
import { buildPackageLayout, type PackageLayout } from './package-layout.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BASE = 'https://example.org/practicas/';
const LANGUAGES = ['es', 'en', 'pt', 'fr'];
const feed = JSON.parse(readFileSync(join(ROOT, 'demo/data/practices.json'), 'utf8')) as {
  practices: { id: string; title: Record<string, string> }[];
};
const IDS = feed.practices.map((practice) => practice.id);

let layout: PackageLayout;
let scratch: string;
let cdn: string;

function cli(args: readonly string[]) {
  const result = spawnSync(process.execPath, [layout.bin, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, as paths relative to it with `/`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

before(async () => {
  cdn = await buildCdnBundle();
  layout = buildPackageLayout({ site: { cdn } });
  await buildServerRenderer(join(layout.root, 'dist/site'));
  scratch = mkdtempSync(join(tmpdir(), 'practice-site-'));
});

after(() => {
  layout?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  if (cdn) rmSync(cdn, { recursive: true, force: true });
});

describe('practice-feed site', () => {
  let out: string;
  let files: string[];
  const html = (path: string) => readFileSync(join(out, path), 'utf8');

  before(() => {
    out = join(scratch, 'site');
    const run = cli(['site', 'demo/data/practices.json', '--out', out, '--base-url', BASE]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stderr,
      /45 pages and 56 embed pages for 10 practices in es, en, pt, fr written to/,
    );
    files = filesUnder(out);
  });

  it('writes a catalogue and a page per practice in each language, the feed and the widgets', () => {
    for (const lang of LANGUAGES) {
      assert.ok(files.includes(`${lang}/index.html`), `${lang}/index.html`);
      for (const id of IDS) assert.ok(files.includes(`${lang}/${id}/index.html`), `${lang}/${id}`);
    }
    for (const file of ['index.html', 'sitemap.xml', 'robots.txt', 'site.css', 'feed.json']) {
      assert.ok(files.includes(file), file);
    }
    assert.ok(files.includes('widgets/practice-widgets.js'));
    assert.ok(files.includes('widgets/practice-widgets.css'));
    assert.deepEqual(
      JSON.parse(html('feed.json')),
      JSON.parse(readFileSync(join(ROOT, 'demo/data/practices.json'), 'utf8')),
      'the feed is served as given',
    );
    assert.match(html('robots.txt'), /^Sitemap: https:\/\/example\.org\/practicas\/sitemap\.xml$/m);
  });

  it('gives each practice page its language, canonical address, alternates and preview tags', () => {
    // The sample feed has no Portuguese title: the page is in Portuguese, the title in Spanish.
    const page = html('pt/digital-seed/index.html');
    assert.match(page, /<html lang="pt">/);
    assert.match(page, /<title>Semilla Digital · Segundo Mapeamento de Boas Práticas/);
    assert.match(
      page,
      /<link rel="canonical" href="https:\/\/example\.org\/practicas\/pt\/digital-seed\/" \/>/,
    );
    for (const lang of LANGUAGES) {
      assert.match(
        page,
        new RegExp(
          `<link rel="alternate" hreflang="${lang}" href="${BASE}${lang}/digital-seed/" />`,
        ),
      );
    }
    assert.match(
      page,
      /hreflang="x-default" href="https:\/\/example\.org\/practicas\/es\/digital-seed\/"/,
    );
    assert.match(page, /<meta property="og:title" content="Semilla Digital · [^"]+" \/>/);
    assert.match(page, /<meta property="og:description" content="[^"]{40,}" \/>/);
    assert.match(page, /<meta property="og:locale" content="pt_BR" \/>/);
    assert.match(page, /<meta name="twitter:card" content="summary(_large_image)?" \/>/);
  });

  it('describes each practice and the catalogue in JSON-LD that parses', () => {
    for (const lang of LANGUAGES) {
      for (const id of IDS) {
        const page = html(`${lang}/${id}/index.html`);
        const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page);
        assert.ok(script, `${lang}/${id}: JSON-LD`);
        const data = JSON.parse(script[1]!);
        assert.equal(data['@context'], 'https://schema.org');
        assert.equal(data['@type'], 'CreativeWork');
        assert.equal(data.url, `${BASE}${lang}/${id}/`);
        assert.equal(data.inLanguage, lang);
        assert.ok(data.name.length > 0);
        assert.ok(
          data.spatialCoverage.every((place: { '@type': string }) => place['@type'] === 'Country'),
        );
        assert.equal(data.isPartOf['@type'], 'Dataset');
      }
      const catalog = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(
        html(`${lang}/index.html`),
      );
      const dataset = JSON.parse(catalog![1]!);
      assert.equal(dataset['@type'], 'Dataset');
      assert.equal(dataset.distribution.contentUrl, `${BASE}feed.json`);
    }
    const seed = JSON.parse(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(
        html('es/digital-seed/index.html'),
      )![1]!,
    );
    assert.equal(seed.name, 'Semilla Digital');
    assert.deepEqual(
      seed.spatialCoverage.map((place: { identifier: string }) => place.identifier),
      ['CO'],
    );
  });

  it('lists every page in every language in the sitemap, each with its alternates', () => {
    const map = html('sitemap.xml');
    const urls = [...map.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const expected = [
      BASE,
      ...LANGUAGES.map((lang) => `${BASE}${lang}/`),
      ...IDS.flatMap((id) => LANGUAGES.map((lang) => `${BASE}${lang}/${id}/`)),
    ];
    assert.deepEqual([...urls].sort(), [...expected].sort());
    const entry =
      /<url>\s*<loc>https:\/\/example\.org\/practicas\/fr\/steam-zone\/<\/loc>[\s\S]*?<\/url>/.exec(
        map,
      )![0];
    for (const lang of LANGUAGES) {
      assert.match(entry, new RegExp(`hreflang="${lang}" href="${BASE}${lang}/steam-zone/"`));
    }
    // Every listed address is a page of the site.
    for (const url of urls) {
      const path = url!.slice(BASE.length);
      assert.ok(files.includes(`${path}index.html`), url);
    }
  });

  it('writes the embed pages for every language and practice: lang, title, noindex, policy', () => {
    const embeds = LANGUAGES.flatMap((lang) => [
      ...['list', 'stats', 'map', 'catalog'].map((widget) => `${lang}/embed/${widget}.html`),
      ...IDS.map((id) => `${lang}/${id}/embed.html`),
    ]);
    for (const file of embeds) {
      assert.ok(files.includes(file), file);
      const page = html(file);
      const lang = file.slice(0, 2);
      assert.match(page, new RegExp(`<html lang="${lang}">`), file);
      assert.match(page, /<title>[^<]+ · [^<]+<\/title>/, file);
      assert.match(page, /<meta name="robots" content="noindex" \/>/, file);
      assert.match(page, /<meta name="referrer" content="no-referrer" \/>/, file);
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page);
      assert.ok(policy, `${file}: a Content-Security-Policy`);
      assert.match(policy[1]!, /script-src 'self';/);
      assert.match(policy[1]!, /connect-src 'self';/);
      assert.doesNotMatch(policy[1]!, /unsafe-inline|unsafe-eval|\*/, file);
      // The generic embed page's script, which reports the height, and no inline script.
      assert.match(page, /<script type="module" src="\.\.\/\.\.\/widgets\/embed\.js"><\/script>/);
      assert.doesNotMatch(page, /<script(?![^>]*\ssrc=)[^>]*>/, `${file}: no inline script`);
      assert.doesNotMatch(page, /\sstyle="/, `${file}: no inline style attribute`);
      assert.doesNotMatch(page, /application\/ld\+json|rel="canonical"/, file);
    }
    // What a reader sees before any script: the rendered content, in its shadow root.
    for (const lang of LANGUAGES) {
      for (const id of IDS) {
        const page = html(`${lang}/${id}/embed.html`);
        assert.match(page, new RegExp(`<practice-card [^>]*practice-id="${id}"`));
        assert.match(page, /<template shadowroot(mode)?="open"/);
        assert.match(page, /src="\.\.\/\.\.\/feed\.json"/);
      }
      assert.match(html(`${lang}/embed/list.html`), /<practice-list [^>]*page-size="12"/);
      assert.match(html(`${lang}/embed/stats.html`), /<template shadowroot(mode)?="open"/);
      assert.match(html(`${lang}/embed/map.html`), /<practice-map src="\.\.\/\.\.\/feed\.json"/);
      assert.match(
        html(`${lang}/embed/catalog.html`),
        /<practice-catalog src="\.\.\/\.\.\/feed\.json"/,
      );
    }
    assert.match(html('en/digital-seed/embed.html'), /<title>Digital Seed · Second Mapping/);
    assert.match(html('fr/embed/map.html'), /<title>Carte · /);
    // The script that reports the height, and the one a host page loads to follow it.
    assert.ok(files.includes('widgets/embed.js'));
    assert.ok(files.includes('widgets/embed.css'));
    assert.ok(files.includes('widgets/embed-resize.js'));
    assert.ok(!files.includes('widgets/embed.html'), 'not the generic embed page');
  });

  it('keeps the embed pages out of the sitemap', () => {
    assert.doesNotMatch(html('sitemap.xml'), /embed/);
  });

  describe('in Chromium', () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof startStaticServer>>;

    before(async () => {
      browser = await chromium.launch({
        executablePath: findChromium(),
        headless: true,
        args: CHROMIUM_ARGS,
      });
      server = await startStaticServer(out);
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows a practice whole with scripts off', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.url}/es/digital-seed/`);
      assert.equal(
        await page.getByText('Semilla Digital', { exact: true }).first().isVisible(),
        true,
      );
      assert.equal(await page.getByText('Por qué es una buena práctica').first().isVisible(), true);
      assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
      assert.equal(
        (await page.getByRole('heading', { level: 1 }).textContent())?.trim(),
        'Semilla Digital',
      );
      await context.close();
    });

    it('an embed page shows its practice with scripts off, styled within its own policy', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (message) => {
        if (/Content.Security.Policy|Refused to/i.test(message.text()))
          refused.push(message.text());
      });
      await page.goto(`${server.url}/es/digital-seed/embed.html`);
      assert.equal(
        await page.getByText('Semilla Digital', { exact: true }).first().isVisible(),
        true,
      );
      assert.equal(await page.getByText('Por qué es una buena práctica').first().isVisible(), true);
      // The rendered `<style>` elements apply: the policy allows them by their hashes.
      const card = await page.evaluate(() => {
        const style = getComputedStyle(
          document.querySelector('practice-card')!.shadowRoot!.querySelector('.card')!,
        );
        return { display: style.display, border: style.borderTopWidth };
      });
      assert.deepEqual(card, { display: 'flex', border: '1px' });
      assert.deepEqual(refused, []);
      await context.close();
    });

    it('an embed page takes its rendered card over: the same nodes, one request for the feed, nothing refused', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const feeds: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/feed.json')) feeds.push(request.url());
      });
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'warning' || message.type() === 'error')
          problems.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return;
          const card = document.querySelector('practice-card')!;
          Object.assign(window, {
            rendered: { card, title: card.shadowRoot!.querySelector('.title') },
          });
        });
      });
      await page.goto(`${server.url}/fr/steam-zone/embed.html`);
      await page.waitForFunction(
        () =>
          (document.querySelector('practice-card') as (Element & { hasUpdated?: boolean }) | null)
            ?.hasUpdated === true,
        undefined,
        { timeout: 30_000 },
      );
      const same = await page.evaluate(() => {
        const { card, title } = (
          window as unknown as { rendered: { card: Element; title: Element } }
        ).rendered;
        const now = document.querySelector('practice-card')!;
        return { card: now === card, title: now.shadowRoot!.querySelector('.title') === title };
      });
      assert.deepEqual(same, { card: true, title: true });
      assert.equal(feeds.length, 1, feeds.join(' '));
      assert.deepEqual(problems, []);
      await context.close();
    });

    it('the map and the catalogue embed pages draw from the site’s feed within their policy', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'warning' || message.type() === 'error')
          problems.push(message.text());
      });
      await page.goto(`${server.url}/pt/embed/catalog.html`);
      await page
        .locator('practice-catalog practice-list practice-card')
        .first()
        .waitFor({ timeout: 30_000 });
      await page.goto(`${server.url}/en/embed/map.html`);
      await page.locator('practice-map #legend-title').waitFor({ timeout: 30_000 });
      assert.deepEqual(problems, []);
      await context.close();
    });

    it('the map embed page shows its rendered map before the widgets’ script, and with scripts off', async () => {
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({
          javaScriptEnabled,
          viewport: { width: 360, height: 800 },
        });
        const page = await context.newPage();
        // The widgets' script never arrives here: what the page shows before it.
        await page.route('**/widgets/practice-widgets.js', (route) => route.abort());
        await page.goto(`${server.url}/es/embed/map.html`);
        const shown = await page.evaluate(`(() => {
          const root = document.querySelector('practice-map').shadowRoot;
          const svg = root.querySelector('.frame > svg.map');
          const box = svg.getBoundingClientRect();
          return {
            defined: customElements.get('practice-map') !== undefined,
            width: Math.round(box.width) > 300,
            height: Math.round(box.height) > 400,
            countries: root.querySelectorAll('.frame path').length > 20,
            legend: /\\d/.test(root.querySelector('.legend').textContent),
          };
        })()`);
        assert.deepEqual(
          shown,
          { defined: false, width: true, height: true, countries: true, legend: true },
          `scripts ${javaScriptEnabled ? 'on' : 'off'}`,
        );
        await context.close();
      }
    });

    for (const width of [360, 1280]) {
      it(`the map embed page at ${width} px takes its rendered map over within its policy: the same drawing, no layout shift from navigation, then drawn for its width`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'warning' || message.type() === 'error')
            problems.push(message.text());
        });
        await page.addInitScript({
          content: `
            window.shifts = [];
            new PerformanceObserver((entries) => {
              for (const entry of entries.getEntries()) window.shifts.push(entry.value);
            }).observe({ type: 'layout-shift', buffered: true });
            document.addEventListener('readystatechange', () => {
              if (document.readyState !== 'interactive') return;
              const root = document.querySelector('practice-map').shadowRoot;
              window.parsed = {
                frame: root.querySelector('.frame'),
                svg: root.querySelector('.frame > svg.map'),
                box: root.querySelector('.frame').getBoundingClientRect().toJSON(),
              };
            });`,
        });
        await page.goto(`${server.url}/es/embed/map.html`);
        await page.waitForFunction(
          () =>
            (document.querySelector('practice-map') as (Element & { hasUpdated?: boolean }) | null)
              ?.hasUpdated === true,
          undefined,
          { timeout: 30_000 },
        );
        await page.waitForTimeout(500);
        const after = await page.evaluate(`(() => {
          const root = document.querySelector('practice-map').shadowRoot;
          const { frame, svg, box } = window.parsed;
          const now = root.querySelector('.frame').getBoundingClientRect().toJSON();
          return {
            frame: root.querySelector('.frame') === frame,
            svg: root.querySelector('.frame > svg.map') === svg,
            box: JSON.stringify(now) === JSON.stringify(box),
            shifts: window.shifts,
          };
        })()`);
        assert.deepEqual(after, { frame: true, svg: true, box: true, shifts: [] });
        assert.deepEqual(problems, []);
        await context.close();
      });
    }

    /** A partner's page holding `embed` (`es/embed/list.html`) in an iframe, 360 px wide. */
    async function hostPage(javaScriptEnabled: boolean, embed: string) {
      const context = await browser.newContext({
        javaScriptEnabled,
        viewport: { width: 400, height: 800 },
      });
      const page = await context.newPage();
      await page.route(`${server.url}/partner.html`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="es"><title>Partner</title><h1>Partner</h1><iframe src="/${embed}" title="Prácticas" style="width: 360px; height: 700px"></iframe></html>`,
        }),
      );
      await page.goto(`${server.url}/partner.html`);
      const frame = page.frames().find((candidate) => candidate.url().endsWith(embed))!;
      await frame.waitForLoadState();
      return { context, page, frame };
    }

    /** The practice links in a frame's rendered widgets, resolved, and its base target. */
    const embedLinks = `(() => {
      const roots = [document];
      for (let i = 0; i < roots.length; i++) {
        for (const element of roots[i].querySelectorAll('*')) {
          if (element.shadowRoot) roots.push(element.shadowRoot);
        }
      }
      const links = roots.flatMap((root) => [...root.querySelectorAll('a.open[href], a.marker[href]')]);
      return {
        links: links.map((link) => new URL(link.getAttribute('href'), document.baseURI).pathname),
        target: document.querySelector('base')?.target,
      };
    })()`;

    it('the list and map embed pages link their practices to pages the site wrote, opening in the top window, with scripts off', async () => {
      for (const embed of ['es/embed/list.html', 'es/embed/map.html']) {
        const { context, page, frame } = await hostPage(false, embed);
        const { links, target } = (await frame.evaluate(embedLinks)) as {
          links: string[];
          target: string | undefined;
        };
        assert.equal(target, '_top', embed);
        assert.ok(links.length > 0, `${embed}: links`);
        for (const link of links) {
          assert.ok(files.includes(`${link.slice(1)}index.html`), `${embed}: ${link}`);
        }
        if (embed.endsWith('list.html')) {
          // Every practice of the list's first page (all 10 here), each to its own page.
          assert.deepEqual([...links].sort(), IDS.map((id) => `/es/${id}/`).sort());
        }
        // A reader's click leaves the partner's page for the practice's, not inside the frame.
        await frame.locator('a.open[href], a.marker[href]').first().click();
        await page.waitForURL(`${server.url}${links[0]}`);
        assert.equal(page.frames().length, 1, `${embed}: the partner's page left`);
        await context.close();
      }
    });

    it('after the takeover in an iframe, a map marker’s plain click opens its practice’s page in the top window; the list opens a practice in place', async () => {
      const map = await hostPage(true, 'es/embed/map.html');
      await map.frame.waitForFunction(
        () =>
          (document.querySelector('practice-map') as (Element & { hasUpdated?: boolean }) | null)
            ?.hasUpdated === true,
        undefined,
        { timeout: 30_000 },
      );
      const marker = map.frame.locator('a.marker[href]').first();
      const href = await marker.getAttribute('href');
      await marker.click();
      await map.page.waitForURL(new URL(href!, `${server.url}/es/embed/map.html`).href);
      await map.context.close();

      const list = await hostPage(true, 'es/embed/list.html');
      await list.frame.waitForFunction(
        () =>
          (document.querySelector('practice-list') as (Element & { hasUpdated?: boolean }) | null)
            ?.hasUpdated === true,
        undefined,
        { timeout: 30_000 },
      );
      await list.frame.locator('practice-card .title a').first().click();
      await list.frame.locator('practice-list dialog[open]').waitFor({ timeout: 10_000 });
      assert.equal(list.page.url(), `${server.url}/partner.html`);
      await list.context.close();
    });

    it('with scripts off, the map embed page and the catalogue show no control that needs the script', async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 360, height: 800 },
      });
      const page = await context.newPage();
      await page.goto(`${server.url}/es/embed/map.html`);
      for (const name of ['Acercar', 'Ver como tabla']) {
        const control = page.getByRole('button', { name, includeHidden: true });
        // Not shown, and the room kept for it while the script is on its way (scripted-controls
        // test) is not kept where scripts are off: no box at all.
        assert.equal(await control.isVisible(), false, name);
        assert.equal(await control.boundingBox(), null, `${name}: no room`);
      }
      assert.equal(await page.getByText('Prácticas por país').isVisible(), true);
      await page.goto(`${server.url}/es/`);
      for (const control of [
        page.getByRole('searchbox', { includeHidden: true }),
        page.getByRole('tab', { name: 'Mapa', includeHidden: true }),
      ]) {
        assert.equal(await control.isVisible(), false);
        assert.equal(await control.boundingBox(), null);
      }
      assert.equal(
        await page.getByRole('link', { name: 'STEAM sin barreras' }).first().isVisible(),
        true,
      );
      // The practices are counted once (the list's count), and the filters, which need the
      // script, take no room above them.
      assert.equal(await page.getByText('10 prácticas').filter({ visible: true }).count(), 1);
      assert.equal(await page.locator('practice-filters').boundingBox(), null);
      await context.close();
    });

    it('every page: its language, one h1, no interactive element inside another, links that resolve', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const pages = files.filter((file) => file.endsWith('.html'));
      assert.equal(pages.length, 45 + 56);
      for (const file of pages) {
        const path = `/${file.replace(/index\.html$/, '')}`;
        await page.goto(`${server.url}${path}`);
        const found = await page.evaluate(() => {
          const roots: (Document | ShadowRoot)[] = [document];
          for (let i = 0; i < roots.length; i++) {
            for (const element of roots[i]!.querySelectorAll('*')) {
              if (element.shadowRoot) roots.push(element.shadowRoot);
            }
          }
          const all = roots.flatMap((root) => [...root.querySelectorAll('*')]);
          const interactive = 'a[href], button, input, select, textarea, summary';
          return {
            lang: document.documentElement.lang,
            h1: all.filter(
              (element) =>
                element.localName === 'h1' ||
                (element.getAttribute('role') === 'heading' &&
                  element.getAttribute('aria-level') === '1'),
            ).length,
            nested: all
              .filter((element) => element.matches(interactive))
              .filter((element) => element.parentElement?.closest(interactive))
              .map((element) => element.outerHTML.slice(0, 80)),
            links: all
              .flatMap((element) => [element.getAttribute('href'), element.getAttribute('src')])
              .filter((value): value is string => Boolean(value))
              .map((value) => new URL(value, location.href).href),
          };
        });
        const lang = /^(es|en|pt|fr)\//.exec(file)?.[1] ?? 'es';
        assert.equal(found.lang, lang, `${file}: lang`);
        // An embed page is part of the host page's: it has no title heading of its own.
        if (isEmbed(file)) assert.ok(found.h1 <= 1, `${file}: at most one h1`);
        else assert.equal(found.h1, 1, `${file}: one h1`);
        assert.deepEqual(found.nested, [], `${file}: nested interactive elements`);
        for (const link of found.links) {
          const local = link.startsWith(server.url)
            ? link.slice(server.url.length + 1)
            : link.startsWith(BASE)
              ? link.slice(BASE.length)
              : undefined;
          if (local === undefined) continue; // another site's address (a publisher, a source)
          const target = local.split(/[?#]/)[0]!;
          const exists = existsSync(
            join(out, target.endsWith('/') || target === '' ? `${target}index.html` : target),
          );
          assert.ok(exists, `${file}: ${link} resolves`);
        }
      }
      await context.close();
    });

    it('the catalogue page runs the widgets and their lazy parts from the site’s own copy, within its policy', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const requests: string[] = [];
      const failed: string[] = [];
      const refused: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      // Chromium now and then reports the feed's request as aborted after the page has read its
      // body, as a stream, to the end (about one load in twenty here): what counts is that the
      // page got the feed from the network, checked below.
      page.on('requestfailed', (request) => {
        const readToTheEnd =
          request.url().endsWith('/feed.json') &&
          request.failure()?.errorText === 'net::ERR_ABORTED';
        if (!readToTheEnd) failed.push(request.url());
      });
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      page.on('console', (message) => {
        if (/Content.Security.Policy|Refused to|TrustedHTML/i.test(message.text()))
          refused.push(message.text());
      });
      // In Spanish: the language's strings are a lazy part of the bundle.
      await page.goto(`${server.url}/es/`);
      await page.getByText('Semilla Digital').first().waitFor({ timeout: 30_000 });
      await taken(page);
      assert.equal(
        await page.evaluate(
          () =>
            (
              document
                .querySelector('practice-catalog')
                ?.shadowRoot?.querySelector('practice-feed') as {
                loaded?: { fromCache: boolean };
              } | null
            )?.loaded?.fromCache,
        ),
        false,
        'the feed read from the network',
      );
      assert.ok(
        requests.every((url) => url.startsWith(server.url)),
        requests.join(' '),
      );
      assert.ok(requests.some((url) => url.endsWith('/feed.json')));
      assert.ok(
        requests.some((url) => url.includes('/widgets/chunks/')),
        requests.join(' '),
      );
      assert.deepEqual(failed, []);
      // The page's own policy: scripts, styles and the feed from the site; the rendered styles
      // by their hashes; nothing refused.
      const policy = await page.getAttribute(
        'meta[http-equiv="Content-Security-Policy"]',
        'content',
      );
      assert.match(policy ?? '', /script-src 'self';/);
      assert.match(policy ?? '', /style-src 'self' 'sha256-/);
      assert.doesNotMatch(policy ?? '', /unsafe-inline|unsafe-eval/);
      assert.deepEqual(refused, []);
      await context.close();
    });

    it('the catalogue page shows every practice with scripts off (the rendered catalogue), styled', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.url}/fr/`);
      const titles = feed.practices.map((practice) => practice.title.fr ?? practice.title.es!);
      assert.equal(titles.length, 10);
      for (const title of titles) {
        assert.equal(await page.getByText(title, { exact: true }).first().isVisible(), true, title);
      }
      assert.equal(await page.locator('practice-catalog practice-list practice-card').count(), 10);
      // The catalogue's filters and tabs are there, the list's tab chosen; the page's one h1.
      assert.equal(await page.locator('practice-catalog [role="tab"]').count(), 3);
      assert.equal(
        await page
          .locator('practice-catalog [role="tab"][aria-selected="true"]')
          .getAttribute('id'),
        'tab-list',
      );
      assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
      // Styled by the rendered styles the policy allows: a card has its border.
      const border = await page.evaluate(() => {
        const card = document
          .querySelector('practice-catalog')!
          .shadowRoot!.querySelector('practice-list')!
          .shadowRoot!.querySelector('practice-card')!;
        return getComputedStyle(card.shadowRoot!.querySelector('.card')!).borderTopWidth;
      });
      assert.equal(border, '1px');
      // Every card's title is a link to its practice's page, which the site wrote.
      const hrefs = await page.evaluate(() =>
        [
          ...document
            .querySelector('practice-catalog')!
            .shadowRoot!.querySelector('practice-list')!
            .shadowRoot!.querySelectorAll('practice-card'),
        ].map((card) => card.shadowRoot!.querySelector<HTMLAnchorElement>('.title a')?.href),
      );
      assert.equal(hrefs.length, 10);
      assert.deepEqual(
        hrefs.map((href) => href && new URL(href).pathname).sort(),
        feed.practices.map((practice) => `/fr/${encodeURIComponent(practice.id)}/`).sort(),
      );
      for (const href of hrefs) {
        const target = new URL(href!).pathname.slice(1);
        assert.ok(existsSync(join(out, `${target}index.html`)), `${href} resolves`);
        // Followed as a reader without scripts would: the practice's page, whole.
        await page.goto(href!);
        assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, href);
      }
      await context.close();
    });

    it('the catalogue page shows its practices before the widgets’ script runs (the page sheet leaves rendered HTML alone)', async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      // Scripts on, the widgets' script not there yet (never, here): practice-widgets.css
      // applies to elements not yet defined.
      await page.route('**/widgets/practice-widgets.js', (route) => route.abort());
      await page.goto(`${server.url}/es/`);
      const shown = await page.evaluate(() => {
        const catalog = document.querySelector('practice-catalog')!;
        const card = catalog
          .shadowRoot!.querySelector('practice-list')!
          .shadowRoot!.querySelector('practice-card')!;
        const box = card.getBoundingClientRect();
        return {
          defined: customElements.get('practice-catalog') !== undefined,
          visibility: getComputedStyle(card).visibility,
          height: box.height > 100,
        };
      });
      assert.deepEqual(shown, { defined: false, visibility: 'visible', height: true });
      await context.close();
    });

    for (const width of [360, 1280]) {
      it(`the catalogue page at ${width} px takes its rendered catalogue over: the same nodes, one request for the feed, no layout shift from navigation`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        const feeds: string[] = [];
        page.on('request', (request) => {
          if (request.url().endsWith('/feed.json')) feeds.push(request.url());
        });
        // The catalogue's parts, the first card and its title as parsed, before any script of
        // the page runs; and every layout shift from navigation on.
        // (A script's text: a named function here would be renamed by the test's compiler.)
        await page.addInitScript({
          content: `
            window.shifts = [];
            new PerformanceObserver((entries) => {
              for (const entry of entries.getEntries()) {
                window.shifts.push(entry.value + ' at ' + Math.round(entry.startTime) + ' ms');
              }
            }).observe({ type: 'layout-shift', buffered: true });
            window.nodes = () => {
              const root = document.querySelector('practice-catalog').shadowRoot;
              const list = root.querySelector('practice-list');
              const card = list.shadowRoot.querySelector('practice-card');
              return [
                root.querySelector('practice-feed'),
                root.querySelector('practice-filters'),
                root.querySelector('#tab-list'),
                list,
                card,
                card.shadowRoot.querySelector('.title'),
                // The title's link to the practice's page, rendered and kept.
                card.shadowRoot.querySelector('.title a[href]'),
              ];
            };
            document.addEventListener('readystatechange', () => {
              if (document.readyState === 'interactive') window.parsed = window.nodes();
            });`,
        });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'warning' || message.type() === 'error')
            errors.push(message.text());
        });
        await page.goto(`${server.url}/es/`);
        await taken(page);
        assert.equal(
          await page.evaluate(
            () =>
              document
                .querySelector('practice-catalog')!
                .shadowRoot!.querySelector('practice-list')!
                .shadowRoot!.querySelectorAll('practice-card').length,
          ),
          10,
        );
        const same = await page.evaluate(() => {
          const w = window as unknown as { parsed: Element[]; nodes: () => Element[] };
          return w.nodes().map((node, i) => node === w.parsed[i] && node !== null);
        });
        assert.deepEqual(same, [true, true, true, true, true, true, true]);
        await page.waitForTimeout(500);
        assert.deepEqual(
          await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts),
          [],
        );
        assert.deepEqual(errors, []);
        assert.equal(feeds.length, 1, feeds.join(' '));
        await context.close();
      });
    }

    it('the catalogue page’s cards link to the practices’ own pages, and a click opens in place', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/fr/`);
      const firstLink = () =>
        page.evaluate(() => {
          const card = document
            .querySelector('practice-catalog')!
            .shadowRoot!.querySelector('practice-list')!
            .shadowRoot!.querySelector('practice-card')!;
          const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a.title, .title a');
          return link ? { href: link.href, text: link.textContent!.trim() } : null;
        });
      let link: { href: string; text: string } | null = null;
      for (let tries = 0; tries < 100 && !link; tries += 1) {
        link = await firstLink();
        if (!link) await page.waitForTimeout(100);
      }
      assert.ok(link, 'the first card’s title is a link');
      // The link names a page the site wrote, in the page's language.
      assert.match(link.href, new RegExp(`^${server.url}/fr/[^/]+/$`));
      const response = await page.request.get(link.href);
      assert.equal(response.status(), 200);
      assert.ok((await response.text()).includes('lang="fr"'));
      // Once the script has taken the rendered card over (before, the link is followed as any
      // link), a plain click opens the practice in place: the catalogue page stays, and its
      // address says which practice is open (sync-url), for a reader to share.
      await taken(page);
      await page.waitForFunction(
        () =>
          (
            document
              .querySelector('practice-catalog')!
              .shadowRoot!.querySelector('practice-list')!
              .shadowRoot!.querySelector('practice-card') as Element & { hasUpdated?: boolean }
          ).hasUpdated === true,
        undefined,
        { timeout: 30_000 },
      );
      await page.evaluate(() => {
        const card = document
          .querySelector('practice-catalog')!
          .shadowRoot!.querySelector('practice-list')!
          .shadowRoot!.querySelector('practice-card')!;
        card.shadowRoot!.querySelector<HTMLElement>('a.title, .title a')!.click();
      });
      await page.waitForFunction(() => location.search !== '', undefined, { timeout: 10_000 });
      assert.equal(new URL(page.url()).pathname, '/fr/');
      await context.close();
    });

    it('the catalogue page’s Map tab shows the map and its Figures tab the figures, of the same feed; the address keeps the view', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const feeds: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/feed.json')) feeds.push(request.url());
      });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/pt/`);
      await taken(page);
      // Neither is drawn before its tab is chosen.
      assert.equal(await page.locator('practice-catalog practice-map').count(), 0);
      assert.equal(await page.locator('practice-catalog practice-stats').count(), 0);
      await page.locator('practice-catalog [role="tab"]', { hasText: 'Mapa' }).click();
      // The map: its legend, in Portuguese.
      const map = page.locator('practice-catalog practice-map');
      await map.locator('#legend-title').waitFor({ timeout: 30_000 });
      assert.equal(await map.locator('#legend-title').isVisible(), true);
      assert.equal(await page.locator('practice-catalog practice-list').isVisible(), false);
      assert.equal(new URL(page.url()).searchParams.get('pw-view'), 'map');
      await page.locator('practice-catalog [role="tab"]', { hasText: 'Números' }).click();
      // The figures: the four default charts.
      const charts = page.locator('practice-catalog practice-stats [role="heading"]');
      await charts.first().waitFor({ timeout: 30_000 });
      assert.deepEqual(
        (await charts.allTextContents()).map((name) => name.trim()),
        ['Zona', 'Nível de ensino', 'Objetivo', 'País'],
      );
      assert.equal(new URL(page.url()).searchParams.get('pw-view'), 'stats');
      // A shared address opens on the view it names.
      const shared = await context.newPage();
      await shared.goto(`${server.url}/pt/?pw-view=map`);
      await shared
        .locator('practice-catalog practice-map #legend-title')
        .waitFor({ timeout: 30_000 });
      // One feed for the list, the map and the figures; one h1 still.
      assert.equal(feeds.length, 1, feeds.join(' '));
      assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
});

/** An embed page, for an iframe (`es/embed/list.html`, `es/digital-seed/embed.html`). */
const isEmbed = (file: string) => /^[a-z]{2}\/(embed\/[a-z]+|[^/]+\/embed)\.html$/.test(file);

/** Waits until the catalogue page's list has taken its rendered HTML over. */
async function taken(page: import('playwright-core').Page) {
  await page.waitForFunction(
    () =>
      (
        document.querySelector('practice-catalog')?.shadowRoot?.querySelector('practice-list') as
          (Element & { hasUpdated?: boolean }) | null
      )?.hasUpdated === true,
    undefined,
    { timeout: 30_000 },
  );
}

describe('practice-feed site: what it refuses and what it leaves out', () => {
  it('without --base-url: no canonical address, no sitemap, and it says so', () => {
    const out = join(scratch, 'no-base');
    const run = cli(['site', 'demo/data/practices.json', '-o', out, '--languages', 'fr,es']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /no --base-url: no canonical addresses/);
    const files = filesUnder(out);
    assert.ok(!files.includes('sitemap.xml'));
    assert.ok(!files.some((file) => file.startsWith('en/')));
    const page = readFileSync(join(out, 'fr/digital-seed/index.html'), 'utf8');
    assert.doesNotMatch(page, /rel="canonical"|og:url/);
    assert.match(page, /<html lang="fr">/);
    assert.doesNotMatch(readFileSync(join(out, 'robots.txt'), 'utf8'), /Sitemap/);
  });

  it('writes feed text as text: markup in a title or a summary stays words', () => {
    const hostile = join(scratch, 'hostile.json');
    const document = JSON.parse(readFileSync(join(ROOT, 'demo/data/practices.json'), 'utf8'));
    document.title = '</script><img src=x onerror="alert(1)">Catalogue';
    document.practices[0].title = '<b>Bold</b> "quoted" </script><script>alert(1)</script>';
    document.practices[0].summary = '"><img src=x onerror=alert(2)>';
    writeFileSync(hostile, JSON.stringify(document));
    const out = join(scratch, 'hostile');
    const run = cli(['site', hostile, '-o', out, '--base-url', BASE, '--languages', 'en']);
    assert.equal(run.status, 0, run.stderr);
    const pages = filesUnder(out).filter((name) => name.endsWith('.html'));
    assert.ok(pages.includes('en/embed/list.html') && pages.includes('en/digital-seed/embed.html'));
    for (const file of pages) {
      const page = readFileSync(join(out, file), 'utf8');
      assert.doesNotMatch(page, /<img src=x|<b>Bold|<script>alert/, file);
      if (isEmbed(file)) {
        // No script element but the two module scripts, and the title's markup as words.
        assert.equal(page.match(/<script/g)?.length, 2, file);
        assert.match(page, /<title>[^<]*&lt;/, file);
        continue;
      }
      // One script element of structured data per page, closed where it should be.
      const scripts = page.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g) ?? [];
      assert.equal(scripts.length, 1, file);
      assert.doesNotThrow(() => JSON.parse(scripts[0]!.replace(/^<script[^>]*>|<\/script>$/g, '')));
    }
  });

  it('refuses a language it has no words for, and a missing --out', () => {
    const wrong = cli([
      'site',
      'demo/data/practices.json',
      '-o',
      join(scratch, 'x'),
      '--languages',
      'es,de',
    ]);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /--languages takes es, en, pt and fr, comma-separated; not de/);
    const noOut = cli(['site', 'demo/data/practices.json']);
    assert.equal(noOut.status, 2);
    assert.match(noOut.stderr, /Missing --out DIR/);
  });

  it('fails with the feed’s problems when the feed cannot be used', () => {
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, '{"version": 1, "practices": ');
    const run = cli(['site', broken, '-o', join(scratch, 'broken-site')]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /not JSON/);
    assert.ok(!existsSync(join(scratch, 'broken-site')));
  });
});

describe('practice-feed site, a list longer than its first page', () => {
  it('links the catalogue under the list embed page where scripts are off, and only there', async () => {
    // Thirteen practices: one more than the list's first page.
    const longer = join(scratch, 'longer.json');
    const document = JSON.parse(readFileSync(join(ROOT, 'demo/data/practices.json'), 'utf8'));
    for (const copy of [1, 2, 3]) {
      document.practices.push({ ...document.practices[copy], id: `copy-${copy}` });
    }
    writeFileSync(longer, JSON.stringify(document));
    const out = join(scratch, 'longer');
    const run = cli(['site', longer, '-o', out, '--base-url', BASE, '--languages', 'es']);
    assert.equal(run.status, 0, run.stderr);
    const browser = await chromium.launch({
      executablePath: findChromium(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const server = await startStaticServer(out);
    try {
      for (const javaScriptEnabled of [false, true]) {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`${server.url}/es/embed/list.html`);
        const link = page.getByRole('link', {
          name: 'Todas las prácticas (13)',
          includeHidden: true,
        });
        await link.waitFor({ state: 'attached' });
        assert.equal(
          await link.isVisible(),
          !javaScriptEnabled,
          `scripts on: ${javaScriptEnabled}`,
        );
        if (!javaScriptEnabled) {
          // To the catalogue page, in the reader's window rather than inside the frame.
          await link.click();
          assert.equal(page.url(), `${server.url}/es/`);
        }
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    // A list whose practices fit its first page needs no such link.
    const fits = readFileSync(join(ROOT, 'demo/data/practices.json'), 'utf8');
    assert.equal(JSON.parse(fits).practices.length <= 12, true);
    const short = join(scratch, 'short');
    assert.equal(
      cli(['site', 'demo/data/practices.json', '-o', short, '--languages', 'es']).status,
      0,
    );
    assert.doesNotMatch(readFileSync(join(short, 'es/embed/list.html'), 'utf8'), /without-script/);
  });
});
