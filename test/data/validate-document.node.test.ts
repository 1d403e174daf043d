import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FeedFormatError } from '../../src/data/types.js';
import { validateFeed } from '../../src/data/validate.js';
import { feed, practice, stripReasons } from './feed-helpers.js';

const BASE = 'https://data.example/catalogue/practices.json';

function assertFatal(input: unknown, code: FeedFormatError['code']): void {
  assert.throws(
    () => validateFeed(input),
    (error: unknown) => {
      assert.ok(error instanceof FeedFormatError, 'a FeedFormatError');
      assert.equal(error.code, code);
      assert.equal(error.name, 'FeedFormatError');
      assert.ok(error.message.length > 0);
      return true;
    },
  );
}

describe('validateFeed: fatal problems', () => {
  it('rejects a document that is not an object', () => {
    for (const input of [null, undefined, [], [feed()], 'feed', 1, true]) {
      assertFatal(input, 'not-object');
    }
  });

  it('rejects a missing version or any version but 1', () => {
    for (const version of [undefined, 0, 2, 1.5, '1', null, [1], { major: 1 }]) {
      const input: Record<string, unknown> = { practices: [] };
      if (version !== undefined) input.version = version;
      assertFatal(input, 'unsupported-version');
    }
  });

  it('says "unsupported feed version" in its message', () => {
    assert.throws(() => validateFeed({ version: 2, practices: [] }), /unsupported feed version/i);
  });

  it('rejects missing practices, or practices that are not an array', () => {
    for (const practices of [undefined, null, {}, 'digital-seed', 3]) {
      const input: Record<string, unknown> = { version: 1 };
      if (practices !== undefined) input.practices = practices;
      assertFatal(input, 'no-practices');
    }
  });

  it('does not look at the prototype for version or practices', () => {
    assertFatal(Object.create({ version: 1, practices: [] }), 'unsupported-version');
  });

  it('accepts an empty list of practices', () => {
    const { feed: result, warnings } = validateFeed({ version: 1, practices: [] });
    assert.deepEqual(result.practices, []);
    assert.deepEqual(warnings, []);
  });
});

describe('validateFeed: document fields', () => {
  it('normalizes title, description, publisher, updated, license', () => {
    const { feed: result, warnings } = validateFeed(
      feed([], {
        title: { es: ' Catálogo ', en: 'Catalogue' },
        description: 'Un párrafo.',
        publisher: { name: ' Observatorio ', url: 'https://example.org' },
        updated: '2026-11-28',
        license: ' CC-BY-4.0 ',
      }),
    );
    assert.deepEqual(warnings, []);
    assert.deepEqual(result.title, { es: 'Catálogo', en: 'Catalogue' });
    assert.deepEqual(result.description, { es: 'Un párrafo.' });
    assert.deepEqual(result.publisher, { name: 'Observatorio', url: 'https://example.org/' });
    assert.equal(result.updated, '2026-11-28');
    assert.equal(result.license, 'CC-BY-4.0');
  });

  it('leaves out optional fields the feed does not have', () => {
    const { feed: result } = validateFeed(feed([]));
    assert.deepEqual(Object.keys(result).sort(), [
      'language',
      'practices',
      'version',
      'vocabularies',
    ]);
  });

  it('keeps the feed address as sourceUrl', () => {
    assert.equal(validateFeed(feed([]), { baseUrl: BASE }).feed.sourceUrl, BASE);
    assert.equal('sourceUrl' in validateFeed(feed([])).feed, false);
  });

  it('drops a date that is not YYYY-MM-DD or not in the calendar', () => {
    for (const updated of [
      '28/11/2026',
      '2026-11-28T10:00:00Z',
      '2026-13-01',
      '2026-02-30',
      '2025-02-29',
      20261128,
    ]) {
      const { feed: result, warnings } = validateFeed(feed([], { updated }));
      assert.equal(result.updated, undefined, String(updated));
      assert.deepEqual(stripReasons(warnings), [
        { index: null, path: 'updated', code: 'dropped-field' },
      ]);
    }
    assert.equal(validateFeed(feed([], { updated: '2024-02-29' })).feed.updated, '2024-02-29');
  });

  it('drops a publisher without a name, and keeps one whose URL is unsafe without the URL', () => {
    const nameless = validateFeed(feed([], { publisher: { url: 'https://example.org' } }));
    assert.equal(nameless.feed.publisher, undefined);
    assert.deepEqual(stripReasons(nameless.warnings), [
      { index: null, path: 'publisher.name', code: 'dropped-field' },
    ]);
    const unsafe = validateFeed(feed([], { publisher: { name: 'Obs', url: 'javascript:x()' } }));
    assert.deepEqual(unsafe.feed.publisher, { name: 'Obs' });
    assert.deepEqual(stripReasons(unsafe.warnings), [
      { index: null, path: 'publisher.url', code: 'unsafe-url' },
    ]);
  });

  it('drops wrong-typed document fields', () => {
    const { feed: result, warnings } = validateFeed(
      feed([], { title: 7, description: ['x'], publisher: 'Obs', license: { id: 'MIT' } }),
    );
    assert.equal(result.title, undefined);
    assert.equal(result.description, undefined);
    assert.equal(result.publisher, undefined);
    assert.equal(result.license, undefined);
    assert.deepEqual(
      stripReasons(warnings).map((warning) => warning.path),
      ['title', 'description', 'publisher', 'license'],
    );
    for (const warning of warnings) assert.equal(warning.code, 'dropped-field');
  });
});

describe('validateFeed: language', () => {
  it('defaults to es, and reads plain strings in it', () => {
    const { feed: result } = validateFeed(feed([practice({ title: 'Semilla' })]));
    assert.equal(result.language, 'es');
    assert.deepEqual(result.practices[0]!.title, { es: 'Semilla' });
  });

  it('reads plain strings in the feed language, canonicalized', () => {
    const { feed: result, warnings } = validateFeed(
      feed([practice({ title: 'Semente' })], { language: 'PT-br' }),
    );
    assert.deepEqual(warnings, []);
    assert.equal(result.language, 'pt-BR');
    assert.deepEqual(result.practices[0]!.title, { 'pt-BR': 'Semente' });
  });

  it('falls back to es with a warning for an invalid tag', () => {
    for (const language of ['español', 'en_US', 'e', 42, null]) {
      const { feed: result, warnings } = validateFeed(
        feed([practice({ title: 'Semilla' })], { language }),
      );
      assert.equal(result.language, 'es', String(language));
      assert.deepEqual(result.practices[0]!.title, { es: 'Semilla' });
      assert.deepEqual(stripReasons(warnings), [
        { index: null, path: 'language', code: 'dropped-field' },
      ]);
    }
  });
});

describe('validateFeed: vocabularies', () => {
  it('normalizes labels of every vocabulary', () => {
    const { feed: result, warnings } = validateFeed(
      feed([], {
        language: 'en',
        vocabularies: {
          levels: { vocational: 'Vocational' },
          objectives: { stem: { es: 'STEM', en: 'STEM' } },
          organizationTypes: { cooperative: { es: 'Cooperativa' } },
          criteria: { scalability: 'Scalability' },
          settings: { both: 'Urban and rural' },
          themes: { ai: 'AI' },
        },
      }),
    );
    assert.deepEqual(warnings, []);
    assert.deepEqual({ ...result.vocabularies.levels }, { vocational: { en: 'Vocational' } });
    assert.deepEqual({ ...result.vocabularies.objectives }, { stem: { es: 'STEM', en: 'STEM' } });
    assert.deepEqual(
      { ...result.vocabularies.organizationTypes },
      {
        cooperative: { es: 'Cooperativa' },
      },
    );
    assert.deepEqual({ ...result.vocabularies.criteria }, { scalability: { en: 'Scalability' } });
    assert.deepEqual({ ...result.vocabularies.settings }, { both: { en: 'Urban and rural' } });
    assert.deepEqual(Object.keys(result.vocabularies).sort(), [
      'criteria',
      'levels',
      'objectives',
      'organizationTypes',
      'settings',
      'tags',
    ]);
  });

  it('gives label tables without a prototype, so no inherited name reads as a label', () => {
    const { feed: result } = validateFeed(feed([]));
    assert.equal(Object.getPrototypeOf(result.vocabularies.levels), null);
    assert.equal(result.vocabularies.levels['constructor'], undefined);
    assert.equal(result.vocabularies.criteria['toString'], undefined);
  });

  it('drops a vocabularies value or a vocabulary that is not an object, and bad labels', () => {
    const notObject = validateFeed(feed([], { vocabularies: ['stem'] }));
    assert.deepEqual(stripReasons(notObject.warnings), [
      { index: null, path: 'vocabularies', code: 'dropped-field' },
    ]);
    const bad = validateFeed(
      feed([], { vocabularies: { objectives: 'stem', levels: { vocational: 3, ok: 'Ok' } } }),
    );
    assert.deepEqual(stripReasons(bad.warnings), [
      { index: null, path: 'vocabularies.levels.vocational', code: 'dropped-field' },
      { index: null, path: 'vocabularies.objectives', code: 'dropped-field' },
    ]);
    assert.deepEqual({ ...bad.feed.vocabularies.levels }, { ok: { es: 'Ok' } });
  });
});
