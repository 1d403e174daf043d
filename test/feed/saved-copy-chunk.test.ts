import { expect } from '@open-wc/testing';
import {
  loadFeed,
  loadSavedFeed,
  saveFeed,
  setFetch,
  setSavedCopyLoader,
} from '../../src/feed/loader.js';
import { savedCopyUrls, writeSavedCopy } from '../../src/feed/saved-copy.js';
import { sampleFeed, useCannedFetch } from '../helpers.js';

// The storage code is a chunk of its own in the CDN build. Offline, and not in the browser's
// cache, it cannot load: the widgets then work as where storage is refused.
describe('the saved copy, when its code cannot be loaded', () => {
  const URL = 'https://data.example/chunk/practices.json';

  afterEach(() => {
    setSavedCopyLoader();
    setFetch();
  });

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
    // Back online: the code loads, and the next feed is saved.
    setSavedCopyLoader();
    useCannedFetch({ 'chunk/other.json': { json: sampleFeed() } });
    saveFeed(other, await loadFeed(other));
    expect(await savedCopyUrls()).to.include(other);
    expect(asked).to.equal(1);
  });
});
