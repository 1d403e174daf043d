import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateFeed } from '../../src/data/validate.js';
import {
  isSortPrepared,
  prepareSort,
  sortPractices,
  SORT_KEYS,
  type SortLabels,
} from '../../src/data/query.js';
import type { NormalizedFeed } from '../../src/data/types.js';

const NAMES = [
  'Ñandú',
  'nube',
  'Árbol',
  'arbol',
  'Zorro',
  'zapato',
  'éxito',
  'Exito',
  'b2',
  'b10',
  '',
];

const feedOf = (
  rows: readonly { title: string; year?: number; country: string }[],
): NormalizedFeed =>
  validateFeed({
    version: 1,
    language: 'es',
    practices: rows.map((row, i) => ({
      id: `p${i}`,
      title: { es: row.title || `t${i}` },
      countries: [row.country],
      setting: 'rural',
      ...(row.year === undefined ? {} : { year: row.year }),
    })),
  }).feed;

const labels = (feed: NormalizedFeed): SortLabels => ({
  title: (p) => p.title[feed.language] ?? p.id,
  country: (code) => code,
});

const row = fc.record({
  title: fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 5 })),
  year: fc.option(fc.integer({ min: 1990, max: 2026 }), { nil: undefined }),
  country: fc.constantFrom('CO', 'PE', 'BR', 'MX'),
});

describe('an order prepared in slices', () => {
  it('is the order sortPractices gives at once, for every key', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 200 }), async (rows) => {
        for (const key of SORT_KEYS) {
          const sliced = feedOf(rows);
          await prepareSort(sliced, key, 'es', labels(sliced));
          assert.ok(isSortPrepared(sliced, key, 'es'));
          const atOnce = feedOf(rows);
          assert.deepEqual(
            sortPractices(sliced, sliced.practices, key, 'es', labels(sliced)).map((p) => p.id),
            sortPractices(atOnce, atOnce.practices, key, 'es', labels(atOnce)).map((p) => p.id),
          );
        }
      }),
      { numRuns: 60, seed: 20261205 },
    );
  });

  it('sorts titles as the language does, keeping the feed order among equals', () => {
    const feed = feedOf(
      NAMES.flatMap((title) => [
        { title, country: 'CO' },
        { title, country: 'PE' },
      ]),
    );
    const sorted = sortPractices(feed, feed.practices, 'title', 'es', labels(feed));
    const collator = new Intl.Collator('es', { sensitivity: 'base', numeric: true });
    const title = labels(feed).title;
    for (let i = 1; i < sorted.length; i++) {
      const order = collator.compare(title(sorted[i - 1]!), title(sorted[i]!));
      assert.ok(order <= 0, `${title(sorted[i - 1]!)} before ${title(sorted[i]!)}`);
      if (order === 0) {
        assert.ok(feed.practices.indexOf(sorted[i - 1]!) < feed.practices.indexOf(sorted[i]!));
      }
    }
    // Spanish sorts ñ after n, and numbers by their value.
    const ids = sorted.map(title);
    assert.ok(ids.indexOf('nube') < ids.indexOf('Ñandú'));
    assert.ok(ids.indexOf('b2') < ids.indexOf('b10'));
  });

  it('gives the page time while preparing a large feed', async () => {
    const feed = feedOf(
      Array.from({ length: 20_000 }, (_, i) => ({
        title: `Práctica ${(i * 7919) % 20000}`,
        country: 'CO',
      })),
    );
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      await prepareSort(feed, 'title', 'es', labels(feed));
    } finally {
      clearInterval(timer);
    }
    assert.ok(ticks > 0, 'other work ran while the order was prepared');
    const sorted = sortPractices(feed, feed.practices, 'title', 'es', labels(feed));
    assert.equal(labels(feed).title(sorted[0]!), 'Práctica 0');
    assert.equal(labels(feed).title(sorted[19_999]!), 'Práctica 19999');
  });
});
