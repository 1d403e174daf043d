import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OAS_MEMBER_STATES } from '../../src/data/countries.js';
import {
  LEFT_OUT_UNLESS_USED,
  boxesOverlap,
  cameraFor,
  fitBox,
  homeBox,
  pathBounds,
  shapeBounds,
} from '../../src/data/map-fit.js';
import { MAP_GEOMETRY } from '../../src/data/map-geometry.generated.js';

const shape = (code: string) => MAP_GEOMETRY.shapes.find((s) => s.code === code)!;
const contains = (
  outer: { x: number; y: number; width: number; height: number },
  inner: { x: number; y: number; width: number; height: number },
) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

test('reads the bounds of the generated path data', () => {
  assert.deepEqual(pathBounds('M10 20l5 0 0 5-5 0zM40 50l2 2z'), {
    x: 10,
    y: 20,
    width: 32,
    height: 32,
  });
  assert.equal(pathBounds(''), undefined);
});

test('the view at rest holds every OAS member state, in the frame’s proportions', () => {
  const home = homeBox(MAP_GEOMETRY);
  for (const code of OAS_MEMBER_STATES) {
    assert.ok(contains(home, shapeBounds(shape(code))!), code);
  }
  const aspect = MAP_GEOMETRY.width / MAP_GEOMETRY.height;
  assert.ok(Math.abs(home.width / home.height - aspect) < 1e-9);
  // Not a continent shrunk by its margin: no wider than the map itself.
  assert.ok(home.width <= MAP_GEOMETRY.width * 1.01);
  assert.ok(LEFT_OUT_UNLESS_USED.has('GL'));
});

test('a scope of Peru shows Peru and its neighbours, not the continent', () => {
  const home = homeBox(MAP_GEOMETRY, ['PE']);
  const peru = shapeBounds(shape('PE'))!;
  assert.ok(contains(home, peru));
  // A margin on every side.
  assert.ok(home.x < peru.x && home.y < peru.y);
  assert.ok(home.x + home.width > peru.x + peru.width);
  // Much smaller than the whole map, and far from Canada, the United States and Greenland.
  assert.ok(home.width < MAP_GEOMETRY.width / 3);
  for (const code of ['CA', 'US', 'GL']) {
    assert.equal(boxesOverlap(home, shapeBounds(shape(code))!), false, code);
  }
});

test('a scope of several countries holds them all; unknown codes fall back to the OAS', () => {
  const home = homeBox(MAP_GEOMETRY, ['mx', 'AR']);
  assert.ok(contains(home, shapeBounds(shape('MX'))!));
  assert.ok(contains(home, shapeBounds(shape('AR'))!));
  assert.deepEqual(homeBox(MAP_GEOMETRY, ['XX']), homeBox(MAP_GEOMETRY));
});

test('a small island is shown with its neighbours, never zoomed past the minimum box', () => {
  const box = fitBox({ x: 100, y: 100, width: 2, height: 2 }, 0.5);
  assert.ok(box.width >= 300);
  assert.ok(Math.abs(box.width / box.height - 0.5) < 1e-9);
});

test('the camera for chosen countries zooms on them inside the view at rest', () => {
  const home = homeBox(MAP_GEOMETRY);
  const peru = shapeBounds(shape('PE'))!;
  const camera = cameraFor(peru, home, 16);
  assert.ok(camera.k > 2);
  // Peru's box is shown inside the frame: its corners map inside the view box.
  const show = (x: number, y: number) => [x * camera.k + camera.x, y * camera.k + camera.y];
  const [left, top] = show(peru.x, peru.y);
  const [right, bottom] = show(peru.x + peru.width, peru.y + peru.height);
  assert.ok(left! >= home.x && top! >= home.y);
  assert.ok(right! <= home.x + home.width && bottom! <= home.y + home.height);
  // Countries that already fill the view need no zoom.
  assert.equal(cameraFor(home, home, 16).k, 1);
});
