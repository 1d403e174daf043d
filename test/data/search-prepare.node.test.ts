import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateFeed } from '../../src/data/validate.js';
import { prepareSearch, searchEntries } from '../../src/data/search.js';

const feedOf = (count: number) =>
  validateFeed({
    version: 1,
    language: 'es',
    practices: Array.from({ length: count }, (_, i) => ({
      id: `practice-${i}`,
      title: { es: `Robótica educativa ${i}`, en: `Educational robotics ${i}` },
      summary: { es: 'Aulas rurales con tabletas y conectividad' },
      countries: ['CO'],
      setting: 'rural',
      tags: ['robótica', `grupo-${i % 7}`],
    })),
  }).feed;

describe('prepareSearch', () => {
  it('prepares a small feed before it returns', () => {
    const feed = feedOf(50);
    void prepareSearch(feed);
    // Prepared already: a new timer has had no chance to run, and the entries are those cached.
    const entries = searchEntries(feed);
    assert.equal(entries.length, 50);
    assert.equal(searchEntries(feed), entries);
  });

  it('prepares a large feed in slices, letting other work run between them', async () => {
    const feed = feedOf(20000);
    let timersRun = 0;
    const ticker = setInterval(() => timersRun++, 0);
    try {
      await prepareSearch(feed);
    } finally {
      clearInterval(ticker);
    }
    assert.ok(timersRun > 0, 'no timer ran while the search text was prepared');
    const entries = searchEntries(feed);
    assert.equal(entries.length, 20000);
    assert.match(entries[19999]!.title, / robotica educativa 19999/);
    assert.match(entries[19999]!.rest, / grupo 0\b/);
  });

  it('gives the same entries as preparing in one go', async () => {
    const sliced = feedOf(6000);
    const atOnce = feedOf(6000);
    await prepareSearch(sliced);
    assert.deepEqual(searchEntries(sliced), searchEntries(atOnce));
  });

  it('stops when a search has prepared the rest meanwhile', async () => {
    const feed = feedOf(20000);
    const preparing = prepareSearch(feed);
    const entries = searchEntries(feed);
    await preparing;
    assert.equal(searchEntries(feed), entries);
  });
});
