import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CacheMode } from '../../feed/feed-controller.js';
import { wholeNumberAttribute } from '../shared/attributes.js';
import { FeedRequestElement } from '../shared/widget-element.js';
import { resolveLanguage } from '../../i18n/languages.js';
import { uiStrings } from '../../i18n/messages.js';
import { styles } from './practice-catalog.styles.js';

/**
 * The whole catalogue in one element, for a CMS editor: filters, map, figures, the list of
 * practices with its detail view and downloads, all linked. Stacked on phones (the filters fold
 * away), side by side on wide screens.
 * Its `lang`, `theme` and scope attributes apply to every part (see `<practice-feed>`).
 *
 * @summary Filters, map, stats and list of a feed, linked, in one tag.
 * @tagname practice-catalog
 * @customElement practice-catalog
 *
 * @csspart layout - The grid that holds the parts.
 * @csspart sidebar - The column of the filters.
 * @csspart main - The column of the map, the figures and the list.
 *
 * @cssprop --practice-accent - Links, buttons, bars and focus ring of every part (default `#0b5cad`; dark `#8ab8f5`).
 * @cssprop --practice-text - Body text (default `#1d2329`; dark `#e6e9ed`).
 * @cssprop --practice-muted - Labels and secondary text of every part (default `#545e69`; dark `#adb6c0`).
 * @cssprop --practice-surface - Background of the cards and panels of every part (default `#ffffff`; dark `#1c2127`).
 * @cssprop --practice-border - Borders (default `#c9d1da`; dark `#48515c`).
 * @cssprop --practice-radius - Corner radius (default `0.5rem`).
 * @cssprop --practice-font - Font family (default: inherited from the page).
 * @cssprop --practice-space - Base spacing unit (default `1rem`).
 *
 * @fires practice-feed-load - When the feed is read: `{count, warnings, fromCache}`.
 * @fires practice-feed-error - When nothing usable could be read: `{message, cause}`.
 * @fires practice-filter-change - When the reader's filters change: `{filters}`.
 * @fires practice-select - When the reader opens a practice: `{id}`.
 */
export class PracticeCatalog extends FeedRequestElement {
  static override styles = styles;

  /** Feed URL, relative to the page. */
  @property() src?: string;

  /** Keep the reader's filters and open practice in the page URL. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** `saved` (default): keep the last good copy of the feed for offline use; `none`: never. */
  @property() cache: CacheMode = 'saved';

  /** Facets offered by the filters (see `<practice-filters>`). */
  @property() facets?: string;

  /** Leave out the filters. */
  @property({ type: Boolean, attribute: 'without-filters' }) withoutFilters = false;

  /** Leave out the map. */
  @property({ type: Boolean, attribute: 'without-map' }) withoutMap = false;

  /** Leave out the figures and charts. */
  @property({ type: Boolean, attribute: 'without-stats' }) withoutStats = false;

  /** Leave out the list of practices (and its detail view and downloads). */
  @property({ type: Boolean, attribute: 'without-list' }) withoutList = false;

  /** Practices per page of the list (default 12). */
  @property({
    attribute: 'page-size',
    converter: wholeNumberAttribute(12, 1, Number.MAX_SAFE_INTEGER),
  })
  pageSize = 12;

  override render(): TemplateResult {
    const lang = this.lang || resolveLanguage(this);
    const strings = uiStrings(lang);
    const main = !this.withoutMap || !this.withoutStats || !this.withoutList;
    return html`<practice-feed
      src=${ifDefined(this.src)}
      lang=${lang}
      theme=${this.theme ?? 'light'}
      country=${ifDefined(this.country)}
      setting=${ifDefined(this.setting)}
      level=${ifDefined(this.level)}
      objective=${ifDefined(this.objective)}
      q=${ifDefined(this.q)}
      timeout=${this.timeout}
      max-size=${this.maxSize}
      cache=${this.cache}
      ?sync-url=${this.syncUrl}
      id=${ifDefined(this.id || undefined)}
    >
      <div class="layout ${this.withoutFilters ? 'single' : ''}" part="layout">
        ${
          this.withoutFilters
            ? nothing
            : html`<aside class="sidebar" part="sidebar" aria-label=${strings.filters}>
                <practice-filters facets=${ifDefined(this.facets)}></practice-filters>
              </aside>`
        }
        ${
          main
            ? html`<div class="main" part="main">
                ${this.withoutMap ? nothing : html`<practice-map></practice-map>`}
                ${this.withoutStats ? nothing : html`<practice-stats></practice-stats>`}
                ${
                  this.withoutList
                    ? nothing
                    : html`<practice-list page-size=${this.pageSize}></practice-list>`
                }
              </div>`
            : nothing
        }
      </div>
    </practice-feed>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-catalog': PracticeCatalog;
  }
}
