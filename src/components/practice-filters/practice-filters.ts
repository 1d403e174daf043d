import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { parseList } from '../../data/scope.js';
import { prepareSearch } from '../../data/search.js';
import {
  EMPTY_FILTERS,
  FACETS,
  hasFilters,
  isFacet,
  queryFeed,
  type Facet,
  type Filters,
} from '../../data/query.js';
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

const DEFAULT_FACETS: readonly Facet[] = ['country', 'setting', 'level', 'objective'];

/** Where each facet's labels and order come from. */
const FACET_VOCABULARY = {
  setting: 'settings',
  level: 'levels',
  objective: 'objectives',
  'organization-type': 'organizationTypes',
} as const;

const FACET_NAME: Record<Facet, keyof UiStrings> = {
  country: 'facetCountry',
  setting: 'facetSetting',
  level: 'facetLevel',
  objective: 'facetObjective',
  'organization-type': 'facetOrganizationType',
  year: 'facetYear',
};

// Choices the loading skeleton draws per facet: about what a catalogue offers, so that the
// page moves as little as can be foreseen when the feed arrives.
const SKELETON_VALUES: Record<Facet, number> = {
  country: 6,
  setting: 3,
  level: 5,
  objective: 5,
  'organization-type': 5,
  year: 6,
};

let nextId = 0;

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

  private readonly _id = `practice-filters-${++nextId}`;

  /** On narrow screens the choices fold away behind a toggle. */
  @state() private _expanded = false;

  /** Facets to offer, comma-separated: `country`, `setting`, `level`, `objective`, `organization-type`, `year`. */
  @property() facets = DEFAULT_FACETS.join(',');

  private get _facets(): Facet[] {
    const facets = parseList(this.facets).filter(isFacet);
    return facets.length ? [...new Set(facets)] : [...DEFAULT_FACETS];
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
                  { length: SKELETON_VALUES[facet] },
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
      <form class="search" part="search" role="search" @submit=${(e: Event) => e.preventDefault()}>
        <label for="${id}-q">${strings.search}</label>
        <input
          id="${id}-q"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${strings.searchPlaceholder}
          .value=${live(filters.q)}
          @input=${(e: InputEvent) => this._update({ q: (e.target as HTMLInputElement).value })}
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
    return html`<fieldset class="facet" part="facet">
      <legend>${strings[FACET_NAME[facet]] as string}</legend>
      <ul class=${values.length > 8 ? 'values long' : 'values'}>
        ${values.map(({ value, label }) => {
          const count = counts.get(value) ?? 0;
          const checked = selected.includes(value);
          return html`<li>
            <label class=${count === 0 && !checked ? 'value none' : 'value'}>
              <input
                type="checkbox"
                .checked=${live(checked)}
                @change=${(e: Event) =>
                  this._toggle(facet, value, (e.target as HTMLInputElement).checked)}
              />
              <span class="label">${label}</span>
              <span class="value-count">${formatNumber(lang, count)}</span>
            </label>
          </li>`;
        })}
      </ul>
    </fieldset>`;
  }

  /** A facet's values with their labels, in the order a reader expects. */
  private _orderedValues(
    feed: NormalizedFeed,
    facet: Facet,
    values: string[],
  ): { value: string; label: string }[] {
    const lang = this.contentLang;
    if (facet === 'year') {
      return values.sort((a, b) => Number(b) - Number(a)).map((value) => ({ value, label: value }));
    }
    const alphabetical = collator(lang, 'base');
    if (facet === 'country') {
      return values
        .map((value) => ({ value, label: countryName(lang, value) }))
        .sort((a, b) => alphabetical.compare(a.label, b.label));
    }
    const vocabulary = FACET_VOCABULARY[facet];
    const order: readonly string[] = VOCABULARIES[vocabulary];
    const position = (value: string) => {
      const index = order.indexOf(value);
      return index === -1 ? order.length : index;
    };
    return values
      .map((value) => ({ value, label: vocabularyLabel(lang, vocabulary, value, feed) }))
      .sort(
        (a, b) => position(a.value) - position(b.value) || alphabetical.compare(a.label, b.label),
      );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-filters': PracticeFilters;
  }
}
