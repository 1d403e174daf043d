// The map a partner would build instead of <practice-map>: Leaflet with leaflet.markercluster,
// the same markers, no tiles (ours needs none). For bench/run.mjs.
/* global L */
import { generateFeed } from './feed-generator.js';

const nextPaint = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const stage = document.getElementById('stage');
const texts = new Map();
const textOf = (count) => {
  if (!texts.has(count)) texts.set(count, JSON.stringify(generateFeed(count)));
  return texts.get(count);
};
let map;

window.bench = {
  /**
   * Milliseconds from handing the page a parsed feed to the clustered markers painted, in a
   * frame of `width` x `height` pixels. No animations, which only makes Leaflet faster.
   */
  async render(count, width, height) {
    map?.remove();
    stage.replaceChildren();
    const feed = JSON.parse(textOf(count));
    const frame = document.createElement('div');
    frame.className = 'leaflet-frame';
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
    stage.append(frame);
    await nextPaint();
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
    const icon = L.divIcon({ className: 'dot', iconSize: [10, 10] });
    const markers = feed.practices.flatMap((practice) =>
      (practice.locations ?? []).map((place) => L.marker([place.lat, place.lon], { icon })),
    );
    const group = L.markerClusterGroup({ animate: false });
    group.addLayers(markers);
    map.addLayer(group);
    await nextPaint();
    const elapsed = performance.now() - start;
    const drawn = frame.querySelectorAll('.leaflet-marker-icon').length;
    return { elapsed, markers: drawn };
  },
};
window.benchReady = true;
