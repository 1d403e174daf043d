import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isCountryCode } from '../../src/data/countries.js';
import { FeedFormatError, type FeedValidationResult } from '../../src/data/types.js';
import { validateFeed } from '../../src/data/validate.js';
import { feed, practice } from './feed-helpers.js';

const BASE = 'https://data.example/catalogue/practices.json';
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/feeds/valid/${name}`, import.meta.url), 'utf8'));

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}

/** Every object and array reachable from `value`. */
function objectsIn(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null && !found.has(value)) {
    found.add(value);
    for (const key of Object.keys(value)) {
      objectsIn((value as Record<string, unknown>)[key], found);
    }
  }
  return found;
}

/** What every result must satisfy, whatever the input. */
function assertWellFormed({ feed: result, warnings }: FeedValidationResult): void {
  assert.equal(result.version, 1);
  assert.equal(typeof result.language, 'string');
  const ids = new Set<string>();
  const texts: unknown[] = [result.title, result.description];
  const urls: unknown[] = [result.publisher?.url];
  for (const kept of result.practices) {
    assert.match(kept.id, /^[a-z0-9][a-z0-9-]{0,79}$/);
    assert.ok(!ids.has(kept.id), `unique id ${kept.id}`);
    ids.add(kept.id);
    assert.ok(['urban', 'rural', 'both'].includes(kept.setting));
    assert.ok(kept.countries.length > 0);
    for (const code of kept.countries) assert.ok(isCountryCode(code));
    for (const { lat, lon } of kept.locations) {
      assert.ok(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180);
    }
    for (const list of [kept.levels, kept.objectives, kept.tags]) {
      assert.equal(new Set(list).size, list.length);
      for (const value of list)
        assert.ok(typeof value === 'string' && value === value.trim() && value);
    }
    if (kept.year !== undefined) assert.ok(Number.isInteger(kept.year));
    for (const count of [kept.reach?.participants, kept.reach?.institutions]) {
      if (count !== undefined) assert.ok(Number.isSafeInteger(count) && count >= 0);
    }
    texts.push(kept.title, kept.summary, kept.description, kept.place, kept.reach?.note);
    texts.push(kept.image?.alt, ...kept.audiences, ...kept.criteria.map((entry) => entry.text));
    urls.push(kept.url, kept.organization?.url, kept.image?.src);
  }
  assert.ok(result.practices.every((kept) => kept.title));
  for (const text of texts) {
    if (text === undefined) continue;
    const entries = Object.entries(text as Record<string, unknown>);
    assert.ok(entries.length > 0, 'a text is never empty');
    for (const [lang, value] of entries) {
      assert.deepEqual(Intl.getCanonicalLocales(lang), [lang]);
      assert.ok(typeof value === 'string' && value.trim() === value && value);
    }
  }
  for (const url of urls) {
    if (url !== undefined) assert.match(url as string, /^https?:\/\//);
  }
  for (const warning of warnings) {
    assert.ok(warning.index === null || Number.isInteger(warning.index));
    assert.equal(typeof warning.path, 'string');
    assert.equal(typeof warning.reason, 'string');
    assert.ok(
      ['skipped-record', 'duplicate-id', 'dropped-field', 'unsafe-url', 'unknown-value'].includes(
        warning.code,
      ),
    );
    if (warning.index !== null) {
      assert.ok(warning.path.startsWith(`practices[${warning.index}]`), warning.path);
    }
  }
}

/** Validates, allowing only FeedFormatError to escape, and checks the result. */
function validateAnything(input: unknown): void {
  let result: FeedValidationResult;
  try {
    result = validateFeed(input, { baseUrl: BASE });
  } catch (error) {
    assert.ok(error instanceof FeedFormatError, `only FeedFormatError is thrown, got ${error}`);
    return;
  }
  assertWellFormed(result);
}

describe('validateFeed: input and output', () => {
  it('does not modify its input', () => {
    const input = fixture('every-field.json');
    const copy = structuredClone(input);
    // Frozen: any write would throw in this strict-mode module.
    validateFeed(deepFreeze(input), { baseUrl: BASE });
    assert.deepEqual(input, copy);
  });

  it('does not modify an input full of problems', () => {
    const input = feed([
      practice({ id: ' Bad ', title: { es: ' x ', en_US: 'y' } }),
      practice({ countries: ['CO', 'XX', 'CO'], tags: ['a', 'a', 3], levels: ['stem'] }),
      practice({ id: 'b', reach: { participants: -1 }, image: { src: 'javascript:x', alt: '' } }),
    ]);
    const copy = structuredClone(input);
    validateFeed(deepFreeze(input));
    assert.deepEqual(input, copy);
  });

  it('shares no object or array with its input', () => {
    for (const name of [
      'every-field.json',
      'labelled-vocabulary-values.json',
      'spec-example.json',
    ]) {
      const input = fixture(name);
      const { feed: result } = validateFeed(input, { baseUrl: BASE });
      const inputObjects = objectsIn(input);
      for (const object of objectsIn(result)) assert.ok(!inputObjects.has(object), name);
    }
  });

  it('reads plain data: the output is not affected by changes to the input afterwards', () => {
    const input = feed([practice({ tags: ['a'] })]);
    const { feed: result } = validateFeed(input);
    ((input.practices as Record<string, unknown>[])[0]!.tags as string[]).push('b');
    assert.deepEqual(result.practices[0]!.tags, ['a']);
  });
});

describe('validateFeed: hostile input', () => {
  it('treats __proto__ keys as plain data and pollutes nothing', () => {
    const input = JSON.parse(`{
      "version": 1,
      "__proto__": { "polluted": true, "practices": "x" },
      "vocabularies": { "levels": { "__proto__": "Nivel", "constructor": "Constructor" } },
      "practices": [{
        "__proto__": { "setting": "urban", "polluted": true },
        "id": "proto",
        "title": { "__proto__": "x", "es": "Título" },
        "countries": ["CO", "__proto__"],
        "setting": "rural",
        "levels": ["__proto__", "constructor", "toString"],
        "criteria": { "__proto__": "Criterio", "constructor": "Otro" },
        "reach": { "__proto__": { "participants": 5 } },
        "organization": { "name": "Org", "__proto__": { "url": "javascript:x" } }
      }]
    }`);
    const { feed: result, warnings } = validateFeed(input);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    const kept = result.practices[0]!;
    assert.equal(kept.setting, 'rural');
    assert.deepEqual(kept.title, { es: 'Título' });
    assert.deepEqual(kept.countries, ['CO']);
    assert.deepEqual(kept.levels, ['__proto__', 'constructor', 'toString']);
    assert.deepEqual(
      kept.criteria.map((criterion) => criterion.key),
      ['__proto__', 'constructor'],
    );
    assert.equal(kept.reach, undefined);
    assert.deepEqual(kept.organization, { name: 'Org' });
    assert.equal(Object.getPrototypeOf(kept), Object.prototype);
    assert.equal(Object.getPrototypeOf(kept.title), Object.prototype);
    // Labelled values are own properties of a table without a prototype.
    const levels = result.vocabularies.levels;
    assert.deepEqual(Object.keys(levels).sort(), ['__proto__', 'constructor']);
    assert.deepEqual(levels['__proto__'], { es: 'Nivel' });
    // "toString" is neither built in nor labelled: it must be reported, not found on a prototype.
    assert.ok(
      warnings.some(
        (warning) => warning.code === 'unknown-value' && warning.path === 'practices[0].levels[2]',
      ),
    );
    assert.ok(
      warnings.some(
        (warning) =>
          warning.code === 'unknown-value' && warning.path === 'practices[0].criteria.constructor',
      ),
    );
    assertWellFormed({ feed: result, warnings });
  });

  it('ignores fields inherited from a prototype set by a script', () => {
    const inherited = Object.assign(
      Object.create({ setting: 'urban', url: 'https://x.example/' }),
      {
        id: 'inherited',
        title: 'Heredado',
        countries: ['CO'],
      },
    );
    const { feed: result, warnings } = validateFeed(feed([inherited, practice()]));
    assert.deepEqual(
      result.practices.map((kept) => kept.id),
      ['digital-seed'],
    );
    assert.equal(warnings[0]!.path, 'practices[0].setting');
  });

  it('reads objects without a prototype', () => {
    const bare = Object.assign(Object.create(null), practice({ summary: 'Resumen' }));
    const input = Object.assign(Object.create(null), { version: 1, practices: [bare] });
    const { feed: result, warnings } = validateFeed(input);
    assert.deepEqual(warnings, []);
    assert.deepEqual(result.practices[0]!.summary, { es: 'Resumen' });
  });

  it('skips a practice whose fields throw when read, and keeps the others', () => {
    const throwing = practice();
    Object.defineProperty(throwing, 'summary', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const { proxy, revoke } = Proxy.revocable(practice({ id: 'revoked' }), {});
    revoke();
    const { feed: result, warnings } = validateFeed(
      feed([throwing, proxy, practice({ id: 'ok' })]),
    );
    assert.deepEqual(
      result.practices.map((kept) => kept.id),
      ['ok'],
    );
    assert.deepEqual(
      warnings.map((warning) => [warning.index, warning.path, warning.code]),
      [
        [0, 'practices[0]', 'skipped-record'],
        [1, 'practices[1]', 'skipped-record'],
      ],
    );
  });

  it('drops a document field that throws when read', () => {
    const input = feed([practice()]);
    Object.defineProperty(input, 'publisher', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const { feed: result, warnings } = validateFeed(input);
    assert.equal(result.practices.length, 1);
    assert.deepEqual(
      warnings.map((warning) => [warning.index, warning.path, warning.code]),
      [[null, 'publisher', 'dropped-field']],
    );
  });

  it('reports a document that cannot be read at all as not an object', () => {
    const { proxy, revoke } = Proxy.revocable({ version: 1, practices: [] }, {});
    revoke();
    assert.throws(
      () => validateFeed(proxy),
      (error: unknown) => {
        return error instanceof FeedFormatError && error.code === 'not-object';
      },
    );
    const getter = { practices: [] };
    Object.defineProperty(getter, 'version', {
      get() {
        throw new Error('boom');
      },
    });
    assert.throws(() => validateFeed(getter), FeedFormatError);
  });

  it('survives values JSON cannot hold', () => {
    const weird = [
      Number.NaN,
      Infinity,
      -Infinity,
      10n,
      Symbol('s'),
      () => 'x',
      new Date(0),
      new Map([['es', 'x']]),
      new Uint8Array(2),
      Object.create(null),
    ];
    for (const value of weird) {
      for (const key of [
        'id',
        'title',
        'countries',
        'setting',
        'summary',
        'locations',
        'reach',
        'year',
        'criteria',
        'url',
        'image',
        'tags',
        'audiences',
        'organization',
      ]) {
        validateAnything(feed([practice({ [key]: value })]));
        validateAnything(feed([practice({ [key]: [value] })]));
        validateAnything(
          feed([
            practice({
              [key]: {
                es: value,
                lat: value,
                lon: value,
                src: value,
                alt: value,
                name: value,
                participants: value,
              },
            }),
          ]),
        );
      }
      validateAnything(
        feed([practice()], { language: value, title: value, updated: value, vocabularies: value }),
      );
      validateAnything({ version: value, practices: [] });
      validateAnything({ version: 1, practices: value });
    }
  });

  it('ignores symbol keys in texts', () => {
    const title = { es: 'Título', [Symbol('en')]: 'Title' };
    const { feed: result, warnings } = validateFeed(feed([practice({ title })]));
    assert.deepEqual(warnings, []);
    assert.deepEqual(result.practices[0]!.title, { es: 'Título' });
  });

  it('never throws anything but FeedFormatError for randomly broken feeds', () => {
    // A small seeded generator: the same inputs on every run, so a failure can be reproduced.
    let state = 20261128;
    const random = (): number => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const strings = [
      '',
      ' ',
      'es',
      'pt-BR',
      'en_US',
      'x-private',
      'CO',
      'co',
      'XX',
      'rural',
      'both',
      'suburban',
      'primary',
      'stem',
      'equity',
      '__proto__',
      'constructor',
      'toString',
      'javascript:alert(1)',
      'data:,x',
      'https://example.org/',
      'relative/path.png',
      '//cdn.example/x',
      'https://exa mple',
      '2026-11-28',
      '2026-02-30',
      'a'.repeat(200),
      '\u0000',
      '\ud800',
      '<b>x</b>',
      'digital-seed',
    ];
    const numbers = [
      0,
      -0,
      1,
      -1,
      2.5,
      90,
      -91,
      181,
      1900,
      2100,
      2101,
      1e308,
      -1e308,
      2 ** 53,
      2 ** 53 + 2,
    ];
    const keys = [
      'version',
      'practices',
      'id',
      'title',
      'countries',
      'setting',
      'summary',
      'description',
      'place',
      'locations',
      'levels',
      'objectives',
      'organization',
      'audiences',
      'tags',
      'reach',
      'year',
      'criteria',
      'url',
      'image',
      'lat',
      'lon',
      'name',
      'type',
      'src',
      'alt',
      'participants',
      'institutions',
      'note',
      'language',
      'vocabularies',
      'publisher',
      'updated',
      'license',
      'es',
      'en',
      '__proto__',
      ...strings,
    ];
    const value = (depth: number): unknown => {
      const roll = random();
      if (depth > 3 || roll < 0.35) return pick(strings);
      if (roll < 0.55) return pick(numbers);
      if (roll < 0.62) return pick([null, true, false]);
      if (roll < 0.8)
        return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      const object: Record<string, unknown> = {};
      const count = Math.floor(random() * 5);
      for (let i = 0; i < count; i++) {
        Object.defineProperty(object, pick(keys), {
          value: value(depth + 1),
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      return object;
    };
    const mutate = (target: unknown, depth: number): unknown => {
      if (typeof target !== 'object' || target === null || random() < 0.15 || depth > 4) {
        return random() < 0.5 ? value(depth) : target;
      }
      if (Array.isArray(target)) {
        const copy = target.map((entry) => (random() < 0.3 ? mutate(entry, depth + 1) : entry));
        if (random() < 0.2) copy.push(value(depth + 1));
        if (random() < 0.1) copy.splice(0, 1);
        return copy;
      }
      const copy: Record<string, unknown> = { ...(target as Record<string, unknown>) };
      for (const key of Object.keys(copy)) {
        if (random() < 0.25) copy[key] = mutate(copy[key], depth + 1);
        else if (random() < 0.05) delete copy[key];
      }
      if (random() < 0.2) copy[pick(keys)] = value(depth + 1);
      return copy;
    };
    const seeds = [
      'every-field.json',
      'spec-example.json',
      'labelled-vocabulary-values.json',
      'regional-language-tags.json',
    ].map(fixture);
    for (let i = 0; i < 400; i++) {
      const input = mutate(pick(seeds), 0);
      // Round trips through JSON half the time, so that __proto__ keys become real own keys.
      validateAnything(random() < 0.5 ? input : JSON.parse(JSON.stringify(input) ?? 'null'));
    }
    for (let i = 0; i < 200; i++) validateAnything(value(0));
    for (let i = 0; i < 200; i++) {
      validateAnything({ version: 1, practices: Array.from({ length: 3 }, () => value(1)) });
    }
  });
});
