import { css } from 'lit';

/*
 * The styles of what map-frame.ts draws over the map: callouts, leader lines, country names and
 * target squares. They load with the frame's code (a lazy chunk), not with the element, and the
 * frame adds them to the element's own (MapFrame's constructor).
 */
export const overlayStyles = css`
  /* Small countries' callouts: boxes of at least 24 CSS pixels, in the country's shade, with
     its code; a leader line to where the country is. */
  .callout rect {
    fill: var(--_fill);
    stroke: var(--_map-symbol-ring);
    stroke-width: 1.25;
  }
  .callout-code {
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  /* Rendered HTML is drawn for a 640 px frame and scaled to the page's by the viewBox: on a
     phone, before and without the script, the codes are drawn larger, by about as much as the
     frame is narrower (the host is the size container: its width is the frame's below 640 px),
     so that they read at about 9 px (6 px otherwise at 360 px); the script draws the map again at its true width. */
  :host(:not(:defined)) .callout-code {
    font-size: max(11px, 11px + (640px - 100cqw) * 0.018);
  }
  .callout:hover rect {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .callout.selected rect {
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  .callout.active rect {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .callout.active.selected rect {
    stroke-dasharray: 6 3;
  }
  .leader {
    fill: none;
    stroke: var(--_map-symbol-ring);
    stroke-width: 1;
    pointer-events: none;
  }
  .leader-end {
    fill: var(--_map-symbol-ring);
    pointer-events: none;
  }
  /* Country names: on the map, with a halo of the sea's colour so they read on any shade. */
  .label {
    fill: var(--_text);
    stroke: var(--_map-sea);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    font-size: 11px;
    font-weight: 600;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  /* Each country's target square, drawn invisible: where it is chosen. */
  .target {
    fill: none;
    stroke: none;
    pointer-events: none;
  }

  @media (forced-colors: active) {
    .callout rect,
    .leader {
      stroke: CanvasText;
    }
  }
`;
