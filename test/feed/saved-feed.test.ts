import { expect } from '@open-wc/testing';
import { resetPageState } from '../../src/data/page-state.js';
import { loadFeed } from '../../src/feed/request.js';
import { loadSavedFeed, saveFeed, setSavedCopyLoader } from '../../src/feed/saved-feed.js';
import { savedCopyUrls, writeSavedCopy } from '../../src/feed/saved-copy.js';
import { sampleFeed, useCannedFetch } from '../helpers.js';

const URL_BASE = 'https://data.example/';

describe('the saved copy', () => {
  const SAVED_URL = `${URL_BASE}saved/practices.json`;

  it('is read back as a feed from the cache, with the time it was saved', async () => {
    useCannedFetch({ 'saved/practices.json': { json: sampleFeed() } });
    const before = Date.now();
    saveFeed(SAVED_URL, await loadFeed(SAVED_URL));
    // Once written, a new page: nothing of the first one in memory.
    expect(await savedCopyUrls()).to.include(SAVED_URL);
    resetPageState();
    const saved = await loadSavedFeed(SAVED_URL);
    expect(saved?.fromCache).to.equal(true);
    expect(saved?.savedAt).to.be.within(before, Date.now());
    expect(saved?.feed.practices.map((p) => p.id)).to.deep.equal([
      'steam-without-barriers',
      'teachers-digital-leadership',
    ]);
  });

  it('keeps the saved feed when the network answers with the same text', async () => {
    const text = JSON.stringify(sampleFeed());
    await writeSavedCopy(SAVED_URL, { text, base: SAVED_URL, savedAt: 1 });
    useCannedFetch({ 'saved/practices.json': { text } });
    const saved = await loadSavedFeed(SAVED_URL);
    const fresh = await loadFeed(SAVED_URL);
    expect(fresh.fromCache).to.equal(false);
    expect(fresh.feed).to.equal(saved!.feed);
  });

  it('is not kept for a feed that could not be read', async () => {
    expect(await loadSavedFeed(`${URL_BASE}never-saved.json`)).to.equal(undefined);
    await writeSavedCopy(SAVED_URL, { text: '{ broken', base: SAVED_URL, savedAt: 1 });
    resetPageState();
    expect(await loadSavedFeed(SAVED_URL)).to.equal(undefined);
  });
});

// The storage code is a chunk of its own in the CDN build. Offline, and not in the browser's
// cache, it cannot load: the widgets then work as where storage is refused.
describe('the saved copy, when its code cannot be loaded', () => {
  const URL = 'https://data.example/chunk/practices.json';

  // Each test starts as a new page, whose storage code is not loaded yet.
  beforeEach(() => resetPageState());

  it('reads no saved copy, and the feed still loads from the network', async () => {
    await writeSavedCopy(URL, { text: JSON.stringify(sampleFeed()), base: URL, savedAt: 1 });
    setSavedCopyLoader(() => Promise.reject(new TypeError('Failed to fetch')));
    useCannedFetch({ 'chunk/practices.json': { json: sampleFeed() } });
    expect(await loadSavedFeed(URL)).to.equal(undefined);
    const loaded = await loadFeed(URL);
    expect(loaded.fromCache).to.equal(false);
    expect(loaded.feed.practices.length).to.equal(2);
  });

  it('saves nothing, and asks for the code again at the next use', async () => {
    const other = 'https://data.example/chunk/other.json';
    let asked = 0;
    setSavedCopyLoader(() => {
      asked += 1;
      return Promise.reject(new TypeError('Failed to fetch'));
    });
    useCannedFetch({ 'chunk/other.json': { json: sampleFeed() } });
    saveFeed(other, await loadFeed(other));
    expect(await savedCopyUrls()).not.to.include(other);
    // Back online: the code loads, and the next feed (asked for again, as a retry does) is saved.
    setSavedCopyLoader();
    saveFeed(other, await loadFeed(other, { reload: true }));
    expect(await savedCopyUrls()).to.include(other);
    expect(asked).to.equal(1);
  });
});
