import type { MapGeometry } from '../data/map-geometry.js';

/**
 * Loads the map's geometry, once per page, only when a map asks for it.
 *
 * The geometry is a JavaScript module loaded with a dynamic `import()`: the CDN build emits it
 * as a chunk beside `practice-widgets.js` and the browser resolves it relative to the bundle's
 * own URL, so a self-hosted copy of the bundle finds its own geometry; it is a script from the
 * same place as the bundle, allowed by a `script-src 'self'` policy; and nothing is requested
 * from anyone else. Unbundled (npm, tests, the demo) the module sits beside this one.
 */

export type GeometryLoader = () => Promise<MapGeometry>;

const importGeometry: GeometryLoader = () =>
  import('../data/map-geometry.generated.js').then((module) => module.MAP_GEOMETRY);

let loader = importGeometry;
let pending: Promise<MapGeometry> | undefined;

export function loadMapGeometry(): Promise<MapGeometry> {
  pending ??= loader().catch((error: unknown) => {
    // Forget the failure, so that a retry asks again (a phone that was briefly offline).
    pending = undefined;
    throw error;
  });
  return pending;
}

/**
 * Replaces how the geometry is loaded (tests answer slowly or fail with it); without an
 * argument, restores the real loader.
 */
export function setGeometryLoader(replacement: GeometryLoader = importGeometry): void {
  loader = replacement;
  pending = undefined;
}
