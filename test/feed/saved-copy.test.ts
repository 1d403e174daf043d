import { expect } from '@open-wc/testing';
import {
  clearSavedCopies,
  readSavedCopy,
  savedCopyUrls,
  SAVED_COPY_LIMITS,
  writeSavedCopy,
} from '../../src/feed/saved-copy.js';
import '../helpers.js';

const url = (n: number) => `https://data.example/feeds/${n}.json`;
const copy = (text: string, savedAt = 1) => ({ text, base: 'https://data.example/', savedAt });

describe('saved copies in IndexedDB', () => {
  beforeEach(() => clearSavedCopies());

  it('keeps the text, the address and the date of each feed', async () => {
    await writeSavedCopy(url(1), copy('{"version":1,"practices":[]}', 1234));
    expect(await readSavedCopy(url(1))).to.deep.equal(copy('{"version":1,"practices":[]}', 1234));
    expect(await readSavedCopy(url(2))).to.equal(undefined);
  });

  it('keeps at most the allowed number of feeds, forgetting the least recently used', async () => {
    const { feeds } = SAVED_COPY_LIMITS;
    for (let n = 1; n <= feeds; n++) await writeSavedCopy(url(n), copy(`feed ${n}`));
    // Reading the oldest one makes it recently used: the second oldest goes instead.
    await readSavedCopy(url(1));
    await writeSavedCopy(url(feeds + 1), copy('one more'));
    const kept = await savedCopyUrls();
    expect(kept).to.have.length(feeds);
    expect(kept).to.include(url(1));
    expect(kept).not.to.include(url(2));
    expect(kept[0]).to.equal(url(feeds + 1));
  });

  it('keeps at most the allowed size of text, forgetting the oldest to make room', async () => {
    const half = Math.ceil(SAVED_COPY_LIMITS.characters / 2) + 1;
    await writeSavedCopy(url(1), copy('a'.repeat(half)));
    await writeSavedCopy(url(2), copy('small'));
    await writeSavedCopy(url(3), copy('b'.repeat(half)));
    expect(await savedCopyUrls()).to.deep.equal([url(3), url(2)]);
  });

  it('does not keep a feed larger than the whole allowance', async () => {
    await writeSavedCopy(url(1), copy('x'.repeat(SAVED_COPY_LIMITS.characters + 1)));
    expect(await savedCopyUrls()).to.deep.equal([]);
  });

  it('rewrites only the date when the text has not changed', async () => {
    await writeSavedCopy(url(1), copy('same text', 1));
    await writeSavedCopy(url(1), copy('same text', 2));
    expect(await readSavedCopy(url(1))).to.deep.equal(copy('same text', 2));
    await writeSavedCopy(url(1), copy('new text', 3));
    expect(await readSavedCopy(url(1))).to.deep.equal(copy('new text', 3));
  });

  it('forgets everything on request, after the writes already asked for', async () => {
    void writeSavedCopy(url(1), copy('pending'));
    await clearSavedCopies();
    expect(await savedCopyUrls()).to.deep.equal([]);
  });
});
