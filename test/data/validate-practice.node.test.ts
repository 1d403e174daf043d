import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateFeed, type ValidateOptions } from '../../src/data/validate.js';
import { feed, practice, practiceWithout, stripReasons } from './feed-helpers.js';

const BASE = 'https://data.example/catalogue/practices.json';

/** Validates one practice and returns it (or undefined when skipped) with warnings sans reasons. */
function one(fields: Record<string, unknown>, options?: ValidateOptions, documentFields = {}) {
  const { feed: result, warnings } = validateFeed(feed([fields], documentFields), options);
  return { practice: result.practices[0], warnings: stripReasons(warnings), full: warnings };
}

/** Asserts that the practice was skipped with exactly one warning. */
function assertSkipped(
  fields: unknown,
  expected: { path: string; id?: string; code?: 'skipped-record' | 'duplicate-id' },
): void {
  const { feed: result, warnings } = validateFeed(feed([fields]));
  assert.deepEqual(result.practices, []);
  const warning: Record<string, unknown> = {
    index: 0,
    path: expected.path,
    code: expected.code ?? 'skipped-record',
  };
  if (expected.id !== undefined) warning.id = expected.id;
  assert.deepEqual(stripReasons(warnings), [warning]);
  assert.match(warnings[0]!.reason, /skipped/);
}

describe('validateFeed: practices that are skipped', () => {
  it('skips a practice that is not an object', () => {
    for (const value of [null, 'digital-seed', 42, [practice()], true]) {
      assertSkipped(value, { path: 'practices[0]' });
    }
  });

  it('skips a practice without a usable id', () => {
    assertSkipped(practiceWithout('id'), { path: 'practices[0].id' });
    for (const id of [
      42,
      null,
      '',
      '  ',
      'Digital-Seed',
      '-seed',
      'semilla_digital',
      'sé',
      'a b',
      'a'.repeat(81),
      ['a'],
    ]) {
      assertSkipped(practice({ id }), { path: 'practices[0].id' });
    }
  });

  it('accepts ids of 1 to 80 characters, trimmed', () => {
    for (const id of ['a', '0', '9-lives', 'a'.repeat(80), 'seed-']) {
      assert.equal(one(practice({ id })).practice?.id, id);
    }
    assert.equal(one(practice({ id: ' digital-seed ' })).practice?.id, 'digital-seed');
  });

  it('skips a practice without a usable title, naming its id', () => {
    const id = 'digital-seed';
    assertSkipped(practiceWithout('title'), { path: 'practices[0].title', id });
    for (const title of [
      '',
      '   ',
      {},
      { es: '', en: '  ' },
      { en_US: 'Seed' },
      42,
      ['Seed'],
      null,
    ]) {
      assertSkipped(practice({ title }), { path: 'practices[0].title', id });
    }
  });

  it('skips a practice without usable countries', () => {
    const id = 'digital-seed';
    assertSkipped(practiceWithout('countries'), { path: 'practices[0].countries', id });
    for (const countries of [[], 'CO', ['XX'], ['co', 'UK', 'XK', 42, ''], { 0: 'CO' }, null]) {
      assertSkipped(practice({ countries }), { path: 'practices[0].countries', id });
    }
  });

  it('skips a practice without a valid setting', () => {
    const id = 'digital-seed';
    assertSkipped(practiceWithout('setting'), { path: 'practices[0].setting', id });
    for (const setting of ['suburban', 'Rural', '', 1, ['rural'], null]) {
      assertSkipped(practice({ setting }), { path: 'practices[0].setting', id });
    }
    assert.equal(one(practice({ setting: ' both ' })).practice?.setting, 'both');
  });

  it('skips a practice whose setting is labelled by the feed but not in the format', () => {
    const { feed: result } = validateFeed(
      feed([practice({ setting: 'suburban' })], {
        vocabularies: { settings: { suburban: 'Periurbano' } },
      }),
    );
    assert.deepEqual(result.practices, []);
  });

  it('reports a skipped practice once, for its first problem, and none of its field problems', () => {
    assertSkipped(
      practice({ title: '', countries: [], setting: 'x', url: 'javascript:x', year: 1 }),
      { path: 'practices[0].title', id: 'digital-seed' },
    );
    assertSkipped(
      practice({ countries: ['CO', 'XX'], setting: 'x', reach: { participants: -1 } }),
      { path: 'practices[0].setting', id: 'digital-seed' },
    );
  });

  it('skips the second practice with an id, with a duplicate-id warning', () => {
    const { feed: result, warnings } = validateFeed(
      feed([
        practice({ id: 'a', title: 'First' }),
        practice({ id: 'b' }),
        practice({ id: 'a', title: 'Second' }),
        practice({ id: ' a ', title: 'Third' }),
      ]),
    );
    assert.deepEqual(
      result.practices.map((kept) => [kept.id, kept.title]),
      [
        ['a', { es: 'First' }],
        ['b', { es: 'Semilla Digital', en: 'Digital Seed' }],
      ],
    );
    assert.deepEqual(stripReasons(warnings), [
      { index: 2, id: 'a', path: 'practices[2].id', code: 'duplicate-id' },
      { index: 3, id: 'a', path: 'practices[3].id', code: 'duplicate-id' },
    ]);
  });

  it('lets a later practice use the id of an earlier one that was skipped', () => {
    const { feed: result, warnings } = validateFeed(
      feed([practice({ id: 'a', setting: 'nowhere' }), practice({ id: 'a' })]),
    );
    assert.deepEqual(
      result.practices.map((kept) => kept.id),
      ['a'],
    );
    assert.deepEqual(stripReasons(warnings), [
      { index: 0, id: 'a', path: 'practices[0].setting', code: 'skipped-record' },
    ]);
  });

  it('renders the other practices, reporting each skipped one at its own index', () => {
    const { feed: result, warnings } = validateFeed(
      feed([
        practice({ id: 'one' }),
        'two',
        practice({ id: 'three' }),
        practiceWithout('setting'),
        practice({ id: 'five' }),
      ]),
    );
    assert.deepEqual(
      result.practices.map((kept) => kept.id),
      ['one', 'three', 'five'],
    );
    assert.deepEqual(stripReasons(warnings), [
      { index: 1, path: 'practices[1]', code: 'skipped-record' },
      { index: 3, id: 'digital-seed', path: 'practices[3].setting', code: 'skipped-record' },
    ]);
  });
});

describe('validateFeed: required fields', () => {
  it('normalizes a valid practice, with empty lists for absent list fields', () => {
    const { practice: result, warnings } = one(practice());
    assert.deepEqual(warnings, []);
    assert.deepEqual(result, {
      id: 'digital-seed',
      title: { es: 'Semilla Digital', en: 'Digital Seed' },
      countries: ['CO'],
      locations: [],
      setting: 'rural',
      levels: [],
      objectives: [],
      audiences: [],
      tags: [],
      criteria: [],
    });
  });

  it('drops invalid country codes among valid ones, one warning each, and repeats silently', () => {
    const { practice: result, warnings } = one(
      practice({ countries: ['CO', 'XX', ' PE ', 'co', 'CO', 57] }),
    );
    assert.deepEqual(result?.countries, ['CO', 'PE']);
    const base = { index: 0, id: 'digital-seed', code: 'dropped-field' };
    assert.deepEqual(warnings, [
      { ...base, path: 'practices[0].countries[1]' },
      { ...base, path: 'practices[0].countries[3]' },
      { ...base, path: 'practices[0].countries[5]' },
    ]);
  });

  it('keeps the countries of a regional initiative in order', () => {
    const { practice: result } = one(practice({ countries: ['BO', 'EC', 'AR', 'PY'] }));
    assert.deepEqual(result?.countries, ['BO', 'EC', 'AR', 'PY']);
  });
});

describe('validateFeed: LocalizedText', () => {
  it('turns a plain string into a text in the feed language, trimmed', () => {
    const { practice: result } = one(practice({ summary: '  Tablets.  ' }), {}, { language: 'en' });
    assert.deepEqual(result?.summary, { en: 'Tablets.' });
  });

  it('keeps non-empty strings of an object, trimmed, under canonical language tags', () => {
    const { practice: result, warnings } = one(
      practice({
        summary: {
          ES: ' Hola ',
          'pt-br': 'Olá',
          'zh-hant-tw': '你好',
          qu: 'Napaykullayki',
          en: '',
        },
      }),
    );
    assert.deepEqual(warnings, []);
    assert.deepEqual(result?.summary, {
      es: 'Hola',
      'pt-BR': 'Olá',
      'zh-Hant-TW': '你好',
      qu: 'Napaykullayki',
    });
  });

  it('drops entries under invalid language tags and entries that are not strings', () => {
    const { practice: result, warnings } = one(
      practice({ summary: { es: 'Hola', en_US: 'Hi', 'not a tag': 'x', fr: 3, de: null } }),
    );
    assert.deepEqual(result?.summary, { es: 'Hola' });
    const base = { index: 0, id: 'digital-seed', code: 'dropped-field' };
    assert.deepEqual(warnings, [
      { ...base, path: 'practices[0].summary.en_US' },
      { ...base, path: 'practices[0].summary["not a tag"]' },
      { ...base, path: 'practices[0].summary.fr' },
      { ...base, path: 'practices[0].summary.de' },
    ]);
  });

  it('keeps the first of two entries that name the same language', () => {
    const { practice: result, warnings } = one(
      practice({ summary: { 'pt-br': 'um', 'pt-BR': 'dois' } }),
    );
    assert.deepEqual(result?.summary, { 'pt-BR': 'um' });
    assert.deepEqual(warnings, [
      {
        index: 0,
        id: 'digital-seed',
        path: 'practices[0].summary["pt-BR"]',
        code: 'dropped-field',
      },
    ]);
  });

  it('treats an empty text as missing, silently, in optional fields', () => {
    const { practice: result, warnings } = one(
      practice({ summary: '', description: { es: '  ' }, place: {} }),
    );
    assert.deepEqual(warnings, []);
    assert.equal(result && 'summary' in result, false);
    assert.equal(result && 'description' in result, false);
    assert.equal(result && 'place' in result, false);
  });

  it('drops an optional text that is neither a string nor an object', () => {
    const { practice: result, warnings } = one(
      practice({ summary: 3, description: ['x'], place: null }),
    );
    assert.equal(result?.summary, undefined);
    assert.deepEqual(
      warnings.map((warning) => [warning.path, warning.code]),
      [
        ['practices[0].summary', 'dropped-field'],
        ['practices[0].description', 'dropped-field'],
        ['practices[0].place', 'dropped-field'],
      ],
    );
  });

  it('keeps text as text, markup included', () => {
    const { practice: result } = one(practice({ title: '<b>Semilla</b> <script>x()</script>' }));
    assert.deepEqual(result?.title, { es: '<b>Semilla</b> <script>x()</script>' });
  });
});

describe('validateFeed: optional fields', () => {
  const base = { index: 0, id: 'digital-seed' };

  it('keeps locations in range and drops the others, one warning each', () => {
    const { practice: result, warnings } = one(
      practice({
        locations: [
          { lat: 2.45, lon: -76.6 },
          { lat: 95, lon: 0 },
          { lat: 0, lon: -181 },
          { lat: '2.45', lon: '-76.6' },
          { lat: 1 },
          'Cauca',
          null,
          { lat: -90, lon: 180, label: 'ignored' },
        ],
      }),
    );
    assert.deepEqual(result?.locations, [
      { lat: 2.45, lon: -76.6 },
      { lat: -90, lon: 180 },
    ]);
    assert.deepEqual(
      warnings,
      [1, 2, 3, 4, 5, 6].map((i) => ({
        ...base,
        path: `practices[0].locations[${i}]`,
        code: 'dropped-field',
      })),
    );
  });

  it('drops locations that are not an array', () => {
    const { practice: result, warnings } = one(practice({ locations: { lat: 1, lon: 2 } }));
    assert.deepEqual(result?.locations, []);
    assert.deepEqual(warnings, [
      { ...base, path: 'practices[0].locations', code: 'dropped-field' },
    ]);
  });

  it('keeps reach counts that are whole numbers of at least 0', () => {
    const { practice: result, warnings } = one(
      practice({ reach: { participants: 200, institutions: 0, note: 'Estimado' } }),
    );
    assert.deepEqual(warnings, []);
    assert.deepEqual(result?.reach, {
      participants: 200,
      institutions: 0,
      note: { es: 'Estimado' },
    });
  });

  it('drops negative, fractional, huge and non-number reach counts', () => {
    for (const participants of [-1, 2.5, '200', 1e300, Number.MAX_SAFE_INTEGER + 2, null, true]) {
      const { practice: result, warnings } = one(
        practice({ reach: { participants, institutions: 30 } }),
      );
      assert.deepEqual(result?.reach, { institutions: 30 }, String(participants));
      assert.deepEqual(warnings, [
        { ...base, path: 'practices[0].reach.participants', code: 'dropped-field' },
      ]);
    }
  });

  it('leaves reach out when nothing in it is usable', () => {
    const { practice: result, warnings } = one(practice({ reach: { participants: -5, note: '' } }));
    assert.equal(result && 'reach' in result, false);
    assert.equal(warnings.length, 1);
    const notObject = one(practice({ reach: 200 }));
    assert.deepEqual(notObject.warnings, [
      { ...base, path: 'practices[0].reach', code: 'dropped-field' },
    ]);
  });

  it('stores -0 from a feed as 0', () => {
    const { practice: result } = one(
      JSON.parse(
        '{"id":"z","title":"Z","countries":["CO"],"setting":"rural","reach":{"participants":-0},"locations":[{"lat":-0,"lon":-0}]}',
      ),
    );
    assert.ok(Object.is(result?.reach?.participants, 0));
    assert.ok(Object.is(result?.locations[0]?.lat, 0));
  });

  it('keeps a year from 1900 to 2100 and drops any other', () => {
    assert.equal(one(practice({ year: 1900 })).practice?.year, 1900);
    assert.equal(one(practice({ year: 2100 })).practice?.year, 2100);
    for (const year of [1899, 2101, 2019.5, '2019', null, Number.NaN]) {
      const { practice: result, warnings } = one(practice({ year }));
      assert.equal(result?.year, undefined, String(year));
      assert.deepEqual(warnings, [{ ...base, path: 'practices[0].year', code: 'dropped-field' }]);
    }
  });

  it('keeps safe URLs as absolute addresses and drops unsafe ones', () => {
    assert.equal(
      one(practice({ url: 'https://example.org/x' })).practice?.url,
      'https://example.org/x',
    );
    assert.equal(
      one(practice({ url: 'x.html' }), { baseUrl: BASE }).practice?.url,
      'https://data.example/catalogue/x.html',
    );
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'https://exa mple.org',
      'x.html',
    ]) {
      const { practice: result, warnings } = one(practice({ url }));
      assert.equal(result?.url, undefined, url);
      assert.deepEqual(warnings, [{ ...base, path: 'practices[0].url', code: 'unsafe-url' }]);
    }
    const notString = one(practice({ url: { href: 'https://example.org' } }));
    assert.deepEqual(notString.warnings, [
      { ...base, path: 'practices[0].url', code: 'dropped-field' },
    ]);
  });

  it('says when a relative URL was dropped because the feed address is unknown', () => {
    const { full } = one(practice({ url: 'x.html' }));
    assert.match(full[0]!.reason, /relative/);
  });

  it('keeps an organization, its known type and its safe URL', () => {
    const { practice: result, warnings } = one(
      practice({
        organization: {
          name: ' Fundación PLAN ',
          type: 'civil-society',
          url: 'https://plan.example',
        },
      }),
    );
    assert.deepEqual(warnings, []);
    assert.deepEqual(result?.organization, {
      name: 'Fundación PLAN',
      type: 'civil-society',
      url: 'https://plan.example/',
    });
  });

  it('drops an organization without a name, or that is not an object', () => {
    for (const organization of [{ type: 'school' }, { name: '  ' }, { name: 3 }, 'PLAN', []]) {
      const { practice: result, warnings } = one(practice({ organization }));
      assert.equal(result?.organization, undefined);
      assert.equal(warnings.length, 1);
      assert.equal(warnings[0]!.code, 'dropped-field');
      assert.match(warnings[0]!.path, /^practices\[0\]\.organization/);
    }
  });

  it('keeps an organization without its unsafe URL or wrong-typed type', () => {
    const { practice: result, warnings } = one(
      practice({ organization: { name: 'Org', type: 4, url: 'vbscript:x' } }),
    );
    assert.deepEqual(result?.organization, { name: 'Org' });
    assert.deepEqual(warnings, [
      { ...base, path: 'practices[0].organization.type', code: 'dropped-field' },
      { ...base, path: 'practices[0].organization.url', code: 'unsafe-url' },
    ]);
  });

  it('keeps an image with a safe src and an alt text', () => {
    const { practice: result, warnings } = one(
      practice({ image: { src: 'img/a.png', alt: { es: 'Aula', en: 'Classroom' } } }),
      { baseUrl: BASE },
    );
    assert.deepEqual(warnings, []);
    assert.deepEqual(result?.image, {
      src: 'https://data.example/catalogue/img/a.png',
      alt: { es: 'Aula', en: 'Classroom' },
    });
  });

  it('drops an image without a usable src or alt', () => {
    const cases: [unknown, string, string][] = [
      [{ alt: 'Aula' }, 'practices[0].image.src', 'dropped-field'],
      [{ src: ' ', alt: 'Aula' }, 'practices[0].image.src', 'dropped-field'],
      [{ src: 'data:image/png;base64,AAAA', alt: 'Aula' }, 'practices[0].image.src', 'unsafe-url'],
      [{ src: 'javascript:x', alt: 'Aula' }, 'practices[0].image.src', 'unsafe-url'],
      [{ src: 'https://example.org/a.png' }, 'practices[0].image.alt', 'dropped-field'],
      [{ src: 'https://example.org/a.png', alt: '' }, 'practices[0].image.alt', 'dropped-field'],
      [
        { src: 'https://example.org/a.png', alt: { es: ' ' } },
        'practices[0].image.alt',
        'dropped-field',
      ],
      ['https://example.org/a.png', 'practices[0].image', 'dropped-field'],
    ];
    for (const [image, path, code] of cases) {
      const { practice: result, warnings } = one(practice({ image }));
      assert.equal(result?.image, undefined, JSON.stringify(image));
      assert.deepEqual(warnings, [{ ...base, path, code }], JSON.stringify(image));
    }
  });

  it('trims tags, leaves out empty and repeated ones, and drops non-strings', () => {
    const { practice: result, warnings } = one(
      practice({ tags: [' robotics ', 'arduino', '', 'robotics', 3, 'Robotics', null] }),
    );
    assert.deepEqual(result?.tags, ['robotics', 'arduino', 'Robotics']);
    assert.deepEqual(warnings, [
      { ...base, path: 'practices[0].tags[4]', code: 'dropped-field' },
      { ...base, path: 'practices[0].tags[6]', code: 'dropped-field' },
    ]);
  });

  it('drops list fields that are not arrays', () => {
    const { practice: result, warnings } = one(
      practice({ levels: 'primary', objectives: {}, tags: 'robotics', audiences: 'docentes' }),
    );
    assert.deepEqual(result?.levels, []);
    assert.deepEqual(result?.objectives, []);
    assert.deepEqual(result?.tags, []);
    assert.deepEqual(result?.audiences, []);
    assert.deepEqual(
      warnings.map((warning) => warning.path),
      [
        'practices[0].levels',
        'practices[0].objectives',
        'practices[0].audiences',
        'practices[0].tags',
      ],
    );
  });

  it('normalizes audiences, leaving out empty ones and dropping non-texts', () => {
    const { practice: result, warnings } = one(
      practice({ audiences: ['docentes', { en: 'teachers' }, '', { en: '' }, 7, ['x']] }),
    );
    assert.deepEqual(result?.audiences, [{ es: 'docentes' }, { en: 'teachers' }]);
    assert.deepEqual(warnings, [
      { ...base, path: 'practices[0].audiences[4]', code: 'dropped-field' },
      { ...base, path: 'practices[0].audiences[5]', code: 'dropped-field' },
    ]);
  });

  it('keeps criteria in the order of the feed, as key and text', () => {
    const { practice: result, warnings } = one(
      practice({ criteria: { replicability: 'Software libre.', equity: { en: 'Inclusive.' } } }),
    );
    assert.deepEqual(warnings, []);
    assert.deepEqual(result?.criteria, [
      { key: 'replicability', text: { es: 'Software libre.' } },
      { key: 'equity', text: { en: 'Inclusive.' } },
    ]);
  });

  it('drops criteria that are not texts, and leaves out empty ones silently', () => {
    const { practice: result, warnings } = one(
      practice({ criteria: { equity: 5, innovation: '', community: 'Sí', sustainability: null } }),
    );
    assert.deepEqual(result?.criteria, [{ key: 'community', text: { es: 'Sí' } }]);
    assert.deepEqual(warnings, [
      { ...base, path: 'practices[0].criteria.equity', code: 'dropped-field' },
      { ...base, path: 'practices[0].criteria.sustainability', code: 'dropped-field' },
    ]);
    const notObject = one(practice({ criteria: ['equity'] }));
    assert.deepEqual(notObject.warnings, [
      { ...base, path: 'practices[0].criteria', code: 'dropped-field' },
    ]);
  });

  it('ignores fields it does not know, at every level', () => {
    const { practice: result, warnings } = one(
      practice({
        themes: ['ai'],
        organization: { name: 'Org', email: 'x@example.org' },
        reach: { participants: 1, families: 2 },
      }),
    );
    assert.deepEqual(warnings, []);
    assert.equal(result && 'themes' in result, false);
    assert.deepEqual(result?.organization, { name: 'Org' });
    assert.deepEqual(result?.reach, { participants: 1 });
  });
});

describe('validateFeed: vocabulary values', () => {
  const base = { index: 0, id: 'digital-seed', code: 'unknown-value' };

  it('keeps known values without warnings, trimmed, without repeats', () => {
    const { practice: result, warnings } = one(
      practice({
        levels: ['primary', ' secondary ', 'primary', ''],
        objectives: ['digital-skills', 'digital-skills'],
      }),
    );
    assert.deepEqual(warnings, []);
    assert.deepEqual(result?.levels, ['primary', 'secondary']);
    assert.deepEqual(result?.objectives, ['digital-skills']);
  });

  it('keeps unknown values as written and reports each distinct one once per practice', () => {
    const { practice: result, warnings } = one(
      practice({
        levels: ['vocational', 'primary', 'vocational', 'Primary'],
        objectives: ['stem', 'stem', 'robotics'],
        organization: { name: 'Coop', type: 'cooperative' },
        criteria: { scalability: 'Tres regiones.', equity: 'Sí.' },
      }),
    );
    assert.deepEqual(result?.levels, ['vocational', 'primary', 'Primary']);
    assert.deepEqual(result?.objectives, ['stem', 'robotics']);
    assert.equal(result?.organization?.type, 'cooperative');
    assert.deepEqual(
      result?.criteria.map((criterion) => criterion.key),
      ['scalability', 'equity'],
    );
    assert.deepEqual(warnings, [
      { ...base, path: 'practices[0].levels[0]' },
      { ...base, path: 'practices[0].levels[3]' },
      { ...base, path: 'practices[0].objectives[0]' },
      { ...base, path: 'practices[0].objectives[2]' },
      { ...base, path: 'practices[0].organization.type' },
      { ...base, path: 'practices[0].criteria.scalability' },
    ]);
  });

  it('reports an unknown value again in another practice', () => {
    const { warnings } = validateFeed(
      feed([
        practice({ id: 'a', objectives: ['stem'] }),
        practice({ id: 'b', objectives: ['stem'] }),
      ]),
    );
    assert.deepEqual(stripReasons(warnings), [
      { index: 0, id: 'a', path: 'practices[0].objectives[0]', code: 'unknown-value' },
      { index: 1, id: 'b', path: 'practices[1].objectives[0]', code: 'unknown-value' },
    ]);
  });

  it('does not report values the feed labels, in the vocabulary it labels them in', () => {
    const { warnings } = validateFeed(
      feed(
        [
          practice({
            levels: ['vocational'],
            objectives: ['stem', 'vocational'],
            organization: { name: 'Coop', type: 'cooperative' },
            criteria: { scalability: 'Sí.' },
          }),
        ],
        {
          vocabularies: {
            levels: { vocational: 'Formación técnica' },
            objectives: { stem: 'STEM' },
            organizationTypes: { cooperative: 'Cooperativa' },
            criteria: { scalability: 'Escalabilidad' },
          },
        },
      ),
    );
    // "vocational" is labelled as a level, not as an objective.
    assert.deepEqual(stripReasons(warnings), [{ ...base, path: 'practices[0].objectives[1]' }]);
  });

  it('reports a value whose only label is empty', () => {
    const { warnings } = validateFeed(
      feed([practice({ objectives: ['stem'] })], { vocabularies: { objectives: { stem: '' } } }),
    );
    assert.deepEqual(stripReasons(warnings), [{ ...base, path: 'practices[0].objectives[0]' }]);
  });

  it('drops vocabulary values that are not strings', () => {
    const { practice: result, warnings } = one(practice({ levels: ['primary', 3, null] }));
    assert.deepEqual(result?.levels, ['primary']);
    assert.deepEqual(
      warnings.map((warning) => [warning.path, warning.code]),
      [
        ['practices[0].levels[1]', 'dropped-field'],
        ['practices[0].levels[2]', 'dropped-field'],
      ],
    );
  });
});

describe('validateFeed: warnings', () => {
  it('give index, id, path, code and a reason for every kept practice problem', () => {
    const { full } = one(practice({ url: 'javascript:x', year: 1 }));
    assert.equal(full.length, 2);
    for (const warning of full) {
      assert.deepEqual(Object.keys(warning).sort(), ['code', 'id', 'index', 'path', 'reason']);
      assert.equal(warning.index, 0);
      assert.equal(warning.id, 'digital-seed');
      assert.ok(warning.reason.length > 10);
    }
  });

  it('quote long values briefly in their reason', () => {
    const { full } = one(practice({ url: `javascript:${'x'.repeat(10_000)}` }));
    assert.ok(full[0]!.reason.length < 200);
  });
});
