import { expect } from '@open-wc/testing';
import { loadFeed, retryAfterMs, setFetch, setRetryPolicy } from '../../src/feed/request.js';
import { loadFailure, sampleFeed, until, useCannedFetch } from '../helpers.js';

const URL_BASE = 'https://data.example/';

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
    const error = await loadFailure(loadFeed(`${URL_BASE}slow.json`, { timeout: 50 }));
    expect(error.kind).to.equal('timeout');
    expect(error.retryable).to.equal(true);
  });

  it('classifies a failed connection as network', async () => {
    useCannedFetch({ 'down.json': { fail: true } });
    const error = await loadFailure(loadFeed(`${URL_BASE}down.json`));
    expect(error.kind).to.equal('network');
  });

  for (const status of [404, 403, 500, 503]) {
    it(`classifies HTTP ${status} as http, with the status`, async () => {
      useCannedFetch({ 'status.json': { status } });
      const error = await loadFailure(loadFeed(`${URL_BASE}status.json`));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(status);
    });
  }

  it('classifies a body that is not JSON as parse, not retryable', async () => {
    useCannedFetch({ 'bad.json': { text: '<html>oops</html>' } });
    const error = await loadFailure(loadFeed(`${URL_BASE}bad.json`));
    expect(error.kind).to.equal('parse');
    expect(error.retryable).to.equal(false);
  });

  it('classifies an unsupported version as format, with the rule that failed', async () => {
    useCannedFetch({ 'v2.json': { json: { version: 2, practices: [] } } });
    const error = await loadFailure(loadFeed(`${URL_BASE}v2.json`));
    expect(error.kind).to.equal('format');
    expect(error.formatCode).to.equal('unsupported-version');
  });

  it('classifies a document without practices as format', async () => {
    useCannedFetch({ 'empty.json': { json: { version: 1 } } });
    const error = await loadFailure(loadFeed(`${URL_BASE}empty.json`));
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
    await loadFailure(loadFeed(`${URL_BASE}flaky.json`));
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

/** One network answer of a scripted sequence. */
type Scripted = { status: number; headers?: Record<string, string>; body?: string } | 'fail';

/**
 * Answers requests in order from `script` (the last answer repeats) and records each request
 * with its options. Waits between attempts are recorded instead of slept, so no test waits.
 */
function scriptedNetwork(script: Scripted[]) {
  const requests: { url: string; init: RequestInit }[] = [];
  const waits: number[] = [];
  setRetryPolicy({ sleep: async (ms) => void waits.push(ms) });
  setFetch(async (url, init) => {
    requests.push({ url, init });
    const answer = script[Math.min(requests.length, script.length) - 1]!;
    if (answer === 'fail') throw new TypeError('Failed to fetch');
    return new Response(answer.body ?? JSON.stringify(sampleFeed()), {
      status: answer.status,
      headers: answer.headers,
    });
  });
  return { requests, waits };
}

const ok: Scripted = { status: 200 };

describe('loadFeed: retries', () => {
  it('retries a network error twice, waiting longer each time, with jitter', async () => {
    const { requests, waits } = scriptedNetwork(['fail', 'fail', ok]);
    const loaded = await loadFeed(`${URL_BASE}flaky-network.json`);
    expect(loaded.feed.practices).to.have.length(2);
    expect(requests).to.have.length(3);
    expect(waits).to.have.length(2);
    expect(waits[0]).to.be.within(250, 750);
    expect(waits[1]).to.be.within(500, 1500);
  });

  it('gives up after two retries, with the last failure', async () => {
    const { requests } = scriptedNetwork([{ status: 503 }]);
    const error = await loadFailure(loadFeed(`${URL_BASE}down-for-good.json`));
    expect(requests).to.have.length(3);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
  });

  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`retries HTTP ${status}`, async () => {
      const { requests } = scriptedNetwork([{ status }, ok]);
      const loaded = await loadFeed(`${URL_BASE}transient-${status}.json`);
      expect(requests).to.have.length(2);
      expect(loaded.fromCache).to.equal(false);
    });
  }

  for (const status of [400, 401, 403, 404, 410]) {
    it(`does not retry HTTP ${status}`, async () => {
      const { requests, waits } = scriptedNetwork([{ status }, ok]);
      const error = await loadFailure(loadFeed(`${URL_BASE}client-error-${status}.json`));
      expect(error.status).to.equal(status);
      expect(requests).to.have.length(1);
      expect(waits).to.deep.equal([]);
    });
  }

  it('does not retry a body that is not JSON, nor a document that is not a feed', async () => {
    const { requests } = scriptedNetwork([{ status: 200, body: '<html>' }, ok]);
    expect((await loadFailure(loadFeed(`${URL_BASE}html.json`))).kind).to.equal('parse');
    expect(requests).to.have.length(1);
    const second = scriptedNetwork([{ status: 200, body: '{"version":2}' }, ok]);
    expect((await loadFailure(loadFeed(`${URL_BASE}v2-retry.json`))).kind).to.equal('format');
    expect(second.requests).to.have.length(1);
  });

  it('does not retry a timeout: the reader has waited the whole timeout already', async () => {
    const requests: string[] = [];
    setFetch(
      (url, init) =>
        new Promise((_, reject) => {
          requests.push(url);
          init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
        }),
    );
    expect((await loadFailure(loadFeed(`${URL_BASE}stalled.json`, { timeout: 30 }))).kind).to.equal(
      'timeout',
    );
    expect(requests).to.have.length(1);
  });

  it('waits as long as Retry-After says, in seconds', async () => {
    const { requests, waits } = scriptedNetwork([
      { status: 429, headers: { 'Retry-After': '3' } },
      ok,
    ]);
    await loadFeed(`${URL_BASE}rate-limited.json`);
    expect(waits).to.deep.equal([3000]);
    expect(requests).to.have.length(2);
  });

  it('waits until the HTTP date of Retry-After', async () => {
    const date = new Date(Date.now() + 5000).toUTCString();
    const { waits } = scriptedNetwork([{ status: 503, headers: { 'Retry-After': date } }, ok]);
    await loadFeed(`${URL_BASE}maintenance.json`);
    expect(waits).to.have.length(1);
    // An HTTP date has whole seconds.
    expect(waits[0]).to.be.within(3000, 5000);
  });

  it('does not ask again now when Retry-After asks for a long pause', async () => {
    const { requests } = scriptedNetwork([{ status: 503, headers: { 'Retry-After': '120' } }, ok]);
    const error = await loadFailure(loadFeed(`${URL_BASE}long-maintenance.json`));
    expect(error.status).to.equal(503);
    expect(error.retryAfter).to.equal(120_000);
    expect(requests).to.have.length(1);
  });

  it('reads Retry-After as seconds or an HTTP date, and ignores anything else', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(retryAfterMs('0', now)).to.equal(0);
    expect(retryAfterMs(' 7 ', now)).to.equal(7000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:09 GMT', now)).to.equal(9000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:27:00 GMT', now)).to.equal(0);
    expect(retryAfterMs(null, now)).to.equal(undefined);
    expect(retryAfterMs('soon', now)).to.equal(undefined);
    expect(retryAfterMs('-5', now)).to.equal(undefined);
  });

  it('stops waiting to retry, and asks no more, when every caller has gone', async () => {
    const requests: string[] = [];
    let sleeping!: AbortSignal;
    setRetryPolicy({
      sleep: (_, signal) =>
        new Promise((_, reject) => {
          sleeping = signal;
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
    });
    setFetch(async (url) => {
      requests.push(url);
      throw new TypeError('Failed to fetch');
    });
    const controller = new AbortController();
    const load = loadFeed(`${URL_BASE}abandoned.json`, { signal: controller.signal });
    await until(() => sleeping !== undefined);
    controller.abort();
    await load.catch(() => undefined);
    expect(sleeping.aborted).to.equal(true);
    expect(requests).to.have.length(1);
  });
});

describe('loadFeed: revalidation and cancelling', () => {
  it('lets the HTTP cache answer a first load, and asks the server again on a reload', async () => {
    const { requests } = scriptedNetwork([ok]);
    await loadFeed(`${URL_BASE}revalidate.json`);
    await loadFeed(`${URL_BASE}revalidate.json`);
    expect(requests).to.have.length(1);
    expect(requests[0]!.init.cache).to.equal('default');
    await loadFeed(`${URL_BASE}revalidate.json`, { reload: true });
    expect(requests).to.have.length(2);
    // `no-cache`: a conditional request with the kept ETag / Last-Modified, never `no-store`.
    expect(requests[1]!.init.cache).to.equal('no-cache');
  });

  it('joins a request already in flight instead of starting another on a reload', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const requests: string[] = [];
    setFetch(async (url) => {
      requests.push(url);
      await gate;
      return new Response(JSON.stringify(sampleFeed()));
    });
    const first = loadFeed(`${URL_BASE}in-flight.json`);
    const second = loadFeed(`${URL_BASE}in-flight.json`, { reload: true });
    release();
    expect((await first).feed).to.equal((await second).feed);
    expect(requests).to.have.length(1);
  });

  it('cancels the request when the last caller waiting for it stops', async () => {
    let signal!: AbortSignal;
    setFetch(
      (_, init) =>
        new Promise((_, reject) => {
          signal = init.signal!;
          signal.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
        }),
    );
    const a = new AbortController();
    const b = new AbortController();
    const first = loadFeed(`${URL_BASE}cancelled.json`, { signal: a.signal }).catch(() => 'a');
    const second = loadFeed(`${URL_BASE}cancelled.json`, { signal: b.signal }).catch(() => 'b');
    await until(() => signal !== undefined);
    a.abort();
    expect(await first).to.equal('a');
    expect(signal.aborted).to.equal(false);
    b.abort();
    expect(await second).to.equal('b');
    expect(signal.aborted).to.equal(true);
  });
});
