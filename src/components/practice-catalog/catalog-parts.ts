import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { boundText } from '../../data/bounded-text.js';
import { localizeWithLang } from '../../data/localized-text.js';
import { queryFeed, hasFilters } from '../../data/query.js';
import type { NormalizedFeed } from '../../data/types.js';
import { formatDate } from '../../i18n/format.js';
import { formatMessage, resultsCountText, uiStrings } from '../../i18n/messages.js';
import { baseStyles, themeStyles } from '../../styles/theme.js';
import { defineElement } from '../shared/define-element.js';
import { filterChipStyles, renderFilterChips } from '../shared/filter-chips.js';
import { PracticeElement } from '../shared/practice-element.js';
import { renderLoadError, stateStyles } from '../shared/states.js';

/*
 * The catalogue's own parts, internal to `<practice-catalog>` (not for pages to use): its header
 * and its one message. Each is an element inside the catalogue's `<practice-feed>`, so it reads
 * the feed, the scope and the reader's filters as every part does (PracticeElement). A chunk of
 * its own, loaded when a catalogue first connects: nothing here is needed before the feed is
 * read, and until it is defined the catalogue's parts draw their own messages.
 */

/** Where the catalogue's data stands, as its one message sees it. */
export type CatalogState = 'loading' | 'error' | 'empty' | 'loaded';

/**
 * `<practice-catalog-header>` (internal): the feed's title, publisher and last update, and the
 * count of practices in view, the catalogue's one count (a polite live status).
 */
export class PracticeCatalogHeader extends PracticeElement {
  static override styles = [themeStyles, baseStyles, stateStyles, headerStyles()];

  constructor() {
    super();
    this.quietStates = true;
  }

  override render(): TemplateResult {
    return this.renderStates({
      classes: 'frame',
      loading: () =>
        html`<div class="head" aria-hidden="true">
          <span class="skeleton-line title-line"></span>
          <span class="skeleton-line"></span>
        </div>`,
      loaded: (feed) => this._renderHeader(feed),
    });
  }

  private _renderHeader(feed: NormalizedFeed): TemplateResult {
    const lang = this.contentLang;
    const strings = uiStrings(lang);
    const title = localizeWithLang(feed.title, lang, feed.language);
    const result = queryFeed(feed, this.scope, this.filters);
    const shown = result.practices.length;
    const count = resultsCountText(lang, shown, result.inScope);
    const publisher = feed.publisher?.name;
    const url = feed.publisher?.url;
    const publisherText = publisher ? boundText(publisher, 'short') : '';
    const about = localizeWithLang(feed.description, lang, feed.language);
    return html`<div class=${about ? 'head with-about' : 'head'} part="header">
      ${title ? html`<h2 class="title" lang=${title.lang}>${boundText(title.text, 'short')}</h2>` : nothing}
      ${
        about
          ? html`<div class="about">
              <p lang=${about.lang}>${boundText(about.text, 'paragraph')}</p>
            </div>`
          : nothing
      }
      <div class="facts">
        ${
          publisher || feed.updated
            ? html`<p class="meta">
                ${
                  publisher
                    ? html`<span
                        >${strings.catalogPublisher.split('{publisher}')[0]}${
                          url && /^https?:/i.test(url)
                            ? html`<a href=${url}>${publisherText}</a>`
                            : html`<bdi>${publisherText}</bdi>`
                        }${strings.catalogPublisher.split('{publisher}')[1]}</span
                      >`
                    : nothing
                }
                ${
                  feed.updated
                    ? html`<span
                        >${formatMessage(strings.catalogUpdated, {
                          date: formatDate(lang, feed.updated),
                        })}</span
                      >`
                    : nothing
                }
              </p>`
            : nothing
        }
        <p class="count" part="count" role="status">${count}</p>
      </div>
    </div>`;
  }
}

function headerStyles() {
  return css`
    /* The box wraps its content. The room the catalogue keeps for a longer title is left below
       it, or, when the feed describes itself, filled by the description (see .about): the
       catalogue lays its header out as a column that this box grows into. */
    .head {
      display: flex;
      flex-direction: column;
      row-gap: calc(var(--_space) * 0.25);
      padding: calc(var(--_space) * 0.75) var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .frame {
      display: flex;
      flex: 1 0 auto;
      flex-direction: column;
    }
    .head.with-about {
      flex: 1 0 auto;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: var(--_space);
      row-gap: calc(var(--_space) * 0.25);
    }
    /* The feed's description in the room left by a shorter title, in whole lines, never more:
       its box takes what is left of the header's kept room and adds nothing to the header's
       height (size containment, and its gap taken back), so that a description never moves
       what is below. Container queries on that box choose how many lines show (line height
       1.3125rem, 0.25rem above them); less than a line shows none, so nothing is left cut.
       Screen readers read the whole description wherever a line of it shows. */
    .about {
      container: about / size;
      flex: 1 1 0;
      min-block-size: 0;
      margin-block-start: calc(var(--_space) * -0.25);
      overflow: hidden;
    }
    .about p {
      display: none;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 1;
      overflow: hidden;
      margin: 0;
      padding-block-start: 0.25rem;
      color: var(--_muted);
      font-size: 0.875rem;
      line-height: 1.5;
      overflow-wrap: anywhere;
    }
    @container about (min-height: 1.5625rem) {
      .about p {
        display: -webkit-box;
      }
    }
    @container about (min-height: 2.875rem) {
      .about p {
        -webkit-line-clamp: 2;
      }
    }
    @container about (min-height: 4.1875rem) {
      .about p {
        -webkit-line-clamp: 3;
      }
    }
    @container about (min-height: 5.5rem) {
      .about p {
        -webkit-line-clamp: 4;
      }
    }
    @container about (min-height: 6.8125rem) {
      .about p {
        -webkit-line-clamp: 5;
      }
    }
    @container about (min-height: 8.125rem) {
      .about p {
        -webkit-line-clamp: 6;
      }
    }
    .title {
      margin: 0;
      font-size: 1.05rem;
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      column-gap: var(--_space);
      margin: 0;
      color: var(--_muted);
      font-size: 0.875rem;
      overflow-wrap: anywhere;
    }
    .count {
      margin: 0;
      font-weight: 700;
    }
    .title-line {
      height: 1.3em;
      font-size: 1.05rem;
    }
    /* Smaller on a phone, so that a long title takes fewer lines (the catalogue reserves six). */
    @container (min-width: 30rem) {
      .title,
      .title-line {
        font-size: 1.2rem;
      }
    }
    .head .skeleton-line {
      inline-size: 60%;
      margin: 0;
    }
  `;
}

/**
 * `<practice-catalog-message>` (internal): the catalogue's one message. When the feed fails, the
 * error with one retry; when nothing is in view, "no practices match" with the reader's filters
 * as removable chips and "clear all" (or "no practices to show" when the scope or the feed leaves
 * nothing). Draws nothing otherwise. Tells the catalogue where its data stands (`report`), so
 * that the catalogue hides what has nothing to show.
 */
export class PracticeCatalogMessage extends PracticeElement {
  static override styles = [
    themeStyles,
    baseStyles,
    stateStyles,
    filterChipStyles,
    messageStyles(),
  ];

  /** Called with the state after each update. */
  @property({ attribute: false }) report?: (state: CatalogState) => void;

  private _state: CatalogState = 'loading';

  override render(): TemplateResult {
    const load = this.loadState;
    const lang = this.contentLang;
    if (load.status === 'loading') {
      this._state = 'loading';
      return html``;
    }
    if (load.status === 'error') {
      this._state = 'error';
      return html`<div class="theme ${this.effectiveTheme}" lang=${lang}>
        ${renderLoadError(lang, load.error, () => this.retry())}
      </div>`;
    }
    const feed = load.feed;
    const result = queryFeed(feed, this.scope, this.filters);
    if (result.practices.length > 0) {
      this._state = 'loaded';
      return html``;
    }
    this._state = 'empty';
    const strings = uiStrings(lang);
    const filtered = hasFilters(this.filters);
    return html`<div class="theme ${this.effectiveTheme}" lang=${lang}>
      <div class="empty" role="status">
        <p>${filtered && result.inScope > 0 ? strings.noMatches : strings.noPractices}</p>
        ${
          filtered
            ? renderFilterChips(lang, feed, this.filters, (filters) => this.setFilters(filters))
            : nothing
        }
      </div>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.report?.(this._state);
  }
}

function messageStyles() {
  return css`
    .empty {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .empty p {
      margin: 0;
      font-weight: 700;
    }
  `;
}

defineElement('practice-catalog-header', PracticeCatalogHeader);
defineElement('practice-catalog-message', PracticeCatalogMessage);

declare global {
  interface HTMLElementTagNameMap {
    'practice-catalog-header': PracticeCatalogHeader;
    'practice-catalog-message': PracticeCatalogMessage;
  }
}
