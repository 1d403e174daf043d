import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_FILTERS } from '../../src/data/query.js';
import {
  paramPrefix,
  readUrlState,
  readUrlView,
  writeUrlState,
  writeUrlView,
} from '../../src/feed/url-state.js';

describe('url state', () => {
  it('uses namespaced parameters, per feed id', () => {
    assert.equal(paramPrefix(), 'pw-');
    assert.equal(paramPrefix('americas'), 'pw-americas-');
  });

  it('round-trips filters and the open practice, leaving the page’s own parameters alone', () => {
    const state = {
      filters: { ...EMPTY_FILTERS, country: ['CO', 'PE'], level: ['primary'], q: 'robótica' },
      openPracticeId: 'digital-seed',
    };
    const params = writeUrlState(new URLSearchParams('page=2&q=host'), 'pw-', state);
    assert.equal(params.get('page'), '2');
    assert.equal(params.get('q'), 'host');
    assert.equal(params.get('pw-country'), 'CO,PE');
    assert.equal(params.get('pw-setting'), null);
    assert.deepEqual(readUrlState(params, 'pw-'), state);
  });

  it('removes parameters that become empty', () => {
    const params = writeUrlState(new URLSearchParams('pw-country=CO&pw-open=x'), 'pw-', {
      filters: EMPTY_FILTERS,
      openPracticeId: null,
    });
    assert.equal(params.toString(), '');
  });

  it('reads a hand-edited link leniently', () => {
    const state = readUrlState(new URLSearchParams('pw-country=co,%20pe,&pw-open='), 'pw-');
    assert.deepEqual(state.filters.country, ['CO', 'PE']);
    assert.equal(state.openPracticeId, null);
  });
});

describe('the catalogue view in the URL', () => {
  it('reads the view under the feed prefix, and nothing when absent', () => {
    const params = new URLSearchParams('pw-view=map&pw-cat-view=stats&view=list');
    assert.equal(readUrlView(params, 'pw-'), 'map');
    assert.equal(readUrlView(params, paramPrefix('cat')), 'stats');
    assert.equal(readUrlView(new URLSearchParams('view=map'), 'pw-'), null);
  });

  it('writes the view, leaves the default out, and keeps every other parameter', () => {
    const params = new URLSearchParams('page=2&pw-country=PE');
    const map = writeUrlView(params, 'pw-', 'map', 'list');
    assert.equal(map.toString(), 'page=2&pw-country=PE&pw-view=map');
    assert.equal(writeUrlView(map, 'pw-', 'list', 'list').toString(), 'page=2&pw-country=PE');
    // The page's own parameters are not changed.
    assert.equal(params.toString(), 'page=2&pw-country=PE');
  });
});
