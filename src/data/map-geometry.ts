import type { MapFit } from './map-projection.js';

/**
 * The shape of the map's geometry, which `scripts/build-geometry.mjs` writes into
 * `map-geometry.generated.ts` (the overview) and `map-geometry-detail.generated.ts` (the detail)
 * from Natural Earth data: every country and territory of the Americas, already projected,
 * simplified and quantized into SVG path data.
 */

/** One country or territory. */
export interface MapShape {
  /** ISO 3166-1 alpha-2 code, as feeds write it. */
  readonly code: string;
  /** SVG path data, in map coordinates (the viewBox). */
  readonly d: string;
  /** A point well inside the shape's largest part: where a tooltip or symbol goes. */
  readonly x: number;
  readonly y: number;
  /**
   * Whether the shape is too small to see or to hit on the whole map (an island state such as
   * Grenada): the map draws a symbol at `x`, `y` for it.
   */
  readonly small: boolean;
}

/**
 * The detailed outlines, by code, in the same coordinates: a map draws them once the reader
 * zooms in far enough to tell them from the overview's (`MapShape.d`).
 */
export type MapDetail = Readonly<Record<string, string>>;

export interface MapGeometry {
  /** Size of the map's coordinate space: the SVG viewBox is `0 0 width height`. */
  readonly width: number;
  readonly height: number;
  /** How longitude and latitude map onto these coordinates (see `projectPoint`). */
  readonly fit: MapFit;
  /** The shapes, largest first, so that small ones are drawn on top. */
  readonly shapes: readonly MapShape[];
}

/**
 * The geometry as its generated module writes it: path data in units of `unit` map units, so
 * that its numbers are shorter to download.
 */
export interface CompactMapGeometry extends MapGeometry {
  readonly unit: number;
}

/** The geometry in map units: every number of the path data multiplied by `unit`. */
export function expandGeometry({ unit, ...geometry }: CompactMapGeometry): MapGeometry {
  if (unit === 1) return geometry;
  // Path data here is `M x y l dx dy … z` with whole numbers: every number scales alike.
  const scale = (d: string) => d.replace(/-?\d+/g, (n) => String(Number(n) * unit));
  return {
    ...geometry,
    shapes: geometry.shapes.map((shape) => ({ ...shape, d: scale(shape.d) })),
  };
}
