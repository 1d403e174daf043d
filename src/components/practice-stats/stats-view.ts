import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { FACET_TABLE, type Facet } from '../../data/facets.js';
import {
  barFraction,
  computeStats,
  type Stats,
  type StatsBar,
  type StatsChart,
  type StatsMeasure,
  type StatsOptions,
} from '../../data/stats-figures.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { formatMessage, formatPlural } from '../../i18n/messages.js';
import type { PluralMessage, UiStrings } from '../../i18n/strings/types.js';

/*
 * The loaded figures of <practice-stats>: the headline, the measure switch and the charts with
 * their tables. The element draws its placeholder, error and empty states without this module,
 * which loads beside the feed, outside the bundle's entry. Its styles are the element's
 * (practice-stats.styles.ts): it adds none of its own.
 */

export { computeStats };
export type { Stats, StatsOptions };

/** Everything a render of the figures needs from the element. */
export interface StatsViewData {
  readonly stats: Stats;
  readonly strings: UiStrings;
  readonly lang: string;
  /** Level of the charts' names in the page's outline (1–6). */
  readonly level: number;
  readonly measure: StatsMeasure;
  readonly openTables: ReadonlySet<Facet>;
  /** Whether to announce the number of practices (not inside a feed, whose widgets do). */
  readonly announce: boolean;
  readonly onChoose: (facet: Facet, value: string) => void;
  readonly onToggleTable: (facet: Facet) => void;
  readonly onMeasure: (measure: StatsMeasure) => void;
}

/** The most bar columns a chart spans (the grid has at most three columns). */
const MAX_SPAN = 3;

export function renderStatsView(view: StatsViewData): TemplateResult {
  const { stats, strings, lang } = view;
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
  const charts = stats.charts;
  return html`<div class="stats">
    <ul class="headline" part="headline" role="list">
      ${figure(strings.practices, headline.practices)}
      ${figure(strings.statsCountries, headline.countries)}
      ${figure(strings.statsParticipantsReached, headline.participants)}
      ${figure(strings.statsInstitutionsReached, headline.institutions)}
    </ul>
    ${reported ? html`<p class="note">${strings.statsReachNote}</p>` : nothing}
    ${
      view.announce
        ? html`<p class="visually-hidden" role="status">
            ${formatPlural(lang, strings.resultsCount, headline.practices)}
          </p>`
        : nothing
    }
    ${
      charts.length
        ? html`<div class="toolbar">
              <p class="note scripted">${strings.statsFilterHint}</p>
              ${renderMeasureSwitch(view)}
            </div>
            <div class="charts">${charts.map((chart) => renderChart(view, chart))}</div>`
        : // Every chart asked for is left out: one line says why, rather than empty frames.
          html`<p class="note">${strings.statsNoValues}</p>`
    }
  </div>`;
}

/** "Bars show: Share | Number", two toggle buttons, one pressed. */
function renderMeasureSwitch(view: StatsViewData): TemplateResult {
  const { strings, measure } = view;
  const option = (value: StatsMeasure, label: string) =>
    html`<button
      type="button"
      aria-pressed=${measure === value ? 'true' : 'false'}
      @click=${() => view.onMeasure(value)}
    >
      ${label}
    </button>`;
  return html`<div class="measure scripted" role="group" aria-labelledby="measure-label">
    <span id="measure-label" class="measure-label">${strings.statsMeasure}</span>
    <span class="measure-options">
      ${option('share', strings.statsMeasureShare)} ${option('count', strings.statsMeasureCount)}
    </span>
  </div>`;
}

/** A bar's two figures as the reader reads them, the measured one first. */
function figures(view: StatsViewData, bar: StatsBar): { first: string; second: string } {
  const share = formatPercent(view.lang, bar.share);
  const count = formatNumber(view.lang, bar.count);
  return view.measure === 'share'
    ? { first: share, second: count }
    : { first: count, second: share };
}

function renderChart(view: StatsViewData, chart: StatsChart): TemplateResult {
  const { strings, lang, stats, measure } = view;
  const { facet } = chart;
  const name = strings[FACET_TABLE[facet].label];
  const nameId = `chart-${facet}`;
  const tableId = `table-${facet}`;
  const open = view.openTables.has(facet);
  return html`<section class="chart" part="chart" aria-labelledby=${nameId}>
    <div class="chart-head">
      <div id=${nameId} class="chart-name" role="heading" aria-level=${view.level}>${name}</div>
      <button
        class="table-toggle scripted"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${tableId}
        aria-describedby=${nameId}
        @click=${() => view.onToggleTable(facet)}
      >
        ${strings.statsTable}
      </button>
    </div>
    <ul class="bars" role="list">
      ${repeat(
        chart.bars,
        (bar) => bar.value,
        (bar) => {
          const seen = figures(view, bar);
          const practices = formatPlural(lang, strings.resultsCount, bar.count);
          const share = formatPercent(lang, bar.share);
          return html`<li>
            <button
              class="bar"
              type="button"
              aria-pressed=${bar.selected ? 'true' : 'false'}
              @click=${() => view.onChoose(facet, bar.value)}
            >
              <span class="bar-label" aria-hidden="true"><bdi>${bar.label}</bdi></span>
              <span class="bar-value" aria-hidden="true">
                <span class="bar-first">${seen.first}</span>
                <span class="bar-second">${seen.second}</span>
              </span>
              ${renderBar(bar, barFraction(bar, measure, stats.countScale))}
              <span class="visually-hidden">
                ${formatMessage(strings.statsBarLabel, {
                  label: bar.label,
                  first: measure === 'share' ? share : practices,
                  second: measure === 'share' ? practices : share,
                })}
              </span>
            </button>
          </li>`;
        },
      )}
    </ul>
    ${renderAxis(view)}
    ${
      chart.hidden
        ? html`<p class="note more-values">
            ${formatPlural(lang, strings.statsMoreValues, chart.hidden)}
          </p>`
        : nothing
    }
    ${
      chart.overlaps
        ? html`<p class="note overlap">
            ${formatMessage(strings.statsOverlapNote, { percent: formatPercent(lang, 1) })}
          </p>`
        : nothing
    }
    <div id=${tableId} class="table" ?hidden=${!open}>
      ${open ? renderTable(view, chart, name) : nothing}
    </div>
  </section>`;
}

/**
 * The scale under the bars: 0, half and the whole (100 %, or the number of practices every
 * chart counts to), once per column of bars. Drawn for the eye: each bar's name says its figures.
 */
function renderAxis(view: StatsViewData): TemplateResult {
  const { lang, measure, stats } = view;
  const tick = (fraction: number) =>
    measure === 'share'
      ? formatPercent(lang, fraction)
      : formatNumber(lang, Math.round(stats.countScale * fraction * 10) / 10);
  const ticks = html`<span class="ticks"
    ><span>${tick(0)}</span><span>${tick(0.5)}</span><span>${tick(1)}</span></span
  >`;
  return html`<div class="axis" aria-hidden="true">
    ${Array.from({ length: MAX_SPAN }, () => ticks)}
  </div>`;
}

/**
 * A chart's data table, drawn once the reader shows it: each bar's button already says its
 * figures, so the table is not kept in the page twice over. The measured column comes first.
 */
function renderTable(view: StatsViewData, chart: StatsChart, name: string): TemplateResult {
  const { strings } = view;
  const [first, second] =
    view.measure === 'share'
      ? [strings.statsShare, strings.statsPractices]
      : [strings.statsPractices, strings.statsShare];
  return html`<table class="data" part="table">
    <caption class="visually-hidden">
      ${name}
    </caption>
    <thead>
      <tr>
        <th scope="col">${name}</th>
        <th scope="col">${first}</th>
        <th scope="col">${second}</th>
      </tr>
    </thead>
    <tbody>
      ${chart.bars.map((bar) => {
        const seen = figures(view, bar);
        return html`<tr>
          <th scope="row"><bdi>${bar.label}</bdi></th>
          <td>${seen.first}</td>
          <td>${seen.second}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/**
 * One bar, drawn in SVG across its row: the rail is the whole scale, light lines mark its
 * quarters, and the fill is the bar's `fraction` of it. A value with practices also gets a mark
 * 2 px wide, so it never looks like none.
 */
function renderBar(bar: StatsBar, fraction: number): TemplateResult {
  return html`<svg class="track" aria-hidden="true" focusable="false">
    ${svg`<rect class="rail" width="100%" height="100%"></rect>
      ${bar.count > 0 ? svg`<rect class="sliver" width="2" height="100%"></rect>` : nothing}
      <rect class="fill" height="100%" width=${`${(fraction * 100).toFixed(3)}%`}></rect>
      <line class="grid" x1="25%" x2="25%" y1="0" y2="100%"></line>
      <line class="grid" x1="50%" x2="50%" y1="0" y2="100%"></line>
      <line class="grid" x1="75%" x2="75%" y1="0" y2="100%"></line>`}
  </svg>`;
}
