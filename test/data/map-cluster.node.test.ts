import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterPoints, type MapPoint } from '../../src/data/map-cluster.js';

test('points far apart stay apart; close ones merge into one marker', () => {
  const points: MapPoint[] = [
    { x: 10, y: 10, id: 'a' },
    { x: 12, y: 11, id: 'b' },
    { x: 500, y: 500, id: 'c' },
  ];
  const clusters = clusterPoints(points, 30);
  assert.equal(clusters.length, 2);
  assert.deepEqual(
    clusters.map((c) => [...c.ids].sort()),
    [['a', 'b'], ['c']],
  );
  assert.deepEqual([clusters[0]!.x, clusters[0]!.y], [11, 10.5]);
  assert.deepEqual(
    [clusters[0]!.minX, clusters[0]!.minY, clusters[0]!.maxX, clusters[0]!.maxY],
    [10, 10, 12, 11],
  );
});

test('two points a hair apart across a grid line are one marker', () => {
  const clusters = clusterPoints(
    [
      { x: 29.9, y: 5, id: 'a' },
      { x: 30.1, y: 5, id: 'b' },
    ],
    30,
  );
  assert.equal(clusters.length, 1);
});

test('zooming in (a smaller cell in map units) splits clusters', () => {
  const points: MapPoint[] = [
    { x: 100, y: 100, id: 'a' },
    { x: 108, y: 100, id: 'b' },
    { x: 100, y: 108, id: 'c' },
  ];
  assert.equal(clusterPoints(points, 40).length, 1);
  assert.equal(clusterPoints(points, 4).length, 3);
});

test('a practice with several close locations counts once in its marker', () => {
  const clusters = clusterPoints(
    [
      { x: 1, y: 1, id: 'a' },
      { x: 2, y: 2, id: 'a' },
      { x: 3, y: 1, id: 'b' },
    ],
    50,
  );
  assert.deepEqual([...clusters[0]!.ids].sort(), ['a', 'b']);
});

test('markers come top to bottom, then left to right', () => {
  const clusters = clusterPoints(
    [
      { x: 900, y: 900, id: 'south' },
      { x: 900, y: 10, id: 'north-east' },
      { x: 10, y: 10, id: 'north-west' },
    ],
    20,
  );
  assert.deepEqual(
    clusters.map((c) => c.ids[0]),
    ['north-west', 'north-east', 'south'],
  );
});

test('10,000 points give a bounded number of markers', () => {
  const points: MapPoint[] = Array.from({ length: 10_000 }, (_, i) => ({
    x: (i * 7919) % 2000,
    y: (i * 104_729) % 2939,
    id: `p${i}`,
  }));
  const clusters = clusterPoints(points, 100);
  assert.ok(clusters.length <= Math.ceil(2000 / 100) * Math.ceil(2939 / 100));
  assert.equal(
    clusters.reduce((sum, c) => sum + c.ids.length, 0),
    10_000,
  );
});

test('no points, no markers', () => {
  assert.deepEqual(clusterPoints([], 10), []);
});
