import type { NormalizedFeed } from '../data/types.js';
import { toInlineSafeJson } from '../data/export.js';
import { EMPTY_FILTERS, queryFeed } from '../data/query.js';
import { scopeFromAttributes } from '../data/scope.js';
import { loadLanguage } from '../i18n/language-packs.js';
import { withServerFeedState } from '../feed/server-feed-state.js';
import { withServerInherited } from '../components/shared/practice-element.js';
import type { SharedFeedState } from '../feed/context.js';
import { attribute } from './html.js';

/*
 * One element of the library with its content, rendered on the server into declarative shadow
 * DOM (`@lit-labs/ssr`), as HTML to paste into a page: what `practice-feed render` writes and
 * what the site's catalogue pages carry. The elements take this HTML over when their script
 * runs (see `components/shared/hydration-gate.ts`).
 */

export const RENDERED_ELEMENTS = ['catalog', 'list', 'card', 'stats', 'map'] as const;
export type RenderedElement = (typeof RENDERED_ELEMENTS)[number];

export const isRenderedElement = (value: string): value is RenderedElement =>
  (RENDERED_ELEMENTS as readonly string[]).includes(value);

export interface RenderOptions {
  readonly element: RenderedElement;
  readonly lang: string;
  /** Scope attributes, as the element takes them (`country: 'PE,CO'`). */
  readonly scope?: Readonly<
    Partial<Record<'country' | 'setting' | 'level' | 'objective' | 'q', string>>
  >;
  /** For a card: the practice. */
  readonly practiceId?: string;
  /** For a card: `full` or `compact`. */
  readonly layout?: 'full' | 'compact';
  /**
   * For a list or a catalogue: practices per page (by default, every practice in scope on one
   * page).
   */
  readonly pageSize?: number;
  /** Where the page will find the feed (`src`), when it is not inline. */
  readonly src?: string;
  /** The feed's text to put inline, in a `<practice-feed>` around the element. */
  readonly inline?: unknown;
  /**
   * The element goes inside a `<practice-feed>` the caller writes (neither `src` nor `inline`):
   * it is rendered as it will show there.
   */
  readonly inFeed?: boolean;
  /**
   * For a catalogue: keep the reader's filters, open practice and view in the page's address
   * (`sync-url`). A server render has no address: it draws the view the attributes ask for.
   */
  readonly syncUrl?: boolean;
  /** For a catalogue: leave out its header (`without-header`), when the page has its own. */
  readonly withoutHeader?: boolean;
  /** Its `theme`: `auto` follows the reader's light or dark setting (default: light). */
  readonly theme?: 'light' | 'dark' | 'auto';
  /** The address of each practice's own page, with `{id}` (`practice-url`). */
  readonly practiceUrl?: string;
  /**
   * The window the practices' links open in when the page names one with `<base target>` (the
   * site's embed pages: `_top`). HTML links follow the page's `<base target>` by themselves; the
   * map's markers, SVG links, do not, so they carry it.
   */
  readonly linkTarget?: string;
}

const TAGS: Record<RenderedElement, string> = {
  catalog: 'practice-catalog',
  list: 'practice-list',
  card: 'practice-card',
  stats: 'practice-stats',
  map: 'practice-map',
};

type Renderer = (
  feed: NormalizedFeed,
  attributes: ReadonlyMap<string, string>,
  inFeed: boolean,
  shared?: SharedFeedState,
  linkTarget?: string,
) => Promise<string>;

const noop = () => undefined;

let renderer: Promise<Renderer> | undefined;

/** The server renderer and the elements, loaded once (the renderer installs its small DOM). */
function loadRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const [{ render }, { collectResultSync }, { html }] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit'),
    ]);
    await import('../define.js');
    // What an element loads lazily in a browser is there before the first render on a server.
    const { loadStatsView } = await import('../components/practice-stats/practice-stats.js');
    await loadStatsView();
    // The map's outlines and drawing code (lazy chunks in a browser, loaded near the screen).
    const { loadMapParts } = await import('../components/practice-map/practice-map.js');
    await loadMapParts();
    // The catalogue's header and message (a lazy chunk in a browser).
    await import('../components/practice-catalog/catalog-parts.js');
    return (feed, attributes, inFeed, shared, linkTarget) => {
      const tag = attributes.get('tag')!;
      const attrs = [...attributes].filter(([name]) => name !== 'tag');
      // Attribute names come from this module's own list; their values are bound (escaped).
      const strings = [
        `<${tag} .feed=`,
        ' .renderedInFeed=',
        ...attrs.map(([name]) => ` ${name}=`),
        `></${tag}>`,
      ];
      const template = Object.assign([...strings], { raw: strings });
      const run = () =>
        collectResultSync(render(html(template, feed, inFeed, ...attrs.map(([, value]) => value))));
      // A catalogue's parts take the feed from its inner <practice-feed> (see server-feed-state);
      // the cards inside a list or a catalogue link to the pages of the element's `practice-url`.
      const inherited = attributes.get('practice-url');
      return withServerInherited(
        {
          ...(inherited !== undefined && { 'practice-url': inherited }),
          ...(linkTarget !== undefined && { 'link-target': linkTarget }),
        },
        () => (shared ? withServerFeedState(shared, run) : run()),
      );
    };
  })();
  return renderer;
}

/** Lit's markers around the top-level template: nobody hydrates the page's own HTML. */
const unwrap = (rendered: string): string =>
  rendered
    .replace(/^<!--lit-part[^>]*-->(<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<([a-z-]+)\s+/, '<$1 ');

/** The element, rendered, as HTML text. `feed` is validated; `inline` its published form. */
export async function renderElementHtml(
  feed: NormalizedFeed,
  options: RenderOptions,
): Promise<string> {
  const tag = TAGS[options.element];
  await loadLanguage(options.lang);
  const attributes = new Map<string, string>([['tag', tag]]);
  if (options.inline === undefined && options.src !== undefined) attributes.set('src', options.src);
  attributes.set('lang', options.lang);
  if (options.theme !== undefined) attributes.set('theme', options.theme);
  for (const [name, value] of Object.entries(options.scope ?? {})) {
    if (value) attributes.set(name, value);
  }
  if (options.element === 'card') {
    if (options.practiceId !== undefined) attributes.set('practice-id', options.practiceId);
    attributes.set('layout', options.layout ?? 'full');
  }
  if (options.element === 'list' || options.element === 'catalog') {
    // By default every practice in scope on one page: a reader without scripts sees them all.
    const inScope = queryFeed(
      feed,
      scopeFromAttributes(options.scope ?? {}),
      EMPTY_FILTERS,
    ).inScope;
    attributes.set('page-size', String(options.pageSize ?? Math.max(1, inScope)));
  }
  if (options.element === 'catalog') {
    if (options.syncUrl) attributes.set('sync-url', '');
    if (options.withoutHeader) attributes.set('without-header', '');
  }
  if (options.practiceUrl !== undefined) attributes.set('practice-url', options.practiceUrl);
  // Marked as rendered: practice-widgets.css reserves no room for it (its content is there).
  attributes.set('data-rendered', '');
  const render = await loadRenderer();
  // What the catalogue's own <practice-feed> shares with its parts once the feed is read.
  const shared: SharedFeedState | undefined =
    options.element === 'catalog'
      ? {
          load: { status: 'loaded', feed, warnings: [], fromCache: false },
          scope: scopeFromAttributes(options.scope ?? {}),
          theme: options.theme ?? 'light',
          lang: options.lang,
          filters: EMPTY_FILTERS,
          openPracticeId: null,
          setFilters: noop,
          setOpenPractice: noop,
          retry: noop,
        }
      : undefined;
  const element = unwrap(
    await render(
      feed,
      attributes,
      options.inline !== undefined || options.inFeed === true,
      shared,
      options.linkTarget,
    ),
  );
  if (options.element === 'catalog') {
    if (options.inline === undefined) return `${element}\n`;
    // A catalogue reads an inline feed from its own child script (its shadow root has no slot:
    // the script is never shown).
    const close = '</practice-catalog>';
    return `${element.slice(0, -close.length)}<script type="application/json">${toInlineSafeJson(options.inline)}</script>${close}\n`;
  }
  if (options.inline === undefined) return `${element}\n`;
  return `<practice-feed lang="${attribute(options.lang)}">
<script type="application/json">${toInlineSafeJson(options.inline)}</script>
${element}
</practice-feed>
`;
}
