import type { NormalizedFeed } from '../data/types.js';
import { loadLanguage } from '../i18n/language-packs.js';
import {
  SITE_CSS,
  SITE_EMBED_WIDGETS,
  allPracticesLink,
  catalogPage,
  catalogPath,
  embedPage,
  embedPath,
  embedTitle,
  fileOf,
  practiceEmbedPath,
  practiceEmbedTitle,
  practicePage,
  pagePolicy,
  practicePath,
  relative,
  rootPage,
  sitemap,
  type SiteEmbedWidget,
  type SiteLayout,
} from './pages.js';
import { attribute } from './html.js';
import { renderElementHtml } from './render.js';
import type { SiteLanguage } from './site-strings.js';

// The command line tool validates the feed with these: the copy of the data layer the elements
// of this build use, which then knows the feed as validated.
export { validateAndRegisterFeed } from '../data/validated.js';
export { FeedFormatError } from '../data/types.js';
export { readPracticeUrl } from '../data/practice-url.js';
export { SITE_LANGUAGES, isSiteLanguage, type SiteLanguage } from './site-strings.js';
export type { SiteLayout } from './pages.js';
export {
  RENDERED_ELEMENTS,
  isRenderedElement,
  renderElementHtml,
  type RenderedElement,
  type RenderOptions,
} from './render.js';

/** Practices on a page of the catalogue page's list (every one is in the page's index). */
const CATALOG_PAGE_SIZE = 12;

/** The site's feed as an embed page (two folders down: `es/embed/`, `es/<id>/`) finds it. */
const EMBED_FEED = '../../feed.json';

/** The widgets that `practice-feed render` renders; the map and the catalogue are not. */
const RENDERED_EMBEDS: ReadonlySet<SiteEmbedWidget> = new Set(['list', 'stats', 'map']);

/**
 * The `'sha256-…'` sources of every `<style>` element in rendered HTML, for an embed page's
 * `style-src`: a `<style>` element's text is hashed as it is written (raw text, no entities).
 */
async function styleHashes(html: string): Promise<string[]> {
  const texts = new Set(
    [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!),
  );
  return Promise.all(
    [...texts].map(async (css) => {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
      return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
    }),
  );
}

/** The origins of the practices' pictures (http(s) only), for an embed page's `img-src`. */
function imageOrigins(feed: NormalizedFeed): string[] {
  const origins = new Set<string>();
  for (const practice of feed.practices) {
    const src = practice.image?.src;
    if (!src) continue;
    try {
      const url = new URL(src);
      if (url.protocol === 'https:' || url.protocol === 'http:') origins.add(url.origin);
    } catch {
      // A relative address: the site's own origin, allowed as 'self'.
    }
  }
  return [...origins].sort();
}

/** One file of the site: its path from the site's root and its text. */
export interface SiteFile {
  readonly path: string;
  readonly content: string;
  /** An embed page, for an iframe: not a page of the site's own (not in the sitemap). */
  readonly embed?: true;
}

/**
 * Every page of a static catalogue site for `feed` (validated), as files to write: the root
 * page, per language a catalogue page and a page per practice, the sitemap (with a base URL),
 * `robots.txt` and the pages' stylesheet. The feed itself and the widgets' files are copied by
 * the caller, which has them as they are.
 *
 * Each practice's page holds the practice as `<practice-card layout="full">` rendered on the
 * server into declarative shadow DOM (`@lit-labs/ssr`): the same content and styles the widget
 * shows, readable with scripts off, at the speed of a static page.
 */
export async function buildSite(feed: NormalizedFeed, layout: SiteLayout): Promise<SiteFile[]> {
  // The server renderer first: it installs the small DOM the elements need to be defined.
  const [{ render }, { collectResultSync }, { html }] = await Promise.all([
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
    import('lit'),
  ]);
  await import('../define.js');
  const renderCard = (lang: SiteLanguage, id: string) =>
    collectResultSync(
      render(
        html`<practice-card
          .feed=${feed}
          practice-id=${id}
          lang=${lang}
          layout="full"
          heading-level="1"
          theme="auto"
        ></practice-card>`,
      ),
    );
  const images = imageOrigins(feed);
  // An embed page around a widget's HTML, its policy allowing that HTML's rendered styles.
  const embedFile = async (
    lang: SiteLanguage,
    path: string,
    title: string,
    widget: string,
  ): Promise<SiteFile> => ({
    path,
    embed: true as const,
    content: embedPage({
      lang,
      path,
      title,
      widget,
      styleHashes: await styleHashes(widget),
      imageOrigins: images,
    }),
  });
  const files: SiteFile[] = [
    { path: 'index.html', content: rootPage(feed, layout) },
    { path: 'site.css', content: SITE_CSS },
  ];
  for (const lang of layout.languages) {
    await loadLanguage(lang);
    // The catalogue page: the whole catalogue rendered (its filters, its tabs and the first
    // page of practices), which paints before any script and which the widgets take over with
    // the site's feed.json; its policy allows the rendered styles by their hashes.
    const catalog = await renderElementHtml(feed, {
      element: 'catalog',
      lang,
      pageSize: CATALOG_PAGE_SIZE,
      src: relative(catalogPath(lang), 'feed.json'),
      syncUrl: true,
      withoutHeader: true,
      theme: 'auto',
      practiceUrl: relative(catalogPath(lang), practicePath(lang, '{id}')),
    });
    files.push({
      path: `${lang}/index.html`,
      content: catalogPage(feed, layout, lang, {
        html: catalog,
        policy: pagePolicy(await styleHashes(catalog), images),
      }),
    });
    for (const practice of feed.practices) {
      files.push({
        path: fileOf(practicePath(lang, practice.id)),
        content: practicePage(feed, practice, layout, lang, renderCard(lang, practice.id)),
      });
    }
    // The embed pages: the list, the figures and the map rendered (their first page of
    // practices, their charts, the map drawn for a nominal width that its viewBox scales), the
    // catalogue drawn by the script in the room its stylesheet keeps. The list's titles and the
    // map's markers link to the practices' pages, which open in the top window (the embed
    // page's `<base target="_top">`, which the markers, SVG links, carry themselves), not
    // inside the frame.
    for (const widget of SITE_EMBED_WIDGETS) {
      const path = embedPath(lang, widget);
      const practiceUrl = relative(path, practicePath(lang, '{id}'));
      const html = RENDERED_EMBEDS.has(widget)
        ? await renderElementHtml(feed, {
            element: widget as 'list' | 'stats' | 'map',
            lang,
            src: EMBED_FEED,
            ...(widget === 'list' && { pageSize: CATALOG_PAGE_SIZE }),
            ...(widget !== 'stats' && { practiceUrl, linkTarget: '_top' }),
          })
        : `<practice-${widget} src="${EMBED_FEED}" lang="${attribute(lang)}" practice-url="${attribute(practiceUrl)}"></practice-${widget}>`;
      // Without the script the list shows its first page only: the others are reached from
      // the catalogue page.
      const more =
        widget === 'list' && feed.practices.length > CATALOG_PAGE_SIZE
          ? allPracticesLink(feed, lang, path)
          : '';
      files.push(await embedFile(lang, path, embedTitle(feed, lang, widget), html + more));
    }
    for (const practice of feed.practices) {
      const path = practiceEmbedPath(lang, practice.id);
      const html = await renderElementHtml(feed, {
        element: 'card',
        lang,
        practiceId: practice.id,
        layout: 'full',
        src: EMBED_FEED,
      });
      files.push(await embedFile(lang, path, practiceEmbedTitle(feed, practice, lang), html));
    }
  }
  const map = sitemap(feed, layout);
  if (map) files.push({ path: 'sitemap.xml', content: map });
  files.push({
    path: 'robots.txt',
    content: `User-agent: *\nAllow: /\n${map ? `Sitemap: ${new URL('sitemap.xml', layout.baseUrl).href}\n` : ''}`,
  });
  return files;
}
