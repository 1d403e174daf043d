// The few d3-geo functions the map tests use (d3-geo ships no types of its own).
declare module 'd3-geo' {
  interface GeoProjection {
    (point: [number, number]): [number, number] | null;
    center(point: [number, number]): GeoProjection;
    scale(scale: number): GeoProjection;
    translate(offset: [number, number]): GeoProjection;
  }
  export function geoProjection(
    raw: (lambda: number, phi: number) => [number, number],
  ): GeoProjection;
}
