#!/usr/bin/env node
// The WordPress plugin end to end, as a site's editors meet it (`npm run test:wordpress`, after
// `npm run build`): the packed zip installed by WordPress into a real WordPress (Debian's, with
// MariaDB and PHP's built-in server, started here and stopped in every exit path), then
//   - an administrator sets the site's default feed on the settings page;
//   - an Author (no `unfiltered_html`, so WordPress's filters apply to what they save) publishes
//     through the REST API a post with a shortcode and one with the block;
//   - Chromium shows each published page's practices, in scope and in the chosen language;
//   - an attribute carrying markup, by shortcode and by block, comes out as an attribute value
//     and runs nothing;
//   - the page stylesheet is linked in the head and keeps a widget's room before the bundle runs;
//   - a page without a widget does not load the bundle;
//   - the block's preview in the editor shows the practices.
import { chromium } from 'playwright-core';
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { buildWordPressZip } from '../../scripts/wordpress-zip.mjs';
import { ensurePackages, startWordPress } from './wordpress.mjs';

const BUNDLE = '/wp-content/plugins/practice-widgets/cdn/practice-widgets.js';
const STYLESHEET = '/wp-content/plugins/practice-widgets/cdn/practice-widgets.css';
const FEED_PATH = '/practices.json';
const HOSTILE = '"><img src=x onerror="window.__injected=1"><script>window.__injected=2</script>';

const started = Date.now();
const results = [];
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
async function check(name, run) {
  const start = Date.now();
  try {
    await run();
    results.push(true);
    console.log(`ok - ${name} (${seconds(start)})`);
  } catch (error) {
    results.push(false);
    console.log(
      `FAIL - ${name}\n    ${String(error?.stack ?? error)
        .split('\n')
        .join('\n    ')}`,
    );
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * A block's comment as the block editor writes it: attributes as JSON with the characters that
 * would end the comment or start markup written as Unicode escapes.
 */
function blockComment(name, attributes) {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:${name} ${json} /-->`;
}

const { path: zipPath, size } = buildWordPressZip();
console.log(`# ${zipPath} (${(size / 1024).toFixed(1)} KiB)`);
ensurePackages();

const chromiumPath = findChromium();
if (!chromiumPath) throw new Error('No Chromium: run `node scripts/ensure-chromium.mjs`.');

const setupStart = Date.now();
const site = await startWordPress({
  zipPath,
  files: { [FEED_PATH.slice(1)]: readFileSync('demo/data/practices.json', 'utf8') },
});
console.log(`# WordPress, MariaDB and PHP's server ready in ${seconds(setupStart)}`);
let browser;
const stopAll = async () => {
  await browser?.close().catch(() => {});
  await site.stop();
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => stopAll().finally(() => process.exit(130)));
}

try {
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });

  /** A browser context that reaches the test's WordPress only (the editor links to wordpress.org). */
  const newContext = async (options = {}) => {
    const context = await browser.newContext(options);
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    return context;
  };

  /** A fresh browser context logged in through WordPress's login form. */
  const loggedIn = async ({ user, password }) => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/wp-login.php`);
    await page.fill('#user_login', user);
    await page.fill('#user_pass', password);
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
    return { context, page };
  };

  /** Publishes a post through the REST API, with the account's application password. */
  const publish = async (account, title, content) => {
    const response = await fetch(`${site.origin}/?rest_route=/wp/v2/posts`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${account.user}:${account.application}`).toString('base64')}`,
      },
      body: JSON.stringify({ title, content, status: 'publish' }),
    });
    const post = await response.json();
    assert(
      response.status === 201,
      `publishing "${title}": ${response.status} ${JSON.stringify(post)}`,
    );
    assert(post.status === 'publish', `"${title}" is ${post.status}, not published`);
    return post;
  };
  const publishAsAuthor = (title, content) => publish(site.author, title, content);

  /** Opens a published page; returns it with the errors and dialogs it produced. */
  const open = async (url) => {
    const context = await newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(url);
    return { context, page, problems };
  };

  const bundleScripts = (page) => page.locator(`script[type="module"][src*="${BUNDLE}"]`).count();

  await check('the Author may not post raw HTML: WordPress filters what they save', async () => {
    assert(site.authorCanUnfilteredHtml === false, 'the Author has unfiltered_html');
  });

  await check(
    'an administrator sets the default feed on Settings → Practice widgets, in their language',
    async () => {
      const { context, page } = await loggedIn(site.admin);
      await page.goto(`${site.origin}/wp-admin/options-general.php?page=practice-widgets`);
      await page.fill('#practice_widgets_default_src', 'javascript:alert(1)');
      await Promise.all([page.waitForURL(/settings-updated/), page.click('#submit')]);
      // In the administrator's language (es_PE), from the plugin's Spanish translation.
      await page.getByText('debe empezar por http:// o https://').waitFor();
      await page.fill('#practice_widgets_default_src', `${site.origin}${FEED_PATH}`);
      await Promise.all([page.waitForURL(/settings-updated/), page.click('#submit')]);
      const saved = await page.inputValue('#practice_widgets_default_src');
      assert(saved === `${site.origin}${FEED_PATH}`, `saved "${saved}"`);
      await context.close();
    },
  );

  const shortcodePost = await publishAsAuthor(
    'Prácticas del Perú',
    '<p>Secundaria en el Perú:</p>\n[practice_catalog lang="es" country="PE" level="secondary"]',
  );
  const blockPost = await publishAsAuthor(
    'Practices in Mexico',
    blockComment('practice-widgets/widget', {
      widget: 'list',
      src: FEED_PATH,
      lang: 'en',
      country: 'MX',
    }),
  );
  const feedPost = await publishAsAuthor(
    'Linked widgets',
    '[practice_feed lang="en" country="AR"]\n[practice_stats]\n[practice_list]\n[/practice_feed]',
  );
  // Markup in attributes: from the Author, WordPress's filters have already removed the tags
  // it knows to be dangerous before the plugin sees the value; from an administrator (who may
  // post any HTML) the value reaches the plugin as written, and only its escaping stands.
  const hostileContent = `[practice_list lang="en" q='${HOSTILE.replace(/'/g, '')}']\n\n${blockComment(
    'practice-widgets/widget',
    { widget: 'list', lang: 'en', country: HOSTILE },
  )}`;
  const hostilePosts = [
    await publishAsAuthor('Markup in attributes, from an Author', hostileContent),
    await publish(site.admin, 'Markup in attributes, from an administrator', hostileContent),
  ];
  const plainPost = await publishAsAuthor('No widget here', '<p>Only text.</p>');
  // What the configurator writes: the shortcode encloses a link for readers without scripts.
  const fallbackPost = await publishAsAuthor(
    'With a fallback link',
    '[practice_list lang="en" country="MX"]<a href="https://example.org/practices">See the practices on example.org</a><script>window.__injected = 1</script>[/practice_list]',
  );

  await check(
    'a shortcode post shows the catalogue, in scope and in Spanish, from the default feed',
    async () => {
      const { context, page, problems } = await open(shortcodePost.link);
      const catalog = page.locator('practice-catalog');
      assert(
        (await catalog.getAttribute('src')) === `${site.origin}${FEED_PATH}`,
        'no default src',
      );
      await catalog
        .getByText('Aprendemos juntos con Educa SM TV')
        .first()
        .waitFor({ timeout: 20_000 });
      await catalog.getByText('Exploradores del clima y de la tierra').first().waitFor();
      assert(
        (await catalog.getByText('Aventura de lectura digital').count()) === 0,
        'a primary-only practice shows',
      );
      assert(
        (await catalog.getByText('Semilla Digital').count()) === 0,
        'a practice of Colombia shows',
      );
      assert((await bundleScripts(page)) === 1, 'the bundle is not loaded once as a module');
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    },
  );

  await check('a block post shows its list in English', async () => {
    const { context, page, problems } = await open(blockPost.link);
    const list = page.locator('.wp-block-practice-widgets-widget practice-list');
    await list.getByText('Engineering a Future').first().waitFor({ timeout: 20_000 });
    await list.getByText('STEAM Zone').first().waitFor();
    assert((await list.getByText('Digital Seed').count()) === 0, 'a practice of Colombia shows');
    assert((await bundleScripts(page)) === 1, 'the bundle is not loaded once as a module');
    assert(problems.length === 0, problems.join('\n'));
    await context.close();
  });

  await check('[practice_feed] links the widgets it encloses over its own feed', async () => {
    const { context, page, problems } = await open(feedPost.link);
    const feed = page.locator('practice-feed');
    assert(
      (await feed.locator('practice-list').getAttribute('src')) === null,
      'a child has its own src',
    );
    await feed
      .locator('practice-list')
      .getByText('Art and Technology Labs')
      .first()
      .waitFor({ timeout: 20_000 });
    assert((await feed.locator('practice-stats').count()) === 1, 'no stats inside the feed');
    assert((await bundleScripts(page)) === 1, 'three widgets do not share one script');
    assert(problems.length === 0, problems.join('\n'));
    await context.close();
  });

  for (const [index, post] of hostilePosts.entries()) {
    const who = index === 0 ? 'an Author' : 'an administrator';
    await check(`markup in an attribute from ${who} stays text and runs nothing`, async () => {
      const { context, page, problems } = await open(post.link);
      const fromBlock = page.locator('.wp-block-practice-widgets-widget practice-list');
      const country = await fromBlock.getAttribute('country');
      // What WordPress kept of the value reaches the element as text, markup and all.
      assert(
        /^"><img\b/.test(country ?? ''),
        `the block's attribute reads ${JSON.stringify(country)}`,
      );
      if (index === 1)
        assert(country === HOSTILE, `the block's attribute reads ${JSON.stringify(country)}`);
      // WordPress itself drops a shortcode attribute whose tags do not balance.
      const q = await page.locator('practice-list').first().getAttribute('q');
      assert(
        q === null || /^"><img\b/.test(q),
        `the shortcode's attribute reads ${JSON.stringify(q)}`,
      );
      await page.waitForLoadState('load');
      assert((await page.locator('img[src="x"]').count()) === 0, 'an image was injected');
      const injectedScripts = page.locator('script:not([src])').filter({ hasText: '__injected' });
      assert((await injectedScripts.count()) === 0, 'a script was injected');
      assert((await page.evaluate(() => window.__injected)) === undefined, 'injected code ran');
      // The widgets still render: an empty result for a country code that does not exist.
      await fromBlock.locator('[role="status"], p, h2, h3').first().waitFor({ timeout: 20_000 });
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
    });
  }

  await check(
    "a shortcode's fallback link shows without scripts and hides once the list runs",
    async () => {
      const { context, page, problems } = await open(fallbackPost.link);
      const list = page.locator('practice-list');
      await list.getByText('Engineering a Future').first().waitFor({ timeout: 20_000 });
      const link = list.locator('a[href="https://example.org/practices"]');
      assert((await link.count()) === 1, 'the fallback link is not inside the element');
      assert(!(await link.isVisible()), 'the fallback link shows beside the running list');
      assert((await page.evaluate(() => window.__injected)) === undefined, 'enclosed script ran');
      assert(problems.length === 0, problems.join('\n'));
      await context.close();
      const noScript = await newContext({ javaScriptEnabled: false });
      const plain = await noScript.newPage();
      await plain.goto(fallbackPost.link);
      assert(
        await plain.getByText('See the practices on example.org').isVisible(),
        'the fallback link is hidden without scripts',
      );
      await noScript.close();
    },
  );

  await check(
    'the page stylesheet is linked in the head: before the bundle runs, the list takes the room of its loading state and hides its fallback link',
    async () => {
      const listBox = async ({ script }) => {
        const context = await newContext();
        // The feed never comes: once defined, the list stays in its loading state.
        await context.route(`**${FEED_PATH}`, () => {});
        if (!script) await context.route(`**${BUNDLE}*`, (route) => route.abort());
        const page = await context.newPage();
        await page.goto(fallbackPost.link, { waitUntil: 'load' });
        const list = page.locator('practice-list');
        if (script) {
          await page.waitForFunction(
            () =>
              !!document
                .querySelector('practice-list')
                ?.shadowRoot?.querySelector('.skeleton-card'),
          );
        }
        const box = {
          linked: await page.locator(`head link[rel="stylesheet"][href*="${STYLESHEET}"]`).count(),
          defined: await page.evaluate(() => !!customElements.get('practice-list')),
          height: (await list.boundingBox())?.height ?? 0,
          link: await list.locator('a[href="https://example.org/practices"]').isVisible(),
        };
        await context.close();
        return box;
      };
      const before = await listBox({ script: false });
      const loading = await listBox({ script: true });
      assert(before.linked === 1, 'the stylesheet is not linked once in the head');
      assert(!before.defined && loading.defined, 'the bundle ran, or did not');
      assert(
        before.height > 300 && Math.abs(before.height - loading.height) <= 1,
        `${before.height} px before the bundle, ${loading.height} px loading`,
      );
      assert(!before.link, 'the fallback link shows before the bundle runs');
    },
  );

  await check('a page without a widget does not load the bundle', async () => {
    const { context, page } = await open(plainPost.link);
    await page.getByText('Only text.').waitFor();
    assert((await bundleScripts(page)) === 0, 'the bundle is loaded');
    assert(
      (await page.locator(`link[href*="${STYLESHEET}"]`).count()) === 0,
      'the stylesheet is loaded',
    );
    await context.close();
  });

  await check(
    "the block's preview in the editor shows the practices, and the editor speaks the Author's language",
    async () => {
      const { context, page } = await loggedIn(site.author);
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${site.origin}/wp-admin/post.php?post=${blockPost.id}&action=edit`);
      const preview = page.locator('.wp-block-practice-widgets-widget practice-list');
      await preview.getByText('Engineering a Future').first().waitFor({ timeout: 60_000 });
      assert(errors.length === 0, errors.join('\n'));
      // In the Author's language (pt_BR): the block's name from block.json, a string of its script.
      const [title, panel] = await page.evaluate(() => [
        window.wp.blocks.getBlockType('practice-widgets/widget').title,
        window.wp.i18n.__('Which practices', 'practice-widgets'),
      ]);
      assert(title === 'Widget de práticas', `the block is called "${title}"`);
      // A change of setting redraws the preview at once, before anything is saved.
      await page.evaluate(() => {
        const editor = window.wp.data.select('core/block-editor');
        const [block] = editor
          .getBlocks()
          .filter((each) => each.name === 'practice-widgets/widget');
        window.wp.data
          .dispatch('core/block-editor')
          .updateBlockAttributes(block.clientId, { country: 'AR' });
      });
      await preview.getByText('Art and Technology Labs').first().waitFor({ timeout: 20_000 });
      assert(
        (await preview.getByText('Engineering a Future').count()) === 0,
        'the preview kept Mexico',
      );
      assert(panel === 'Quais práticas', `a settings panel is called "${panel}"`);
      await context.close();
    },
  );

  await check('the plugin caused no PHP notice, warning or error', async () => {
    const ours = site
      .debugLog()
      .split('\n')
      .filter((line) => line.includes('/plugins/practice-widgets/'));
    assert(ours.length === 0, ours.join('\n'));
  });
} finally {
  await stopAll();
}

const failed = results.filter((passed) => !passed).length;
console.log(
  `# ${results.length - failed}/${results.length} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed === 0 ? 0 : 1);
