import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { boundText } from '../../data/bounded-text.js';
import { FACET_TABLE, facetDefinition, type Facet } from '../../data/facets.js';
import { pagePart, pageState } from '../../data/page-state.js';
import type { Stats, StatsMeasure } from '../../data/stats-figures.js';
import { parseFacets, toggleFilter } from '../../data/stats.js';
import type { NormalizedFeed } from '../../data/types.js';
import { FeedLoadError } from '../../feed/load-error.js';
import { collator, countryName } from '../../i18n/format.js';
import { uiStrings } from '../../i18n/messages.js';
import { vocabularyLabel } from '../../i18n/vocabulary-labels.js';
import { baseStyles, themeStyles } from '../../styles/theme.js';
import { PracticeElement } from '../shared/practice-element.js';
import { renderLoadError, stateStyles } from '../shared/states.js';
import { styles } from './practice-stats.styles.js';

type StatsViewModule = typeof import('./stats-view.js');

/** The code that draws the loaded figures, once an element of the page has loaded it. */
const STATS_VIEW = pagePart('stats-view', () => ({
  module: undefined as StatsViewModule | undefined,
}));

/** Loads the drawing code (the server renderer's way to have it before rendering). */
export async function loadStatsView(): Promise<StatsViewModule> {
  const module = await import('./stats-view.js');
  pageState(STATS_VIEW).module = module;
  return module;
}

/**
 * The catalogue's figures: headline numbers (practices, countries, participants and institutions
 * reached) and one bar chart per facet with the count and share of practices for each value.
 * Every chart draws on one scale, so bar lengths compare across charts: 0 to 100 % of the
 * practices, or, when the reader switches to numbers, 0 to the practices in view. Each chart has
 * an equivalent data table. Choosing a bar filters by its value: every widget of the enclosing
 * `<practice-feed>`, or this element alone.
 *
 * @summary Headline figures and one bar chart per facet on one shared scale, with data tables; bars filter.
 * @tagname practice-stats
 * @customElement practice-stats
 *
 * @csspart headline - The headline figures.
 * @csspart chart - One chart: its name, bars, note and data table.
 * @csspart table - A chart's data table (when shown).
 * @csspart error - The load error message.
 * @csspart notice - The "saved data from <date>" notice, when a saved copy is shown.
 *
 * @cssprop --practice-accent - Bars, buttons and focus ring (default `#0b5cad`; dark `#8ab8f5`).
 * @cssprop --practice-text - Body text (default `#1d2329`; dark `#e6e9ed`).
 * @cssprop --practice-muted - Notes, counts and shares (default `#545e69`; dark `#adb6c0`).
 * @cssprop --practice-surface - Chart background (default `#ffffff`; dark `#1c2127`).
 * @cssprop --practice-border - Borders (default `#c9d1da`; dark `#48515c`).
 * @cssprop --practice-radius - Corner radius (default `0.5rem`).
 * @cssprop --practice-font - Font family (default: inherited from the page).
 * @cssprop --practice-space - Base spacing unit (default `1rem`).
 *
 * @fires practice-filter-change - When a bar is chosen and the element stands alone: `{filters}`.
 * @fires practice-feed-load - When the element loaded its own `src`: `{count, warnings, fromCache}`.
 * @fires practice-feed-error - When the element's own `src` could not be used: `{message, cause}`.
 */
export class PracticeStats extends PracticeElement {
  static override styles = [themeStyles, baseStyles, stateStyles, styles];

  /**
   * The code that draws the loaded figures: a chunk beside the bundle, asked for as the element
   * connects, so that it comes alongside the feed. Given as the initial value when an element of
   * the page has already loaded it.
   */
  private readonly _view = new Task<[], StatsViewModule>(this, {
    task: loadStatsView,
    autoRun: false,
    ...(pageState(STATS_VIEW).module ? { initialValue: pageState(STATS_VIEW).module } : {}),
  });

  /** The last figures computed, and what they were computed from. */
  private _cached?: { feed: NormalizedFeed; key: string; stats: Stats };

  /** The charts whose data table the reader has shown. */
  @state() private _openTables: ReadonlySet<Facet> = new Set();

  /**
   * The charts, in order: comma-separated facets among `setting`, `level`, `objective`,
   * `country`, `organization-type` and `year` (default `setting,level,objective,country`;
   * unknown names are ignored). A chart no practice in view gives a value for is left out.
   */
  @property() facets = 'setting,level,objective,country';

  /** Level of the charts' names in the page's outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /**
   * What the bars measure, on one scale for every chart: `share` (default), the share of
   * practices from 0 to 100 %; or `count`, the number of practices, from 0 to the practices in
   * view. The reader switches it with the "Share / Number" buttons; it is reflected.
   */
  @property({ reflect: true }) measure: 'share' | 'count' = 'share';

  /**
   * Set by the server renderer for an element it writes inside a `<practice-feed>`, which it
   * cannot provide there: the figures then leave the count to the feed's widgets, as they will
   * in the page.
   * @internal
   */
  @property({ attribute: false }) renderedInFeed = false;

  private get _level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
  }

  /** `measure` as drawn: any value but `count` is the default, `share`. */
  private get _measure(): StatsMeasure {
    return this.measure === 'count' ? 'count' : 'share';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._view.status === TaskStatus.INITIAL) void this._view.run();
  }

  private _stats(view: StatsViewModule, feed: NormalizedFeed, facets: readonly Facet[]): Stats {
    const lang = this.contentLang;
    const scope = this.scope;
    const filters = this.filters;
    // Showing a table re-renders; the figures are only worked out again when their inputs change.
    const key = JSON.stringify([lang, scope, filters, facets]);
    if (this._cached?.feed === feed && this._cached.key === key) return this._cached.stats;
    const stats = view.computeStats(feed, scope, filters, facets, {
      label: (facet, value) => {
        const { kind, vocabulary } = facetDefinition(facet);
        if (kind === 'country') return countryName(lang, value);
        // A value the feed adds is feed text: bounded in what it lays out.
        return boundText(
          vocabulary ? vocabularyLabel(lang, vocabulary, value, feed) : value,
          'short',
        );
      },
      compare: collator(lang).compare,
    });
    this._cached = { feed, key, stats };
    return stats;
  }

  private _onToggleTable(facet: Facet): void {
    const open = new Set(this._openTables);
    if (!open.delete(facet)) open.add(facet);
    this._openTables = open;
  }

  private _onChoose(facet: Facet, value: string): void {
    this.setFilters(toggleFilter(this.filters, facet, value));
  }

  /** Rendered HTML is taken over once the drawing code is there too (see hydrate-support.ts). */
  protected override get hydrationReady(): boolean {
    return super.hydrationReady && this._view.value !== undefined;
  }

  override render(): TemplateResult {
    const facets = parseFacets(this.facets);
    return this.renderStates({
      loading: () => this._renderSkeleton(facets),
      loaded: (feed) => {
        const view = this._view.value;
        if (!view) {
          // The drawing code could not be had (offline): the same message and retry as a feed.
          return this._view.status === TaskStatus.ERROR
            ? renderLoadError(
                this.contentLang,
                new FeedLoadError('network', String(this._view.error)),
                () => void this._view.run(),
              )
            : this._renderSkeleton(facets);
        }
        const stats = this._stats(view, feed, facets);
        if (!stats.result.practices.length) return this.renderNoPractices(stats.result.inScope);
        return view.renderStatsView({
          stats,
          strings: uiStrings(this.contentLang),
          lang: this.contentLang,
          level: this._level,
          measure: this._measure,
          openTables: this._openTables,
          // Inside a <practice-feed> the filters and the list announce the count already.
          announce: !this.sharedState && !this.renderedInFeed,
          onChoose: (facet, value) => this._onChoose(facet, value),
          onToggleTable: (facet) => this._onToggleTable(facet),
          onMeasure: (measure) => (this.measure = measure),
        });
      },
    });
  }

  private _renderSkeleton(facets: readonly Facet[]): TemplateResult {
    const line = html`<span class="skeleton-line"></span>`;
    return html`<div class="stats skeleton" role="status">
      <span class="visually-hidden">${uiStrings(this.contentLang).loading}</span>
      <div class="headline" aria-hidden="true">
        ${[0, 1, 2, 3].map(() => html`<div class="figure">${line}${line}</div>`)}
      </div>
      <div class="notes" aria-hidden="true">${line}${line}</div>
      <div class="charts" aria-hidden="true">
        ${facets.map(
          (facet) =>
            html`<div class="chart">
              <span class="skeleton-line name"></span>
              ${Array.from({ length: FACET_TABLE[facet].skeleton.bars }, () => html`<div class="bar">${line}</div>`)}
              ${FACET_TABLE[facet].multiValued ? html`<div class="notes">${line}</div>` : nothing}
            </div>`,
        )}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-stats': PracticeStats;
  }
}
