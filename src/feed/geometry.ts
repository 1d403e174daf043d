import type { MapDetail, MapGeometry } from '../data/map-geometry.js';
import { pagePart, pageState } from '../data/page-state.js';

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
 * ask tries again with the loader set then.
 */
interface Once<T> {
  pending?: Promise<T>;
  loaded?: T;
}

function load<T>(once: Once<T>, loader: () => Promise<T>): Promise<T> {
  return (once.pending ??= loader().then(
    (value) => (once.loaded = value),
    (error: unknown) => {
      // A phone that was briefly offline asks again next time.
      once.pending = undefined;
      throw error;
    },
  ));
}

const GEOMETRY = pagePart('map-geometry', () => ({
  /** How the overview is loaded (`setGeometryLoader`). */
  geometryLoader: importGeometry,
  /** How the detail is loaded. */
  detailLoader: importDetail,
  geometry: {} as Once<MapGeometry>,
  detail: {} as Once<MapDetail>,
}));

export function loadMapGeometry(): Promise<MapGeometry> {
  const state = pageState(GEOMETRY);
  return load(state.geometry, state.geometryLoader);
}

/** The geometry, if a map of the page has already loaded it. */
export function loadedMapGeometry(): MapGeometry | undefined {
  return pageState(GEOMETRY).geometry.loaded;
}

export function loadMapDetail(): Promise<MapDetail> {
  const state = pageState(GEOMETRY);
  return load(state.detail, state.detailLoader);
}

/**
 * Sets how the geometry is loaded (tests answer slowly or fail with it); without arguments, the
 * real loaders. Outlines already loaded stay until `resetPageState()`.
 */
export function setGeometryLoader(
  replacement: GeometryLoader = importGeometry,
  detailReplacement: DetailLoader = importDetail,
): void {
  const state = pageState(GEOMETRY);
  state.geometryLoader = replacement;
  state.detailLoader = detailReplacement;
}
