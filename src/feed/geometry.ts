import type { MapDetail, MapGeometry } from '../data/map-geometry.js';

/**
 * Loads the map's geometry, once per page, only when a map asks for it: the overview when a map
 * first draws, the detail when a reader zooms in far enough to see it.
 *
 * Each is a JavaScript module loaded with a dynamic `import()`: the CDN build emits it as a
 * chunk beside `practice-widgets.js` and the browser resolves it relative to the bundle's own
 * URL, so a self-hosted copy of the bundle finds its own geometry; it is a script from the same
 * place as the bundle, allowed by a `script-src 'self'` policy; and nothing is requested from
 * anyone else. Unbundled (npm, tests, the demo) the module sits beside this one.
 */

export type GeometryLoader = () => Promise<MapGeometry>;
export type DetailLoader = () => Promise<MapDetail>;

const importGeometry: GeometryLoader = () =>
  import('../data/map-geometry.generated.js').then((module) => module.MAP_GEOMETRY);
const importDetail: DetailLoader = () =>
  import('../data/map-geometry-detail.generated.js').then((module) => module.MAP_DETAIL);

/**
 * One load at a time, and what it gave once it has; a failure is forgotten, so that the next
 * ask tries again.
 */
interface Once<T> {
  readonly load: () => Promise<T>;
  loaded?: T;
}

function once<T>(load: () => Promise<T>): Once<T> {
  let pending: Promise<T> | undefined;
  const result: Once<T> = {
    load: () =>
      (pending ??= load().then(
        (value) => (result.loaded = value),
        (error: unknown) => {
          // A phone that was briefly offline asks again next time.
          pending = undefined;
          throw error;
        },
      )),
  };
  return result;
}

let geometry = once(importGeometry);
let detail = once(importDetail);

export function loadMapGeometry(): Promise<MapGeometry> {
  return geometry.load();
}

/** The geometry, if a map of the page has already loaded it. */
export function loadedMapGeometry(): MapGeometry | undefined {
  return geometry.loaded;
}

export function loadMapDetail(): Promise<MapDetail> {
  return detail.load();
}

/**
 * Replaces how the geometry is loaded (tests answer slowly or fail with it); without arguments,
 * restores the real loaders.
 */
export function setGeometryLoader(
  replacement: GeometryLoader = importGeometry,
  detailReplacement: DetailLoader = importDetail,
): void {
  geometry = once(replacement);
  detail = once(detailReplacement);
}
