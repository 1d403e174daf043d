import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  /* A dark theme paints the list's slab (theme.ts): its text keeps off the slab's edge. */
  .theme.dark {
    padding: calc(var(--_space) * 0.75);
  }
  @media (prefers-color-scheme: dark) {
    .theme.auto {
      padding: calc(var(--_space) * 0.75);
    }
  }
  /* The downloads' panel is placed against the toolbar's end, not the button's: on a narrow
     screen the button wraps to the start of a line, and a panel at its end would overflow. */
  .toolbar {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-bottom: var(--_space);
  }
  .count {
    margin: 0;
    margin-right: auto;
    font-weight: 700;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    color: var(--_muted);
  }
  /* The sort control's width does not depend on its options: a browser can paint rendered HTML
     with part of the select parsed (no options yet, or one), and a select as wide as its
     options then grew as the rest arrived, moving the toolbar's items to another line (a layout
     shift before any script). The least width fits the longest option of the four languages
     ("Plus récentes"), so it is the select's width from its first byte. */
  select {
    min-width: 11em;
    min-height: 2.75rem;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .button.secondary {
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_accent);
  }
  .button[disabled] {
    cursor: default;
    opacity: 0.55;
    filter: none;
  }
  .downloads summary {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .downloads-panel {
    position: absolute;
    right: 0;
    z-index: 2;
    display: grid;
    gap: calc(var(--_space) * 0.5);
    width: min(22rem, calc(100cqi - 1rem));
    margin-top: 0.25rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.18);
  }
  .download-error {
    margin: 0;
    padding-left: 0.5rem;
    border-left: 4px solid var(--_error);
  }
  .download-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .citation-label {
    margin: 0.25rem 0 0;
    font-weight: 700;
  }
  .citation-text {
    margin: 0;
    padding: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
    font-size: 0.9em;
    overflow-wrap: anywhere;
    user-select: all;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid > li {
    display: flex;
  }
  .grid > li > practice-card {
    flex: 1;
  }
  .virtual {
    height: min(75vh, 48rem);
    overflow: auto;
    contain: strict;
  }
  .virtual-item {
    width: 100%;
    padding-bottom: var(--_space);
  }
  /* Three columns: "Previous", the page, "Next". The page ("Página 1 de 2") is never broken;
     where the three do not fit on one line, it takes a line of its own above the buttons. */
  .pagination {
    display: grid;
    grid-template-columns: auto auto auto;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.75);
    margin-top: var(--_space);
  }
  .page-of {
    color: var(--_muted);
    text-align: center;
    white-space: nowrap;
  }
  @container (max-width: 26rem) {
    .pagination {
      grid-template-columns: 1fr 1fr;
      gap: calc(var(--_space) * 0.5);
    }
    .page-of {
      grid-row: 1;
      grid-column: 1 / -1;
    }
  }
  .empty {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty p {
    margin: 0;
  }
  .skeleton .toolbar-line {
    width: 8rem;
    height: 2.75rem;
    margin: 0 0 var(--_space);
  }
  /* Exactly a compact card's box, so that nothing moves when the cards replace them. */
  .skeleton-card {
    min-height: var(--_compact-card-height);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .skeleton-card .wide {
    width: 70%;
  }
  dialog {
    width: min(48rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    padding: 0;
    border: none;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: 0.5rem;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }
  .dialog-actions {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-inline-start: auto;
  }
  dialog practice-card {
    --practice-radius: 0;
  }
  /* Printing: with a practice open, that practice alone, without its buttons or the page behind
     it; with none open, the list without its controls, no card split across two pages. */
  @media print {
    .toolbar .sort,
    .toolbar .downloads,
    .pagination,
    .dialog-bar {
      display: none;
    }
    .theme.dark,
    .theme.auto {
      padding: 0;
    }
    .grid > li {
      break-inside: avoid;
    }
    .theme:has(> dialog[open]) > :not(dialog) {
      display: none;
    }
    dialog[open] {
      position: static;
      width: auto;
      max-height: none;
      margin: 0;
      overflow: visible;
      border: none;
      box-shadow: none;
    }
    dialog::backdrop {
      background: none;
    }
  }
  @media (forced-colors: active) {
    .downloads summary,
    .downloads-panel,
    .skeleton-card,
    dialog {
      border: 1px solid CanvasText;
    }
  }
`;
