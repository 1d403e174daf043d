import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { boundText } from '../../data/bounded-text.js';
import { FACET_TABLE, facetDefinition, type Facet } from '../../data/facets.js';
import {
  computeStats,
  parseFacets,
  toggleFilter,
  type Stats,
  type StatsBar,
  type StatsChart,
} from '../../data/stats.js';
import type { NormalizedFeed } from '../../data/types.js';
import { collator, countryName, formatNumber, formatPercent } from '../../i18n/format.js';
import { formatMessage, formatPlural, uiStrings } from '../../i18n/messages.js';
import type { PluralMessage, UiStrings } from '../../i18n/strings/types.js';
import { vocabularyLabel } from '../../i18n/vocabulary-labels.js';
import { baseStyles, themeStyles } from '../../styles/theme.js';
import { PracticeElement } from '../shared/practice-element.js';
import { stateStyles } from '../shared/states.js';
import { styles } from './practice-stats.styles.js';

/**
 * The catalogue's figures: headline numbers (practices, countries, participants and institutions
 * reached) and one bar chart per facet with the count and share of practices for each value.
 * Each chart has an equivalent data table. Choosing a bar filters by its value: every widget of
 * the enclosing `<practice-feed>`, or this element alone.
 *
 * @summary Headline figures and one bar chart per facet, with data tables; bars filter.
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

  /** The last figures computed, and what they were computed from. */
  private _cached?: { feed: NormalizedFeed; key: string; stats: Stats };

  /** The charts whose data table the reader has shown. */
  @state() private _openTables: ReadonlySet<Facet> = new Set();

  /**
   * The charts, in order: comma-separated facets among `setting`, `level`, `objective`,
   * `country`, `organization-type` and `year` (default `setting,level,objective,country`;
   * unknown names are ignored).
   */
  @property() facets = 'setting,level,objective,country';

  /** Level of the charts' names in the page's outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  private get _level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
  }

  private _stats(feed: NormalizedFeed, facets: readonly Facet[]): Stats {
    const lang = this.contentLang;
    const scope = this.scope;
    const filters = this.filters;
    // Showing a table re-renders; the figures are only worked out again when their inputs change.
    const key = JSON.stringify([lang, scope, filters, facets]);
    if (this._cached?.feed === feed && this._cached.key === key) return this._cached.stats;
    const stats = computeStats(feed, scope, filters, facets, {
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

  override render(): TemplateResult {
    const facets = parseFacets(this.facets);
    return this.renderStates({
      loading: () => this._renderSkeleton(facets),
      loaded: (feed) => {
        const stats = this._stats(feed, facets);
        return stats.result.practices.length
          ? this._renderStats(stats, uiStrings(this.contentLang))
          : this.renderNoPractices(stats.result.inScope);
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

  private _renderStats(stats: Stats, strings: UiStrings): TemplateResult {
    const lang = this.contentLang;
    const { headline } = stats;
    // "179 practices", with the number drawn large: the figure and its words read as one phrase.
    const figure = (message: PluralMessage, value: number | undefined) => {
      if (value === undefined) return nothing;
      const phrase = formatPlural(lang, message, value);
      const number = formatNumber(lang, value);
      const at = phrase.indexOf(number);
      return html`<li class="figure">
        ${
          at === -1
            ? phrase
            : html`${phrase.slice(0, at)}<span class="number">${number}</span>${phrase.slice(
                  at + number.length,
                )}`
        }
      </li>`;
    };
    const reported = headline.participants !== undefined || headline.institutions !== undefined;
    return html`<div class="stats">
      <ul class="headline" part="headline" role="list">
        ${figure(strings.practices, headline.practices)}
        ${figure(strings.statsCountries, headline.countries)}
        ${figure(strings.statsParticipantsReached, headline.participants)}
        ${figure(strings.statsInstitutionsReached, headline.institutions)}
      </ul>
      ${reported ? html`<p class="note">${strings.statsReachNote}</p>` : nothing}
      <p class="note">${strings.statsFilterHint}</p>
      ${
        // Inside a <practice-feed> the filters and the list announce the count already.
        this.sharedState
          ? nothing
          : html`<p class="visually-hidden" role="status">
              ${formatPlural(lang, strings.resultsCount, headline.practices)}
            </p>`
      }
      <div class="charts">${stats.charts.map((chart) => this._renderChart(chart, strings))}</div>
    </div>`;
  }

  private _renderChart(chart: StatsChart, strings: UiStrings): TemplateResult {
    const lang = this.contentLang;
    const { facet } = chart;
    const name = strings[FACET_TABLE[facet].label];
    const nameId = `chart-${facet}`;
    const tableId = `table-${facet}`;
    const open = this._openTables.has(facet);
    const share = (bar: StatsBar) => formatPercent(lang, bar.share);
    if (chart.bars.length === 0) {
      return html`<section class="chart" part="chart" aria-labelledby=${nameId}>
        <div class="chart-head">
          <div id=${nameId} class="chart-name" role="heading" aria-level=${this._level}>
            ${name}
          </div>
        </div>
        <p class="note">${strings.statsNoValues}</p>
      </section>`;
    }
    return html`<section class="chart" part="chart" aria-labelledby=${nameId}>
      <div class="chart-head">
        <div id=${nameId} class="chart-name" role="heading" aria-level=${this._level}>${name}</div>
        <button
          class="table-toggle"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${tableId}
          aria-describedby=${nameId}
          @click=${() => this._onToggleTable(facet)}
        >
          ${open ? strings.statsHideTable : strings.statsShowTable}
        </button>
      </div>
      <ul class="bars" role="list">
        ${repeat(
          chart.bars,
          (bar) => bar.value,
          (bar) =>
            html`<li>
              <button
                class="bar"
                type="button"
                aria-pressed=${bar.selected ? 'true' : 'false'}
                @click=${() => this._onChoose(facet, bar.value)}
              >
                <span class="bar-label" aria-hidden="true"><bdi>${bar.label}</bdi></span>
                <span class="bar-value" aria-hidden="true">
                  <span class="bar-count">${formatNumber(lang, bar.count)}</span>
                  <span class="bar-share">${share(bar)}</span>
                </span>
                ${this._renderBar(bar, chart.max)}
                <span class="visually-hidden">
                  ${formatMessage(strings.statsBarLabel, {
                    label: bar.label,
                    practices: formatPlural(lang, strings.resultsCount, bar.count),
                    share: share(bar),
                  })}
                </span>
              </button>
            </li>`,
        )}
      </ul>
      ${
        chart.hidden
          ? html`<p class="note more-values">
              ${formatPlural(lang, strings.statsMoreValues, chart.hidden)}
            </p>`
          : nothing
      }
      ${
        chart.overlaps
          ? html`<p class="note">
              ${formatMessage(strings.statsOverlapNote, { percent: formatPercent(lang, 1) })}
            </p>`
          : nothing
      }
      <div id=${tableId} class="table" ?hidden=${!open}>
        ${open ? this._renderTable(chart, name, strings) : nothing}
      </div>
    </section>`;
  }

  /**
   * A chart's data table, drawn once the reader shows it: each bar's button already says its
   * value, count and share, so the table is not kept in the page twice over.
   */
  private _renderTable(chart: StatsChart, name: string, strings: UiStrings): TemplateResult {
    const lang = this.contentLang;
    return html`<table class="data" part="table">
      <caption>
        ${name}
      </caption>
      <thead>
        <tr>
          <th scope="col">${name}</th>
          <th scope="col">${strings.statsPractices}</th>
          <th scope="col">${strings.statsShare}</th>
        </tr>
      </thead>
      <tbody>
        ${chart.bars.map(
          (bar) =>
            html`<tr>
              <th scope="row"><bdi>${bar.label}</bdi></th>
              <td>${formatNumber(lang, bar.count)}</td>
              <td>${formatPercent(lang, bar.share)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /**
   * One bar, drawn in SVG: a viewBox 100 units wide stretched to the row, the longest bar of
   * the chart filling it. Any value with practices gets at least a sliver, so it never looks
   * like none.
   */
  private _renderBar(bar: StatsBar, max: number): TemplateResult {
    const width = max > 0 && bar.count > 0 ? Math.max(1, (bar.count / max) * 100) : 0;
    return html`<svg
      class="track"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      ${svg`<rect class="fill" x="0" y="0" height="10" width=${width.toFixed(2)}></rect>`}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-stats': PracticeStats;
  }
}
