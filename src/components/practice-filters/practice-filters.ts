import { pagePart, pageState } from '../../data/page-state.js';
import { addStyles } from '../shared/add-styles.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { prepareSearch } from '../../data/search.js';
import { parseFacets } from '../../data/stats.js';
import {
  DEFAULT_FILTER_FACETS,
  EMPTY_FILTERS,
  FACETS,
  FACET_TABLE,
  hasFilters,
  type Facet,
  type Filters,
} from '../../data/facets.js';
import { queryFeed } from '../../data/query.js';
import type { NormalizedFeed } from '../../data/types.js';
import { formatNumber } from '../../i18n/format.js';
import { formatMessage, formatPlural, uiStrings } from '../../i18n/messages.js';
import { baseStyles, themeStyles } from '../../styles/theme.js';
import { whenIdle } from '../../data/slices.js';
import { filterChipStyles, renderFilterChips } from '../shared/filter-chips.js';
import { PracticeElement } from '../shared/practice-element.js';
import { stateStyles } from '../shared/states.js';
import type { FacetPanelHost } from './facet-panels.js';
import { styles } from './practice-filters.styles.js';

type FacetPanels = typeof import('./facet-panels.js');

/** The facets' choices: a chunk of its own, loaded once the feed is there (see facet-panels.ts). */
const loadFacetPanels = (): Promise<FacetPanels> => import('./facet-panels.js');

/** Numbers the filters of the page, for their elements' ids; kept across a reset of the state. */
const FILTER_IDS = pagePart('element-ids', (before?: { next: number }) => before ?? { next: 0 });

/** Up to this many practices, every keystroke searches. */
const SEARCHED_AT_EACH_KEY = 5000;
/** Milliseconds without a keystroke before a large feed is searched. */
const SEARCH_PAUSE_MS = 200;
/** The search text is prepared in an idle moment, or after this many milliseconds without one. */
const PREPARE_WITHIN_MS = 2000;

/**
 * Text search, one button per facet that opens its choices (each with the number of practices it
 * would give), and the chosen filters as removable chips. In a narrow element (below 40rem) the
 * facets' buttons become one "Filters" button that opens a sheet with every facet. The element's
 * height depends only on what is chosen, never on the feed or the language. Inside a
 * `<practice-feed>` the choices narrow every widget of the feed.
 *
 * @summary Search and facet filters, with counts.
 * @tagname practice-filters
 * @customElement practice-filters
 *
 * @csspart search - The search box.
 * @csspart facet-button - A facet's button, and the "Filters" button of a narrow element.
 * @csspart panel - A facet's panel of choices, over the content below.
 * @csspart sheet - The filters sheet of a narrow element (a modal dialog).
 * @csspart facet - One group of choices.
 * @csspart chips - The chosen filters, each a button that removes it, and "Clear all".
 * @csspart count - The number of results, announced to screen readers (hidden, it leaves no gap).
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
  static override styles = [themeStyles, baseStyles, stateStyles, filterChipStyles, styles];

  private readonly _id = `practice-filters-${++pageState(FILTER_IDS).next}`;

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
  /** Numbers the searches of a large feed: only the newest one is shown. */
  private _searchRun = 0;

  /**
   * Each keystroke searches at once in a feed of up to 5,000 practices. In a larger one each
   * search takes longer than a key press: the search waits for a pause in typing, so that the
   * letters appear as they are typed and one search runs for the word; it then runs in slices,
   * the page free between them, and is dropped when the reader types again (the newest wins).
   */
  private _search(feed: NormalizedFeed, q: string): void {
    clearTimeout(this._searchTimer);
    if (feed.practices.length <= SEARCHED_AT_EACH_KEY) {
      this._typed = undefined;
      this._update({ q });
      return;
    }
    this._typed = q;
    this._searchRun++;
    this._searchTimer = setTimeout(() => this._flushSearch(), SEARCH_PAUSE_MS);
  }

  /**
   * Gives the search what was typed, if it is still waiting (Enter, the pause's end): its answer
   * worked out in slices first, then shown, unless the reader typed on meanwhile. `now` (the
   * element leaving the page) gives it at once.
   */
  private _flushSearch(now = false): void {
    clearTimeout(this._searchTimer);
    const q = this._typed;
    const load = this.loadState;
    if (q === undefined) return;
    const run = ++this._searchRun;
    const show = () => {
      if (run !== this._searchRun) return;
      this._typed = undefined;
      this._update({ q });
    };
    if (now || load.status !== 'loaded') return show();
    const { feed } = load;
    const filters = { ...this.filters, q };
    // Only a large feed comes here: the chunk that answers in slices is its own.
    import('../../data/large-feed.js')
      .then(({ prepareQuery }) =>
        prepareQuery(feed, this.scope, filters, () => run !== this._searchRun),
      )
      .then(show, show);
  }

  /** The feed whose search text is being prepared, so that it is prepared once. */
  private _preparedFeed?: NormalizedFeed;
  /** Cancels the preparation still waiting for an idle moment. */
  private _cancelPreparation?: () => void;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const load = this.loadState;
    if (load.status !== 'loaded') {
      this._open = undefined;
      return;
    }
    this._syncDialog();
    // The choices are fetched while the reader looks at the page, ready for the first panel.
    this._loadPanels();
    // An update that ran after the element left the page schedules nothing it could not cancel.
    if (!this.isConnected || this._preparedFeed === load.feed) return;
    // Prepare the search text while the reader looks at the page, so that the first keystroke
    // is as fast as the next ones.
    const feed = (this._preparedFeed = load.feed);
    this._cancelPreparation?.();
    const prepare = () => {
      this._cancelPreparation = undefined;
      prepareSearch(feed);
    };
    // In time for the reader's first keys, even on a page that is never idle.
    this._cancelPreparation = whenIdle(prepare, PREPARE_WITHIN_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this._onOutsideClick, true);
    this._open = undefined;
    // An element taken out of the page leaves nothing waiting; put back, it prepares again.
    this._cancelPreparation?.();
    this._cancelPreparation = undefined;
    this._preparedFeed = undefined;
    // What was typed is searched before the element goes: nothing typed is lost.
    this._flushSearch(true);
  }

  /** The chunk that draws the facets' choices, once it has arrived. */
  private _panels?: FacetPanels;
  private _panelsAsked = false;

  private _loadPanels(): void {
    if (this._panelsAsked) return;
    this._panelsAsked = true;
    void loadFacetPanels().then(
      (module) => {
        this._panels = module;
        if (this.renderRoot instanceof ShadowRoot) addStyles(this.renderRoot, [module.panelStyles]);
        this.requestUpdate();
      },
      // A chunk that could not be had is asked for again by the next panel the reader opens.
      () => (this._panelsAsked = false),
    );
  }

  /** The facet whose panel is open, `sheet` for the filters sheet, or none. */
  @state() private _open?: Facet | 'sheet';

  /** The button that opened what is open, given the focus back when it closes. */
  private _opener(): HTMLElement | null {
    const open = this._open;
    return open === undefined
      ? null
      : this.renderRoot.querySelector<HTMLElement>(`#${this._id}-${open}-button`);
  }

  private _show(what: Facet | 'sheet'): void {
    this._loadPanels();
    this._open = this._open === what ? undefined : what;
  }

  /** Closes what is open; the focus goes back to its button unless the reader clicked elsewhere. */
  private _close(refocus = true): void {
    if (this._open === undefined) return;
    // Given the focus once the dialog has closed: a modal one keeps it inside until then.
    this._refocus = refocus ? (this._opener() ?? undefined) : undefined;
    this._open = undefined;
  }

  /** The button to focus once the dialog has closed. */
  private _refocus?: HTMLElement;

  /** A click outside an open facet's panel and its button closes the panel. */
  private readonly _onOutsideClick = (event: Event): void => {
    if (this._open === undefined || this._open === 'sheet') return;
    const path = event.composedPath();
    const dialog = this.renderRoot.querySelector('dialog');
    const opener = this._opener();
    if ((dialog && path.includes(dialog)) || (opener && path.includes(opener))) return;
    this._close(false);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this._onOutsideClick, true);
  }

  private _onDialogKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    // The sheet's own Escape (its cancel) is replaced by this one: the focus goes back.
    event.preventDefault();
    event.stopPropagation();
    this._close();
  }

  /** What the dialog shows now. */
  private _shown?: Facet | 'sheet';

  /** The dialog shows what `_open` says: a facet's panel beside its button, or the sheet. */
  private _syncDialog(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    const open = this._open;
    const modal = open === 'sheet';
    if (open === undefined || !this._panels) {
      this._shown = undefined;
      if (dialog.open) dialog.close();
      this._refocus?.focus();
      this._refocus = undefined;
      return;
    }
    if (dialog.open && this._shown === open) return;
    // Another facet's panel, or the sheet instead of a panel: opened anew, in its place.
    if (dialog.open) dialog.close();
    this._shown = open;
    if (modal) {
      dialog.showModal();
    } else {
      dialog.show();
      // Under its button, within the element.
      const opener = this._opener();
      const area = dialog.parentElement!.getBoundingClientRect();
      const left = opener ? opener.getBoundingClientRect().left - area.left : 0;
      dialog.style.left = `${Math.max(0, Math.min(left, area.width - dialog.offsetWidth))}px`;
      // The panel is a dialog: the focus goes to its first choice.
      dialog.querySelector<HTMLElement>('fieldset:not([hidden]) input')?.focus();
    }
  }

  private readonly _panelHost = (): FacetPanelHost => ({
    lang: this.contentLang,
    id: this._id,
    filters: this.filters,
    unfolded: this._unfolded,
    toggle: (facet, value, checked) => this._toggle(facet, value, checked),
    setUnfolded: (facet, query) => this._setUnfolded(facet, query),
    unfold: (facet) => void this._unfold(facet),
    fold: (facet) => void this._fold(facet),
  });

  private _setUnfolded(facet: Facet, query: string | undefined): void {
    const unfolded = new Map(this._unfolded);
    if (query === undefined) unfolded.delete(facet);
    else unfolded.set(facet, query);
    this._unfolded = unfolded;
  }

  private async _unfold(facet: Facet): Promise<void> {
    this._setUnfolded(facet, '');
    // Its panel is where its search box is drawn.
    this._open ??= facet;
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

  /** The chosen filters, from the filters alone: those of the URL show before the feed. */
  private _renderChips(feed?: NormalizedFeed): TemplateResult | typeof nothing {
    return renderFilterChips(this.contentLang, feed, this.filters, (filters) =>
      this.setFilters(filters),
    );
  }

  private _renderSkeleton(): TemplateResult {
    // The loaded state's rows, of the same heights: the search row, the buttons' row (whose
    // height is fixed), and the chosen filters, drawn from the filters without the feed.
    return html`<div class="search skeleton" role="status">
        <span class="visually-hidden">${uiStrings(this.contentLang).loading}</span>
        <span class="skeleton-line label-line"></span>
        <span class="skeleton-line search-line"></span>
      </div>
      <div class="bar"><span class="skeleton-line bar-line"></span></div>
      ${this._renderChips()}`;
  }

  /** A facet's button's text: its name, and how many of its values are chosen. */
  private _buttonText(name: string, chosen: number): string {
    return chosen
      ? formatMessage(uiStrings(this.contentLang).facetButtonChosen, {
          facet: name,
          count: formatNumber(this.contentLang, chosen),
        })
      : name;
  }

  private _renderLoaded(feed: NormalizedFeed): TemplateResult {
    const lang = this.contentLang;
    const strings = uiStrings(lang);
    const filters = this.filters;
    const result = queryFeed(feed, this.scope, filters);
    const active = FACETS.reduce((sum, facet) => sum + filters[facet].length, 0);
    const id = this._id;
    const open = this._open;
    const sheet = open === 'sheet';
    const facets = this._facets;
    const panels = this._panels;
    const practices = formatPlural(lang, strings.resultsCount, result.practices.length);
    const opener = (what: Facet | 'sheet', name: string, chosen: number, classes: string) =>
      html`<button
        id="${id}-${what}-button"
        class=${classes}
        part="facet-button"
        type="button"
        aria-expanded=${open === what ? 'true' : 'false'}
        aria-controls="${id}-dialog"
        @click=${() => this._show(what)}
      >
        <span class="button-text">${this._buttonText(name, chosen)}</span
        ><span class="caret" aria-hidden="true">▾</span>
      </button>`;
    return html`
      <form
        class="search scripted"
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
      <div class="bar-area">
        <div class="bar">
          <div class="facet-buttons scripted" role="group" aria-label=${strings.filters}>
            ${facets.map((facet) =>
              opener(
                facet,
                strings[FACET_TABLE[facet].label],
                filters[facet].length,
                'facet-button',
              ),
            )}
          </div>
          ${opener('sheet', strings.filters, active, 'facet-button sheet-button scripted')}
          <p class="count" part="count" role="status">${practices}</p>
        </div>
        <dialog
          id="${id}-dialog"
          class=${sheet ? 'sheet' : 'popover'}
          part=${sheet ? 'sheet' : 'panel'}
          aria-labelledby=${sheet ? `${id}-sheet-title` : `${id}-${String(open)}-button`}
          @keydown=${(e: KeyboardEvent) => this._onDialogKey(e)}
          @cancel=${(e: Event) => {
            e.preventDefault();
            this._close();
          }}
          @click=${(e: Event) => {
            // A click on the sheet's backdrop is a click on the dialog itself.
            if (sheet && e.target === e.currentTarget) this._close();
          }}
        >
          ${
            sheet
              ? html`<div class="sheet-head">
                  <p class="sheet-title" id="${id}-sheet-title">${strings.filters}</p>
                  <button
                    class="button secondary close"
                    type="button"
                    aria-label=${strings.close}
                    @click=${() => this._close()}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </div>`
              : nothing
          }
          <div class="dialog-body">
            ${
              panels && open !== undefined
                ? facets.map((facet) =>
                    panels.renderFacet(
                      this._panelHost(),
                      feed,
                      facet,
                      result.facetCounts[facet],
                      !sheet && facet !== open,
                    ),
                  )
                : nothing
            }
          </div>
          <div class="dialog-foot">
            ${
              sheet && hasFilters(filters)
                ? html`<button
                    class="button secondary clear"
                    type="button"
                    @click=${() => this.setFilters(EMPTY_FILTERS)}
                  >
                    ${strings.clearAll}
                  </button>`
                : nothing
            }
            <button class="button done" type="button" @click=${() => this._close()}>
              ${
                sheet
                  ? formatPlural(lang, strings.filtersShowResults, result.practices.length)
                  : strings.filtersDone
              }
            </button>
          </div>
        </dialog>
      </div>
      ${this._renderChips(feed)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-filters': PracticeFilters;
  }
}
