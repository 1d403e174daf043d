import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { parseJsonInOneGo, parseJsonInSlices } from '../../src/data/feed-json.js';
import { validateFeed, validateFeedInSlices } from '../../src/data/validate.js';
import { feedLike, jsonValue, NASTY_STRINGS } from './arbitraries.js';

/** The outcome of a parse: its value, or the error's kind and message. */
function outcome(parse: () => unknown): unknown {
  try {
    return { value: parse() };
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

/** `text` cut into pieces of `size` characters (the last one shorter). */
const piecesOf = (text: string, size: number) => {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
  return pieces;
};

/** `text` cut at the given offsets. */
const cutAt = (text: string, cuts: readonly number[]) => {
  const sorted = [0, ...[...cuts].sort((a, b) => a - b), text.length];
  return sorted.slice(1).map((end, i) => text.slice(sorted[i], end));
};

/**
 * The parse of `text` whole, and of the same text in pieces (a body decoded as it streams): one
 * character per piece, and pieces of a few sizes, so that every quote, backslash, bracket and key
 * falls on a cut somewhere.
 */
const sameAsJsonParse = (text: string) => {
  const expected = outcome(() => JSON.parse(text));
  assert.deepEqual(
    outcome(() => parseJsonInOneGo(text)),
    expected,
    text.slice(0, 200),
  );
  for (const size of [1, 2, 3, 7, 64]) {
    assert.deepEqual(
      outcome(() => parseJsonInOneGo(piecesOf(text, size))),
      expected,
      `in pieces of ${size}: ${text.slice(0, 200)}`,
    );
  }
};

describe('parsing a feed in slices', () => {
  it('gives what JSON.parse gives for every feed in the fixtures', () => {
    for (const dir of ['test/fixtures/feeds/valid', 'test/fixtures/feeds/invalid']) {
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
        sameAsJsonParse(readFileSync(`${dir}/${name}`, 'utf8'));
      }
    }
    sameAsJsonParse(readFileSync('test/fixtures/feeds/hostile.json', 'utf8'));
  });

  it('reads strings with brackets, commas, quotes and backslashes as text', () => {
    const tricky = [
      '[',
      ']',
      '{',
      '}',
      ',',
      '"',
      '\\',
      '\\"',
      '\\\\',
      'a\\\\"],{"x":',
      ...NASTY_STRINGS,
    ];
    const feed = {
      version: 1,
      title: '"practices": [1, 2]',
      practices: tricky.map((title, i) => ({ id: `p${i}`, title: { es: title }, tags: [title] })),
      'practices ': [],
    };
    sameAsJsonParse(JSON.stringify(feed));
    sameAsJsonParse(JSON.stringify(feed, null, 2));
    sameAsJsonParse(JSON.stringify(feed, null, '\t'));
  });

  it('leaves odd documents to JSON.parse: repeated keys, arrays, nesting, broken text', () => {
    for (const text of [
      '{"version":1,"practices":[{"id":"a"}],"practices":[{"id":"b"}]}',
      '[{"practices":[1]}]',
      '{"version":1,"practices":{"practices":[1,2]}}',
      '{"meta":{"practices":[1,2]},"practices":[3]}',
      '{"version":1,"practices":[1,2,]}',
      '{"version":1,"practices":[,1]}',
      '{"version":1,"practices":[1 2]}',
      '{"version":1,"practices":[{"id":"a"}]',
      '{"version":1,"practices":[{"id":"a"}]}}',
      '{"version":1,"practices":["unterminated]}',
      '  \n{"version":1,"practices":[ ]}  ',
      '{"version":1,"practices":[]}',
      '{"practices":[[1,[2]],{"a":[3]}],"version":1}',
      '"practices"',
      '',
      '{}',
    ]) {
      sameAsJsonParse(text);
    }
  });

  it('agrees with JSON.parse on generated feeds and JSON values', () => {
    fc.assert(
      fc.property(
        fc.oneof(feedLike, jsonValue),
        fc.constantFrom(undefined, 1, '  '),
        (value, indent) => {
          sameAsJsonParse(JSON.stringify(value, null, indent) ?? 'null');
        },
      ),
      { numRuns: 300, seed: 20261205 },
    );
  });

  it('agrees with JSON.parse on generated feeds cut in random pieces', () => {
    fc.assert(
      fc.property(
        fc.oneof(feedLike, jsonValue),
        fc.constantFrom(undefined, 1),
        fc.array(fc.nat(), { maxLength: 12 }),
        (value, indent, cuts) => {
          const text = JSON.stringify(value, null, indent) ?? 'null';
          const pieces = cutAt(
            text,
            cuts.map((cut) => cut % (text.length + 1)),
          );
          assert.deepEqual(
            outcome(() => parseJsonInOneGo(pieces)),
            outcome(() => JSON.parse(text)),
          );
        },
      ),
      { numRuns: 300, seed: 20261206 },
    );
  });

  it('cuts each practice from the pieces without parsing the whole text at once', () => {
    const tricky = ['\\', '\\"', 'a\\\\"],{"x":', '"practices":[', 'ñandú 学校 🙂'];
    const feed = {
      version: 1,
      practices: tricky.map((title, i) => ({ id: `p${i}`, title: { es: title } })),
    };
    const text = JSON.stringify(feed, null, 1);
    const parse = JSON.parse;
    const parsed: number[] = [];
    JSON.parse = (source: string, ...rest) => {
      parsed.push(source.length);
      return parse(source, ...rest);
    };
    try {
      for (const size of [1, 2, 3, 5, 8, 13]) {
        parsed.length = 0;
        assert.deepEqual(parseJsonInOneGo(piecesOf(text, size)), feed);
        assert.equal(parsed.length, tricky.length + 1, `pieces of ${size}`);
        assert.ok(Math.max(...parsed) < text.length / 2, `pieces of ${size}`);
      }
    } finally {
      JSON.parse = parse;
    }
  });

  it('agrees with JSON.parse on every cut of a feed text', () => {
    const text = JSON.stringify({
      version: 1,
      practices: [{ id: 'a', tags: ['x,]'] }, { id: 'b' }],
    });
    for (let end = 0; end <= text.length; end++) sameAsJsonParse(text.slice(0, end));
  });

  it('parses a large feed in slices, giving the page time between them', async () => {
    const practice = { id: 'x', title: { es: 'Robótica, "aulas" [rurales]' }, tags: ['a', 'b'] };
    const practices = Array.from({ length: 20_000 }, (_, i) => ({ ...practice, id: `p${i}` }));
    const text = JSON.stringify({ version: 1, language: 'es', practices });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      assert.deepEqual(await parseJsonInSlices(text), JSON.parse(text));
    } finally {
      clearInterval(timer);
    }
    assert.ok(ticks > 0, 'other work ran while the feed was parsed');
    await assert.rejects(parseJsonInSlices(text.slice(0, -1)), SyntaxError);
    // In the pieces a streamed body is decoded into: the same feed, never joined in one string.
    assert.deepEqual(await parseJsonInSlices(piecesOf(text, 65_536)), JSON.parse(text));
  });
});

describe('validating a feed in slices', () => {
  it('gives the same feed and warnings as validating at once', async () => {
    await fc.assert(
      fc.asyncProperty(feedLike, async (input) => {
        const atOnce = outcome(() =>
          validateFeed(input, { baseUrl: 'https://example.org/f.json' }),
        );
        let sliced: unknown;
        try {
          sliced = {
            value: await validateFeedInSlices(input, { baseUrl: 'https://example.org/f.json' }),
          };
        } catch (error) {
          sliced = { error: (error as Error).name, message: (error as Error).message };
        }
        assert.deepEqual(sliced, atOnce);
      }),
      { numRuns: 200, seed: 20261205 },
    );
  });
});
