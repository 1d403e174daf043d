/**
 * What the map shows before the reader zooms: a box of the map's coordinates fitted to the
 * countries in scope (or chosen), with a margin, in the frame's proportions. Pure functions of
 * the generated geometry, so that the fit is tested without a browser.
 */
import { OAS_MEMBER_STATES } from './countries.js';
import type { MapGeometry, MapShape } from './map-geometry.js';

/** A box of map coordinates. */
export interface MapBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Shapes of the Americas that a map leaves out unless a feed has practices there or a scope
 * names them: Greenland is neither a member of the OAS nor a place a catalogue of the Americas
 * speaks of, and its size would draw a grey slab over the top of every map.
 */
export const LEFT_OUT_UNLESS_USED: ReadonlySet<string> = new Set(['GL']);

/**
 * The margin around the fitted countries: a share of the larger side of their box, and at most
 * `MAX_FIT_MARGIN` map units (about 120 km), so that the whole continent is not shrunk.
 */
export const FIT_MARGIN = 0.08;
export const MAX_FIT_MARGIN = 24;

/**
 * The smallest box a fit gives, in map units (about 1,500 km at 2000 units for the Americas):
 * a scope of one small island still shows its neighbours, and the map is never zoomed past
 * what the outlines can show.
 */
export const MIN_FIT_WIDTH = 300;

const boundsCache = new WeakMap<MapShape, MapBox | null>();

/**
 * The bounding box of SVG path data written as the generated geometry writes it: `M x y`
 * followed by relative `l dx dy …` runs and `z`, parts one after the other.
 */
export function pathBounds(d: string): MapBox | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let x = 0;
  let y = 0;
  const commands = /([MmLlZz])([^MmLlZz]*)/g;
  for (let match = commands.exec(d); match; match = commands.exec(d)) {
    const command = match[1]!;
    const numbers = (match[2]!.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const absolute = command === 'M' || command === 'L';
      x = absolute ? numbers[i]! : x + numbers[i]!;
      y = absolute ? numbers[i + 1]! : y + numbers[i + 1]!;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return minX <= maxX ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : undefined;
}

/** A shape's bounding box, worked out once. */
export function shapeBounds(shape: MapShape): MapBox | undefined {
  let bounds = boundsCache.get(shape);
  if (bounds === undefined) {
    bounds = pathBounds(shape.d) ?? null;
    boundsCache.set(shape, bounds);
  }
  return bounds ?? undefined;
}

/** The smallest box holding every box given; undefined for none. */
export function unionBounds(boxes: readonly MapBox[]): MapBox | undefined {
  if (boxes.length === 0) return undefined;
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + b.width));
  const maxY = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * The box of proportions `aspect` (width / height, the frame's) centred on `bounds`, holding it
 * with `margin` of its larger side around it, and at least `minWidth` wide.
 */
export function fitBox(
  bounds: MapBox,
  aspect: number,
  margin = FIT_MARGIN,
  minWidth = MIN_FIT_WIDTH,
): MapBox {
  const pad = Math.min(Math.max(bounds.width, bounds.height) * margin, MAX_FIT_MARGIN);
  let width = Math.max(bounds.width + 2 * pad, minWidth);
  let height = bounds.height + 2 * pad;
  if (width / height > aspect) height = width / aspect;
  else width = height * aspect;
  const cx = bounds.x + bounds.width / 2;
  const cy = bounds.y + bounds.height / 2;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/**
 * The map's view at rest: fitted to the countries given (a scope, or the reader's choice) that
 * the map has outlines for, or, when there are none, to the 35 member states of the OAS; in
 * the geometry's own proportions, which the frame keeps.
 */
export function homeBox(geometry: MapGeometry, codes: Iterable<string> = []): MapBox {
  const aspect = geometry.width / geometry.height;
  const byCode = new Map(geometry.shapes.map((shape) => [shape.code, shape]));
  const boxesOf = (list: Iterable<string>) =>
    [...list].flatMap((code) => {
      const shape = byCode.get(code.toUpperCase());
      const bounds = shape && shapeBounds(shape);
      return bounds ? [bounds] : [];
    });
  const bounds = unionBounds(boxesOf(codes)) ?? unionBounds(boxesOf(OAS_MEMBER_STATES));
  if (!bounds) return { x: 0, y: 0, width: geometry.width, height: geometry.height };
  return fitBox(bounds, aspect);
}

/** Whether two boxes share any area. */
export function boxesOverlap(a: MapBox, b: MapBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The zoom and pan (see map-view.ts) that show `bounds` with a margin inside a frame whose view
 * at rest is `home`: zoom 1 when they already fit, never more than `maxZoom`.
 */
export function cameraFor(
  bounds: MapBox,
  home: MapBox,
  maxZoom: number,
): { k: number; x: number; y: number } {
  const box = fitBox(bounds, home.width / home.height);
  const k = Math.min(maxZoom, Math.max(1, home.width / box.width));
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Centred as far as the home box's edges allow (clampView's rule).
  const x = Math.min(
    home.x * (1 - k),
    Math.max((home.x + home.width) * (1 - k), home.x + home.width / 2 - cx * k),
  );
  const y = Math.min(
    home.y * (1 - k),
    Math.max((home.y + home.height) * (1 - k), home.y + home.height / 2 - cy * k),
  );
  return { k, x, y };
}
