import { pagePart, pageState } from '../../data/page-state.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { boundText } from '../../data/bounded-text.js';
import { foldText, prepareSearch } from '../../data/search.js';
import { mostFrequent, parseFacets } from '../../data/stats.js';
import {
  DEFAULT_FILTER_FACETS,
  EMPTY_FILTERS,
  FACETS,
  FACET_TABLE,
  facetDefinition,
  hasFilters,
  type Facet,
  type Filters,
} from '../../data/facets.js';
import { queryFeed } from '../../data/query.js';
import { VOCABULARIES } from '../../data/vocabularies.js';
import type { NormalizedFeed } from '../../data/types.js';
import { collator, countryName, formatNumber } from '../../i18n/format.js';
import { formatPlural, uiStrings } from '../../i18n/messages.js';
import type { UiStrings } from '../../i18n/strings/types.js';
import { vocabularyLabel } from '../../i18n/vocabulary-labels.js';
import { baseStyles, themeStyles } from '../../styles/theme.js';
import { PracticeElement } from '../shared/practice-element.js';
import { stateStyles } from '../shared/states.js';
import { styles } from './practice-filters.styles.js';

/** Numbers the filters of the page, for their elements' ids; kept across a reset of the state. */
const FILTER_IDS = pagePart('element-ids', (before?: { next: number }) => before ?? { next: 0 });

/** Up to this many practices, every keystroke searches. */
const SEARCHED_AT_EACH_KEY = 5000;
/** Milliseconds without a keystroke before a large feed is searched. */
const SEARCH_PAUSE_MS = 200;

/**
 * Text search and one group of choices per facet, with the number of practices each choice
 * would give. Inside a `<practice-feed>` the choices narrow every widget of the feed.
 *
 * @summary Search and facet filters, with counts.
 * @tagname practice-filters
 * @customElement practice-filters
 *
 * @csspart search - The search box.
 * @csspart facet - One group of choices.
 * @csspart count - The number of results, announced to screen readers.
 * @csspart error - The load error message.
 * @csspart notice - The "saved data from <date>" notice, when a saved copy is shown.
 *
 * @cssprop --practice-accent - Checked boxes, buttons and focus ring (default `#0b5cad`; dark `#8ab8f5`).
 * @cssprop --practice-text - Body text (default `#1d2329`; dark `#e6e9ed`).
 * @cssprop --practice-muted - Counts and secondary text (default `#545e69`; dark `#adb6c0`).
 * @cssprop --practice-surface - Background of the search box and the folded panel (default `#ffffff`; dark `#1c2127`).
 * @cssprop --practice-border - Borders (default `#c9d1da`; dark `#48515c`).
 * @cssprop --practice-radius - Corner radius (default `0.5rem`).
 * @cssprop --practice-font - Font family (default: inherited from the page).
 * @cssprop --practice-space - Base spacing unit (default `1rem`).
 *
 * @fires practice-filter-change - When the reader changes a filter of a standalone element: `{filters}` (inside a `<practice-feed>` the feed fires it).
 */
export class PracticeFilters extends PracticeElement {
  static override styles = [themeStyles, baseStyles, stateStyles, styles];

  private readonly _id = `practice-filters-${++pageState(FILTER_IDS).next}`;

  /** On narrow screens the choices fold away behind a toggle. */
  @state() private _expanded = false;

  /**
   * Facets whose every choice the reader asked for ("Show N more"), with what they typed in
   * that facet's own search box.
   */
  @state() private _unfolded: ReadonlyMap<Facet, string> = new Map();

  /**
   * Facets to offer, comma-separated, in order: `country`, `setting`, `level`, `objective`,
   * `organization-type`, `year` (default `country,setting,level,objective`).
   */
  @property() facets = DEFAULT_FILTER_FACETS.join(',');

  private get _facets(): Facet[] {
    return parseFacets(this.facets, DEFAULT_FILTER_FACETS);
  }

  /** What the reader has typed and the search has not yet been given (a large feed). */
  private _typed?: string;
  private _searchTimer?: ReturnType<typeof setTimeout>;

  /**
   * Each keystroke searches at once in a feed of up to 5,000 practices. In a larger one each
   * search takes longer than a key press: the search waits for a pause in typing, so that the
   * letters appear as they are typed and one search runs for the word.
   */
  private _search(feed: NormalizedFeed, q: string): void {
    clearTimeout(this._searchTimer);
    if (feed.practices.length <= SEARCHED_AT_EACH_KEY) {
      this._typed = undefined;
      this._update({ q });
      return;
    }
    this._typed = q;
    this._searchTimer = setTimeout(() => this._flushSearch(), SEARCH_PAUSE_MS);
  }

  /** Gives the search what was typed, if it is still waiting (Enter, the pause's end). */
  private _flushSearch(): void {
    clearTimeout(this._searchTimer);
    const q = this._typed;
    this._typed = undefined;
    if (q !== undefined) this._update({ q });
  }

  /** The feed whose search text is being prepared, so that it is prepared once. */
  private _preparedFeed?: NormalizedFeed;
  /** Cancels the preparation still waiting for an idle moment. */
  private _cancelPreparation?: () => void;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const load = this.loadState;
    if (load.status !== 'loaded' || this._preparedFeed === load.feed) return;
    // Prepare the search text while the reader looks at the page, so that the first keystroke
    // is as fast as the next ones.
    const feed = (this._preparedFeed = load.feed);
    this._cancelPreparation?.();
    const prepare = () => {
      this._cancelPreparation = undefined;
      prepareSearch(feed);
    };
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(prepare);
      this._cancelPreparation = () => window.cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(prepare, 200);
      this._cancelPreparation = () => clearTimeout(handle);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // An element taken out of the page leaves nothing waiting; put back, it prepares again.
    this._cancelPreparation?.();
    this._cancelPreparation = undefined;
    this._preparedFeed = undefined;
    // What was typed is searched before the element goes: nothing typed is lost.
    this._flushSearch();
  }

  private _setUnfolded(facet: Facet, query: string | undefined): void {
    const unfolded = new Map(this._unfolded);
    if (query === undefined) unfolded.delete(facet);
    else unfolded.set(facet, query);
    this._unfolded = unfolded;
  }

  private async _unfold(facet: Facet): Promise<void> {
    this._setUnfolded(facet, '');
    await this.updateComplete;
    // The button the reader pressed is gone: the facet's search box takes its place in focus.
    this.renderRoot.querySelector<HTMLInputElement>(`#${this._id}-${facet}-find`)?.focus();
  }

  private async _fold(facet: Facet): Promise<void> {
    this._setUnfolded(facet, undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`#${this._id}-${facet}-more`)?.focus();
  }

  private _update(change: Partial<Filters>): void {
    this.setFilters({ ...this.filters, ...change });
  }

  private _toggle(facet: Facet, value: string, checked: boolean): void {
    const current = this.filters[facet];
    const next = checked ? [...current, value] : current.filter((v) => v !== value);
    this._update({ [facet]: next });
  }

  override render(): TemplateResult {
    return this.renderStates({
      loading: () => this._renderSkeleton(),
      loaded: (feed) => this._renderLoaded(feed),
    });
  }

  private _renderSkeleton(): TemplateResult {
    // The same rows as the loaded state (label, search box, summary, folded panel), so that
    // nothing below moves when the feed arrives.
    return html`<div class="skeleton" role="status">
      <span class="visually-hidden">${uiStrings(this.contentLang).loading}</span>
      <span class="skeleton-line label-line"></span>
      <span class="skeleton-line search-line"></span>
      <span class="skeleton-line summary-line"></span>
      <div class="panel">
        ${this._facets.map(
          (facet) =>
            html`<div class="facet">
              <span class="skeleton-line legend-line"></span>
              <div class="values">
                ${Array.from(
                  { length: FACET_TABLE[facet].skeleton.choices },
                  () => html`<span class="skeleton-line value-line"></span>`,
                )}
              </div>
            </div>`,
        )}
      </div>
    </div>`;
  }

  private _renderLoaded(feed: NormalizedFeed): TemplateResult {
    const lang = this.contentLang;
    const strings = uiStrings(lang);
    const filters = this.filters;
    const result = queryFeed(feed, this.scope, filters);
    const active = FACETS.reduce((sum, facet) => sum + filters[facet].length, 0);
    const id = this._id;
    return html`
      <form
        class="search"
        part="search"
        role="search"
        @submit=${(e: Event) => {
          e.preventDefault();
          this._flushSearch();
        }}
      >
        <label for="${id}-q">${strings.search}</label>
        <input
          id="${id}-q"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${strings.searchPlaceholder}
          .value=${live(this._typed ?? filters.q)}
          @input=${(e: InputEvent) => this._search(feed, (e.target as HTMLInputElement).value)}
        />
      </form>
      <div class="summary">
        <p class="count" part="count" role="status">
          ${formatPlural(lang, strings.resultsCount, result.practices.length)}
        </p>
        <button
          class="toggle button secondary"
          type="button"
          aria-expanded=${this._expanded ? 'true' : 'false'}
          aria-controls="${id}-panel"
          @click=${() => (this._expanded = !this._expanded)}
        >
          ${
            this._expanded
              ? strings.hideFilters
              : strings.showFilters.replace('{count}', formatNumber(lang, active))
          }
        </button>
      </div>
      <div id="${id}-panel" class="panel ${this._expanded ? 'expanded' : ''}">
        ${this._facets.map((facet) => this._renderFacet(feed, facet, result.facetCounts[facet], strings))}
        ${
          hasFilters(filters)
            ? html`<button
                class="button secondary clear"
                type="button"
                @click=${() => this.setFilters(EMPTY_FILTERS)}
              >
                ${strings.clearAll}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  private _renderFacet(
    feed: NormalizedFeed,
    facet: Facet,
    counts: ReadonlyMap<string, number>,
    strings: UiStrings,
  ): TemplateResult | typeof nothing {
    const lang = this.contentLang;
    const selected = this.filters[facet];
    const values = this._orderedValues(feed, facet, [...new Set([...counts.keys(), ...selected])]);
    if (values.length === 0) return nothing;
    const count = (value: string) => counts.get(value) ?? 0;
    const isChosen = ({ value }: { value: string }) => selected.includes(value);
    const query = this._unfolded.get(facet);
    // However many values a feed has, at most FACET_VALUE_LIMIT are drawn: the reader's choices
    // and the most frequent. Unfolded, a search box finds any other, drawn under the same limit.
    const folded = mostFrequent(values, ({ value }) => count(value), isChosen);
    const terms = query === undefined ? '' : foldText(query.trim());
    const matching =
      query === undefined
        ? folded
        : mostFrequent(
            terms ? values.filter((entry) => foldText(entry.label).includes(terms)) : values,
            ({ value }) => count(value),
            isChosen,
          );
    const findId = `${this._id}-${facet}-find`;
    return html`<fieldset class="facet" part="facet">
      <legend>${strings[FACET_TABLE[facet].label]}</legend>
      ${
        query !== undefined
          ? html`<div class="find">
              <label for=${findId}>${strings.facetFind}</label>
              <input
                id=${findId}
                type="search"
                autocomplete="off"
                spellcheck="false"
                .value=${live(query)}
                @input=${(e: InputEvent) =>
                  this._setUnfolded(facet, (e.target as HTMLInputElement).value)}
              />
            </div>`
          : nothing
      }
      <ul class=${matching.shown.length > 8 ? 'values long' : 'values'}>
        ${matching.shown.map(({ value, label }) => {
          const valueCount = count(value);
          const checked = selected.includes(value);
          return html`<li>
            <label class=${valueCount === 0 && !checked ? 'value none' : 'value'}>
              <input
                type="checkbox"
                .checked=${live(checked)}
                @change=${(e: Event) =>
                  this._toggle(facet, value, (e.target as HTMLInputElement).checked)}
              />
              <span class="label"><bdi>${label}</bdi></span>
              <span class="value-count">${formatNumber(lang, valueCount)}</span>
            </label>
          </li>`;
        })}
      </ul>
      ${
        query !== undefined && matching.shown.length === 0
          ? html`<p class="more-note" role="status">${strings.facetNoMatch}</p>`
          : query !== undefined && matching.hidden > 0
            ? html`<p class="more-note" role="status">
                ${formatPlural(lang, strings.facetMoreMatches, matching.hidden)}
              </p>`
            : nothing
      }
      ${
        query !== undefined
          ? html`<button
              class="more button secondary"
              type="button"
              @click=${() => this._fold(facet)}
            >
              ${strings.facetShowFewer}
            </button>`
          : folded.hidden > 0
            ? html`<button
                id="${this._id}-${facet}-more"
                class="more button secondary"
                type="button"
                @click=${() => this._unfold(facet)}
              >
                ${formatPlural(lang, strings.facetShowMore, folded.hidden)}
              </button>`
            : nothing
      }
    </fieldset>`;
  }

  /** A facet's values with their labels, in the order a reader expects. */
  private _orderedValues(
    feed: NormalizedFeed,
    facet: Facet,
    values: string[],
  ): { value: string; label: string }[] {
    const lang = this.contentLang;
    const { kind, vocabulary } = facetDefinition(facet);
    if (kind === 'year') {
      return values.sort((a, b) => Number(b) - Number(a)).map((value) => ({ value, label: value }));
    }
    const alphabetical = collator(lang, 'base');
    if (kind === 'country' || !vocabulary) {
      return values
        .map((value) => ({ value, label: countryName(lang, value) }))
        .sort((a, b) => alphabetical.compare(a.label, b.label));
    }
    const order: readonly string[] = VOCABULARIES[vocabulary];
    const position = (value: string) => {
      const index = order.indexOf(value);
      return index === -1 ? order.length : index;
    };
    return (
      values
        // A value the feed adds is feed text: bounded in what it lays out.
        .map((value) => ({
          value,
          label: boundText(vocabularyLabel(lang, vocabulary, value, feed), 'short'),
        }))
        .sort(
          (a, b) => position(a.value) - position(b.value) || alphabetical.compare(a.label, b.label),
        )
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-filters': PracticeFilters;
  }
}
