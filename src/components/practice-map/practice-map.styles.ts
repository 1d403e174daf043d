import { css } from 'lit';

/*
 * Colours of the map. The choropleth is ColorBrewer's YlGnBu, a sequential palette that stays
 * ordered for the common colour-vision deficiencies and in greyscale: light to dark on a light
 * surface, and the other way round in the dark theme, so that more practices always stand out
 * more. Markers are orange, the one hue that never appears in the palette.
 */
export const styles = css`
  :host {
    container-type: inline-size;
  }
  .theme {
    --_map-sea: var(--_surface);
    --_map-other: #f0f2f5;
    --_map-none: #dde2e8;
    --_map-1: #c7e9b4;
    --_map-2: #7fcdbb;
    --_map-3: #41b6c4;
    --_map-4: #2c7fb8;
    --_map-5: #253494;
    --_map-border: #ffffff;
    --_map-symbol-ring: #3e4852;
    --_marker: #b54708;
    --_marker-ring: #ffffff;
    --_marker-text: #ffffff;
  }
  .theme.dark {
    --_map-other: #262c33;
    --_map-none: #38404a;
    --_map-1: #1f4f80;
    --_map-2: #2b7bb9;
    --_map-3: #41b6c4;
    --_map-4: #97d6b9;
    --_map-5: #edf8b1;
    --_map-border: #14181d;
    --_map-symbol-ring: #c9d1da;
    --_marker: #fdae6b;
    --_marker-ring: #14181d;
    --_marker-text: #14181d;
  }
  /* The dark palette again, written out: the build's CSS minifier reads only whole style
     sheets, not fragments interpolated into one. */
  @media (prefers-color-scheme: dark) {
    .theme.auto {
      --_map-other: #262c33;
      --_map-none: #38404a;
      --_map-1: #1f4f80;
      --_map-2: #2b7bb9;
      --_map-3: #41b6c4;
      --_map-4: #97d6b9;
      --_map-5: #edf8b1;
      --_map-border: #14181d;
      --_map-symbol-ring: #c9d1da;
      --_marker: #fdae6b;
      --_marker-ring: #14181d;
      --_marker-text: #14181d;
    }
  }

  .layout {
    display: grid;
    gap: var(--_space);
  }
  /* Side by side when there is room: the Americas are tall, so the map keeps a readable width
     and the legend sits beside it rather than far below. */
  @container (min-width: 40rem) {
    .layout {
      grid-template-columns: minmax(0, 36rem) minmax(12rem, 1fr);
      align-items: start;
    }
  }
  .main,
  .side {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
    min-height: 2.75rem;
  }
  .zoom {
    display: flex;
    gap: 0.25rem;
  }
  /* The view toggle keeps to the end of the row, and when the row is too narrow for it (long
     words, large text) it goes under the zoom buttons whole, its text wrapping inside it. */
  .toggle {
    margin-inline-start: auto;
    max-width: 100%;
    text-align: center;
  }
  .icon-button,
  .toggle,
  .clear,
  .close {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0.4em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .icon-button {
    padding: 0;
  }
  .icon-button svg {
    width: 1.25rem;
    height: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .icon-button:hover:not(:disabled),
  .toggle:hover,
  .clear:hover,
  .close:hover {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .icon-button:disabled {
    cursor: default;
    opacity: 0.45;
  }

  /* The frame keeps the map's proportions before anything is drawn: no layout shift when the
     outlines arrive. The ratio is the generated geometry's viewBox (a test keeps them equal). */
  .frame {
    position: relative;
    aspect-ratio: 2000 / 2939;
    width: 100%;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_map-sea);
  }
  .frame.skeleton {
    background: var(--_subtle);
    animation: practice-pulse 1.6s ease-in-out infinite;
  }
  .frame-status {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    background: var(--_subtle);
    color: var(--_muted);
    text-align: center;
  }
  .frame-status p {
    margin: 0;
  }
  .frame-status.error {
    color: var(--_text);
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .notice p {
    margin: 0;
  }

  /* The legend, and the practices listed beside the map (MapFrame.renderPlaces) laid out as it. */
  .legend,
  .places {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .legend-title,
  .places-title {
    margin: 0;
    font-weight: 700;
  }
  .legend ul,
  .places ul {
    display: grid;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.6em;
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    flex: none;
    width: 1.5em;
    height: 1em;
    border: 1px solid var(--_muted);
    border-radius: 2px;
    background: var(--_fill);
  }
  .legend-marker {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    overflow: visible;
  }

  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    padding-bottom: 0.5em;
    font-weight: 700;
    text-align: start;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    padding: 0;
  }
  .count {
    text-align: end;
  }
  .sort {
    all: unset;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: 0.3em;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.35em 0.5em;
    font-weight: 700;
    cursor: pointer;
  }
  .count .sort {
    justify-content: flex-end;
  }
  .sort:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  .sort-arrow {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .row-country {
    display: flex;
    align-items: center;
    gap: 0.6em;
    font-weight: 400;
  }
  .row-button {
    all: unset;
    cursor: pointer;
    min-height: 2rem;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .row-button[aria-pressed='true'] {
    color: var(--_text);
    font-weight: 700;
    text-decoration-thickness: 2px;
  }
  .row-button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  tr.selected {
    background: var(--_subtle);
  }

  .side.skeleton {
    display: grid;
    gap: 0.5em;
  }
  .skeleton-button {
    display: inline-block;
    width: 8rem;
    height: 2.75rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }

  @media (forced-colors: active) {
    /* The shades carry the data: keep them (the map's own in map-frame.styles.ts). */
    .swatch,
    .legend-marker {
      forced-color-adjust: none;
    }
    .icon-button,
    .toggle,
    .clear,
    .close,
    .frame,
    .legend,
    .notice {
      border-color: CanvasText;
    }
    .row-button {
      color: LinkText;
    }
  }
`;
