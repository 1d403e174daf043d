/**
 * Rendered HTML whose feed cannot be had (offline with no saved copy, a missing or broken feed):
 * part of the hydration support's chunk (`hydrate-support.ts`), so pages without rendered HTML
 * never load it.
 *
 * The rendered practices stay on screen exactly as they are: no node is removed or moved. What
 * is added:
 * - a quiet notice at the end of the element (a polite status, in the element's language and
 *   theme) saying that the practices shown may not be the latest and that sorting and opening
 *   them need the connection, with a Retry button. It follows the element's content, so it moves
 *   nothing above it, and it sticks to the bottom of the screen while the element runs past it,
 *   so that a reader of a long list sees it;
 * - the controls that cannot work without the feed (the sort, the pager, the downloads, the
 *   cards' "open" buttons, the figures' buttons) are disabled, with the notice's text as their
 *   description for a screen reader; links keep working (they need no feed);
 * When the connection comes back (`online`), the element's feed is asked for again by itself
 * (`FeedController`, as for every element with a `src`); Retry asks at once.
 *
 * Before the element takes the HTML over (after a Retry or an `online` that brought the feed),
 * everything added here is taken out again, so that Lit's hydration finds the nodes and
 * attributes exactly as they were rendered.
 */
import { uiStrings } from '../../i18n/messages.js';

/** What this module needs of a display element with rendered content. */
export interface RenderedElement extends HTMLElement {
  readonly shadowRoot: ShadowRoot | null;
  /** Tries the load again (the element's own request, or its `<practice-feed>`'s). */
  retry?(): void;
}

/** The controls that need the feed. Links (`<a href>`) need none and keep working. */
const CONTROLS = 'button, select, input, textarea';

const NOTICE_CLASS = 'rendered-unavailable';
const REASON_ID = 'practice-rendered-unavailable';

let sheet: CSSStyleSheet | undefined;

/**
 * The notice's place and the unavailable controls' look. Nothing here changes a box of the
 * rendered content: colour, opacity and cursor only.
 */
function unavailableSheet(): CSSStyleSheet {
  if (sheet) return sheet;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    .${NOTICE_CLASS} {
      position: sticky;
      bottom: 0;
      z-index: 3;
      padding-top: calc(var(--_space) * 0.5);
    }
    .${NOTICE_CLASS} .saved-notice {
      margin: 0;
    }
    :disabled,
    [aria-disabled='true'] {
      cursor: default;
    }
    .button:disabled,
    select:disabled,
    summary[aria-disabled='true'] {
      opacity: 0.55;
    }
    .open:disabled {
      color: inherit;
      text-decoration: none;
    }
  `);
  return sheet;
}

interface Shown {
  readonly notice: HTMLElement;
  /** Every shadow root changed: the element's own, then those of the cards inside it. */
  readonly roots: ShadowRoot[];
  /** The controls disabled here, with the description they had. */
  readonly controls: { control: Element; describedBy: string | null; summary: boolean }[];
  /** The hidden reasons put in the cards' roots (a description cannot cross a shadow root). */
  readonly reasons: HTMLElement[];
}

const shown = new WeakMap<RenderedElement, Shown>();

/** A click on an unavailable `<summary>` opens nothing. */
const refuse = (event: Event): void => event.preventDefault();

/** `root` and the shadow roots inside it that are still as rendered (not taken over yet). */
function renderedRoots(root: ShadowRoot): ShadowRoot[] {
  const roots = [root];
  for (let i = 0; i < roots.length; i++) {
    for (const element of roots[i]!.querySelectorAll('*')) {
      if (element.shadowRoot && !(element as { hasUpdated?: boolean }).hasUpdated) {
        roots.push(element.shadowRoot);
      }
    }
  }
  return roots;
}

/** Whether the element shows the notice (for the tests and the hydration support). */
export const isUnavailable = (element: RenderedElement): boolean => shown.has(element);

/**
 * Shows that the rendered content's feed could not be had: the notice with its Retry, the
 * controls disabled (once: called again while it shows, it does nothing).
 */
export function showUnavailable(element: RenderedElement): void {
  if (shown.has(element)) return;
  const root = element.shadowRoot;
  if (!root) return;
  // The element's language and theme, as its rendered content has them.
  const content = root.querySelector<HTMLElement>(':scope > .theme');
  const lang = content?.lang || element.lang || 'en';
  const theme =
    ['light', 'dark', 'auto'].find((name) => content?.classList.contains(name)) ?? 'light';
  const strings = uiStrings(lang);

  const notice = document.createElement('div');
  notice.className = `theme ${theme} ${NOTICE_CLASS}`;
  notice.lang = lang;
  const box = notice.appendChild(document.createElement('div'));
  box.className = 'saved-notice';
  box.setAttribute('part', 'notice');
  box.setAttribute('role', 'status');
  const text = box.appendChild(document.createElement('p'));
  text.id = REASON_ID;
  text.textContent = strings.renderedUnavailable;
  const retryButton = box.appendChild(document.createElement('button'));
  retryButton.className = 'button';
  retryButton.type = 'button';
  retryButton.textContent = strings.retry;

  retryButton.addEventListener('click', () => element.retry?.());

  const roots = renderedRoots(root);
  const controls: Shown['controls'] = [];
  const reasons: HTMLElement[] = [];
  for (const part of roots) {
    let reasonId = REASON_ID;
    if (part !== root) {
      const reason = document.createElement('span');
      reason.hidden = true;
      reason.id = reasonId = `${REASON_ID}-reason`;
      reason.textContent = strings.renderedUnavailable;
      reasons.push(reason);
    }
    let used = false;
    for (const control of part.querySelectorAll<HTMLElement>(`${CONTROLS}, summary`)) {
      const summary = control.localName === 'summary';
      if (!summary && (control as HTMLButtonElement).disabled) continue;
      controls.push({ control, describedBy: control.getAttribute('aria-describedby'), summary });
      if (summary) {
        control.setAttribute('aria-disabled', 'true');
        control.addEventListener('click', refuse);
      } else {
        (control as HTMLButtonElement).disabled = true;
      }
      control.setAttribute('aria-describedby', reasonId);
      used = true;
    }
    if (part !== root && used) part.append(reasons.at(-1)!);
    part.adoptedStyleSheets = [...part.adoptedStyleSheets, unavailableSheet()];
  }
  root.append(notice);

  shown.set(element, { notice, roots, controls, reasons });
}

/**
 * Takes out everything `showUnavailable` added, leaving the rendered nodes and attributes as
 * they were rendered: called before the element takes the HTML over.
 */
export function clearUnavailable(element: RenderedElement): void {
  const state = shown.get(element);
  if (!state) return;
  shown.delete(element);
  state.notice.remove();
  for (const reason of state.reasons) reason.remove();
  for (const { control, describedBy, summary } of state.controls) {
    if (summary) {
      control.removeAttribute('aria-disabled');
      control.removeEventListener('click', refuse);
    } else {
      (control as HTMLButtonElement).disabled = false;
    }
    if (describedBy === null) control.removeAttribute('aria-describedby');
    else control.setAttribute('aria-describedby', describedBy);
  }
  const added = unavailableSheet();
  for (const root of state.roots) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((one) => one !== added);
  }
}
