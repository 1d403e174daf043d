/**
 * The map's projection: an oblique Lambert azimuthal equal-area projection centred on the
 * Americas. Equal-area, so that no country looks bigger than it is (a choropleth shades areas,
 * and Mercator would make Canada dwarf Central America); azimuthal around a centre in the
 * Caribbean, so that both Alaska and Tierra del Fuego keep their shape reasonably well.
 *
 * The same function projects the country outlines when `scripts/build-geometry.mjs` prepares
 * them, and the practices' point markers at run time, so markers sit exactly on the outlines.
 * It is a few lines of trigonometry: no projection library is shipped to the browser.
 */

/** Centre of the projection, in degrees. */
export const PROJECTION_CENTER = { lon: -80, lat: 12 } as const;

const RADIANS = Math.PI / 180;
const SIN_LAT0 = Math.sin(PROJECTION_CENTER.lat * RADIANS);
const COS_LAT0 = Math.cos(PROJECTION_CENTER.lat * RADIANS);

/**
 * The raw projection on the unit sphere: longitude and latitude in radians (longitude not yet
 * shifted to the centre) to x east and y north. Written for d3-geo's `geoProjection`, which the
 * build script uses to fit the outlines to the map.
 */
export function projectRaw(lambda: number, phi: number): [number, number] {
  const dLambda = lambda - PROJECTION_CENTER.lon * RADIANS;
  const cosPhi = Math.cos(phi);
  const cosDLambda = Math.cos(dLambda);
  const cosC = SIN_LAT0 * Math.sin(phi) + COS_LAT0 * cosPhi * cosDLambda;
  // The antipode of the centre has no image; the Americas are far from it.
  const k = Math.sqrt(2 / Math.max(1e-12, 1 + cosC));
  return [
    k * cosPhi * Math.sin(dLambda),
    k * (COS_LAT0 * Math.sin(phi) - SIN_LAT0 * cosPhi * cosDLambda),
  ];
}

/**
 * How the raw projection is scaled and moved onto the map's coordinates (the SVG viewBox):
 * `x = translateX + scale * rawX`, `y = translateY - scale * rawY` (SVG's y grows downwards),
 * as d3-geo's `projection.scale()` and `projection.translate()` do.
 */
export interface MapFit {
  readonly scale: number;
  readonly translateX: number;
  readonly translateY: number;
}

/** A point in degrees to the map's coordinates. */
export function projectPoint(fit: MapFit, lon: number, lat: number): [number, number] {
  const [x, y] = projectRaw(lon * RADIANS, lat * RADIANS);
  return [fit.translateX + fit.scale * x, fit.translateY - fit.scale * y];
}
