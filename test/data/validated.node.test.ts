import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resetPageState } from '../../src/data/page-state.js';
import { validateFeed, validatePractice } from '../../src/data/validate.js';
import {
  isValidatedFeed,
  isValidatedPractice,
  validateAndRegisterFeed,
  validateAndRegisterFeedInSlices,
  validateAndRegisterPractice,
} from '../../src/data/validated.js';
import { feed, practice, practiceWithout } from './feed-helpers.js';

const BASE = 'https://data.example/catalogue/practices.json';

describe('validatePractice', () => {
  it('gives what validateFeed gives for a feed holding only that practice', () => {
    const inputs: unknown[] = [
      practice(),
      practice({ url: 'steam.html', year: 1800, levels: ['primary', 'nowhere'] }),
      practice({ summary: 'Texto en castellano', tags: ['a', 'a'] }),
      practiceWithout('title'),
      practice({ id: 'Not An Id' }),
      'digital-seed',
      null,
    ];
    for (const input of inputs) {
      for (const options of [undefined, { baseUrl: BASE }]) {
        const alone = validatePractice(input, options);
        const inFeed = validateFeed(feed([input]), options);
        assert.deepEqual(alone.practice, inFeed.feed.practices[0], JSON.stringify(input));
        assert.deepEqual(alone.warnings, inFeed.warnings, JSON.stringify(input));
      }
    }
  });

  it('never throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    assert.equal(validatePractice(hostile).practice, undefined);
  });
});

describe('the register of validated feeds', () => {
  it('knows the feeds and practices validated through it, and nothing else', () => {
    const { feed: read } = validateAndRegisterFeed(feed([practice()]));
    assert.equal(isValidatedFeed(read), true);
    assert.equal(isValidatedPractice(read.practices[0]), true);
    assert.equal(isValidatedFeed({ ...read }), false);
    assert.equal(isValidatedPractice({ ...read.practices[0] }), false);
    assert.equal(isValidatedFeed(validateFeed(feed([practice()])).feed), false);
    assert.equal(isValidatedFeed(null), false);
    assert.equal(isValidatedPractice('digital-seed'), false);
  });

  it('knows a large feed validated in slices and each of its practices, as at once', async () => {
    const inputs = Array.from({ length: 3000 }, (_, i) => practice({ id: `p${i}` }));
    const sliced = await validateAndRegisterFeedInSlices(feed(inputs), { baseUrl: BASE });
    assert.deepEqual(sliced, validateFeed(feed(inputs), { baseUrl: BASE }));
    assert.equal(isValidatedFeed(sliced.feed), true);
    assert.equal(sliced.feed.practices.length, 3000);
    assert.ok(sliced.feed.practices.every(isValidatedPractice));
  });

  it('knows a practice validated on its own, when it is kept', () => {
    const { practice: kept } = validateAndRegisterPractice(practice());
    assert.equal(isValidatedPractice(kept), true);
    assert.equal(validateAndRegisterPractice(practiceWithout('id')).practice, undefined);
  });

  it('is forgotten when the page state starts over', () => {
    const { feed: read } = validateAndRegisterFeed(feed([practice()]));
    resetPageState();
    assert.equal(isValidatedFeed(read), false);
    assert.equal(isValidatedPractice(read.practices[0]), false);
  });
});
