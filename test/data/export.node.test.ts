import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateFeed } from '../../src/data/validate.js';
import { practicesToCsv } from '../../src/data/csv.js';
import { citation } from '../../src/data/citation.js';
import { practicesToFeed, toInlineSafeJson } from '../../src/data/export.js';

const sample = validateFeed(JSON.parse(readFileSync('demo/data/practices.json', 'utf8')), {
  baseUrl: 'https://data.example/practices.json',
}).feed;

/** A small RFC 4180 reader, enough to check what a spreadsheet program would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (row.push(cell), (cell = ''));
    else if (char === '\r' && text[i + 1] === '\n') {
      (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    } else cell += char;
  }
  return rows;
}

describe('practicesToCsv', () => {
  const csv = practicesToCsv(sample.practices, sample.language);
  const [headers, ...rows] = parseCsv(csv.slice(1));

  it('starts with a byte-order mark so spreadsheets show accents', () => {
    assert.equal(csv.charCodeAt(0), 0xfeff);
  });

  it('writes one row per practice, with a column per field and language', () => {
    assert.equal(rows.length, sample.practices.length);
    for (const header of [
      'id',
      'title.es',
      'title.en',
      'countries',
      'lat',
      'lon',
      'setting',
      'levels',
      'criteria.equity.en',
    ]) {
      assert.ok(headers!.includes(header), header);
    }
    for (const row of rows) assert.equal(row.length, headers!.length);
  });

  it('joins lists with a semicolon and keeps accents', () => {
    const column = (name: string) => headers!.indexOf(name);
    const regional = rows.find((row) => row[0] === 'teachers-with-digital-leadership')!;
    assert.equal(regional[column('countries')], 'BO; EC; AR; PY');
    const seed = rows.find((row) => row[0] === 'digital-seed')!;
    assert.equal(seed[column('title.es')], 'Semilla Digital');
    assert.match(seed[column('description.es')]!, /indígenas/);
    assert.equal(seed[column('lat')], '2.45');
    assert.equal(seed[column('lon')], '-76.6');
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    const feed = validateFeed({
      version: 1,
      practices: [
        {
          id: 'x',
          title: '=HYPERLINK("http://evil.example","click"), "quoted"',
          description: 'Line one.\n\nLine two.',
          countries: ['CO'],
          setting: 'urban',
        },
      ],
    }).feed;
    const [head, row] = parseCsv(practicesToCsv(feed.practices, feed.language).slice(1));
    assert.equal(
      row![head!.indexOf('title.es')],
      `'=HYPERLINK("http://evil.example","click"), "quoted"`,
    );
    assert.equal(row![head!.indexOf('description.es')], 'Line one.\n\nLine two.');
  });
});

describe('practicesToFeed', () => {
  it('writes a valid version-1 feed of the results, keeping title, publisher and date', () => {
    const subset = sample.practices.slice(0, 3);
    const exported = JSON.parse(JSON.stringify(practicesToFeed(sample, subset)));
    assert.equal(exported.version, 1);
    assert.deepEqual(exported.publisher, sample.publisher);
    assert.equal(exported.updated, sample.updated);
    const reread = validateFeed(exported);
    assert.deepEqual(reread.warnings, []);
    assert.deepEqual(
      reread.feed.practices.map((p) => p.id),
      subset.map((p) => p.id),
    );
    assert.deepEqual(reread.feed.practices[0]!.title, subset[0]!.title);
    assert.deepEqual(reread.feed.practices[0]!.criteria, subset[0]!.criteria);
  });
});

describe('citation', () => {
  it('names the publisher, catalogue, data date, access date and address', () => {
    assert.equal(
      citation(
        {
          publisher: 'Example Observatory',
          title: 'Good practices',
          updated: 'November 28, 2026',
          accessed: 'December 1, 2026',
          url: 'https://data.example/practices.json',
        },
        { updated: 'Data of {date}', accessed: 'Accessed {date}' },
      ),
      'Example Observatory. Good practices. Data of November 28, 2026. Accessed December 1, 2026. https://data.example/practices.json',
    );
  });

  it('adds no second stop after an isolated part that ends with one', () => {
    assert.equal(
      citation(
        {
          publisher: '\u2068Example Inc.\u2069',
          title: '\u2068Good practices\u2069',
          accessed: 'today',
        },
        { updated: 'Data of {date}', accessed: 'Accessed {date}' },
      ),
      '\u2068Example Inc.\u2069 \u2068Good practices\u2069. Accessed today.',
    );
  });

  it('leaves out what the feed does not say', () => {
    assert.equal(
      citation(
        { accessed: '1 de diciembre de 2026' },
        { updated: 'Datos del {date}', accessed: 'Consultado el {date}' },
      ),
      'Consultado el 1 de diciembre de 2026.',
    );
  });
});

describe('toInlineSafeJson', () => {
  it('escapes what could close a script element, and parses back to the same value', () => {
    const value = { title: '</script><img src=x onerror=alert(1)> & <!-- \u2028\u2029 -->' };
    const json = toInlineSafeJson(value, 2);
    assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
    assert.match(json, /\\u003c\/script\\u003e/);
    assert.deepEqual(JSON.parse(json), value);
    assert.equal(toInlineSafeJson({ a: 1 }), '{"a":1}');
  });
});
