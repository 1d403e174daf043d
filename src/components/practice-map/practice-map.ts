import { pagePart, pageState } from '../../data/page-state.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { OAS_MEMBER_STATES } from '../../data/countries.js';
import {
  choroplethBreaks,
  choroplethClass,
  legendRanges,
  maxCount,
} from '../../data/map-choropleth.js';
import type { MapGeometry } from '../../data/map-geometry.js';
import { ZOOM_STEP } from '../../data/map-view.js';
import { queryFeed, type Filters, type QueryResult } from '../../data/query.js';
import type { NormalizedFeed } from '../../data/types.js';
import { loadedMapGeometry, loadMapGeometry } from '../../feed/geometry.js';
import { collator, countryName, formatNumber } from '../../i18n/format.js';
import { formatMessage, uiStrings } from '../../i18n/messages.js';
import type { UiStrings } from '../../i18n/strings/types.js';
import { baseStyles, themeStyles } from '../../styles/theme.js';
import { PracticeElement } from '../shared/practice-element.js';
import { stateStyles } from '../shared/states.js';
import type { MapFrame } from './map-frame.js';
import { frameStyles } from './map-frame.styles.js';
import { styles } from './practice-map.styles.js';

type MapFrameModule = typeof import('./map-frame.js');

export type MapMode = 'map' | 'table';

type SortKey = 'country' | 'count';

/** Fetch the outlines this far before the map scrolls into view. */
const PRELOAD_MARGIN = '400px';

/** The map's drawing code, once a map of the page has loaded it. */
const MAP_FRAME = pagePart('map-frame', () => ({
  module: undefined as MapFrameModule | undefined,
}));

/** What a map needs before it can draw: the outlines and the code that draws them. */
interface MapParts {
  readonly geometry: MapGeometry;
  readonly frameModule: MapFrameModule;
}

/**
 * Loads the outlines (through the feed layer) and the code that draws them, side by side: both
 * are lazy chunks beside the bundle, requested only for a map about to be seen.
 */
export async function loadMapParts(): Promise<MapParts> {
  const [geometry, frameModule] = await Promise.all([loadMapGeometry(), import('./map-frame.js')]);
  pageState(MAP_FRAME).module = frameModule;
  return { geometry, frameModule };
}

/**
 * The parts, as a task's initial value, when a map of the page has already loaded them: a map
 * added after it draws at once, with nothing left to save by waiting for it to near the screen.
 */
function partsLoadedBefore(): { initialValue?: MapParts } {
  const geometry = loadedMapGeometry();
  const frameModule = pageState(MAP_FRAME).module;
  return geometry && frameModule ? { initialValue: { geometry, frameModule } } : {};
}
/** The legend's marker symbols, in CSS pixels. */
const MARKER_RADIUS = 6;

/**
 * The Americas, each country shaded by its number of practices, with point markers for
 * practices that have locations. Choosing a country filters by it (for every widget of the
 * enclosing `<practice-feed>`); a table view shows the same numbers. The outlines ship with the
 * library and load only when the map nears the viewport: no tile server, no third-party request.
 *
 * @summary A choropleth map of practices per country, with markers and a table view.
 * @tagname practice-map
 * @customElement practice-map
 *
 * @csspart map - The map's frame.
 * @csspart legend - The legend.
 * @csspart table - The table of countries and counts.
 * @csspart error - The load error message.
 * @csspart notice - The "saved data from <date>" notice, when a saved copy is shown.
 *
 * @cssprop --practice-accent - Focus ring, links and the focused country's outline (default `#0b5cad`; dark `#8ab8f5`).
 * @cssprop --practice-text - Text, the tooltip and the chosen country's outline (default `#1d2329`; dark `#e6e9ed`).
 * @cssprop --practice-muted - Secondary text (default `#545e69`; dark `#adb6c0`).
 * @cssprop --practice-surface - Background of the panels and the sea (default `#ffffff`; dark `#1c2127`).
 * @cssprop --practice-border - Borders (default `#c9d1da`; dark `#48515c`).
 * @cssprop --practice-radius - Corner radius (default `0.5rem`).
 * @cssprop --practice-font - Font family (default: inherited from the page).
 * @cssprop --practice-space - Base spacing unit (default `1rem`).
 *
 * @fires practice-select - When the reader opens a practice from a marker: `{id}`.
 * @fires practice-filter-change - When the reader chooses a country, outside a `<practice-feed>`: `{filters}`.
 * @fires practice-feed-load - When the map loaded its own `src`: `{count, warnings, fromCache}`.
 * @fires practice-feed-error - When the map's own `src` could not be used: `{message, cause}`.
 */
export class PracticeMap extends PracticeElement {
  static override styles = [themeStyles, baseStyles, stateStyles, styles, frameStyles];

  private _intersection?: IntersectionObserver;

  /** The outlines and their drawing code: asked for when the map nears the viewport. */
  private readonly _parts = new Task<[], MapParts>(this, {
    task: loadMapParts,
    autoRun: false,
    ...partsLoadedBefore(),
  });

  /** The interactive map, once its code and outlines are loaded. */
  private _frame?: MapFrame;

  /** The last query, reused while the reader only zooms or pans. */
  private _query?: { feed: NormalizedFeed; scope: string; filters: Filters; result: QueryResult };

  /** Practices too close together to tell apart, listed beside the map. */
  @state() private _listed?: readonly string[];
  @state() private _sort: { key: SortKey; descending: boolean } = {
    key: 'count',
    descending: true,
  };

  /**
   * `map` (default) or `table`: the same numbers as a sortable table. The toggle button switches
   * it, and it is reflected.
   */
  @property({ reflect: true }) view: MapMode = 'map';

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._parts.status !== TaskStatus.INITIAL) return;
    // Fetch the outlines only for a map the reader may see: when it nears the viewport.
    if (typeof IntersectionObserver === 'undefined') {
      void this._parts.run();
      return;
    }
    this._intersection = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this._intersection?.disconnect();
        this._intersection = undefined;
        void this._parts.run();
      },
      { rootMargin: PRELOAD_MARGIN },
    );
    this._intersection.observe(this);
  }

  /** Rendered HTML is taken over once the outlines and their drawing code are here too. */
  protected override get hydrationReady(): boolean {
    return super.hydrationReady && this._parts.value !== undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._intersection?.disconnect();
    this._intersection = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The frame, a controller of this element, comes with its code.
    const parts = this._parts.value;
    this._frame ??= parts
      ? new parts.frameModule.MapFrame(this, {
          chooseCountry: (code) => this._chooseCountry(code),
          openPractice: (id) => this.selectPractice(id),
          listPractices: (ids) => {
            this._listed = ids;
            this._focusSoon('.places .link-button');
          },
        })
      : undefined;
  }

  // A script that awaits `updateComplete` after a zoom button finds the map drawn at its zoom.
  protected override async getUpdateComplete(): Promise<boolean> {
    await this._frame?.drawn;
    return super.getUpdateComplete();
  }

  /** Moves the focus once the update under way is rendered. */
  private _focusSoon(selector: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement | SVGElement>(selector)?.focus(),
    );
  }

  private _queryFor(feed: NormalizedFeed): QueryResult {
    const scope = this.scope;
    const scopeKey = JSON.stringify(scope);
    const filters = this.filters;
    const last = this._query;
    if (last && last.feed === feed && last.scope === scopeKey && last.filters === filters) {
      return last.result;
    }
    const result = queryFeed(feed, scope, filters);
    this._query = { feed, scope: scopeKey, filters, result };
    return result;
  }

  private _chooseCountry(code: string): void {
    const selected = this.filters.country;
    const country = selected.includes(code) ? selected.filter((c) => c !== code) : [code];
    this.setFilters({ ...this.filters, country });
  }

  private _sortBy(key: SortKey): void {
    this._sort =
      this._sort.key === key
        ? { key, descending: !this._sort.descending }
        : { key, descending: key === 'count' };
  }

  override render(): TemplateResult {
    return this.renderStates({
      loading: () => this._renderSkeleton(uiStrings(this.contentLang)),
      loaded: (feed) => this._renderLoaded(feed),
    });
  }

  private _renderSkeleton(strings: UiStrings): TemplateResult {
    return html`<div class="layout" role="status">
      <span class="visually-hidden">${strings.loading}</span>
      <div class="main">
        <div class="controls"><span class="skeleton-button"></span></div>
        <div class="frame skeleton" part="map"></div>
      </div>
      <div class="side skeleton">
        ${[1, 2, 3, 4, 5].map(() => html`<span class="skeleton-line"></span>`)}
      </div>
    </div>`;
  }

  private _renderLoaded(feed: NormalizedFeed): TemplateResult {
    const lang = this.contentLang;
    const strings = uiStrings(lang);
    const result = this._queryFor(feed);
    const counts = result.facetCounts.country;
    const max = maxCount(counts);
    const breaks = choroplethBreaks(max);
    const selected = new Set(this.filters.country);
    const table = this.view === 'table';
    const frame = this._frame;
    const geometry = this._parts.value?.geometry;
    const withMarkers = result.practices.some((practice) => practice.locations.length > 0);
    const zoomButton = (name: string, path: string, enabled: boolean, onClick: () => void) =>
      html`<button
        class="icon-button"
        type="button"
        aria-label=${name}
        title=${name}
        ?disabled=${!enabled}
        @click=${() => {
          onClick();
          frame?.hideTip();
        }}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${path}></path></svg>
      </button>`;

    return html`<div class="layout">
      <div class="main">
        ${this._renderNotice(result)}
        <div class="controls scripted">
          ${
            table
              ? html`<span></span>`
              : html`<div class="zoom">
                  ${zoomButton(strings.mapZoomIn, 'M12 5v14M5 12h14', !!frame?.canZoomIn, () =>
                    frame?.zoomSoon(ZOOM_STEP),
                  )}
                  ${zoomButton(strings.mapZoomOut, 'M5 12h14', !!frame?.canZoomOut, () =>
                    frame?.zoomSoon(1 / ZOOM_STEP),
                  )}
                  ${zoomButton(
                    strings.mapReset,
                    'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
                    !!frame?.canZoomOut,
                    () => frame?.resetSoon(),
                  )}
                </div>`
          }
          <button
            class="toggle"
            type="button"
            @click=${() => {
              this.view = table ? 'map' : 'table';
              frame?.hideTip();
            }}
          >
            ${table ? strings.mapShowMap : strings.mapShowTable}
          </button>
        </div>
        ${
          table
            ? this._renderTable(strings, counts, breaks, selected)
            : html`<div class="frame" part="map">
                ${
                  frame && geometry
                    ? frame.render({
                        geometry,
                        feed,
                        practices: result.practices,
                        counts,
                        breaks,
                        selected,
                        scopeCountries: this.scope.country,
                        strings,
                        lang,
                      })
                    : this._renderFrameStatus(strings)
                }
              </div>`
        }
      </div>
      <div class="side">
        ${this._renderLegend(strings, breaks, max, withMarkers && !table)}
        ${this._renderList(strings, feed)}
      </div>
    </div>`;
  }

  private _renderFrameStatus(strings: UiStrings): TemplateResult {
    return this._parts.status === TaskStatus.ERROR
      ? html`<div class="frame-status error" role="status">
          <p>${strings.mapError} ${strings.mapErrorHint}</p>
          <button class="button" type="button" @click=${() => void this._parts.run()}>
            ${strings.retry}
          </button>
        </div>`
      : html`<div class="frame-status" role="status"><p>${strings.mapLoading}</p></div>`;
  }

  private _renderNotice(result: QueryResult): TemplateResult | typeof nothing {
    return result.practices.length > 0
      ? nothing
      : this.renderNoPractices(result.inScope, { box: 'notice', button: 'clear' });
  }

  private _renderLegend(
    strings: UiStrings,
    breaks: readonly number[],
    max: number,
    withMarkers: boolean,
  ): TemplateResult {
    const lang = this.contentLang;
    const range = (from: number, to: number) =>
      from === to
        ? formatNumber(lang, from)
        : formatMessage(strings.mapRange, {
            from: formatNumber(lang, from),
            to: formatNumber(lang, to),
          });
    return html`<div class="legend" part="legend">
      <p class="legend-title" id="legend-title">${strings.mapLegendTitle}</p>
      <ul aria-labelledby="legend-title">
        <li><span class="swatch c0"></span>${strings.mapLegendNone}</li>
        ${legendRanges(breaks, max).map(
          ({ from, to, step }) =>
            html`<li><span class="swatch c${step}"></span>${range(from, to)}</li>`,
        )}
      </ul>
      ${
        withMarkers
          ? html`<ul>
              <li>
                <svg class="legend-marker marker" viewBox="-12 -12 24 24" aria-hidden="true">
                  <circle r=${MARKER_RADIUS}></circle>
                </svg>
                ${strings.mapLegendPractice}
              </li>
              <li>
                <svg
                  class="legend-marker marker cluster"
                  viewBox="-12 -12 24 24"
                  aria-hidden="true"
                >
                  <circle r="11.5"></circle>
                  <text>3</text>
                </svg>
                ${strings.mapLegendCluster}
              </li>
            </ul>`
          : nothing
      }
    </div>`;
  }

  private _renderList(strings: UiStrings, feed: NormalizedFeed): TemplateResult | typeof nothing {
    const ids = this._listed;
    // Only the frame lists practices, so its code (and this list's) is there.
    if (!ids || this.view === 'table' || !this._frame) return nothing;
    return this._frame.renderPlaces({ ids, feed, strings, lang: this.contentLang }, () => {
      this._listed = undefined;
      this._focusSoon('svg.map');
    });
  }

  private _renderTable(
    strings: UiStrings,
    counts: ReadonlyMap<string, number>,
    breaks: readonly number[],
    selected: ReadonlySet<string>,
  ): TemplateResult {
    const lang = this.contentLang;
    const order = collator(lang);
    const codes = new Set<string>([...OAS_MEMBER_STATES, ...selected]);
    for (const [code, count] of counts) if (count > 0) codes.add(code);
    const rows = [...codes].map((code) => ({
      code,
      name: countryName(lang, code),
      count: counts.get(code) ?? 0,
    }));
    const { key, descending } = this._sort;
    const direction = descending ? -1 : 1;
    rows.sort((a, b) =>
      key === 'count'
        ? direction * (a.count - b.count) || order.compare(a.name, b.name)
        : direction * order.compare(a.name, b.name),
    );
    const header = (column: SortKey, text: string) => {
      const active = key === column;
      return html`<th
        scope="col"
        class=${column === 'count' ? 'count' : ''}
        aria-sort=${active ? (descending ? 'descending' : 'ascending') : 'none'}
      >
        <button class="sort" type="button" @click=${() => this._sortBy(column)}>
          ${text}<span class="sort-arrow" aria-hidden="true"
            >${active ? (descending ? '▼' : '▲') : '↕'}</span
          >
        </button>
      </th>`;
    };
    return html`<div class="table-wrap" part="table">
      <table>
        <caption>
          ${strings.mapLegendTitle}
        </caption>
        <thead>
          <tr>
            ${header('country', strings.mapColumnCountry)}
            ${header('count', strings.mapColumnPractices)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr class=${selected.has(row.code) ? 'selected' : ''}>
                <th scope="row">
                  <span class="row-country">
                    <span class="swatch c${choroplethClass(row.count, breaks)}"></span>
                    <button
                      class="row-button"
                      type="button"
                      aria-pressed=${selected.has(row.code) ? 'true' : 'false'}
                      @click=${() => this._chooseCountry(row.code)}
                    >
                      ${row.name}
                    </button>
                  </span>
                </th>
                <td class="count">${formatNumber(lang, row.count)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-map': PracticeMap;
  }
}
