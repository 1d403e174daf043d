import { html, isServer, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { practicePageUrl, readPracticeUrl } from '../../data/practice-url.js';
import { warnOnce } from '../../feed/warnings.js';
import { inheritedValue, parentAcross, serverLinkTarget } from './practice-element.js';

/*
 * Links to the practices' own pages (`practice-url`), a chunk of its own: asked for only by a
 * page that gives a template (see `PracticeElement.practiceLinks`), so that the others load
 * nothing of it. Until it arrives, a card's title is the button it is without a page.
 */

/**
 * The address of the practice `id`'s own page, from the `practice-url` of `element` or of the
 * nearest widget around it; `undefined` without one, or for a template that is not to be used
 * (said once on the console).
 */
export function practicePage(element: Element, id: string): string | undefined {
  const template = inheritedValue(element, 'practice-url');
  if (template === undefined) return undefined;
  const usable = readPracticeUrl(template);
  if (usable !== undefined) return practicePageUrl(usable, id);
  warnOnce(
    `practice-widgets: practice-url="${template.slice(0, 200)}" ignored: not an http(s) or relative address with {id}.`,
  );
  return undefined;
}

let baseTarget: string | null | undefined;

/**
 * The window links open in when the page names one with `<base target>` (an embed page's
 * `_top`), for SVG links (the map's markers), which do not follow it as HTML links do; on a
 * server, the one the render was given.
 */
export function linkTarget(): string | undefined {
  if (isServer) return serverLinkTarget();
  baseTarget ??= document.querySelector('base[target]')?.getAttribute('target') ?? null;
  return baseTarget ?? undefined;
}

/**
 * Whether a plain click on a practice's link opens the practice in the widgets: unless
 * `open-in` is `page`, when `element` is where practices open, inside a `<practice-feed>` (its
 * shared state) or a `<practice-list>` (which opens its cards' practices itself).
 */
export function opensInPlace(element: Element): boolean {
  if (inheritedValue(element, 'open-in') === 'page') return false;
  for (let node = parentAcross(element); node; node = parentAcross(node)) {
    if (node.localName === 'practice-feed' || node.localName === 'practice-list') return true;
  }
  return false;
}

/**
 * A click on a link to a practice's page: a plain one, where practices open in place, opens it
 * (`open`) and the browser does not follow the link; any other (a new tab, a window) is the
 * browser's. Whether the click was taken.
 */
export function takeLinkClick(event: MouseEvent, element: Element, open: () => void): boolean {
  if (
    event.button !== 0 ||
    event.ctrlKey ||
    event.metaKey ||
    event.shiftKey ||
    event.altKey ||
    !opensInPlace(element)
  ) {
    return false;
  }
  event.preventDefault();
  open();
  return true;
}

/**
 * A practice's name (a compact card's title, a practice the map lists) as a link to its own
 * page, with the class its button has without one; `undefined` when it has no page.
 */
export function renderOpenLink(
  element: Element,
  id: string,
  lang: string | undefined,
  title: unknown,
  open: () => void,
  className = 'open',
): TemplateResult | undefined {
  const page = practicePage(element, id);
  return page === undefined
    ? undefined
    : html`<a
        class=${className}
        href=${page}
        lang=${ifDefined(lang)}
        @click=${(event: MouseEvent) => takeLinkClick(event, element, open)}
        >${title}</a
      >`;
}

export type PracticeLinks = typeof import('./practice-links.js');
