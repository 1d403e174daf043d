import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .stats {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .note,
  .empty p {
    margin: 0;
  }
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Headline figures: two per row on a phone, four side by side when there is room. */
  .headline {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .figure {
    min-height: 5.25rem;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .figure .number {
    display: block;
    color: var(--_text);
    font-size: 1.95em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }

  /*
   * The charts' grid: one column, two from 41rem, three from 62rem (as many 20rem columns as
   * fit, at most three). The last row is always full: a last chart alone on its row spans it, one
   * of two on a row of three spans two columns. A chart that spans lays its bars in as many
   * columns, each exactly as wide as another chart's (the gap between them is the grid's gap and
   * the two cards' padding and borders), so that bar lengths compare across every chart.
   */
  .charts {
    --_chart-pad: calc(var(--_space) * 0.75);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
    gap: var(--_space);
  }
  /* The placeholder keeps the grid it always had (practice-widgets.css reserves its height). */
  .skeleton .charts {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
  }
  @container (min-width: 41rem) {
    .stats:not(.skeleton) .charts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .stats:not(.skeleton) .chart:last-child:nth-child(odd) {
      grid-column: span 2;
      --_span: 2;
      --_ticks-2: grid;
    }
  }
  @container (min-width: 62rem) {
    .stats:not(.skeleton) .charts {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .stats:not(.skeleton) .chart:last-child:nth-child(odd) {
      grid-column: auto;
      --_span: 1;
      --_ticks-2: none;
    }
    .stats:not(.skeleton) .chart:last-child:nth-child(3n + 1) {
      grid-column: span 3;
      --_span: 3;
      --_ticks-2: grid;
      --_ticks-3: grid;
    }
    .stats:not(.skeleton) .chart:last-child:nth-child(3n + 2) {
      grid-column: span 2;
      --_span: 2;
      --_ticks-2: grid;
    }
  }
  .chart {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
    padding: var(--_chart-pad, calc(var(--_space) * 0.75));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* The name and the table button on one line when they fit; else the button below, at the start. */
  .chart-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
  }
  .chart-name {
    flex: 1 1 auto;
    min-width: 0;
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .table-toggle {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.25rem;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    white-space: nowrap;
    cursor: pointer;
  }
  .table-toggle:hover {
    border-color: var(--_accent);
  }
  /* A chevron: down while the table is hidden, up while it shows. */
  .table-toggle::after {
    content: '';
    width: 0.4em;
    height: 0.4em;
    margin-block-end: 0.2em;
    border: solid currentColor;
    border-width: 0 0.125em 0.125em 0;
    transform: rotate(45deg);
  }
  .table-toggle[aria-expanded='true']::after {
    margin-block: 0.2em 0;
    transform: rotate(-135deg);
  }

  /* Above the charts: how they filter, and what the bars measure. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .toolbar .note {
    flex: 1 1 18rem;
  }
  .measure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    font-size: 0.875em;
  }
  .measure-label {
    color: var(--_muted);
  }
  .measure-options {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .measure button {
    min-height: 2.25rem;
    padding: 0.25em 0.875em;
    border: 0;
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .measure button + button {
    border-inline-start: 1px solid var(--_border);
  }
  .measure button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .measure button:focus-visible {
    outline-offset: -4px;
  }

  /* One bar per row: its label and figures above, the bar below, across the whole row. */
  .bars,
  .axis {
    display: grid;
    grid-template-columns: repeat(var(--_span, 1), minmax(0, 1fr));
    column-gap: calc(var(--_space) + 2 * var(--_chart-pad) + 2px);
  }
  .bars {
    row-gap: 0.125rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .bar {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'label value'
      'track track';
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.75);
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .bar:hover {
    background: var(--_subtle);
  }
  /* A chosen bar: a check mark, bold label and a frame, not only a colour. */
  .bar[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_subtle);
  }
  .bar[aria-pressed='true'] .bar-label {
    font-weight: 700;
  }
  .bar-label {
    grid-area: label;
    display: flex;
    align-items: baseline;
    gap: 0.35em;
    overflow-wrap: anywhere;
  }
  /* The check mark of a chosen bar: two borders of a box turned a quarter. */
  .bar[aria-pressed='true'] .bar-label::before {
    content: '';
    flex: none;
    align-self: center;
    width: 0.3em;
    height: 0.6em;
    margin: 0 0.2em 0.15em 0.25em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(45deg);
  }
  .bar-value {
    grid-area: value;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  /* The figure the bars measure, in bold; the other after it, muted, at a fixed width. */
  .bar-first {
    font-weight: 700;
  }
  .bar-second {
    display: inline-block;
    min-width: 4.25em;
    color: var(--_muted);
    text-align: end;
  }
  .track {
    grid-area: track;
    display: block;
    width: 100%;
    height: 0.75rem;
    overflow: visible;
  }
  /* The rail is the whole scale; light lines mark its quarters, over the bar. */
  .rail {
    fill: var(--_border);
    fill-opacity: 0.45;
  }
  .grid {
    stroke: var(--_surface);
    stroke-width: 1px;
  }
  /* Chromium eases a bar to its new length when the figures change; reduced motion stops it. */
  .fill,
  .sliver {
    fill: var(--_accent);
  }
  .fill {
    transition: width 0.25s ease-out;
  }
  /* The scale's figures under the bars, aligned with the rail's start, middle and end. */
  .axis {
    margin-block-start: -0.25rem;
    color: var(--_muted);
    font-size: 0.8em;
    font-variant-numeric: tabular-nums;
  }
  .ticks {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    padding-inline: calc(0.5rem + 1px);
  }
  .ticks > :last-child {
    text-align: end;
  }
  /* One scale per column of bars: the second and third only in a chart that spans. */
  .ticks:nth-child(2) {
    display: var(--_ticks-2, none);
  }
  .ticks:nth-child(3) {
    display: var(--_ticks-3, none);
  }

  /* The data table, shown on demand. */
  .data {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
  }
  .data th,
  .data td {
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .data thead th {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .data td {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .data tbody th {
    font-weight: 400;
    overflow-wrap: anywhere;
  }

  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* The skeleton has the loaded layout's boxes and row heights, so nothing jumps. */
  .skeleton .figure .skeleton-line:first-child {
    width: 50%;
    height: 1.75em;
  }
  .skeleton .chart .name {
    width: 40%;
    height: 1.3em;
  }
  .skeleton .bar {
    display: flex;
    align-items: center;
    height: 3.375rem;
    cursor: default;
  }
  .skeleton .notes .skeleton-line {
    width: 80%;
    height: 0.875em;
  }
  .skeleton .bar .skeleton-line {
    width: 100%;
  }

  @media (forced-colors: active) {
    .figure,
    .chart,
    .empty {
      border-color: CanvasText;
    }
    .fill,
    .sliver {
      fill: CanvasText;
    }
    .rail {
      fill: Canvas;
      stroke: CanvasText;
    }
    .measure button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
    .bar,
    .table-toggle,
    .measure button {
      border-color: ButtonText;
      color: ButtonText;
    }
    .bar[aria-pressed='true'] {
      border-color: Highlight;
      border-width: 2px;
    }
  }
`;
