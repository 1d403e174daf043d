import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_FILTERS, queryFeed, sortPractices, type Filters } from '../../src/data/query.js';
import { EMPTY_SCOPE, matchesScope, scopeFromAttributes } from '../../src/data/scope.js';
import { feedOf, practiceWithId as practice } from './feed-helpers.js';

const ids = (result: { practices: readonly { id: string }[] }) => result.practices.map((p) => p.id);
const filters = (change: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...change });

describe('queryFeed: search', () => {
  const feed = feedOf(
    practice('robotics', { title: { es: 'Robótica educativa', en: 'Educational robotics' } }),
    practice('reading', {
      title: { pt: 'Educação e leitura' },
      summary: { pt: 'Leitura digital para escolas rurais' },
    }),
    practice('seed', {
      title: 'Semilla Digital',
      description: 'Tabletas y contenidos sin conexión para comunidades indígenas.',
      tags: ['3d-printing', 'tablets'],
      organization: { name: 'Fundación PLAN' },
      audiences: [{ en: 'indigenous communities' }],
      place: 'Cauca',
    }),
  );

  it('ignores case and accents', () => {
    assert.deepEqual(ids(queryFeed(feed, EMPTY_SCOPE, filters({ q: 'robotica' }))), ['robotics']);
    assert.deepEqual(ids(queryFeed(feed, EMPTY_SCOPE, filters({ q: 'ROBÓTICA' }))), ['robotics']);
    // Spanish spelling, Portuguese text: "educacion" finds "Educação".
    assert.deepEqual(ids(queryFeed(feed, EMPTY_SCOPE, filters({ q: 'educacion' }))), ['reading']);
  });

  it('finds a word’s relatives in another language', () => {
    const feed = feedOf(practice('r', { title: { en: 'Educational robotics' } }));
    assert.deepEqual(ids(queryFeed(feed, EMPTY_SCOPE, filters({ q: 'robotica' }))), ['r']);
  });

  it('searches every language the feed has', () => {
    assert.deepEqual(ids(queryFeed(feed, EMPTY_SCOPE, filters({ q: 'educational' }))), [
      'robotics',
    ]);
    assert.deepEqual(ids(queryFeed(feed, EMPTY_SCOPE, filters({ q: 'leitura' }))), ['reading']);
  });

  it('matches the start of words as the reader types', () => {
    assert.deepEqual(ids(queryFeed(feed, EMPTY_SCOPE, filters({ q: 'semi' }))), ['seed']);
    assert.deepEqual(ids(queryFeed(feed, EMPTY_SCOPE, filters({ q: 'emilla' }))), []);
  });

  it('looks in description, place, organization, audiences and tags', () => {
    for (const q of ['tabletas', 'cauca', 'plan', 'indigenous', 'printing', '3d']) {
      assert.deepEqual(ids(queryFeed(feed, EMPTY_SCOPE, filters({ q }))), ['seed'], q);
    }
  });

  it('needs every word to match', () => {
    assert.deepEqual(ids(queryFeed(feed, EMPTY_SCOPE, filters({ q: 'semilla cauca' }))), ['seed']);
    assert.deepEqual(ids(queryFeed(feed, EMPTY_SCOPE, filters({ q: 'semilla lima' }))), []);
  });

  it('ranks title matches first', () => {
    const ranked = feedOf(
      practice('mentions', { summary: 'Trabaja con robótica en el aula.' }),
      practice('about', { title: 'Robótica para todos' }),
    );
    assert.deepEqual(ids(queryFeed(ranked, EMPTY_SCOPE, filters({ q: 'robotica' }))), [
      'about',
      'mentions',
    ]);
  });
});

describe('queryFeed: facets and scope', () => {
  const feed = feedOf(
    practice('a', { countries: ['CO'], setting: 'rural', levels: ['primary'], year: 2020 }),
    practice('b', { countries: ['PE'], setting: 'urban', levels: ['primary', 'secondary'] }),
    practice('c', {
      countries: ['PE', 'BO'],
      setting: 'rural',
      organization: { name: 'x', type: 'school' },
    }),
    practice('d', {
      countries: ['MX'],
      setting: 'both',
      objectives: ['digital-skills'],
      year: 2021,
    }),
  );

  it('ORs values within a facet and ANDs across facets', () => {
    assert.deepEqual(ids(queryFeed(feed, EMPTY_SCOPE, filters({ country: ['CO', 'PE'] }))), [
      'a',
      'b',
      'c',
    ]);
    assert.deepEqual(
      ids(queryFeed(feed, EMPTY_SCOPE, filters({ country: ['CO', 'PE'], setting: ['rural'] }))),
      ['a', 'c'],
    );
    assert.deepEqual(
      ids(queryFeed(feed, EMPTY_SCOPE, filters({ 'organization-type': ['school'] }))),
      ['c'],
    );
    assert.deepEqual(ids(queryFeed(feed, EMPTY_SCOPE, filters({ year: ['2021'] }))), ['d']);
  });

  it('counts each facet without its own selection', () => {
    const result = queryFeed(feed, EMPTY_SCOPE, filters({ country: ['PE'], setting: ['rural'] }));
    assert.deepEqual(ids(result), ['c']);
    // Countries: what each country would give with setting=rural.
    assert.deepEqual(Object.fromEntries(result.facetCounts.country), { CO: 1, PE: 1, BO: 1 });
    // Settings: what each setting would give with country=PE.
    assert.deepEqual(Object.fromEntries(result.facetCounts.setting), { urban: 1, rural: 1 });
    // Other facets: over the actual result.
    assert.deepEqual(Object.fromEntries(result.facetCounts['organization-type']), { school: 1 });
  });

  it('counts a multi-country practice in each of its countries', () => {
    const result = queryFeed(feed, EMPTY_SCOPE, EMPTY_FILTERS);
    assert.equal(result.facetCounts.country.get('PE'), 2);
    assert.equal(result.facetCounts.country.get('BO'), 1);
  });

  it('never returns a practice outside the scope', () => {
    const scope = scopeFromAttributes({ country: 'pe, bo', setting: 'rural' });
    const result = queryFeed(feed, scope, filters({ country: ['CO'] }));
    assert.deepEqual(ids(result), []);
    assert.equal(result.inScope, 1);
    assert.deepEqual(ids(queryFeed(feed, scope, EMPTY_FILTERS)), ['c']);
  });

  it('handles an empty feed and a result of everything', () => {
    assert.deepEqual(ids(queryFeed(feedOf(), EMPTY_SCOPE, EMPTY_FILTERS)), []);
    assert.equal(queryFeed(feed, EMPTY_SCOPE, EMPTY_FILTERS).practices.length, 4);
  });

  it('handles 10,000 practices', () => {
    const big = feedOf(
      ...Array.from({ length: 10_000 }, (_, i) =>
        practice(`p-${i}`, {
          title: `Práctica ${i} ${i % 7 === 0 ? 'robótica' : 'lectura'}`,
          countries: [['CO', 'PE', 'MX', 'BR'][i % 4]!],
        }),
      ),
    );
    const result = queryFeed(big, EMPTY_SCOPE, filters({ q: 'robot', country: ['CO'] }));
    // i % 7 === 0 and i % 4 === 0: multiples of 28 below 10,000.
    assert.equal(result.practices.length, Math.ceil(10_000 / 28));
    assert.equal(result.facetCounts.country.get('PE'), Math.ceil((10_000 - 14) / 28));
  });
});

describe('matchesScope', () => {
  it('searches the q scope by the same rules as the reader’s search', () => {
    const [reading] = feedOf(
      practice('reading', { title: { pt: 'Educação e leitura' }, countries: ['BR'] }),
    ).practices;
    const scope = (q: string) => scopeFromAttributes({ q });
    assert.equal(matchesScope(reading!, scope('educacion')), true);
    assert.equal(matchesScope(reading!, scope('LEIT')), true);
    assert.equal(matchesScope(reading!, scope('ducacao')), false);
    assert.equal(
      matchesScope(reading!, scopeFromAttributes({ q: 'leitura', country: 'CO' })),
      false,
    );
  });
});

describe('sortPractices', () => {
  const feed = feedOf(
    practice('b', { title: 'Ñandú digital', countries: ['PE'], year: 2019 }),
    practice('a', { title: 'árbol de saberes', countries: ['MX'], year: 2022 }),
    practice('c', { title: 'Zona STEAM', countries: ['AR', 'PE'] }),
  );
  const labels = {
    title: (p: { title: Record<string, string> }) => Object.values(p.title)[0]!,
    country: (code: string) => new Intl.DisplayNames('es', { type: 'region' }).of(code)!,
  };

  it('sorts titles with the reader’s collation', () => {
    assert.deepEqual(
      ids({ practices: sortPractices(feed, feed.practices, 'title', 'es', labels) }),
      ['a', 'b', 'c'],
    );
  });

  it('sorts by the first country name in the reader’s language', () => {
    assert.deepEqual(
      ids({ practices: sortPractices(feed, feed.practices, 'country', 'es', labels) }),
      ['c', 'a', 'b'],
    );
  });

  it('sorts by start year, newest first, undated last', () => {
    assert.deepEqual(
      ids({ practices: sortPractices(feed, feed.practices, 'year', 'es', labels) }),
      ['a', 'b', 'c'],
    );
  });
});
