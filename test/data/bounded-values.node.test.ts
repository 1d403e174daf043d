import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FACET_VALUE_LIMIT, mostFrequent } from '../../src/data/bounded-values.js';
import { statsChart } from '../../src/data/stats-figures.js';

const options = {
  label: (_facet: string, value: string) => value,
  compare: (a: string, b: string) => a.localeCompare(b),
};

describe('mostFrequent', () => {
  it('keeps every item when there are few enough', () => {
    assert.deepEqual(
      mostFrequent(['a', 'b'], () => 1, undefined, 2),
      { shown: ['a', 'b'], hidden: 0 },
    );
  });

  it('keeps the most frequent, in their given order, and counts the others', () => {
    const counts: Record<string, number> = { a: 1, b: 5, c: 3, d: 5 };
    const result = mostFrequent(['a', 'b', 'c', 'd'], (item) => counts[item]!, undefined, 2);
    assert.deepEqual(result, { shown: ['b', 'd'], hidden: 2 });
  });

  it('always keeps the chosen items, even beyond the limit', () => {
    const result = mostFrequent(
      ['a', 'b', 'c', 'd'],
      (item) => (item === 'a' ? 9 : 1),
      (item) => item === 'c' || item === 'd',
      2,
    );
    assert.deepEqual(result, { shown: ['c', 'd'], hidden: 2 });
  });
});

describe('statsChart with thousands of values', () => {
  it(`draws ${FACET_VALUE_LIMIT} bars, the chosen one among them, and counts the rest`, () => {
    const counts = new Map(Array.from({ length: 5000 }, (_, i) => [`v${i}`, i % 7 === 0 ? 2 : 1]));
    const chart = statsChart('objective', counts, 5000, ['v4999'], options);
    assert.equal(chart.bars.length, FACET_VALUE_LIMIT);
    assert.equal(chart.hidden, 5000 - FACET_VALUE_LIMIT);
    assert.ok(chart.bars.some((bar) => bar.value === 'v4999'));
    assert.equal(chart.max, 2);
    // The overlap is a fact about every value, drawn or not.
    assert.equal(chart.overlaps, true);
  });
});
