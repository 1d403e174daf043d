import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateFeed } from '../../src/data/validate.js';
import {
  EMPTY_FILTERS,
  facetValues,
  queryFeed,
  type Facet,
  type Filters,
} from '../../src/data/query.js';
import { EMPTY_SCOPE, scopeFromAttributes } from '../../src/data/scope.js';
import { parseFacets, toggleFilter } from '../../src/data/stats.js';
import {
  barFraction,
  computeStats,
  headlineFigures,
  statsChart,
  type StatsOptions,
} from '../../src/data/stats-figures.js';
import type { PracticeFeed } from '../../src/data/types.js';
import { feedOf, practiceWithId as practice } from './feed-helpers.js';

const filters = (change: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...change });

// Labels as written, compared as English does: enough to test the order.
const plain: StatsOptions = {
  label: (_facet, value) => value,
  compare: new Intl.Collator('en').compare,
};

const FIXTURE = new URL('../fixtures/feeds/second-mapping-figures.json', import.meta.url);
const figures = JSON.parse(readFileSync(FIXTURE, 'utf8')) as PracticeFeed;
const figuresFeed = validateFeed(figures).feed;

describe('parseFacets', () => {
  it('reads known facets, once each, in the order given', () => {
    assert.deepEqual(parseFacets('year, Country,nonsense,year'), ['year', 'country']);
  });

  it('falls back to setting, level, objective and country', () => {
    assert.deepEqual(parseFacets(''), ['setting', 'level', 'objective', 'country']);
    assert.deepEqual(parseFacets('nonsense'), ['setting', 'level', 'objective', 'country']);
    assert.deepEqual(parseFacets(undefined), ['setting', 'level', 'objective', 'country']);
  });
});

describe('headlineFigures', () => {
  const feed = feedOf(
    practice('a', { countries: ['CO', 'PE'], reach: { participants: 200 } }),
    practice('b', { countries: ['PE'], reach: { participants: 1300, institutions: 30 } }),
    practice('c', { countries: ['MX'] }),
  );

  it('counts practices and distinct countries, and sums the reach reported', () => {
    assert.deepEqual(headlineFigures(feed.practices), {
      practices: 3,
      countries: 3,
      participants: 1500,
      institutions: 30,
    });
  });

  it('leaves out a reach no practice reports, rather than claim zero', () => {
    const figures = headlineFigures(feed.practices.slice(2));
    assert.equal(figures.participants, undefined);
    assert.equal(figures.institutions, undefined);
    assert.deepEqual(headlineFigures([]), {
      practices: 0,
      countries: 0,
      participants: undefined,
      institutions: undefined,
    });
  });
});

describe('statsChart', () => {
  const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));
  const values = (chart: { bars: readonly { value: string }[] }) =>
    chart.bars.map((bar) => bar.value);

  it('keeps a vocabulary’s own order, values the feed adds after it by count', () => {
    const chart = statsChart(
      'objective',
      counts({ stem: 2, 'teacher-training': 1, 'digital-skills': 3, arts: 5, 'zero-value': 0 }),
      6,
      [],
      plain,
    );
    assert.deepEqual(values(chart), ['digital-skills', 'teacher-training', 'arts', 'stem']);
  });

  it('sorts countries by count, then by name in the reader’s language', () => {
    const names: Record<string, string> = {
      BO: 'Bolivia',
      DO: 'República Dominicana',
      PY: 'Paraguay',
    };
    const chart = statsChart('country', counts({ DO: 6, PY: 6, MX: 29, BO: 6 }), 179, [], {
      label: (_facet, value) => names[value] ?? value,
      compare: new Intl.Collator('es').compare,
    });
    assert.deepEqual(values(chart), ['MX', 'BO', 'PY', 'DO']);
  });

  it('lists years in ascending order', () => {
    const chart = statsChart('year', counts({ 2021: 1, 2009: 4, 2015: 2 }), 7, [], plain);
    assert.deepEqual(values(chart), ['2009', '2015', '2021']);
  });

  it('gives each value its count and share of the total, and the largest count', () => {
    const chart = statsChart('setting', counts({ both: 59, urban: 97, rural: 23 }), 179, [], plain);
    assert.deepEqual(
      chart.bars.map((bar) => [bar.value, bar.count, bar.share]),
      [
        ['urban', 97, 97 / 179],
        ['rural', 23, 23 / 179],
        ['both', 59, 59 / 179],
      ],
    );
    assert.equal(chart.max, 97);
    assert.equal(chart.overlaps, false);
  });

  it('says when shares add up to more than 100%', () => {
    const chart = statsChart('level', counts({ primary: 73, secondary: 93 }), 120, [], plain);
    assert.equal(chart.overlaps, true);
  });

  it('leaves out values no practice has, unless the reader chose them', () => {
    const chart = statsChart('setting', counts({ urban: 2, rural: 0 }), 2, ['both'], plain);
    assert.deepEqual(
      chart.bars.map((bar) => [bar.value, bar.count, bar.selected]),
      [
        ['urban', 2, false],
        ['both', 0, true],
      ],
    );
  });

  it('gives no share of nothing', () => {
    const chart = statsChart('setting', counts({}), 0, ['urban'], plain);
    assert.deepEqual(
      chart.bars.map((bar) => bar.share),
      [0],
    );
  });
});

describe('computeStats', () => {
  const all = ['setting', 'level', 'objective', 'country', 'organization-type', 'year'] as const;

  /** The counts and total a facet's chart should show, worked out the long way. */
  function expected(chosen: Filters, facet: Facet) {
    const others = { ...chosen, [facet]: [] };
    const base = queryFeed(figuresFeed, EMPTY_SCOPE, others).practices;
    const counts = new Map<string, number>();
    for (const p of base) {
      for (const value of facetValues(p, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return { total: base.length, counts };
  }

  for (const [name, chosen] of [
    ['no choice', EMPTY_FILTERS],
    ['one setting', filters({ setting: ['urban'] })],
    ['a setting and a level', filters({ setting: ['urban'], level: ['secondary'] })],
    [
      'three facets and a search',
      filters({
        setting: ['urban', 'rural'],
        objective: ['teacher-training'],
        year: ['2019'],
        q: 'iniciativa',
      }),
    ],
  ] as const) {
    it(`shows each chart's counts and shares of the practices they are counted in: ${name}`, () => {
      const stats = computeStats(figuresFeed, EMPTY_SCOPE, chosen, all, plain);
      for (const chart of stats.charts) {
        const { total, counts } = expected(chosen, chart.facet);
        assert.equal(chart.total, total, chart.facet);
        for (const bar of chart.bars) {
          assert.equal(bar.count, counts.get(bar.value) ?? 0, `${chart.facet} ${bar.value}`);
          assert.equal(bar.share, total ? bar.count / total : 0);
          assert.equal(bar.selected, chosen[chart.facet].includes(bar.value));
        }
      }
      assert.equal(
        stats.headline.practices,
        queryFeed(figuresFeed, EMPTY_SCOPE, chosen).practices.length,
      );
    });
  }

  it('keeps to the scope, counting a regional practice in scope under all its countries', () => {
    const scope = scopeFromAttributes({ country: 'MX' });
    const stats = computeStats(figuresFeed, scope, EMPTY_FILTERS, ['country'], plain);
    assert.equal(stats.headline.practices, 29);
    // One Mexican practice is regional, with Chile and Uruguay.
    assert.deepEqual(
      stats.charts[0]!.bars.map((bar) => [bar.value, bar.count]),
      [
        ['MX', 29],
        ['CL', 1],
        ['UY', 1],
      ],
    );
    assert.equal(stats.charts[0]!.overlaps, true);
  });

  it('leaves out a chart no practice gives a value for, and says which', () => {
    const feed = feedOf(
      practice('a', { countries: ['CO'], year: undefined }),
      practice('b', { countries: ['PE'], year: undefined }),
    );
    const stats = computeStats(feed, EMPTY_SCOPE, EMPTY_FILTERS, ['year', 'country'], plain);
    assert.deepEqual(
      stats.charts.map((chart) => chart.facet),
      ['country'],
    );
    assert.deepEqual(stats.leftOut, ['year']);
  });

  it('puts every chart on one scale: shares of 0 to 100 %, counts of 0 to the practices counted', () => {
    const stats = computeStats(figuresFeed, EMPTY_SCOPE, EMPTY_FILTERS, all, plain);
    assert.equal(stats.countScale, 179);
    const setting = stats.charts.find((chart) => chart.facet === 'setting')!;
    const country = stats.charts.find((chart) => chart.facet === 'country')!;
    const urban = setting.bars.find((bar) => bar.value === 'urban')!;
    const mexico = country.bars.find((bar) => bar.value === 'MX')!;
    // 97 and 29 of 179, whatever the largest bar of each chart.
    assert.equal(barFraction(urban, 'share', stats.countScale), 97 / 179);
    assert.equal(barFraction(mexico, 'share', stats.countScale), 29 / 179);
    assert.equal(barFraction(mexico, 'count', stats.countScale), 29 / 179);

    // With a setting chosen, the setting chart still counts from all 179: the scale is theirs.
    const chosen = computeStats(
      figuresFeed,
      EMPTY_SCOPE,
      filters({ setting: ['rural'] }),
      all,
      plain,
    );
    assert.equal(chosen.headline.practices, 23);
    assert.equal(chosen.countScale, 179);
    for (const chart of chosen.charts) {
      for (const bar of chart.bars) {
        for (const measure of ['share', 'count'] as const) {
          const fraction = barFraction(bar, measure, chosen.countScale);
          assert.ok(fraction >= 0 && fraction <= 1, `${chart.facet} ${bar.value} ${measure}`);
        }
      }
    }
  });

  it('choosing a bar toggles its value in the filters', () => {
    const once = toggleFilter(EMPTY_FILTERS, 'setting', 'urban');
    assert.deepEqual(once.setting, ['urban']);
    assert.deepEqual(toggleFilter(once, 'setting', 'rural').setting, ['urban', 'rural']);
    assert.deepEqual(toggleFilter(once, 'setting', 'urban'), EMPTY_FILTERS);
  });
});

describe('the Second Mapping test feed', () => {
  it('is what its generator writes, and a valid feed with no warnings', async () => {
    // A path the type checker does not follow: the generator is plain JavaScript.
    const generator = new URL('../fixtures/feeds/second-mapping-figures.mjs', import.meta.url);
    const { secondMappingFeed } = (await import(generator.href)) as {
      secondMappingFeed: () => unknown;
    };
    assert.deepEqual(figures, secondMappingFeed());
    assert.deepEqual(validateFeed(figures).warnings, []);
  });

  it('reproduces the published figures: 179 initiatives from 17 countries and their shares', () => {
    const stats = computeStats(
      figuresFeed,
      EMPTY_SCOPE,
      EMPTY_FILTERS,
      ['setting', 'level', 'objective'],
      plain,
    );
    assert.equal(stats.headline.practices, 179);
    assert.equal(stats.headline.countries, 17);
    const published: Record<string, number> = {
      urban: 54,
      both: 33,
      rural: 13,
      secondary: 52,
      primary: 41,
      'digital-skills': 65,
      'curriculum-enrichment': 61,
      'inclusive-education': 57.5,
      'teacher-training': 38.5,
      'personalized-learning': 38.5,
    };
    const seen = new Map(
      stats.charts.flatMap((chart) => chart.bars.map((bar) => [bar.value, bar])),
    );
    for (const [value, share] of Object.entries(published)) {
      const bar = seen.get(value)!;
      // Each count is the published share of 179, rounded to the nearest practice.
      assert.equal(bar.count, Math.round((share / 100) * 179), value);
      assert.ok(Math.abs(bar.share * 100 - share) <= 0.5, `${value}: ${bar.share}`);
    }
  });
});
