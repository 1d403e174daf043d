// The map a partner would build instead of <practice-map>: Leaflet with leaflet.markercluster,
// the same markers, no tiles (ours needs none); and the same page as ours, with the same country
// outlines shaded by their number of practices under the markers. For bench/run.mjs.
/* global L */
import { MAP_GEOMETRY } from '../dist/npm/data/map-geometry.generated.js';
import { projectPoint } from '../dist/npm/data/map-projection.js';
import { generateFeed } from './feed-generator.js';
import { nextPaint, preparedSteps } from './prepared.js';

const stage = document.getElementById('stage');
const texts = new Map();
const textOf = (count) => {
  if (!texts.has(count)) texts.set(count, JSON.stringify(generateFeed(count)));
  return texts.get(count);
};
let map;
/**
 * Markers closer than this many pixels are grouped, as ours are (\`CLUSTER_CELL\` of map-frame.ts):
 * markercluster's default of 80 would draw a fifth of the markers ours draws.
 */
const CLUSTER_RADIUS = 34;

/** The previous map gone, an empty frame of `width` x `height` pixels and a parsed feed. */
function setStage(count, width, height) {
  map?.remove();
  map = undefined;
  stage.replaceChildren();
  const feed = JSON.parse(textOf(count));
  const frame = document.createElement('div');
  frame.className = 'leaflet-frame';
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  stage.append(frame);
  return { feed, frame };
}

/**
 * Adds a marker for every location of the feed, at `latLngOf(place)`, grouped as ours are, and
 * resolves once they are painted with the milliseconds since `start` and the markers drawn.
 */
async function markPracticesAndPaint(feed, frame, start, latLngOf) {
  const icon = L.divIcon({ className: 'dot', iconSize: [10, 10] });
  const markers = feed.practices.flatMap((practice) =>
    (practice.locations ?? []).map((place) => L.marker(latLngOf(place), { icon })),
  );
  const group = L.markerClusterGroup({ animate: false, maxClusterRadius: CLUSTER_RADIUS });
  group.addLayers(markers);
  map.addLayer(group);
  await nextPaint();
  const elapsed = performance.now() - start;
  return { elapsed, markers: frame.querySelectorAll('.leaflet-marker-icon').length };
}

/**
 * The stage set (setStage); the step draws the clustered markers and paints them. No
 * animations, which only makes Leaflet faster.
 */
function prepareRender(count, width, height) {
  const { feed, frame } = setStage(count, width, height);
  return async () => {
    const start = performance.now();
    map = L.map(frame, {
      maxZoom: 18,
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
    });
    map.fitBounds([
      [-56, -118],
      [60, -34],
    ]);
    return markPracticesAndPaint(feed, frame, start, (place) => [place.lat, place.lon]);
  };
}

/** ColorBrewer YlGnBu, as our map's light theme: none, then five classes. */
const SHADES = ['#dde2e8', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8'];

/** The outlines as Leaflet polygons take them: rings of [lat, lng] in a plane (`L.CRS.Simple`). */
const outlines = MAP_GEOMETRY.shapes.map((shape) => ({
  code: shape.code,
  polygons: shape.d
    .split('z')
    .filter(Boolean)
    .map((ring) => {
      const numbers = ring.match(/-?\d+/g).map(Number);
      let x = numbers[0];
      let y = numbers[1];
      const points = [[-y, x]];
      for (let i = 2; i < numbers.length; i += 2) {
        x += numbers[i];
        y += numbers[i + 1];
        points.push([-y, x]);
      }
      return [points];
    }),
}));

/**
 * As `prepareRender`, and the step also draws every country's outline, shaded by its number of
 * practices (five classes over the largest count, as a partner would work them out), under the
 * clustered markers: the same map as ours, drawn by Leaflet's SVG renderer.
 */
function prepareChoropleth(count, width, height) {
  const { feed, frame } = setStage(count, width, height);
  return async () => {
    const start = performance.now();
    map = L.map(frame, {
      crs: L.CRS.Simple,
      minZoom: -5,
      maxZoom: 5,
      zoomSnap: 0,
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
    });
    map.fitBounds([
      [-MAP_GEOMETRY.height, 0],
      [0, MAP_GEOMETRY.width],
    ]);
    const counts = new Map();
    for (const practice of feed.practices) {
      for (const code of practice.countries) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const max = Math.max(1, ...counts.values());
    for (const { code, polygons } of outlines) {
      const n = counts.get(code) ?? 0;
      const shade =
        n === 0 ? 0 : 1 + Math.min(4, Math.floor((5 * Math.log(n)) / Math.log(max + 1)));
      L.polygon(polygons, {
        color: '#ffffff',
        weight: 0.75,
        fillColor: SHADES[shade],
        fillOpacity: 1,
      }).addTo(map);
    }
    return markPracticesAndPaint(feed, frame, start, (place) => {
      const [x, y] = projectPoint(MAP_GEOMETRY.fit, place.lon, place.lat);
      return [-y, x];
    });
  };
}

window.bench = {
  /** Milliseconds from handing the page a parsed feed to the clustered markers painted. */
  async render(count, width, height) {
    const run = prepareRender(count, width, height);
    await nextPaint();
    return run();
  },
};
preparedSteps(window.bench, { render: prepareRender, choropleth: prepareChoropleth });
window.benchReady = true;
