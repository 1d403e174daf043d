import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FeedText } from '../../src/data/feed-text.js';
import { DECODED_AT_ONCE, readBody } from '../../src/feed/request.js';
import { FeedLoadError } from '../../src/feed/load-error.js';

const URL = 'https://example.org/feed.json';

const joinFeedText = (text: FeedText) => (typeof text === 'string' ? text : text.join(''));

/** A response whose body arrives in the given parts. */
const streamed = (parts: readonly Uint8Array[], headers: HeadersInit = {}) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(part);
        controller.close();
      },
    }),
    { headers },
  );

/** Characters of one, two, three and four bytes in UTF-8, and a lone replacement character. */
const MIXED = '{"t":"aé€😀ñ学校 🙂\uFFFD"}';

describe('reading a body as it streams', () => {
  it('gives what response.text() gives, whatever byte a part is cut at', async () => {
    const bytes = new TextEncoder().encode(MIXED);
    const expected = await new Response(bytes).text();
    for (let cut = 0; cut <= bytes.length; cut++) {
      for (let second = cut; second <= bytes.length; second++) {
        const parts = [bytes.subarray(0, cut), bytes.subarray(cut, second), bytes.subarray(second)];
        const text = await readBody(streamed(parts), URL, 1_000_000);
        assert.equal(joinFeedText(text), expected, `cut at bytes ${cut} and ${second}`);
      }
    }
  });

  it('decodes a part that arrives whole in pieces, characters cut between pieces kept whole', async () => {
    // A four-byte character across the edge of the first piece, at each of its byte offsets.
    for (let shift = 0; shift < 4; shift++) {
      const head = 'a'.repeat(DECODED_AT_ONCE - shift);
      const source = `${head}😀é${'b'.repeat(1000)}学`;
      const bytes = new TextEncoder().encode(source);
      const text = await readBody(streamed([bytes]), URL, 10_000_000);
      assert.equal(joinFeedText(text), source, `the character ${shift} bytes into the edge`);
    }
  });

  it('keeps a body over 4 million characters in the pieces it was decoded into, equal to the text whole', async () => {
    const source = `{"practices":[${Array.from({ length: 130_000 }, (_, i) => `{"id":"p${i}","t":"Ñandú 学校 🙂"}`).join(',')}]}`;
    const bytes = new TextEncoder().encode(source);
    // Parts of odd sizes, as a network gives them.
    const parts: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += 300_001) parts.push(bytes.subarray(at, at + 300_001));
    const text = await readBody(streamed(parts), URL, 100_000_000);
    assert.ok(Array.isArray(text) && text.length > 1, 'in pieces');
    assert.equal(joinFeedText(text), source);
    assert.equal(joinFeedText(text), await new Response(bytes).text());
    // A smaller body is one string, as before.
    const small = source.slice(0, 100_000);
    assert.equal(await readBody(streamed([new TextEncoder().encode(small)]), URL, 1e8), small);
  });

  it('stops an endless body at the size cap with a "too large" error', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(64 * 1024).fill(32));
        },
        cancel() {
          cancelled = true;
        },
      }),
    );
    await assert.rejects(
      readBody(endless, URL, 1_000_000),
      (error) => error instanceof FeedLoadError && error.kind === 'too-large',
    );
    assert.ok(pulled <= 17, `read ${pulled} parts of 64 KiB for a cap of 1 MB`);
    assert.ok(cancelled, 'the body is cancelled');
  });
});
