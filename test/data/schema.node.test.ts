import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { COUNTRY_CODES } from '../../src/data/countries.js';
import {
  FeedFormatError,
  type FeedWarningCode,
  type FeedFormatErrorCode,
} from '../../src/data/types.js';
import { validateFeed } from '../../src/data/validate.js';
import { SETTINGS } from '../../src/data/vocabularies.js';
import { feed, practice } from './feed-helpers.js';

// Relative URLs in the fixtures resolve against this, as they would against the feed's address.
const BASE = 'https://data.example/catalogue/practices.json';
const root = new URL('../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const fixtures = (kind: 'valid' | 'invalid'): string[] =>
  readdirSync(new URL(`test/fixtures/feeds/${kind}/`, root))
    .filter((name) => name.endsWith('.json'))
    .sort();

/** The parts of the schema these tests look into. */
interface FeedSchema {
  readonly $schema: string;
  readonly required: readonly string[];
  readonly $defs: {
    readonly countryCode: { readonly enum: readonly string[] };
    readonly practice: {
      readonly required: readonly string[];
      readonly properties: {
        readonly id: { readonly pattern: string };
        readonly setting: { readonly enum: readonly string[] };
      };
    };
  };
}

const schema = readJson('schema/practice-feed.schema.json') as FeedSchema;
const strictLog: string[] = [];
const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  logger: {
    log: () => {},
    warn: (...args) => strictLog.push(args.join(' ')),
    error: (...args) => strictLog.push(args.join(' ')),
  },
});
const matchesSchema = ajv.compile(schema);

type Outcome =
  | { readonly error: FeedFormatErrorCode }
  | { readonly warning: { readonly path: string; readonly code: FeedWarningCode } };

/** What the validator must say about each invalid fixture: its first warning, or the error. */
const EXPECTED: Record<string, Outcome> = {
  'audience-not-text.json': {
    warning: { path: 'practices[0].audiences[0]', code: 'dropped-field' },
  },
  'countries-all-invalid.json': {
    warning: { path: 'practices[0].countries', code: 'skipped-record' },
  },
  'countries-empty.json': { warning: { path: 'practices[0].countries', code: 'skipped-record' } },
  'countries-missing.json': { warning: { path: 'practices[0].countries', code: 'skipped-record' } },
  'countries-not-array.json': {
    warning: { path: 'practices[0].countries', code: 'skipped-record' },
  },
  'countries-some-invalid.json': {
    warning: { path: 'practices[0].countries[1]', code: 'dropped-field' },
  },
  'criteria-not-text.json': {
    warning: { path: 'practices[0].criteria.equity', code: 'dropped-field' },
  },
  'id-leading-hyphen.json': { warning: { path: 'practices[0].id', code: 'skipped-record' } },
  'id-missing.json': { warning: { path: 'practices[0].id', code: 'skipped-record' } },
  'id-not-string.json': { warning: { path: 'practices[0].id', code: 'skipped-record' } },
  'id-too-long.json': { warning: { path: 'practices[0].id', code: 'skipped-record' } },
  'id-upper-case.json': { warning: { path: 'practices[0].id', code: 'skipped-record' } },
  'image-data-url.json': { warning: { path: 'practices[0].image.src', code: 'unsafe-url' } },
  'image-empty-src.json': { warning: { path: 'practices[0].image.src', code: 'dropped-field' } },
  'image-missing-alt.json': { warning: { path: 'practices[0].image.alt', code: 'dropped-field' } },
  'language-invalid.json': { warning: { path: 'language', code: 'dropped-field' } },
  'levels-not-array.json': { warning: { path: 'practices[0].levels', code: 'dropped-field' } },
  'location-not-number.json': {
    warning: { path: 'practices[0].locations[0]', code: 'dropped-field' },
  },
  'location-out-of-range.json': {
    warning: { path: 'practices[0].locations[1]', code: 'dropped-field' },
  },
  'locations-not-array.json': {
    warning: { path: 'practices[0].locations', code: 'dropped-field' },
  },
  'not-an-object-array.json': { error: 'not-object' },
  'not-an-object-null.json': { error: 'not-object' },
  'not-an-object-string.json': { error: 'not-object' },
  'organization-without-name.json': {
    warning: { path: 'practices[0].organization.name', code: 'dropped-field' },
  },
  'practice-not-object.json': { warning: { path: 'practices[0]', code: 'skipped-record' } },
  'practices-missing.json': { error: 'no-practices' },
  'practices-not-array.json': { error: 'no-practices' },
  'publisher-without-name.json': { warning: { path: 'publisher.name', code: 'dropped-field' } },
  'reach-fractional.json': {
    warning: { path: 'practices[0].reach.institutions', code: 'dropped-field' },
  },
  'reach-negative.json': {
    warning: { path: 'practices[0].reach.participants', code: 'dropped-field' },
  },
  'setting-missing.json': { warning: { path: 'practices[0].setting', code: 'skipped-record' } },
  'setting-unknown.json': { warning: { path: 'practices[0].setting', code: 'skipped-record' } },
  'summary-not-text.json': { warning: { path: 'practices[0].summary', code: 'dropped-field' } },
  'tags-not-strings.json': { warning: { path: 'practices[0].tags[1]', code: 'dropped-field' } },
  'text-language-key-invalid.json': {
    warning: { path: 'practices[0].title.en_US', code: 'dropped-field' },
  },
  'text-value-not-string.json': {
    warning: { path: 'practices[0].summary.es', code: 'dropped-field' },
  },
  'title-all-empty.json': { warning: { path: 'practices[0].title', code: 'skipped-record' } },
  'title-blank.json': { warning: { path: 'practices[0].title', code: 'skipped-record' } },
  'title-missing.json': { warning: { path: 'practices[0].title', code: 'skipped-record' } },
  'title-not-text.json': { warning: { path: 'practices[0].title', code: 'skipped-record' } },
  'updated-not-iso-date.json': { warning: { path: 'updated', code: 'dropped-field' } },
  'url-javascript.json': { warning: { path: 'practices[0].url', code: 'unsafe-url' } },
  'url-malformed.json': { warning: { path: 'publisher.url', code: 'unsafe-url' } },
  'url-not-string.json': { warning: { path: 'practices[0].url', code: 'dropped-field' } },
  'url-vbscript.json': { warning: { path: 'practices[0].organization.url', code: 'unsafe-url' } },
  'version-2.json': { error: 'unsupported-version' },
  'version-as-string.json': { error: 'unsupported-version' },
  'version-missing.json': { error: 'unsupported-version' },
  'vocabularies-not-object.json': { warning: { path: 'vocabularies', code: 'dropped-field' } },
  'year-not-integer.json': { warning: { path: 'practices[0].year', code: 'dropped-field' } },
  'year-out-of-range.json': { warning: { path: 'practices[0].year', code: 'dropped-field' } },
};

describe('JSON Schema', () => {
  it('compiles under Ajv strict mode without complaint', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(strictLog, []);
  });

  it('lists the same country codes, settings and id rule as the validator', () => {
    const practiceSchema = schema.$defs.practice.properties;
    assert.deepEqual(schema.$defs.countryCode.enum, [...COUNTRY_CODES]);
    assert.deepEqual(practiceSchema.setting.enum, [...SETTINGS]);
    assert.equal(practiceSchema.id.pattern, '^[a-z0-9][a-z0-9-]{0,79}$');
    assert.deepEqual(schema.$defs.practice.required, ['id', 'title', 'countries', 'setting']);
    assert.deepEqual(schema.required, ['version', 'practices']);
  });

  it('has at least a dozen valid and fifteen invalid fixtures', () => {
    assert.ok(fixtures('valid').length >= 12);
    assert.ok(fixtures('invalid').length >= 15);
  });

  for (const name of fixtures('valid')) {
    it(`accepts valid/${name}, which the validator reads without a warning`, () => {
      const input = readJson(`test/fixtures/feeds/valid/${name}`);
      assert.ok(matchesSchema(input), ajv.errorsText(matchesSchema.errors));
      const { feed: result, warnings } = validateFeed(input, { baseUrl: BASE });
      assert.deepEqual(warnings, []);
      assert.equal(result.practices.length, (input as { practices: unknown[] }).practices.length);
    });
  }

  for (const name of fixtures('invalid')) {
    it(`rejects invalid/${name}, which the validator refuses or warns about`, () => {
      const input = readJson(`test/fixtures/feeds/invalid/${name}`);
      assert.equal(matchesSchema(input), false, 'the schema rejects it');
      const expected = EXPECTED[name];
      assert.ok(expected, `an expected outcome is listed for ${name}`);
      if ('error' in expected) {
        assert.throws(
          () => validateFeed(input, { baseUrl: BASE }),
          (error: unknown) => error instanceof FeedFormatError && error.code === expected.error,
        );
        return;
      }
      const { warnings } = validateFeed(input, { baseUrl: BASE });
      assert.ok(warnings.length > 0);
      assert.equal(warnings[0]!.path, expected.warning.path);
      assert.equal(warnings[0]!.code, expected.warning.code);
    });
  }

  it('lists no expected outcome for a fixture that does not exist', () => {
    assert.deepEqual(
      Object.keys(EXPECTED).filter((name) => !fixtures('invalid').includes(name)),
      [],
    );
  });

  it('accepts the demo feed, which the validator reads without a warning', () => {
    const input = readJson('demo/data/practices.json');
    assert.ok(matchesSchema(input), ajv.errorsText(matchesSchema.errors));
    assert.deepEqual(validateFeed(input, { baseUrl: BASE }).warnings, []);
  });
});

// Rules a JSON Schema cannot state, or that the format leaves to readers. These cases are valid
// for the schema by design and are therefore not fixtures; the validator still reports them.
describe('validator-only rules', () => {
  it('duplicate ids: the schema cannot compare items, the validator skips the second', () => {
    const input = feed([practice({ id: 'same' }), practice({ id: 'same' })]);
    assert.ok(matchesSchema(input));
    const { warnings } = validateFeed(input);
    assert.deepEqual(
      warnings.map((warning) => [warning.code, warning.path]),
      [['duplicate-id', 'practices[1].id']],
    );
  });

  it('unknown vocabulary values: allowed by the format, kept and reported by the validator', () => {
    const input = feed([
      practice({
        levels: ['vocational'],
        objectives: ['stem'],
        organization: { name: 'Coop', type: 'cooperative' },
        criteria: { scalability: 'Sí.' },
      }),
    ]);
    assert.ok(matchesSchema(input));
    const { feed: result, warnings } = validateFeed(input);
    assert.equal(result.practices.length, 1);
    assert.deepEqual(
      warnings.map((warning) => warning.code),
      ['unknown-value', 'unknown-value', 'unknown-value', 'unknown-value'],
    );
  });

  it('calendar dates: the schema checks the form, the validator also the day of the month', () => {
    const input = feed([], { updated: '2026-02-30' });
    assert.ok(matchesSchema(input));
    assert.deepEqual(
      validateFeed(input).warnings.map((warning) => warning.path),
      ['updated'],
    );
  });

  it('relative URLs: valid in a feed, usable only when the feed address is known', () => {
    const input = feed([practice({ url: 'more.html' })]);
    assert.ok(matchesSchema(input));
    assert.deepEqual(validateFeed(input, { baseUrl: BASE }).warnings, []);
    assert.deepEqual(
      validateFeed(input).warnings.map((warning) => warning.code),
      ['unsafe-url'],
    );
  });

  it('language tags written twice: each is valid, the validator keeps the first', () => {
    const input = feed([practice({ summary: { 'pt-br': 'um', 'pt-BR': 'dois' } })]);
    assert.ok(matchesSchema(input));
    assert.equal(validateFeed(input).warnings.length, 1);
  });
});
