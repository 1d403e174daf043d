import type { NormalizedFeed } from '../data/types.js';
import { loadLanguage } from '../i18n/language-packs.js';
import {
  SITE_CSS,
  catalogPage,
  fileOf,
  practicePage,
  practicePath,
  rootPage,
  sitemap,
  type SiteLayout,
} from './pages.js';
import { renderElementHtml } from './render.js';
import type { SiteLanguage } from './site-strings.js';

// The command line tool validates the feed with these: the copy of the data layer the elements
// of this build use, which then knows the feed as validated.
export { validateAndRegisterFeed } from '../data/validated.js';
export { FeedFormatError } from '../data/types.js';
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

/** One file of the site: its path from the site's root and its text. */
export interface SiteFile {
  readonly path: string;
  readonly content: string;
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
  const files: SiteFile[] = [
    { path: 'index.html', content: rootPage(feed, layout) },
    { path: 'site.css', content: SITE_CSS },
  ];
  for (const lang of layout.languages) {
    await loadLanguage(lang);
    // The catalogue page's list, rendered: its first page of practices paints before any
    // script, and the widgets take it over with the site's feed.json.
    const list = await renderElementHtml(feed, {
      element: 'list',
      lang,
      pageSize: CATALOG_PAGE_SIZE,
      inFeed: true,
    });
    files.push({ path: `${lang}/index.html`, content: catalogPage(feed, layout, lang, list) });
    for (const practice of feed.practices) {
      files.push({
        path: fileOf(practicePath(lang, practice.id)),
        content: practicePage(feed, practice, layout, lang, renderCard(lang, practice.id)),
      });
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
