import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { csvToFeed } from '../../src/data/csv.js';
import { toInlineSafeJson } from '../../src/data/export.js';
import { NASTY_STRINGS } from '../data/arbitraries.js';

/*
 * The README and docs/embedding.md show a feed pasted inside <practice-feed> as
 * <script type="application/json">. The
 * command line tool writes every feed with `toInlineSafeJson(feed, 2)`; these checks run that
 * same path (spreadsheet → csvToFeed → toInlineSafeJson) on generated spreadsheets, then let the
 * browser's own HTML parser read the page, as a host page would.
 */

/** Pieces of markup that end, open or confuse a script element, and line separators. */
const MARKUP = [
  '</script>',
  '</SCRIPT >',
  '</script\t',
  '<script>',
  '<!--',
  '-->',
  '<!--<script>',
  ']]>',
  '<img src=x onerror="window.__inlineHostile=1">',
  '&lt;',
  '&',
  '\u2028',
  '\u2029',
  '"',
  '\\',
] as const;

const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...MARKUP),
      fc.constantFrom(...NASTY_STRINGS),
      fc.string({ maxLength: 12 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** One cell of a spreadsheet, quoted as RFC 4180 says. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A spreadsheet row of a valid practice whose texts carry hostile markup. */
const row = fc.record({
  title: hostileText,
  summary: hostileText,
  place: hostileText,
  organization: hostileText,
  tags: fc.array(hostileText, { maxLength: 3 }),
});

const spreadsheet = fc.record({
  rows: fc.array(row, { minLength: 1, maxLength: 4 }),
  title: hostileText,
  publisher: hostileText,
});

type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

function spreadsheetText(rows: readonly Row[]): string {
  const header = 'id,title,title.en,summary,countries,place,setting,organization.name,tags';
  const lines = rows.map((practice, i) =>
    [
      `practice-${i}`,
      // A title that trims to nothing would skip the practice: keep one letter.
      quoted(`t${practice.title}`),
      quoted(practice.title),
      quoted(practice.summary),
      'PE',
      quoted(practice.place),
      'urban',
      quoted(practice.organization),
      quoted(practice.tags.map((tag) => tag.replace(/;/g, ',')).join(';')),
    ].join(','),
  );
  return [header, ...lines].join('\r\n');
}

/** A host page with the feed inline, as the docs show it, and a paragraph after it. */
function hostPage(json: string): string {
  return `<!doctype html><html lang="es"><head><title>Host</title></head><body><practice-feed><script type="application/json">${json}</script></practice-feed><p id="after">after</p></body></html>`;
}

describe("the CLI's output", () => {
  it('every generated feed, embedded inline in a page, never closes its script element', () => {
    const parser = new DOMParser();
    fc.assert(
      fc.property(spreadsheet, ({ rows, title, publisher }) => {
        const { feed } = csvToFeed(spreadsheetText(rows), { title, publisher });
        const json = toInlineSafeJson(feed, 2);
        const page = parser.parseFromString(hostPage(json), 'text/html');

        // One script, holding exactly what was written, which parses to the feed.
        const scripts = page.querySelectorAll('script');
        expect(scripts.length).to.equal(1);
        expect(scripts[0]!.textContent).to.equal(json);
        expect(JSON.parse(scripts[0]!.textContent!)).to.deep.equal(feed);
        // Nothing leaked out of it into the page.
        expect(page.querySelectorAll('img, iframe, object').length).to.equal(0);
        expect(page.body.children.length).to.equal(2);
        expect(page.querySelector('practice-feed')!.children.length).to.equal(1);
        expect(page.querySelector('#after')?.textContent).to.equal('after');
      }),
      { numRuns: 300 },
    );
  });

  it('the plain JSON of the same feed would close its script element', () => {
    // The check above is a real one: without the escapes, this title ends the script early.
    const { feed } = csvToFeed(
      'id,title,countries,setting\r\nx,"</script><img src=x onerror=""window.__inlineHostile=1"">",PE,urban',
    );
    const page = new DOMParser().parseFromString(
      hostPage(JSON.stringify(feed, null, 2)),
      'text/html',
    );
    expect(page.querySelectorAll('img').length).to.equal(1);
  });
});
