/**
 * Which language an element speaks: the content language tag it reads the feed's texts in, and
 * the interface language its own strings come from.
 */

/** Languages the library carries interface strings and vocabulary labels for. */
export const INTERFACE_LANGUAGES = ['es', 'en', 'pt', 'fr'] as const;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** The interface language used when a tag's base language is not one of ours. */
export const DEFAULT_INTERFACE_LANGUAGE: InterfaceLanguage = 'en';

const isInterfaceLanguage = (value: string): value is InterfaceLanguage =>
  (INTERFACE_LANGUAGES as readonly string[]).includes(value);

/**
 * Maps any language tag to an interface language: `pt-BR` → `pt`, `fr-CA` → `fr`, `ES` → `es`.
 * Tags whose base language has no strings of its own (`qu`, `gn`, `de`) get English, as the
 * design requires; their feed texts still follow the full tag.
 */
export function interfaceLanguage(tag: string): InterfaceLanguage {
  const lower = tag.trim().toLowerCase();
  if (isInterfaceLanguage(lower)) return lower;
  // Some systems write `pt_BR`; the base language is what matters here.
  const base = lower.split(/[-_]/)[0] ?? '';
  return isInterfaceLanguage(base) ? base : DEFAULT_INTERFACE_LANGUAGE;
}

// `Node.ELEMENT_NODE` and `Node.DOCUMENT_FRAGMENT_NODE`, written out: outside a browser (a
// server renderer such as `@lit-labs/ssr`) there is no `Node`, `Element` or `ShadowRoot` global,
// and its elements have attributes but no `nodeType`. Nodes are therefore told apart by shape.
const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

const validTags = new Map<string, boolean>();

/**
 * Whether `tag` is a well-formed language tag. `Intl` throws on one that is not (`lang="0"`,
 * `lang="!"`), which would stop every widget in its loading state.
 */
export function isLanguageTag(tag: string): boolean {
  let valid = validTags.get(tag);
  if (valid === undefined) {
    try {
      valid = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      valid = false;
    }
    // Tags written in pages are few; a page writing thousands gets no cache, not a leak.
    if (validTags.size < 1000) validTags.set(tag, valid);
  }
  return valid;
}

function ownLang(node: Node): string | undefined {
  if (node.nodeType !== undefined && node.nodeType !== ELEMENT_NODE) return undefined;
  const { getAttribute } = node as Partial<Pick<Element, 'getAttribute'>>;
  if (typeof getAttribute !== 'function') return undefined;
  // `lang=""` means "unknown" in HTML; the design asks for the nearest useful value instead.
  // So does a value that is not a language tag.
  const value = getAttribute.call(node, 'lang')?.trim();
  return value && isLanguageTag(value) ? value : undefined;
}

/** The host a shadow root belongs to; undefined for any other node. */
const shadowHost = (node: Node): Element | undefined =>
  node.nodeType === DOCUMENT_FRAGMENT_NODE ? (node as Partial<ShadowRoot>).host : undefined;

/**
 * The content language of an element, per the design: its own `lang`, else the nearest
 * ancestor's non-empty `lang`, else `<html lang>`, else the browser's first language, else `en`.
 *
 * The walk goes up the DOM tree and out through shadow roots to their hosts, so a widget
 * rendered inside another component's shadow DOM still follows the page. (`closest('[lang]')`
 * stops at the shadow boundary, and matches `lang=""`.) The tag is returned as written, e.g.
 * `pt-BR`; pass it to `interfaceLanguage` for the interface strings.
 */
export function resolveLanguage(element: Element): string {
  let node: Node | null = element;
  while (node) {
    const lang = ownLang(node);
    if (lang) return lang;
    node = shadowHost(node) ?? node.parentNode ?? null;
  }

  // A detached element (or one in a detached subtree) still belongs to a document.
  const root = element.ownerDocument?.documentElement;
  const documentLang = root ? ownLang(root) : undefined;
  if (documentLang) return documentLang;

  if (typeof navigator !== 'undefined') {
    const browserLang = navigator.languages?.[0] || navigator.language;
    if (browserLang && isLanguageTag(browserLang)) return browserLang;
  }
  return DEFAULT_INTERFACE_LANGUAGE;
}
