/**
 * Reading the iframe embed page's address: which widget, from which feed, in which language and
 * scope. DOM-free, so that it is tested on its own. Unknown parameters are ignored; a feed
 * address must be http(s).
 */

export const EMBED_WIDGETS = {
  catalog: 'practice-catalog',
  card: 'practice-card',
  list: 'practice-list',
  map: 'practice-map',
  stats: 'practice-stats',
} as const;

export type EmbedWidget = keyof typeof EMBED_WIDGETS;

/** Parameters passed on to the widget as attributes of the same name. */
const PASSED_ON = [
  'lang',
  'country',
  'setting',
  'level',
  'objective',
  'q',
  'theme',
  'practice-id',
  'layout',
  'facets',
  'page-size',
  'sort',
] as const;

/** Boolean attributes a parameter may switch on (`?without-map`, `?sync-url`). */
const SWITCHES = ['without-filters', 'without-map', 'without-stats', 'without-list', 'sync-url'];

export interface EmbedConfig {
  /** The custom element to create. */
  readonly tag: (typeof EMBED_WIDGETS)[EmbedWidget];
  /** Attributes to set on it, `src` included when it is a usable http(s) address. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Why `src` was refused, if it was. */
  readonly refusedSrc?: string;
}

const isWidget = (value: string | null): value is EmbedWidget =>
  value !== null && Object.prototype.hasOwnProperty.call(EMBED_WIDGETS, value);

export function readEmbedParams(search: string, pageUrl: string): EmbedConfig {
  const params = new URLSearchParams(search);
  const widget = params.get('widget');
  const tag = EMBED_WIDGETS[isWidget(widget) ? widget : 'catalog'];
  const attributes: Record<string, string> = {};
  let refusedSrc: string | undefined;

  const src = params.get('src');
  if (src) {
    try {
      const url = new URL(src, pageUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') attributes.src = url.href;
      else refusedSrc = src;
    } catch {
      refusedSrc = src;
    }
  }
  for (const name of PASSED_ON) {
    const value = params.get(name);
    if (value !== null && value.length <= 500) attributes[name] = value;
  }
  for (const name of SWITCHES) {
    const value = params.get(name);
    if (value !== null && value !== 'false' && value !== '0') attributes[name] = '';
  }
  return { tag, attributes, refusedSrc };
}

/** The message the embed page sends its parent whenever its height changes. */
export interface HeightMessage {
  readonly type: 'practice-widgets:height';
  readonly height: number;
}

export const HEIGHT_MESSAGE_TYPE = 'practice-widgets:height';

/** Whether a received message is a usable height report. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as { type?: unknown; height?: unknown };
  return (
    type === HEIGHT_MESSAGE_TYPE &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height >= 0 &&
    height <= 100_000
  );
}

/** The tallest an embed iframe is made, in CSS pixels: a catalogue page is far shorter. */
export const EMBED_MAX_HEIGHT = 30_000;

/**
 * Whether the iframe whose `src` is `iframeSrc`, having sent a message from `messageOrigin`,
 * is the embed page served from `embedOrigin`: both its address and the message's origin must
 * be that origin. An iframe the host page marked itself (`data-practice-embed`, for an embed
 * page it serves from elsewhere) is trusted as long as its message comes from where its `src`
 * points.
 */
export function isTrustedEmbed(
  iframeSrc: string,
  messageOrigin: string,
  embedOrigin: string,
  marked: boolean,
  base: string,
): boolean {
  let srcOrigin: string;
  try {
    srcOrigin = new URL(iframeSrc, base).origin;
  } catch {
    return false;
  }
  if (srcOrigin === 'null' || srcOrigin !== messageOrigin) return false;
  return marked || srcOrigin === embedOrigin;
}
