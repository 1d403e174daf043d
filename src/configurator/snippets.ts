/*
 * The code the configurator hands an editor: a script tag, an iframe, or a WordPress
 * shortcode, for one widget with its attributes. DOM-free, so that it is tested in Node.
 *
 * Every snippet carries a link to the feed's site for a reader whose browser cannot run the
 * widget: inside the element (shown only while the element is not defined, since the widgets
 * render no light DOM), after the iframe, and inside the shortcode.
 *
 * The script snippet also links the page stylesheet (practice-widgets.css, beside the library),
 * which keeps the widget's room from the first paint, so that nothing after it moves when the
 * script arrives. The WordPress plugin loads that stylesheet itself; an iframe is sized by its
 * own attributes.
 */

import { escapeAttribute, escapeText } from '../data/html-escape.js';
import { EMBED_WIDGETS } from '../embed/embed-params.js';

/** The widgets an editor may choose, with their tags: the ones `embed.html` takes. */
export const CONFIGURATOR_WIDGETS = EMBED_WIDGETS;

export type ConfiguratorWidget = keyof typeof CONFIGURATOR_WIDGETS;

/** The WordPress shortcode of each widget (the plugin registers one per element). */
const SHORTCODES: Readonly<Record<ConfiguratorWidget, string>> = {
  catalog: 'practice_catalog',
  card: 'practice_card',
  list: 'practice_list',
  map: 'practice_map',
  stats: 'practice_stats',
};

export interface SnippetChoice {
  readonly widget: ConfiguratorWidget;
  /**
   * The element's attributes, in the order they are written. A boolean attribute has the value
   * `''`: written bare in HTML, `="1"` in a shortcode, as a bare parameter in the iframe's URL.
   */
  readonly attributes: readonly (readonly [name: string, value: string])[];
  /** The folder the library is served from, ending in `/` (where practice-widgets.js is). */
  readonly libraryBase: string;
  /** The fallback link: the feed's site, and its text in the widget's language. */
  readonly fallback: { readonly href: string; readonly text: string };
  /** The iframe's title, in the widget's language. */
  readonly iframeTitle: string;
  /** The comment above embed-resize.js, in the widget's language. */
  readonly resizeComment: string;
}

/**
 * A value made safe inside a double-quoted shortcode attribute. WordPress ends the attribute at
 * a `"`, and its parser treats `[` and `]` as shortcode brackets: all three are written as
 * HTML character references, which WordPress's own escaping decodes back to the character.
 */
export function escapeShortcodeAttribute(value: string): string {
  return escapeAttribute(value).replace(/\[/g, '&#91;').replace(/]/g, '&#93;');
}

/** The fallback link as HTML. */
function fallbackLink(choice: SnippetChoice): string {
  return `<a href="${escapeAttribute(choice.fallback.href)}">${escapeText(choice.fallback.text)}</a>`;
}

export function scriptSnippet(choice: SnippetChoice): string {
  const tag = CONFIGURATOR_WIDGETS[choice.widget];
  const attributes = choice.attributes
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const library = new URL('practice-widgets.js', choice.libraryBase).href;
  const stylesheet = new URL('practice-widgets.css', choice.libraryBase).href;
  return (
    `<link rel="stylesheet" href="${escapeAttribute(stylesheet)}" />\n` +
    `<script type="module" src="${escapeAttribute(library)}"></script>\n` +
    `<${tag}${attributes}>\n  ${fallbackLink(choice)}\n</${tag}>`
  );
}

/** The address of the iframe embed page for the choice. */
export function embedUrl(choice: SnippetChoice): string {
  const url = new URL('embed.html', choice.libraryBase);
  url.searchParams.set('widget', choice.widget);
  for (const [name, value] of choice.attributes) url.searchParams.set(name, value);
  return url.href;
}

export function iframeSnippet(choice: SnippetChoice): string {
  const height = choice.widget === 'card' ? 640 : 900;
  const resize = new URL('embed-resize.js', choice.libraryBase).href;
  return (
    `<iframe src="${escapeAttribute(embedUrl(choice))}" title="${escapeAttribute(choice.iframeTitle)}" ` +
    `width="100%" height="${height}" loading="lazy"></iframe>\n` +
    `<p>${fallbackLink(choice)}</p>\n` +
    `<!-- ${escapeText(choice.resizeComment).replace(/--/g, '- -')} -->\n` +
    `<script type="module" src="${escapeAttribute(resize)}"></script>`
  );
}

export function shortcodeSnippet(choice: SnippetChoice): string {
  const name = SHORTCODES[choice.widget];
  const attributes = choice.attributes
    .map(([attribute, value]) => ` ${attribute}="${escapeShortcodeAttribute(value || '1')}"`)
    .join('');
  return `[${name}${attributes}]${fallbackLink(choice).replace(/\[/g, '&#91;').replace(/]/g, '&#93;')}[/${name}]`;
}
