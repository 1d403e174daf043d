import { localize } from '../data/localized-text.js';
import type { NormalizedFeed, NormalizedPractice } from '../data/types.js';
import { facetValueLabel } from '../i18n/facet-labels.js';
import { countryName, formatDate } from '../i18n/format.js';
import { formatMessage } from '../i18n/messages.js';
import { tagLabel } from '../i18n/vocabulary-labels.js';
import { attribute, httpUrl, jsonLd, text } from './html.js';
import { SITE_STRINGS, type SiteLanguage } from './site-strings.js';

/*
 * The pages of a static catalogue site, as HTML text: a catalogue page per language, a page per
 * practice and language, the root page that chooses a language, and the sitemap. Pure functions
 * of the feed and the site's layout; `buildSite` (site.ts) puts them together and adds each
 * practice's rendered card.
 *
 * Addresses. Pages live at `<lang>/index.html` and `<lang>/<id>/index.html` and link to each
 * other with relative, directory-style addresses (`../digital-seed/`), which every static host
 * serves. Absolute addresses (canonical, alternates, Open Graph, the sitemap) need to know
 * where the site will be served: `baseUrl`. Without it those are left out, since a guessed
 * address would be wrong.
 */

export interface SiteLayout {
  /** Where the site is served, ending with `/`, when known. */
  readonly baseUrl?: string;
  /** The languages of the site, the first being the default for readers of other languages. */
  readonly languages: readonly SiteLanguage[];
}

/** The path of a page from the site's root, directory-style (`es/`, `es/digital-seed/`). */
export const catalogPath = (lang: SiteLanguage): string => `${lang}/`;
export const practicePath = (lang: SiteLanguage, id: string): string => `${lang}/${id}/`;

/**
 * The embed pages, for an iframe on another site: per language, one per widget of the whole
 * catalogue (`es/embed/list.html`), and one per practice beside its page
 * (`es/digital-seed/embed.html`). Files, not directories: they are addressed only by the iframe
 * snippets, never listed in the sitemap.
 */
export const SITE_EMBED_WIDGETS = ['list', 'stats', 'map', 'catalog'] as const;
export type SiteEmbedWidget = (typeof SITE_EMBED_WIDGETS)[number];
export const embedPath = (lang: SiteLanguage, widget: SiteEmbedWidget): string =>
  `${lang}/embed/${widget}.html`;
export const practiceEmbedPath = (lang: SiteLanguage, id: string): string =>
  `${lang}/${id}/embed.html`;

/** A page path's file: a directory's `index.html`. */
export const fileOf = (path: string): string => (path.endsWith('/') ? `${path}index.html` : path);

const absolute = (layout: SiteLayout, path: string): string | undefined =>
  layout.baseUrl ? new URL(path, layout.baseUrl).href : undefined;

/** The relative address from the page at `from` to the page at `to` (both from the root). */
export function relative(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return `${'../'.repeat(depth)}${to}` || './';
}

/** The feed's title in `lang`, or the site's default. */
export function catalogTitle(feed: NormalizedFeed, lang: SiteLanguage): string {
  return localize(feed.title, lang, feed.language)?.trim() || SITE_STRINGS[lang].defaultTitle;
}

const practiceTitle = (feed: NormalizedFeed, practice: NormalizedPractice, lang: SiteLanguage) =>
  localize(practice.title, lang, feed.language) ?? practice.id;

const practiceSummary = (feed: NormalizedFeed, practice: NormalizedPractice, lang: SiteLanguage) =>
  localize(practice.summary, lang, feed.language) ??
  localize(practice.description, lang, feed.language);

/** A description for search results and link previews: one paragraph, at most 300 characters. */
function snippet(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length <= 300 ? flat : `${flat.slice(0, 299).replace(/\s+\S*$/, '')}…`;
}

interface Head {
  readonly lang: SiteLanguage;
  readonly title: string;
  readonly description?: string;
  /** This page's path from the root. */
  readonly path: string;
  /** The same page in each language, by path. */
  readonly alternates: ReadonlyMap<SiteLanguage, string>;
  /** The path readers of another language are sent to (`x-default`). */
  readonly defaultPath: string;
  readonly ogType: 'website' | 'article';
  readonly image?: { readonly src: string; readonly alt?: string };
  readonly structuredData: unknown;
  /** Stylesheets and scripts, as paths from the root. */
  readonly stylesheets?: readonly string[];
  readonly scripts?: readonly string[];
  /** The page's Content-Security-Policy (see `pagePolicy`), when it has one. */
  readonly policy?: string;
}

/**
 * A policy as a double-quoted attribute value: its single quotes kept as they are, for a reader
 * of the page (origins and hashes hold no `"`, `&` or `<`; escaped all the same).
 */
const policyAttribute = (policy: string): string =>
  policy.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

function head(layout: SiteLayout, page: Head): string {
  const strings = SITE_STRINGS[page.lang];
  const url = absolute(layout, page.path);
  const meta = (property: string, content: string | undefined, key = 'property') =>
    content === undefined
      ? ''
      : `\n    <meta ${key}="${property}" content="${attribute(content)}" />`;
  const alternates = layout.baseUrl
    ? [...page.alternates]
        .map(
          ([lang, path]) =>
            `\n    <link rel="alternate" hreflang="${lang}" href="${attribute(absolute(layout, path)!)}" />`,
        )
        .join('') +
      `\n    <link rel="alternate" hreflang="x-default" href="${attribute(absolute(layout, page.defaultPath)!)}" />`
    : '';
  const image = httpUrl(page.image?.src);
  return `<head>
    <meta charset="utf-8" />${
      page.policy
        ? `\n    <meta http-equiv="Content-Security-Policy" content="${policyAttribute(page.policy)}" />`
        : ''
    }
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${text(page.title)}</title>${meta('description', page.description, 'name')}${
      url ? `\n    <link rel="canonical" href="${attribute(url)}" />` : ''
    }${alternates}${meta('og:type', page.ogType)}${meta('og:title', page.title)}${meta(
      'og:description',
      page.description,
    )}${meta('og:url', url)}${meta('og:locale', strings.ogLocale)}${[...page.alternates.keys()]
      .filter((lang) => lang !== page.lang)
      .map((lang) => meta('og:locale:alternate', SITE_STRINGS[lang].ogLocale))
      .join('')}${meta('og:image', image)}${meta('og:image:alt', image && page.image?.alt)}${meta(
      'twitter:card',
      image ? 'summary_large_image' : 'summary',
      'name',
    )}${meta('twitter:title', page.title, 'name')}${meta('twitter:description', page.description, 'name')}
    ${jsonLd(page.structuredData)}
    <link rel="stylesheet" href="${relative(page.path, 'site.css')}" />${(page.stylesheets ?? [])
      .map((href) => `\n    <link rel="stylesheet" href="${relative(page.path, href)}" />`)
      .join('')}${(page.scripts ?? [])
      .map((src) => `\n    <script type="module" src="${relative(page.path, src)}"></script>`)
      .join('')}
  </head>`;
}

/** The language chooser: links to the same page in the site's other languages. */
function languageLinks(page: Pick<Head, 'lang' | 'path' | 'alternates'>): string {
  const others = [...page.alternates].filter(([lang]) => lang !== page.lang);
  if (others.length === 0) return '';
  return `<nav class="languages" aria-label="${attribute(SITE_STRINGS[page.lang].otherLanguages)}">
        <ul>${others
          .map(
            ([lang, path]) =>
              `<li><a href="${relative(page.path, path)}" hreflang="${lang}" lang="${lang}">${text(SITE_STRINGS[lang].languageName)}</a></li>`,
          )
          .join('')}</ul>
      </nav>`;
}

/** Who publishes the feed and when it was last updated, as a line under a title. */
function feedLine(feed: NormalizedFeed, lang: SiteLanguage): string {
  const strings = SITE_STRINGS[lang];
  const parts: string[] = [];
  if (feed.publisher) {
    const name = text(feed.publisher.name);
    const url = httpUrl(feed.publisher.url);
    parts.push(
      formatMessage(strings.publishedBy, {
        publisher: url ? `<a href="${attribute(url)}">${name}</a>` : name,
      }),
    );
  }
  if (feed.updated) {
    parts.push(
      formatMessage(strings.updatedOn, {
        date: `<time datetime="${feed.updated}">${text(formatDate(lang, feed.updated))}</time>`,
      }),
    );
  }
  return parts.length ? `<p class="feed-line">${parts.join(' · ')}</p>` : '';
}

const pageTemplate = (lang: SiteLanguage, headHtml: string, body: string) => `<!doctype html>
<html lang="${lang}">
  ${headHtml}
  <body>
    ${body}
  </body>
</html>
`;

/** schema.org's description of the catalogue: a Dataset, with the feed as its download. */
export function catalogStructuredData(
  feed: NormalizedFeed,
  layout: SiteLayout,
  lang: SiteLanguage,
): unknown {
  const url = absolute(layout, catalogPath(lang));
  const description = snippet(localize(feed.description, lang, feed.language));
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: catalogTitle(feed, lang),
    ...(description && { description }),
    ...(url && { url }),
    inLanguage: lang,
    ...(feed.updated && { dateModified: feed.updated }),
    ...(feed.license && { license: feed.license }),
    ...(feed.publisher && {
      publisher: {
        '@type': 'Organization',
        name: feed.publisher.name,
        ...(httpUrl(feed.publisher.url) && { url: httpUrl(feed.publisher.url) }),
      },
    }),
    spatialCoverage: [...new Set(feed.practices.flatMap((p) => p.countries))].map((code) => ({
      '@type': 'Country',
      name: countryName(lang, code),
      identifier: code,
    })),
    distribution: {
      '@type': 'DataDownload',
      encodingFormat: 'application/json',
      contentUrl: absolute(layout, 'feed.json') ?? 'feed.json',
    },
  };
}

/**
 * schema.org's description of one practice. The vocabulary has no type for "a good practice":
 * it is a CreativeWork (a described work, with `educationalLevel`, `audience`, `keywords`,
 * `spatialCoverage` and a `creator`), part of the catalogue's Dataset. See docs/static-site.md
 * for the types weighed.
 */
export function practiceStructuredData(
  feed: NormalizedFeed,
  practice: NormalizedPractice,
  layout: SiteLayout,
  lang: SiteLanguage,
): unknown {
  const url = absolute(layout, practicePath(lang, practice.id));
  const description = snippet(practiceSummary(feed, practice, lang));
  const labels = (facet: 'level' | 'objective', values: readonly string[]) =>
    values.map((value) => facetValueLabel(lang, facet, value, feed));
  const audiences = practice.audiences
    .map((audience) => localize(audience, lang, feed.language))
    .filter((audience): audience is string => Boolean(audience));
  const image = httpUrl(practice.image?.src);
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: practiceTitle(feed, practice, lang),
    ...(description && { description }),
    ...(url && { url }),
    identifier: practice.id,
    inLanguage: lang,
    ...(httpUrl(practice.url) && { sameAs: httpUrl(practice.url) }),
    ...(image && { image }),
    spatialCoverage: practice.countries.map((code) => ({
      '@type': 'Country',
      name: countryName(lang, code),
      identifier: code,
    })),
    ...(practice.levels.length && { educationalLevel: labels('level', practice.levels) }),
    ...(practice.objectives.length && { about: labels('objective', practice.objectives) }),
    ...(practice.tags.length && {
      keywords: practice.tags.map((tag) => tagLabel(lang, tag, feed)).join(', '),
    }),
    ...(audiences.length && {
      audience: audiences.map((name) => ({
        '@type': 'EducationalAudience',
        educationalRole: name,
      })),
    }),
    ...(practice.year !== undefined && { temporalCoverage: `${practice.year}/..` }),
    ...(practice.organization && {
      creator: {
        '@type': 'Organization',
        name: practice.organization.name,
        ...(httpUrl(practice.organization.url) && { url: httpUrl(practice.organization.url) }),
      },
    }),
    isPartOf: {
      '@type': 'Dataset',
      name: catalogTitle(feed, lang),
      ...(absolute(layout, catalogPath(lang)) && { url: absolute(layout, catalogPath(lang)) }),
    },
  };
}

const alternatesOf = (layout: SiteLayout, pathOf: (lang: SiteLanguage) => string) =>
  new Map(layout.languages.map((lang) => [lang, pathOf(lang)] as const));

/** Practices in the order of their titles in `lang`. */
function byTitle(feed: NormalizedFeed, lang: SiteLanguage): NormalizedPractice[] {
  const order = new Intl.Collator(lang, { sensitivity: 'base' });
  return [...feed.practices].sort((a, b) =>
    order.compare(practiceTitle(feed, a, lang), practiceTitle(feed, b, lang)),
  );
}

/**
 * The catalogue page of one language: the feed's title, publisher and date, then the whole
 * catalogue rendered on the server (`render.ts`: `<practice-catalog>` with its filters, its tabs
 * and the first page of practices, the site's own copy of the bundle and of the feed), which
 * paints before any script and which the widgets take over; the map and the figures are behind
 * its tabs, drawn when a reader first chooses them. The feed's description follows the
 * catalogue (on a phone it took most of the first screen, before any practice). Then an index
 * of every practice as plain
 * links: what a reader without scripts and a search engine follow to each practice's page. The
 * page's policy allows the rendered styles by their hashes (see `pagePolicy`).
 */
export function catalogPage(
  feed: NormalizedFeed,
  layout: SiteLayout,
  lang: SiteLanguage,
  catalog: { readonly html: string; readonly policy: string },
): string {
  const strings = SITE_STRINGS[lang];
  const path = catalogPath(lang);
  const title = catalogTitle(feed, lang);
  const alternates = alternatesOf(layout, catalogPath);
  const about = localize(feed.description, lang, feed.language)?.trim();
  const description = snippet(about);
  const practices = byTitle(feed, lang);
  const headHtml = head(layout, {
    lang,
    title,
    ...(description && { description }),
    path,
    alternates,
    defaultPath: '',
    ogType: 'website',
    structuredData: catalogStructuredData(feed, layout, lang),
    policy: catalog.policy,
    stylesheets: ['widgets/practice-widgets.css'],
    scripts: ['widgets/practice-widgets.js'],
  });
  const body = `<header class="site-header">
      ${languageLinks({ lang, path, alternates })}
      <h1>${text(title)}</h1>
      ${feedLine(feed, lang)}
    </header>
    <main>
      ${catalog.html.trim()}
      ${about ? `<p class="lead">${text(about)}</p>` : ''}
      <section class="index" aria-labelledby="index-heading">
        <h2 id="index-heading">${text(strings.indexHeading)} (${practices.length})</h2>
        <ul>${practices
          .map(
            (practice) =>
              `\n          <li><a href="${relative(path, practicePath(lang, practice.id))}">${text(practiceTitle(feed, practice, lang))}</a>${
                practice.countries.length
                  ? ` <span class="countries">(${text(practice.countries.map((code) => countryName(lang, code)).join(', '))})</span>`
                  : ''
              }</li>`,
          )
          .join('')}
        </ul>
      </section>
    </main>
    <footer class="site-footer"><a href="${relative(path, 'feed.json')}" type="application/json">${text(strings.feedLink)}</a></footer>`;
  return pageTemplate(lang, headHtml, body);
}

/**
 * The page of one practice in one language. `card` is the practice rendered by
 * `<practice-card layout="full">` as declarative shadow DOM: the page needs no script.
 */
export function practicePage(
  feed: NormalizedFeed,
  practice: NormalizedPractice,
  layout: SiteLayout,
  lang: SiteLanguage,
  card: string,
): string {
  const strings = SITE_STRINGS[lang];
  const path = practicePath(lang, practice.id);
  const title = practiceTitle(feed, practice, lang);
  const description = snippet(practiceSummary(feed, practice, lang));
  const alternates = alternatesOf(layout, (other) => practicePath(other, practice.id));
  const alt = practice.image ? localize(practice.image.alt, lang, feed.language) : undefined;
  const headHtml = head(layout, {
    lang,
    title: `${title} · ${catalogTitle(feed, lang)}`,
    ...(description && { description }),
    path,
    alternates,
    defaultPath: practicePath(layout.languages[0]!, practice.id),
    ogType: 'article',
    ...(practice.image && { image: { src: practice.image.src, ...(alt && { alt }) } }),
    structuredData: practiceStructuredData(feed, practice, layout, lang),
  });
  const body = `<header class="site-header">
      ${languageLinks({ lang, path, alternates })}
      <p class="breadcrumb"><a href="${relative(path, catalogPath(lang))}">← ${text(strings.allPractices)}</a> · ${text(catalogTitle(feed, lang))}</p>
    </header>
    <main>
      ${card}
    </main>
    <footer class="site-footer">${feedLine(feed, lang)}</footer>`;
  return pageTemplate(lang, headHtml, body);
}

export interface EmbedPageOptions {
  readonly lang: SiteLanguage;
  /** The page's path from the root (`es/embed/list.html`). */
  readonly path: string;
  readonly title: string;
  /**
   * The widget's HTML, its feed at the site's `feed.json`: rendered on the server (declarative
   * shadow DOM) for the list, the figures, the map and a card; the bare element for the
   * catalogue, whose room practice-widgets.css keeps until the script draws it.
   */
  readonly widget: string;
  /** `'sha256-…'` sources of the rendered `<style>` elements (see `embedPolicy`). */
  readonly styleHashes: readonly string[];
  /** The origins of the practices' pictures, for `img-src`. */
  readonly imageOrigins: readonly string[];
}

/**
 * The Content-Security-Policy of a page holding rendered widgets (an embed page, a catalogue
 * page), in its own `<meta>` (a static host may send no header): the generic embed page's rules
 * (no inline script, no inline style, scripts and the feed from the site itself, Trusted Types),
 * with the rendered shadow roots' `<style>` elements allowed by their hashes only, so that the
 * rendered widgets are styled before any script runs.
 */
export function pagePolicy(
  styleHashes: readonly string[],
  imageOrigins: readonly string[],
): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...new Set(styleHashes)].join(' '),
    ["img-src 'self'", ...new Set(imageOrigins)].join(' '),
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

/**
 * An embed page: one widget, full width, with the generic embed page's styles and script
 * (`embed.css`, `embed.js`: it reports the page's height to the host page, for
 * `embed-resize.js`) and the widgets' script from the site's own copy. Kept out of search
 * engines (`noindex`; the practice's own page is the one to find) and of the sitemap; no
 * `Referer` to the feed's or the pictures' hosts, as the generic embed page. Its links (a
 * practice's page, a practice's website) open in the top window (`<base target="_top">`, which
 * `base-uri 'none'` leaves alone: it governs a base address, and this one gives none), so that
 * a reader leaves the host page for the practice's page rather than loading it inside the frame.
 */
export function embedPage(page: EmbedPageOptions): string {
  const { lang, path } = page;
  const asset = (name: string) => relative(path, `widgets/${name}`);
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${policyAttribute(pagePolicy(page.styleHashes, page.imageOrigins))}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <meta name="robots" content="noindex" />
    <base target="_top" />
    <title>${text(page.title)}</title>
    <link rel="stylesheet" href="${asset('embed.css')}" />
    <link rel="stylesheet" href="${asset('practice-widgets.css')}" />
    <script type="module" src="${asset('practice-widgets.js')}"></script>
    <script type="module" src="${asset('embed.js')}"></script>
  </head>
  <body>
    <main id="widget">${page.widget.trim()}</main>
  </body>
</html>
`;
}

/**
 * What follows the list on its embed page when the feed has more practices than its first page:
 * a link to the catalogue page, shown only where scripts are off (`embed.css`). There the
 * rendered list's pager cannot turn; the catalogue page links every practice's page.
 */
export function allPracticesLink(feed: NormalizedFeed, lang: SiteLanguage, path: string): string {
  const count = new Intl.NumberFormat(lang).format(feed.practices.length);
  return `<p class="without-script"><a href="${attribute(relative(path, catalogPath(lang)))}">${text(SITE_STRINGS[lang].allPractices)} (${count})</a></p>`;
}

/** The title of a widget's embed page in `lang`. */
export function embedTitle(feed: NormalizedFeed, lang: SiteLanguage, widget: SiteEmbedWidget) {
  const strings = SITE_STRINGS[lang];
  const name = {
    list: strings.embedList,
    stats: strings.embedStats,
    map: strings.embedMap,
    catalog: strings.embedCatalog,
  }[widget];
  return `${name} · ${catalogTitle(feed, lang)}`;
}

/** The title of a practice's embed page in `lang`. */
export const practiceEmbedTitle = (
  feed: NormalizedFeed,
  practice: NormalizedPractice,
  lang: SiteLanguage,
): string => `${practiceTitle(feed, practice, lang)} · ${catalogTitle(feed, lang)}`;

/** The site's root: the catalogue in each language, for a reader to choose. */
export function rootPage(feed: NormalizedFeed, layout: SiteLayout): string {
  const lang = layout.languages[0]!;
  const alternates = alternatesOf(layout, catalogPath);
  const headHtml = head(layout, {
    lang,
    title: catalogTitle(feed, lang),
    path: '',
    alternates,
    defaultPath: '',
    ogType: 'website',
    structuredData: catalogStructuredData(feed, layout, lang),
  });
  const body = `<main>
      <h1>${text(catalogTitle(feed, lang))}</h1>
      <nav aria-label="${attribute(SITE_STRINGS[lang].chooseLanguage)}">
        <ul class="language-choice">${layout.languages
          .map(
            (other) =>
              `<li><a href="${catalogPath(other)}" hreflang="${other}" lang="${other}">${text(catalogTitle(feed, other))} (${text(SITE_STRINGS[other].languageName)})</a></li>`,
          )
          .join('')}</ul>
      </nav>
    </main>`;
  return pageTemplate(lang, headHtml, body);
}

/**
 * The sitemap: every page, in every language, each with its alternates (the form search
 * engines read for translated pages). Only with a base URL: a sitemap lists absolute addresses.
 */
export function sitemap(feed: NormalizedFeed, layout: SiteLayout): string | undefined {
  if (!layout.baseUrl) return undefined;
  const pages: ((lang: SiteLanguage) => string)[] = [
    catalogPath,
    ...feed.practices.map((practice) => (lang: SiteLanguage) => practicePath(lang, practice.id)),
  ];
  const entries = pages.flatMap((pathOf) =>
    layout.languages.map(
      (lang) => `  <url>
    <loc>${text(absolute(layout, pathOf(lang))!)}</loc>${feed.updated ? `\n    <lastmod>${feed.updated}</lastmod>` : ''}${layout.languages
      .map(
        (other) =>
          `\n    <xhtml:link rel="alternate" hreflang="${other}" href="${text(absolute(layout, pathOf(other))!)}"/>`,
      )
      .join('')}
  </url>`,
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>
    <loc>${text(layout.baseUrl)}</loc>
  </url>
${entries.join('\n')}
</urlset>
`;
}

/** The pages' own styles: readable text, a centred column, the tokens the widgets use. */
export const SITE_CSS = `:root {
  color-scheme: light dark;
  font-family: system-ui, sans-serif;
  line-height: 1.5;
}
body {
  max-width: 72rem;
  margin: 0 auto;
  padding: 1rem;
}
.site-header h1 {
  margin: 0.5rem 0;
  font-size: clamp(1.5rem, 4vw, 2.25rem);
  line-height: 1.2;
}
.feed-line,
.breadcrumb {
  margin: 0.25rem 0;
}
.languages ul,
.language-choice {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 1rem;
  margin: 0;
  padding: 0;
  list-style: none;
}
.languages {
  margin-bottom: 0.5rem;
  font-size: 0.95rem;
}
a {
  color: LinkText;
}
.lead {
  margin: 2rem 0 0;
}
.index {
  margin-top: 2rem;
}
.index ul {
  padding-inline-start: 1.25rem;
}
.index li {
  margin: 0.25rem 0;
}
.site-footer {
  margin-top: 2rem;
  font-size: 0.9rem;
}
@media print {
  .languages,
  .site-footer {
    display: none;
  }
}
`;
