import { expect } from '@open-wc/testing';
import { FeedLoadError } from '../../src/feed/load-error.js';
import { loadFeed } from '../../src/feed/loader.js';
import { sampleFeed, useCannedFetch } from '../helpers.js';

const URL_BASE = 'https://data.example/';

async function failure(promise: Promise<unknown>): Promise<FeedLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedLoadError);
    return error as FeedLoadError;
  }
  throw new Error('expected the load to fail');
}

describe('loadFeed', () => {
  it('reads, validates and resolves relative URLs against the feed', async () => {
    const feed = sampleFeed();
    useCannedFetch({
      'ok.json': {
        json: { ...feed, practices: [{ ...feed.practices[0]!, url: 'practices/steam.html' }] },
      },
    });
    const loaded = await loadFeed(`${URL_BASE}feeds/ok.json`);
    expect(loaded.fromCache).to.equal(false);
    expect(loaded.feed.practices.map((p) => p.id)).to.deep.equal(['steam-without-barriers']);
    expect(loaded.feed.practices[0]!.url).to.equal(
      'https://data.example/feeds/practices/steam.html',
    );
  });

  it('gives up after the timeout, as a timeout', async () => {
    useCannedFetch({ 'slow.json': { hang: true } });
    const error = await failure(loadFeed(`${URL_BASE}slow.json`, { timeout: 50 }));
    expect(error.kind).to.equal('timeout');
    expect(error.retryable).to.equal(true);
  });

  it('classifies a failed connection as network', async () => {
    useCannedFetch({ 'down.json': { fail: true } });
    const error = await failure(loadFeed(`${URL_BASE}down.json`));
    expect(error.kind).to.equal('network');
  });

  for (const status of [404, 403, 500, 503]) {
    it(`classifies HTTP ${status} as http, with the status`, async () => {
      useCannedFetch({ 'status.json': { status } });
      const error = await failure(loadFeed(`${URL_BASE}status.json`));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(status);
    });
  }

  it('classifies a body that is not JSON as parse, not retryable', async () => {
    useCannedFetch({ 'bad.json': { text: '<html>oops</html>' } });
    const error = await failure(loadFeed(`${URL_BASE}bad.json`));
    expect(error.kind).to.equal('parse');
    expect(error.retryable).to.equal(false);
  });

  it('classifies an unsupported version as format, with the rule that failed', async () => {
    useCannedFetch({ 'v2.json': { json: { version: 2, practices: [] } } });
    const error = await failure(loadFeed(`${URL_BASE}v2.json`));
    expect(error.kind).to.equal('format');
    expect(error.formatCode).to.equal('unsupported-version');
  });

  it('classifies a document without practices as format', async () => {
    useCannedFetch({ 'empty.json': { json: { version: 1 } } });
    const error = await failure(loadFeed(`${URL_BASE}empty.json`));
    expect(error.kind).to.equal('format');
    expect(error.formatCode).to.equal('no-practices');
  });

  it('shares one request between callers of the same URL', async () => {
    const requests = useCannedFetch({ 'shared.json': { json: sampleFeed() } });
    const [a, b] = await Promise.all([
      loadFeed(`${URL_BASE}shared.json`),
      loadFeed(`${URL_BASE}shared.json`),
    ]);
    expect(requests).to.have.length(1);
    expect(a.feed).to.equal(b.feed);
  });

  it('forgets a failed request, so that a retry asks again', async () => {
    let answer: { status: number } | { json: unknown } = { status: 503 };
    const requests = useCannedFetch({ 'flaky.json': () => answer });
    await failure(loadFeed(`${URL_BASE}flaky.json`));
    answer = { json: sampleFeed() };
    const loaded = await loadFeed(`${URL_BASE}flaky.json`);
    expect(requests).to.have.length(2);
    expect(loaded.feed.practices).to.have.length(2);
  });

  it('lets one caller stop waiting without cancelling the request for the others', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const requests = useCannedFetch({ 'gated.json': { json: sampleFeed() } });
    const controller = new AbortController();
    const first = loadFeed(`${URL_BASE}gated.json`, { signal: controller.signal });
    const second = loadFeed(`${URL_BASE}gated.json`);
    controller.abort();
    let firstAborted = false;
    await first.catch(() => (firstAborted = true));
    release();
    await gate;
    const loaded = await second;
    expect(firstAborted).to.equal(true);
    expect(loaded.feed.practices).to.have.length(2);
    expect(requests).to.have.length(1);
  });

  it('reports skipped records as warnings and keeps the rest', async () => {
    const feed = sampleFeed();
    useCannedFetch({
      'partial.json': {
        json: { ...feed, practices: [...feed.practices, { id: 'Bad ID!', title: 'x' }] },
      },
    });
    const loaded = await loadFeed(`${URL_BASE}partial.json`);
    expect(loaded.feed.practices).to.have.length(2);
    expect(
      loaded.warnings.some((w) => w.index === 2 && w.path.startsWith('practices[2]')),
    ).to.equal(true);
  });
});
