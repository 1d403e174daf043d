import { css, html, type ReactiveElement, type TemplateResult } from 'lit';
import type { NormalizedPractice } from '../../data/types.js';
import { paramPrefix } from '../../feed/url-state.js';
import { formatNumber } from '../../i18n/format.js';
import { formatMessage } from '../../i18n/messages.js';
import type { UiStrings } from '../../i18n/strings/types.js';
import { visuallyHidden } from '../../styles/theme.js';
import { parentAcross } from '../shared/practice-element.js';
import { practicePage } from '../shared/practice-links.js';

/*
 * What an open practice adds to the list's dialog bar: previous / next within the results, with
 * the practice's position, and the address to copy. A chunk of its own (see `_extras` in
 * practice-list.ts), loaded when a practice first opens: a list's first paint needs none of it.
 */

/** The id of the `<practice-feed>` around an element, through shadow roots, if it has one. */
function feedId(element: Element): string | undefined {
  for (let node: Element | undefined = element; node; node = parentAcross(node)) {
    if (node.localName === 'practice-feed') return node.id || undefined;
  }
  return undefined;
}

/**
 * The address that opens a practice: its own page on the publisher's site, when
 * `practice-url` gives one; else the page's, when it already opens it (a feed with `sync-url`
 * has written it); else the practice's own `url`; else the page's with the parameter a feed
 * with `sync-url` reads (`pw-open`, or `pw-<feed id>-open`).
 */
function practiceLink(element: Element, practice: NormalizedPractice): string {
  const own = practicePage(element, practice.id);
  if (own !== undefined) return new URL(own, document.baseURI).href;
  const page = new URL(location.href);
  for (const [name, value] of page.searchParams) {
    if (/^pw-(?:.+-)?open$/.test(name) && value === practice.id) return page.href;
  }
  if (practice.url) return practice.url;
  page.searchParams.set(`${paramPrefix(feedId(element))}open`, practice.id);
  return page.href;
}

/**
 * "Copy link": the practice's address to the clipboard, then `show` says so; when the browser
 * refuses (permissions, an insecure page, an old browser), `show` gives the address, and the
 * field it is shown in is selected, to copy by hand.
 */
async function copyLink(
  list: ReactiveElement,
  practice: NormalizedPractice,
  strings: UiStrings,
  show: (notice: string, manualLink?: string) => void,
): Promise<void> {
  const link = practiceLink(list, practice);
  show('');
  try {
    await navigator.clipboard.writeText(link);
    show(strings.linkCopied);
  } catch {
    show('', link);
    await list.updateComplete;
    const field = list.renderRoot.querySelector<HTMLInputElement>('.manual-link input');
    field?.focus();
    field?.select();
  }
}

/** Previous / next within the results, and where the open practice is among them. */
function renderSteps(
  lang: string,
  strings: UiStrings,
  index: number,
  total: number,
  step: (delta: number) => void,
): TemplateResult {
  return html`<div class="steps">
    <button
      class="button secondary step previous"
      type="button"
      ?disabled=${index <= 0}
      @click=${() => step(-1)}
    >
      <span aria-hidden="true">‹</span><span class="step-label">${strings.previousPractice}</span>
    </button>
    <span class="position" role="status">
      ${formatMessage(strings.practicePosition, {
        position: formatNumber(lang, index + 1),
        total: formatNumber(lang, total),
      })}
    </span>
    <button
      class="button secondary step next"
      type="button"
      ?disabled=${index >= total - 1}
      @click=${() => step(1)}
    >
      <span class="step-label">${strings.nextPractice}</span><span aria-hidden="true">›</span>
    </button>
  </div>`;
}

/** The address, to copy by hand, when the browser refused to copy it. */
const renderManualLink = (strings: UiStrings, link: string): TemplateResult =>
  html`<label class="manual-link">
    <span>${strings.linkCopyManual}</span>
    <input type="url" readonly .value=${link} />
  </label>`;

const styles = css`
  .steps {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .position {
    min-width: 4.5em;
    color: var(--_muted);
    text-align: center;
    white-space: nowrap;
  }
  .step {
    padding-inline: 0.75em;
  }
  /* On a phone the steps are arrows; their names are still read. */
  @container (max-width: 36rem) {
    .step-label {
      ${visuallyHidden}
    }
  }
  .manual-link {
    display: grid;
    flex-basis: 100%;
    gap: 0.25rem;
  }
  .manual-link input {
    min-height: 2.75rem;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_text);
    font: inherit;
  }
`;

export const extras = { copyLink, renderSteps, renderManualLink, styles };

export type OpenPracticeExtras = typeof extras;
