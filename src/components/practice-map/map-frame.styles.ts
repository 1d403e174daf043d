import { css } from 'lit';

/*
 * The drawn map's styles (map-frame.ts draws it): part of <practice-map>'s static styles, after
 * practice-map.styles.ts, where the colours are defined.
 */
export const frameStyles = css`
  .map {
    display: block;
    width: 100%;
    height: 100%;
    /* One finger scrolls the page over the whole map; once zoomed in, it pans the map. */
    touch-action: pan-x pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .map.zoomed {
    touch-action: none;
    cursor: grab;
  }
  .map.dragging {
    cursor: grabbing;
  }
  .map:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  .sea {
    fill: var(--_map-sea);
  }
  .other {
    fill: var(--_map-other);
    stroke: var(--_map-border);
    stroke-width: 0.5;
    vector-effect: non-scaling-stroke;
  }
  .country {
    cursor: pointer;
  }
  .country:focus,
  .marker:focus {
    outline: none;
  }
  .country path {
    fill: var(--_fill);
    stroke: var(--_map-border);
    stroke-width: 0.75;
    vector-effect: non-scaling-stroke;
  }
  .c0 {
    --_fill: var(--_map-none);
  }
  .c1 {
    --_fill: var(--_map-1);
  }
  .c2 {
    --_fill: var(--_map-2);
  }
  .c3 {
    --_fill: var(--_map-3);
  }
  .c4 {
    --_fill: var(--_map-4);
  }
  .c5 {
    --_fill: var(--_map-5);
  }
  /* Outlines drawn over every country, so that neighbours never cover them. */
  .halo {
    fill: none;
    pointer-events: none;
    stroke: var(--_map-sea);
    stroke-width: 5.5;
    vector-effect: non-scaling-stroke;
  }
  .outline {
    fill: none;
    pointer-events: none;
    stroke: var(--_text);
    stroke-width: 2.5;
    vector-effect: non-scaling-stroke;
  }
  .outline.active {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .outline.active.selected {
    stroke-dasharray: 6 3;
  }
  .marker {
    cursor: pointer;
  }
  .marker circle {
    fill: var(--_marker);
    stroke: var(--_marker-ring);
    stroke-width: 1.5;
  }
  .marker text {
    fill: var(--_marker-text);
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  .marker:hover circle {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .marker:focus-visible circle,
  .marker.active circle {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .tip {
    pointer-events: none;
  }
  .tip rect {
    fill: var(--_text);
  }
  .tip text {
    fill: var(--_surface);
    font-size: 13px;
    font-weight: 600;
    dominant-baseline: central;
  }

  @media (forced-colors: active) {
    /* The shades carry the data: keep them, and draw lines in system colours. */
    .map {
      forced-color-adjust: none;
    }
    .country path,
    .other,
    .outline {
      stroke: CanvasText;
    }
    .halo {
      stroke: Canvas;
    }
    .outline.active,
    .marker:focus-visible circle {
      stroke: Highlight;
    }
    .map:focus-visible {
      outline-color: Highlight;
    }
    .link-button {
      color: LinkText;
    }
  }

  /* The practices listed beside the map (MapFrame.renderPlaces): laid out as the legend, with
     the legend's rules (.places in practice-map.styles.ts). */
  .places-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
  }
  .link-button {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  .link-button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
`;
