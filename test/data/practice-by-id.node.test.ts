import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { practiceById } from '../../src/data/practice-by-id.js';
import { feedOf, practiceWithId as practice } from './feed-helpers.js';

describe('a practice by its id', () => {
  it('finds each practice of a feed, and none that it does not hold', () => {
    const feed = feedOf(practice('a'), practice('b'), practice('c'));
    assert.equal(practiceById(feed, 'b'), feed.practices[1]);
    assert.equal(practiceById(feed, 'c')?.id, 'c');
    assert.equal(practiceById(feed, 'd'), undefined);
    assert.equal(practiceById(feed, ''), undefined);
  });

  it('answers from the feed asked about: another copy with other practices is another index', () => {
    const before = feedOf(practice('a'));
    const after = feedOf(practice('b'));
    assert.equal(practiceById(before, 'a')?.id, 'a');
    assert.equal(practiceById(after, 'a'), undefined);
    assert.equal(practiceById(after, 'b')?.id, 'b');
  });
});
