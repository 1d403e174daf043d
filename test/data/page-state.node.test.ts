import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pagePart, pageState, resetPageState } from '../../src/data/page-state.js';

describe('the page state', () => {
  it('starts a part at its first use, and keeps it', () => {
    let starts = 0;
    const part = pagePart('test-counter', () => ({ start: ++starts, count: 0 }));
    assert.equal(starts, 0);
    pageState(part).count += 1;
    pageState(part).count += 1;
    assert.deepEqual(pageState(part), { start: 1, count: 2 });
  });

  it('starts every part used again on a reset, with what the part carries over', () => {
    const fresh = pagePart('test-fresh', () => ({ items: [] as string[] }));
    const kept = pagePart<{ items: string[] }>('test-kept', (before) => before ?? { items: [] });
    let unusedStarts = 0;
    pagePart('test-unused', () => ({ start: ++unusedStarts }));
    pageState(fresh).items.push('a');
    pageState(kept).items.push('a');
    resetPageState();
    assert.deepEqual(pageState(fresh).items, []);
    assert.deepEqual(pageState(kept).items, ['a']);
    assert.equal(unusedStarts, 0);
  });
});
