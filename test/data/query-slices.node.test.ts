import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateFeed } from '../../src/data/validate.js';
import {
  EMPTY_FILTERS,
  knownQuery,
  queryFeed,
  querySteps,
  sortPractices,
  type Filters,
  type QueryResult,
} from '../../src/data/query.js';
import { Abandoned, prepareQuery, runInSlices } from '../../src/data/large-feed.js';
import { EMPTY_SCOPE, scopeFromAttributes, type Scope } from '../../src/data/scope.js';
import type { NormalizedFeed } from '../../src/data/types.js';

const WORDS = ['robótica', 'robot', 'rural', 'lectura', 'educação', 'aulas', 'ro', 'a'];
const COUNTRIES = ['CO', 'PE', 'BR', 'MX'];
const SETTINGS = ['rural', 'urban', 'mixed'] as const;

const row = fc.record({
  title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
  countries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 2 }),
  setting: fc.constantFrom(...SETTINGS),
  year: fc.option(fc.integer({ min: 2018, max: 2022 }), { nil: undefined }),
});
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

/** A new feed object each time: its caches (answers, search text) start empty. */
const feedOf = (rows: readonly Row[]): NormalizedFeed =>
  validateFeed({
    version: 1,
    language: 'es',
    practices: rows.map((r, i) => ({
      id: `p${i}`,
      title: { es: r.title.join(' ') },
      countries: r.countries,
      setting: r.setting,
      ...(r.year === undefined ? {} : { year: r.year }),
    })),
  }).feed;

const filtersArb: fc.Arbitrary<Filters> = fc
  .record({
    q: fc.oneof(fc.constant(''), fc.constantFrom('r', 'ro', 'rob', 'robot', 'lect', 'a ro', 'zz')),
    country: fc.subarray(COUNTRIES, { maxLength: 2 }),
    setting: fc.subarray([...SETTINGS], { maxLength: 2 }),
  })
  .map((f) => ({ ...EMPTY_FILTERS, ...f }));

const scopeArb: fc.Arbitrary<Scope> = fc.oneof(
  fc.constant(EMPTY_SCOPE),
  fc.constant(scopeFromAttributes({ country: 'CO,PE' })),
  fc.constant(scopeFromAttributes({ q: 'ro' })),
);

/** What a reader sees of an answer: the practices in order, the count in scope, the counts. */
const seen = (result: QueryResult) => ({
  ids: result.practices.map((p) => p.id),
  inScope: result.inScope,
  counts: Object.entries(result.facetCounts).map(([facet, counts]) => [
    facet,
    [...counts].sort(([a], [b]) => a.localeCompare(b)),
  ]),
});

describe('a query in slices', () => {
  it('gives what the query at once gives, on generated feeds, scopes and filters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 120 }),
        scopeArb,
        filtersArb,
        async (rows, scope, filters) => {
          const sliced = await prepareQuery(feedOf(rows), scope, filters);
          const atOnce = queryFeed(feedOf(rows), scope, filters);
          assert.deepEqual(seen(sliced), seen(atOnce));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('stays right when other questions are answered while it is under way (a reader choosing a facet mid-way, typing on)', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 80 }),
        scopeArb,
        filtersArb,
        fc.array(filtersArb, { maxLength: 4 }),
        fc.nat(),
        (rows, scope, filters, meanwhile, cut) => {
          const feed = feedOf(rows);
          // The slices run step by step; between two steps the page asks other questions of the
          // same feed (which fill the caches the query reads: search text, narrowed searches).
          const steps = querySteps(feed, scope, filters);
          let step = steps.next();
          const at = cut % (rows.length + 2);
          for (let i = 0; !step.done; i++) {
            if (i === at) for (const other of meanwhile) queryFeed(feed, scope, other);
            step = steps.next();
          }
          assert.deepEqual(seen(step.value), seen(queryFeed(feedOf(rows), scope, filters)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is abandoned at its next pause once its question is stale, and stops its steps', async () => {
    let stopped = false;
    let steps = 0;
    // About 200 ms of work in steps of 1 ms: several slices of 30 ms.
    function* work(): Generator<void, string> {
      try {
        for (let i = 0; i < 200; i++) {
          const end = performance.now() + 1;
          while (performance.now() < end);
          steps++;
          yield;
        }
        return 'done';
      } finally {
        stopped = true;
      }
    }
    let asked = 0;
    await assert.rejects(
      runInSlices(work(), () => ++asked >= 2),
      Abandoned,
    );
    assert.equal(asked, 2);
    assert.ok(stopped, 'the steps were stopped');
    assert.ok(steps > 0 && steps < 200, `ran ${steps} steps of 200`);
    // Never stale: to the end.
    assert.equal(await runInSlices(work(), () => false), 'done');
  });

  it('keeps nothing when abandoned', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      title: [WORDS[i % WORDS.length]!, WORDS[(i * 7) % WORDS.length]!],
      countries: [COUNTRIES[i % COUNTRIES.length]!],
      setting: SETTINGS[i % 3]!,
      year: undefined,
    }));
    const feed = feedOf(rows);
    const filters = { ...EMPTY_FILTERS, q: 'rob' };
    // Stale from the first pause on; a machine fast enough to answer in one slice answers.
    const outcome = await prepareQuery(feed, EMPTY_SCOPE, filters, () => true).then(
      () => 'answered',
      (error: unknown) => (error instanceof Abandoned ? 'abandoned' : error),
    );
    if (outcome === 'abandoned') assert.equal(knownQuery(feed, EMPTY_SCOPE, filters), undefined);
    else assert.equal(outcome, 'answered');
    // Asked again, not stale: the answer of a query at once.
    const answer = await prepareQuery(feed, EMPTY_SCOPE, filters);
    assert.deepEqual(seen(answer), seen(queryFeed(feedOf(rows), EMPTY_SCOPE, filters)));
    assert.equal(knownQuery(feed, EMPTY_SCOPE, filters), answer);
  });
});

describe('the order of every practice of a feed', () => {
  const labels = { title: (p: { id: string }) => p.id, country: (code: string) => code };
  it('is the order of its parts: each practice left out, the rest keep their order', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('title', 'country', 'year' as const),
        fc.nat(),
        (rows, key, leftOut) => {
          const feed = feedOf(rows);
          const sortLabels = {
            title: (p: (typeof feed.practices)[number]) => p.title.es ?? labels.title(p),
            country: labels.country,
          };
          const all = sortPractices(
            feed,
            queryFeed(feed, EMPTY_SCOPE, EMPTY_FILTERS).practices,
            key,
            'es',
            sortLabels,
          );
          assert.equal(all.length, feed.practices.length);
          // The same given in any order.
          const reversed = sortPractices(
            feed,
            [...feed.practices].reverse(),
            key,
            'es',
            sortLabels,
          );
          assert.deepEqual(
            reversed.map((p) => p.id),
            all.map((p) => p.id),
          );
          // Without one practice (ordered from a set of the rest): the others in the same order.
          const gone = feed.practices[leftOut % feed.practices.length]!;
          const rest = sortPractices(
            feed,
            feed.practices.filter((p) => p !== gone),
            key,
            'es',
            sortLabels,
          );
          assert.deepEqual(
            rest.map((p) => p.id),
            all.filter((p) => p !== gone).map((p) => p.id),
          );
        },
      ),
      { numRuns: 200, seed: 20261206 },
    );
  });
});
