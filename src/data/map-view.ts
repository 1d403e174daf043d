/**
 * Zoom and pan of the map, as pure functions of a view. A view is the SVG transform
 * `translate(x y) scale(k)` applied to the map, in map units (the viewBox): a point `p` of the
 * map is shown at `p * k + (x, y)`. Set as an SVG attribute, which a strict Content Security
 * Policy allows, unlike an inline style.
 */

export interface MapView {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/**
 * The part of the map's coordinate space the frame shows at zoom 1 (the SVG viewBox): the whole
 * map, or the box fitted to a scope (`fitBox` in map-fit.ts). `x` and `y` default to 0.
 */
export interface MapSize {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 16;
/** One zoom step: a button or a key press. */
export const ZOOM_STEP = 1.6;

/** The whole map. */
export const WHOLE_MAP: MapView = { k: 1, x: 0, y: 0 };

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The view with its zoom in range and the map covering the frame (no empty edge). */
export function clampView(view: MapView, size: MapSize): MapView {
  const k = clamp(view.k, MIN_ZOOM, MAX_ZOOM);
  const left = size.x ?? 0;
  const top = size.y ?? 0;
  // The box, zoomed, still covers the viewBox: (left - x) / k >= left and
  // (left + width - x) / k <= left + width, and the same vertically.
  return {
    k,
    x: clamp(view.x, left + size.width - (left + size.width) * k, left - left * k),
    y: clamp(view.y, top + size.height - (top + size.height) * k, top - top * k),
  };
}

/**
 * Zooms by `factor` keeping the point `(px, py)` of the frame (in frame units, as the pointer
 * sees it) where it is: the pointer, the pinch's centre, or the frame's centre.
 */
export function zoomAround(
  view: MapView,
  factor: number,
  px: number,
  py: number,
  size: MapSize,
): MapView {
  const k = clamp(view.k * factor, MIN_ZOOM, MAX_ZOOM);
  const ratio = k / view.k;
  return clampView({ k, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio }, size);
}

/** Moves the map by `(dx, dy)` frame units. */
export function panBy(view: MapView, dx: number, dy: number, size: MapSize): MapView {
  return clampView({ k: view.k, x: view.x + dx, y: view.y + dy }, size);
}

/** The view at zoom `k` that centres the map point `(mx, my)`, as far as the edges allow. */
export function centreOn(mx: number, my: number, k: number, size: MapSize): MapView {
  const x = (size.x ?? 0) + size.width / 2 - mx * k;
  const y = (size.y ?? 0) + size.height / 2 - my * k;
  return clampView({ k, x, y }, size);
}

/** Where the map point `(mx, my)` is shown, in frame units. */
export function toFrame(view: MapView, mx: number, my: number): [number, number] {
  return [mx * view.k + view.x, my * view.k + view.y];
}

/** Whether the map point `(mx, my)` is in the frame, at least `margin` frame units inside. */
export function isInFrame(
  view: MapView,
  mx: number,
  my: number,
  size: MapSize,
  margin = 0,
): boolean {
  const [fx, fy] = toFrame(view, mx, my);
  const left = size.x ?? 0;
  const top = size.y ?? 0;
  return (
    fx >= left + margin &&
    fy >= top + margin &&
    fx <= left + size.width - margin &&
    fy <= top + size.height - margin
  );
}
