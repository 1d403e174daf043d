import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .theme {
    display: grid;
    gap: var(--_space);
  }
  .search {
    display: grid;
    gap: 0.35rem;
  }
  .search label,
  legend {
    font-weight: 700;
  }
  input[type='search'] {
    width: 100%;
    min-height: 2.75rem;
    padding: 0 0.75em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  input[type='search']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .count {
    margin: 0;
    font-weight: 700;
  }
  .button.secondary {
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_accent);
  }
  .panel {
    display: grid;
    gap: var(--_space);
    align-content: start;
  }
  .facet {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: none;
  }
  legend {
    margin-bottom: 0.35rem;
    padding: 0;
  }
  .values {
    display: grid;
    gap: 0.1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .values.long {
    max-height: 16rem;
    overflow-y: auto;
    padding-right: 0.25rem;
    border-bottom: 1px solid var(--_border);
  }
  .value {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0 0.25rem;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .value:hover {
    background: var(--_subtle);
  }
  .value input {
    width: 1.15rem;
    height: 1.15rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .value .label {
    flex: 1;
  }
  .value-count {
    min-width: 2.5em;
    padding: 0 0.4em;
    border-radius: 999px;
    background: var(--_subtle);
    color: var(--_muted);
    font-size: 0.85em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .value.none .label {
    color: var(--_muted);
  }
  .clear {
    justify-self: start;
  }
  /* A facet with more values than are drawn: its own search, a note, and the fold button. */
  .find {
    display: grid;
    gap: 0.35rem;
    margin-bottom: 0.5rem;
  }
  .more {
    margin-top: 0.5rem;
  }
  .more-note {
    margin: 0.5rem 0 0;
    color: var(--_muted);
  }
  .skeleton .label-line {
    width: 30%;
    height: 1lh;
    margin: 0 0 0.35rem;
  }
  .skeleton .search-line {
    height: 2.75rem;
    margin: 0;
  }
  .skeleton .summary-line {
    height: 2.75rem;
    margin: var(--_space) 0 0;
  }
  .skeleton .panel {
    margin-top: var(--_space);
  }
  /* A legend and its choices, in the loaded layout's rows and columns. */
  .skeleton .legend-line {
    width: 8rem;
    height: 1lh;
    margin: 0 0 0.35rem;
  }
  /* A choice's row height, with a bar of text height drawn in its middle. */
  .skeleton .value-line {
    height: 2.75rem;
    margin: 0;
    padding-block: 0.9rem;
    background-clip: content-box;
  }
  /* Narrow screens: the choices fold away behind a toggle, so the results come first. */
  @media (max-width: 39.99rem) {
    .panel:not(.expanded) {
      display: none;
    }
  }
  @media (min-width: 40rem) {
    .toggle {
      display: none;
    }
    /* Without the toggle, the summary row is one line of text. */
    .skeleton .summary-line {
      height: 1lh;
    }
  }
  /* A wide element (not a sidebar) puts its choices in columns, so that each count stays next
     to its label rather than across the page from it. */
  @container (min-width: 40rem) {
    .values {
      grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
      column-gap: var(--_space);
    }
  }
  @media (forced-colors: active) {
    input[type='search'] {
      border-color: CanvasText;
    }
    .value-count {
      border: 1px solid CanvasText;
    }
  }
`;
