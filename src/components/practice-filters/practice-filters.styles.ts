import { css } from 'lit';

/*
 * Rows of fixed heights, whatever the feed and the language: the search (a label of one line and
 * the box), then the buttons' row (the facets' buttons, or "Filters" in a narrow element, and the
 * count), then the chosen filters when there are some. The loading placeholder draws the same rows.
 * A facet's panel opens over what follows; the sheet is a modal dialog.
 */
export const styles = css`
  :host {
    container-type: inline-size;
  }
  /* Padded in every theme, so that text never touches the edge of a filled surface (the dark
     theme's, a page's token theme) and the height is the same in all. */
  .theme {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75);
  }
  .search {
    display: grid;
    gap: 0.35rem;
    min-width: 0;
  }
  .search label,
  legend,
  .sheet-title {
    font-weight: 700;
  }
  /* One line in every language: a longer label is cut with an ellipsis, never wrapped. */
  .search label {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
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
  .skeleton .label-line {
    width: 30%;
    height: 1lh;
    margin: 0;
  }
  .skeleton .search-line {
    height: 2.75rem;
    margin: 0;
  }
  /* The buttons' row: one line of fixed height; buttons that do not fit scroll sideways in the
     room kept below them for a scroll bar, never wrapping into more lines. */
  .bar-area {
    position: relative;
  }
  .bar {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    block-size: 3.25rem;
  }
  .bar-line {
    flex: 1;
    height: 2.75rem;
    margin: 0;
  }
  .facet-buttons {
    display: flex;
    flex: 0 1 auto;
    align-items: flex-start;
    gap: 0.5rem;
    min-width: 0;
    block-size: 100%;
    overflow-x: auto;
    overflow-y: hidden;
    scrollbar-width: thin;
  }
  .facet-button {
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75rem;
    padding: 0 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    white-space: nowrap;
    cursor: pointer;
  }
  .facet-button[aria-expanded='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .facet-button:hover {
    background: var(--_subtle);
  }
  .caret {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .count {
    flex: none;
    margin: 0 0 0 auto;
    padding-inline: 0.25rem;
    font-weight: 700;
    line-height: 2.75rem;
    white-space: nowrap;
  }
  /* A narrow element (a phone, a sidebar): one "Filters" button and the sheet. */
  .sheet-button {
    display: none;
  }
  @container (max-width: 39.99rem) {
    .facet-buttons {
      display: none;
    }
    .sheet-button {
      display: inline-flex;
    }
  }
  .button.secondary {
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_accent);
  }
  @media (forced-colors: active) {
    input[type='search'],
    .facet-button {
      border-color: CanvasText;
    }
  }
`;
