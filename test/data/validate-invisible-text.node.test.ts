import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateFeed } from '../../src/data/validate.js';
import { feed, practice, stripReasons } from './feed-helpers.js';

// Strings that draw nothing: a reader would see a card with no title, a chip with no word.
const ZERO_WIDTH = '\u200b\u200c\u200d\u2060\ufeff';
const BIDI_CONTROLS = '\u202e\u2066\u2069\u200f';
const FILLERS = '\u3164\ufe0f\u00ad\u034f';

describe('validateFeed: text with no visible character counts as missing', () => {
  for (const [name, title] of [
    ['zero-width characters', ZERO_WIDTH],
    ['bidirectional controls', BIDI_CONTROLS],
    ['fillers, a variation selector and a soft hyphen', FILLERS],
    ['the same in every language of a text', { es: ZERO_WIDTH, en: ` ${BIDI_CONTROLS} ` }],
  ] as const) {
    it(`skips a practice whose title is only ${name}, with one warning`, () => {
      const { feed: result, warnings } = validateFeed(feed([practice({ title })]));
      assert.equal(result.practices.length, 0);
      assert.deepEqual(stripReasons(warnings), [
        { index: 0, id: 'digital-seed', path: 'practices[0].title', code: 'skipped-record' },
      ]);
      assert.match(warnings[0]!.reason, /no visible character/);
    });
  }

  it('names the invisible characters in the warning, since printed they show nothing', () => {
    const { warnings } = validateFeed(feed([practice({ title: '\u200b\u200b' })]));
    assert.match(warnings[0]!.reason, /U\+200B U\+200B/);
  });

  it('keeps a title when one of its languages is visible, dropping the invisible one', () => {
    const { feed: result, warnings } = validateFeed(
      feed([practice({ title: { es: ZERO_WIDTH, en: 'Digital Seed' } })]),
    );
    assert.deepEqual(result.practices[0]?.title, { en: 'Digital Seed' });
    assert.deepEqual(stripReasons(warnings), [
      { index: 0, id: 'digital-seed', path: 'practices[0].title.es', code: 'dropped-field' },
    ]);
  });

  it('drops invisible optional texts, tags and vocabulary values, one warning each', () => {
    const { feed: result, warnings } = validateFeed(
      feed([
        practice({
          summary: ZERO_WIDTH,
          place: { es: BIDI_CONTROLS },
          audiences: [FILLERS, 'teachers'],
          tags: ['robotics', ZERO_WIDTH],
          objectives: [BIDI_CONTROLS, 'digital-skills'],
          organization: { name: ZERO_WIDTH },
        }),
      ]),
    );
    const [kept] = result.practices;
    assert.equal(kept?.summary, undefined);
    assert.equal(kept?.place, undefined);
    assert.deepEqual(kept?.audiences, [{ es: 'teachers' }]);
    assert.deepEqual(kept?.tags, ['robotics']);
    assert.deepEqual(kept?.objectives, ['digital-skills']);
    assert.equal(kept?.organization, undefined);
    assert.deepEqual(
      warnings.map((warning) => warning.path).sort(),
      [
        'practices[0].summary',
        'practices[0].place.es',
        'practices[0].audiences[0]',
        'practices[0].tags[1]',
        'practices[0].objectives[0]',
        'practices[0].organization.name',
      ].sort(),
    );
  });

  it('keeps text that is visible: words with joiners, emoji sequences, number signs', () => {
    const visibleTexts = [
      'Semilla\u200bDigital',
      '\u202eDigital Seed\u202c',
      '👩‍🏫',
      '\u0600',
      '\u0915\u094d\u200d',
    ];
    for (const title of visibleTexts) {
      const { feed: result, warnings } = validateFeed(feed([practice({ title })]));
      assert.deepEqual(result.practices[0]?.title, { es: title }, JSON.stringify(title));
      assert.deepEqual(warnings, []);
    }
  });
});
