// A feed on another origin, through the browser's real fetch and CORS: the test server answers
// on a second host name (see web-test-runner.config.mjs), so the headers the page may read are
// the ones the server exposes, as for a partner's feed.
import { expect } from '@open-wc/testing';
import { resetPageState } from '../../src/data/page-state.js';
import { loadFeed, setRetryPolicy } from '../../src/feed/request.js';
import { loadFailure } from '../helpers.js';

/** The same test server under another host name: another origin for the browser. */
function crossOrigin(path: string): string {
  const url = new URL(path, location.href);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.href;
}

/** Records the waits before each retry instead of waiting. */
function recordWaits(): number[] {
  const waits: number[] = [];
  setRetryPolicy({ sleep: async (ms) => void waits.push(ms) });
  return waits;
}

describe('a feed on another origin', () => {
  beforeEach(() => resetPageState());

  it('is read through CORS', async () => {
    const loaded = await loadFeed(crossOrigin('/cross-origin/ok.json'));
    expect(loaded.feed.practices).to.have.length(0);
  });

  it('answering 503 with a Retry-After the browser hides is not asked again at once', async () => {
    const waits = recordWaits();
    const error = await loadFailure(
      loadFeed(crossOrigin('/cross-origin/hidden.json?status=503&retry-after=30')),
    );
    expect(error.status).to.equal(503);
    expect(error.retryAfter).to.equal(Infinity);
    expect(waits, 'no retry after a short backoff').to.deep.equal([]);
  });

  it('answering 429 the same way is not asked again at once either', async () => {
    const waits = recordWaits();
    await loadFailure(loadFeed(crossOrigin('/cross-origin/hidden-429.json?status=429')));
    expect(waits).to.deep.equal([]);
  });

  it('exposing Retry-After has it honoured', async () => {
    const waits = recordWaits();
    const error = await loadFailure(
      loadFeed(crossOrigin('/cross-origin/exposed.json?status=503&retry-after=2&expose')),
    );
    expect(error.retryAfter).to.equal(2000);
    expect(waits).to.deep.equal([2000, 2000]);
  });

  it('exposing a Retry-After over 10 s has it not asked again', async () => {
    const waits = recordWaits();
    await loadFailure(
      loadFeed(crossOrigin('/cross-origin/long.json?status=503&retry-after=30&expose')),
    );
    expect(waits).to.deep.equal([]);
  });

  it('answering 500 is still retried with the usual backoff', async () => {
    const waits = recordWaits();
    await loadFailure(loadFeed(crossOrigin('/cross-origin/broken.json?status=500')));
    expect(waits).to.have.length(2);
    expect(waits[0]).to.be.within(250, 750);
  });
});
