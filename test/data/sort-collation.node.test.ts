import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateFeed } from '../../src/data/validate.js';
import { sortPractices, type SortLabels } from '../../src/data/query.js';
import type { NormalizedFeed } from '../../src/data/types.js';

const WORDS = ['Niños', 'radio', 'Ciencia', 'enseñanza', 'árbol', 'Éxito', 'arte', 'nube', 'Zorro'];

/** `count` titles in es and en: words with accents and ñ, in both cases, and numbers. */
function feedOf(count: number): NormalizedFeed {
  return validateFeed({
    version: 1,
    language: 'es',
    practices: Array.from({ length: count }, (_, i) => ({
      id: `p${i}`,
      title: {
        es: `${WORDS[(i * 7) % WORDS.length]} y ${WORDS[(i * 5) % WORDS.length]} ${(i * 7919) % 1000}`,
        en: `${WORDS[(i * 3) % WORDS.length]} ${i % 13} project`,
      },
      countries: ['CO'],
      setting: 'rural',
    })),
  }).feed;
}

const labels = (lang: 'es' | 'en'): SortLabels => ({
  title: (p) => p.title[lang]!,
  country: (code) => code,
});

/** Counts the comparisons of every collator made while `count` runs. */
function countingCollator(): { comparisons: () => number; restore: () => void } {
  const Collator = Intl.Collator;
  let comparisons = 0;
  const counting = function (...args: ConstructorParameters<typeof Intl.Collator>) {
    const collator = new Collator(...args);
    return {
      compare: (a: string, b: string) => (comparisons++, collator.compare(a, b)),
      resolvedOptions: () => collator.resolvedOptions(),
    };
  } as unknown as typeof Intl.Collator;
  Intl.Collator = counting;
  return { comparisons: () => comparisons, restore: () => (Intl.Collator = Collator) };
}

let restore = () => {};
afterEach(() => restore());

describe('sorting by title in a new language', () => {
  for (const lang of ['es', 'en'] as const) {
    it(`compares each practice with its neighbours, not n log n times (${lang})`, () => {
      const feed = feedOf(2000);
      const counting = countingCollator();
      restore = counting.restore;
      const sorted = sortPractices(feed, feed.practices, 'title', lang, labels(lang));
      counting.restore();
      // A sort by the collator from scratch compares about 2,000 × 11 titles (and as many keys).
      assert.ok(counting.comparisons() < 3 * 2 * 2000, `${counting.comparisons()} comparisons`);

      // The same order as the collator's, the feed's order among equal titles.
      const { compare } = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
      const title = labels(lang).title;
      const expected = feed.practices
        .map((practice, i) => ({ practice, i }))
        .sort((a, b) => compare(title(a.practice), title(b.practice)) || a.i - b.i)
        .map(({ practice }) => practice.id);
      assert.deepEqual(
        sorted.map((practice) => practice.id),
        expected,
      );
    });
  }
});
