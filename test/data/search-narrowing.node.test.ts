import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateFeed } from '../../src/data/validate.js';
import { EMPTY_FILTERS, queryFeed } from '../../src/data/query.js';
import { EMPTY_SCOPE, scopeFromAttributes } from '../../src/data/scope.js';
import type { NormalizedFeed } from '../../src/data/types.js';

const WORDS = [
  'robótica',
  'robot',
  'rural',
  'lectura',
  'educação',
  'educación',
  'aulas',
  'a',
  'ro',
];

const feedOf = (titles: readonly string[]): NormalizedFeed =>
  validateFeed({
    version: 1,
    language: 'es',
    practices: titles.map((title, i) => ({
      id: `p${i}`,
      title: { es: title || 'x' },
      summary: { es: titles[(i + 1) % titles.length] || 'y' },
      countries: [i % 2 ? 'CO' : 'PE'],
      setting: i % 3 ? 'rural' : 'urban',
    })),
  }).feed;

/** What a query gives on a feed that has seen no search before. */
const fresh = (titles: readonly string[], q: string, scope = EMPTY_SCOPE) => {
  const { practices, inScope, facetCounts } = queryFeed(feedOf(titles), scope, {
    ...EMPTY_FILTERS,
    q,
  });
  return { ids: practices.map((p) => p.id), inScope, facetCounts };
};

describe('a search as the reader types on', () => {
  it('finds what a first search finds, whatever was searched before', () => {
    const title = fc
      .array(fc.constantFrom(...WORDS), { maxLength: 4 })
      .map((words) => words.join(' '));
    // Typing: each query a prefix or an extension of the one before, with backspaces and
    // jumps between them.
    const queries = fc.array(
      fc.oneof(
        fc.constantFrom(...WORDS),
        fc.string({ maxLength: 6 }),
        fc.constantFrom(
          'ro',
          'rob',
          'robo',
          'robot',
          'robotic',
          'robotica',
          'r',
          'ed',
          'educa',
          'educacao',
          ' ro  ed',
          'ro ed',
        ),
      ),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(
        fc.array(title, { minLength: 1, maxLength: 30 }),
        queries,
        fc.boolean(),
        (titles, typed, scoped) => {
          const scope = scoped ? scopeFromAttributes({ country: 'CO' }) : EMPTY_SCOPE;
          const feed = feedOf(titles);
          for (const q of typed) {
            const { practices, inScope, facetCounts } = queryFeed(feed, scope, {
              ...EMPTY_FILTERS,
              q,
            });
            assert.deepEqual(
              { ids: practices.map((p) => p.id), inScope, facetCounts },
              fresh(titles, q, scope),
              q,
            );
          }
        },
      ),
      { numRuns: 300, seed: 20261205 },
    );
  });
});
