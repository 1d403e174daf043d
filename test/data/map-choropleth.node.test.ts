import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHOROPLETH_CLASSES,
  choroplethBreaks,
  choroplethClass,
  legendRanges,
  maxCount,
} from '../../src/data/map-choropleth.js';

test('few practices: each count is its own class', () => {
  assert.deepEqual(choroplethBreaks(0), []);
  assert.deepEqual(choroplethBreaks(1), [1]);
  assert.deepEqual(choroplethBreaks(3), [1, 2, 3]);
  assert.deepEqual(choroplethBreaks(5), [1, 2, 3, 4, 5]);
});

test('many practices: round numbers on a logarithmic scale', () => {
  assert.deepEqual(choroplethBreaks(40), [1, 2, 5, 10, 20]);
  assert.deepEqual(choroplethBreaks(10), [1, 2, 3, 5]);
  for (const max of [6, 17, 40, 179, 1000, 10_000]) {
    const breaks = choroplethBreaks(max);
    assert.ok(breaks.length <= CHOROPLETH_CLASSES, `${max}: at most ${CHOROPLETH_CLASSES}`);
    assert.equal(breaks[0], 1);
    for (let i = 1; i < breaks.length; i++) assert.ok(breaks[i]! > breaks[i - 1]!);
    assert.ok(breaks.at(-1)! <= max);
  }
});

test('a count falls in its class; none is class 0; the most is always the last colour', () => {
  const breaks = choroplethBreaks(40);
  assert.deepEqual(
    [0, 1, 2, 4, 5, 9, 10, 19, 20, 40].map((count) => choroplethClass(count, breaks)),
    [0, 1, 2, 2, 3, 3, 4, 4, 5, 5],
  );
  // With three classes the colours spread over the palette: lightest, middle, darkest.
  assert.deepEqual(
    [1, 2, 3].map((count) => choroplethClass(count, choroplethBreaks(3))),
    [1, 3, 5],
  );
  assert.equal(choroplethClass(1, choroplethBreaks(1)), CHOROPLETH_CLASSES);
  assert.equal(choroplethClass(3, []), 0);
});

test('the legend lists each class with its range and colour', () => {
  assert.deepEqual(legendRanges(choroplethBreaks(40), 40), [
    { from: 1, to: 1, step: 1 },
    { from: 2, to: 4, step: 2 },
    { from: 5, to: 9, step: 3 },
    { from: 10, to: 19, step: 4 },
    { from: 20, to: 40, step: 5 },
  ]);
  // Every legend colour is the one a count in its range gets.
  const breaks = choroplethBreaks(179);
  for (const range of legendRanges(breaks, 179)) {
    assert.equal(choroplethClass(range.from, breaks), range.step);
    assert.equal(choroplethClass(range.to, breaks), range.step);
  }
});

test('maxCount', () => {
  assert.equal(maxCount(new Map()), 0);
  assert.equal(
    maxCount(
      new Map([
        ['CO', 3],
        ['PE', 7],
        ['MX', 1],
      ]),
    ),
    7,
  );
});
