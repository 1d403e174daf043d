import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  EMPTY_FILTERS,
  chosenFilters,
  withoutChoice,
  type Filters,
} from '../../src/data/facets.js';

const filters = (change: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...change });

describe('chosenFilters', () => {
  it('lists nothing when nothing is chosen, blank search included', () => {
    assert.deepEqual(chosenFilters(filters({ q: '   ' })), []);
  });

  it('lists the search first, then each facet in the library’s order', () => {
    assert.deepEqual(
      chosenFilters(filters({ level: ['primary'], country: ['PE', 'MX'], q: ' agua ' })),
      [
        { facet: 'q', value: 'agua' },
        { facet: 'country', value: 'PE' },
        { facet: 'country', value: 'MX' },
        { facet: 'level', value: 'primary' },
      ],
    );
  });
});

describe('withoutChoice', () => {
  it('removes one value and keeps the others', () => {
    const before = filters({ country: ['PE', 'MX'], level: ['primary'], q: 'agua' });
    assert.deepEqual(withoutChoice(before, { facet: 'country', value: 'PE' }), {
      ...before,
      country: ['MX'],
    });
  });

  it('clears the search', () => {
    const before = filters({ q: 'agua', setting: ['rural'] });
    assert.deepEqual(withoutChoice(before, { facet: 'q', value: 'agua' }), {
      ...before,
      q: '',
    });
  });
});
