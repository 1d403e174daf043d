import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_ZOOM,
  WHOLE_MAP,
  centreOn,
  clampView,
  isInFrame,
  panBy,
  toFrame,
  zoomAround,
} from '../../src/data/map-view.js';

const size = { width: 1000, height: 1500 };

test('zooming keeps the point under the pointer where it is', () => {
  const view = zoomAround(WHOLE_MAP, 2, 300, 400, size);
  assert.equal(view.k, 2);
  // The map point under (300, 400) before zooming is still under it.
  const [fx, fy] = toFrame(view, 300, 400);
  assert.deepEqual([fx, fy], [300, 400]);
});

test('zoom stays between the whole map and the deepest zoom', () => {
  assert.deepEqual(zoomAround(WHOLE_MAP, 0.5, 500, 500, size), WHOLE_MAP);
  let view = WHOLE_MAP;
  for (let i = 0; i < 10; i++) view = zoomAround(view, 2, 500, 750, size);
  assert.equal(view.k, MAX_ZOOM);
});

test('the map never leaves an empty edge', () => {
  assert.deepEqual(panBy(WHOLE_MAP, 100, -100, size), WHOLE_MAP);
  const zoomed = zoomAround(WHOLE_MAP, 2, 500, 750, size);
  const farRight = panBy(zoomed, 10_000, 0, size);
  assert.equal(farRight.x, 0);
  const farLeft = panBy(zoomed, -10_000, 0, size);
  assert.equal(farLeft.x, -1000);
  assert.deepEqual(clampView({ k: 2, x: 50, y: -5000 }, size), { k: 2, x: 0, y: -1500 });
});

test('centring on a point puts it in the middle, as far as the edges allow', () => {
  const view = centreOn(600, 900, 4, size);
  assert.deepEqual(toFrame(view, 600, 900), [500, 750]);
  const corner = centreOn(0, 0, 4, size);
  assert.deepEqual([corner.x, corner.y], [0, 0]);
});

test('whether a point is in the frame', () => {
  const view = centreOn(600, 900, 4, size);
  assert.equal(isInFrame(view, 600, 900, size), true);
  assert.equal(isInFrame(view, 100, 100, size), false);
  assert.equal(isInFrame(WHOLE_MAP, 5, 5, size, 10), false);
});
