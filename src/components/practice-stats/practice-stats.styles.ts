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

  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    align-items: start;
    gap: var(--_space);
  }
  .chart {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .chart-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
  }
  .chart-name {
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.3;
  }
  .table-toggle {
    min-height: 2.25rem;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    cursor: pointer;
  }
  .table-toggle:hover {
    border-color: var(--_accent);
  }

  /* One bar per row: its label and figures above, the bar below, across the whole row. */
  .bars {
    display: grid;
    gap: 0.125rem;
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
  .bar-count {
    font-weight: 700;
  }
  /* Shares take a fixed width, so counts line up from one bar to the next. */
  .bar-share {
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
  }
  /* Chromium eases a bar to its new length when the figures change; reduced motion stops it. */
  .fill {
    fill: var(--_accent);
    transition: width 0.25s ease-out;
  }

  /* The data table, shown on demand. */
  .data {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
  }
  .data caption {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
    .fill {
      fill: CanvasText;
    }
    .bar,
    .table-toggle {
      border-color: ButtonText;
      color: ButtonText;
    }
    .bar[aria-pressed='true'] {
      border-color: Highlight;
      border-width: 2px;
    }
  }
`;
