import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  CsvFormatError,
  csvToFeed,
  decodeCsvBytes,
  detectDelimiter,
  parseCsv,
  practicesToCsv,
} from '../../src/data/csv.js';
import { validateFeed } from '../../src/data/validate.js';

const HEADER = 'id,title,countries,setting';
const cells = (text: string) => parseCsv(text).map((record) => record.cells);

/** The one practice a spreadsheet of a header and one row makes, and the problems found. */
function onePractice(header: string, row: string, options = {}) {
  const { feed, problems } = csvToFeed(`${header}\n${row}\n`, options);
  return { practice: feed.practices[0] as unknown as Record<string, unknown>, problems };
}

describe('reading CSV', () => {
  it('detects the delimiter from the header row', () => {
    assert.equal(detectDelimiter('id,title,countries\n"a;b";c'), ',');
    assert.equal(detectDelimiter('\uFEFFid;title;countries\r\na,b;c;d'), ';');
    assert.equal(detectDelimiter('id\n1'), ',');
    assert.equal(detectDelimiter('id\ttitle\tcountries\na,b\tc;d\te'), '\t');
  });

  it('reads tab-separated cells, keeping a tab inside a quoted cell', () => {
    assert.deepEqual(cells('id\ttitle\n a1\t"x\ty"\t\n'), [
      ['id', 'title'],
      [' a1', 'x\ty', ''],
    ]);
  });

  it('reads quoted cells with doubled quotes, delimiters and line breaks', () => {
    assert.deepEqual(cells('a,"b ""quoted"", with comma","line\r\nbreak"\r\n'), [
      ['a', 'b "quoted", with comma', 'line\nbreak'],
    ]);
  });

  it('reads CRLF, LF and CR line ends, and skips blank lines', () => {
    assert.deepEqual(cells('a,b\r\n\r\nc,d\ne,f\rg,h'), [
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps the spreadsheet row and the file line of each record', () => {
    const records = parseCsv('a,b\n"multi\nline",x\n\nlast,y\n');
    assert.deepEqual(
      records.map(({ row, line }) => ({ row, line })),
      [
        { row: 1, line: 1 },
        { row: 2, line: 2 },
        { row: 4, line: 5 },
      ],
    );
  });

  it('refuses a quoted cell that is never closed', () => {
    assert.throws(
      () => parseCsv('a,b\n"open,x\n'),
      (error: unknown) => error instanceof CsvFormatError && error.line === 2,
    );
  });

  it('decodes UTF-8, UTF-16 and Windows-1252 files', () => {
    const text = 'id,title\nnino,Niños en Bogotá\n';
    // The byte-order mark marks the encoding; it is not part of the text.
    assert.deepEqual(decodeCsvBytes(new TextEncoder().encode(`\uFEFF${text}`)), {
      text,
      encoding: 'utf-8',
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    assert.deepEqual(decodeCsvBytes(utf16), { text, encoding: 'utf-16le' });
    const latin = Buffer.from(text, 'latin1');
    assert.deepEqual(decodeCsvBytes(latin), { text, encoding: 'windows-1252' });
  });
});

describe('csvToFeed', () => {
  it('reads headers whatever their case, and texts per language', () => {
    const { practice, problems } = onePractice(
      'ID,Title,TITLE.EN,Countries,Setting,criteria.equity,criteria.equity.pt-BR',
      'a1,Uno,One,CO,rural,Equidad,Equidade',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(practice.title, { es: 'Uno', EN: 'One' });
    assert.deepEqual(practice.criteria, { equity: { es: 'Equidad', 'pt-BR': 'Equidade' } });
  });

  it('writes a text only in the feed language as a plain string', () => {
    const { practice } = onePractice('id,title.pt,countries,setting', 'a1,Um,BR,urban', {
      language: 'pt',
    });
    assert.equal(practice.title, 'Um');
  });

  it('refuses two columns for the same field', () => {
    assert.throws(
      () => csvToFeed('id,title,title.es,countries,setting\n'),
      /"title" and "title\.es" fill the same field/,
    );
  });

  it('turns grouped counts into integers and decimal commas into numbers', () => {
    const header = `${HEADER},reach.participants,reach.institutions,lat,lon`;
    for (const [participants, lat] of [
      ['"1,500"', '-12.05'],
      ['1.500', '"-12,05"'],
      ['1 500', '-12.05'],
      ['1500', '-12.05'],
    ]) {
      const { practice, problems } = onePractice(
        header,
        `a1,Uno,PE,urban,${participants},3,${lat},-77.04`,
      );
      assert.deepEqual(problems, [], participants);
      assert.deepEqual(practice.reach, { participants: 1500, institutions: 3 });
      assert.deepEqual(practice.locations, [{ lat: -12.05, lon: -77.04 }]);
    }
  });

  it('reports a count that is not a whole number', () => {
    for (const value of ['1.5', '-3', 'unos 200', '1,50']) {
      const { problems } = onePractice(
        `${HEADER},reach.participants`,
        `a1,Uno,PE,urban,"${value}"`,
      );
      assert.equal(problems.length, 1, value);
      assert.equal(problems[0]!.column, 'reach.participants');
      assert.equal(problems[0]!.row, 2);
      assert.equal(problems[0]!.severity, 'error');
    }
  });

  it('zips parallel audience lists by position', () => {
    const { practice } = onePractice(
      `${HEADER},audiences,audiences.en`,
      'a1,Uno,CO,rural,docentes; familias; ,teachers; ; older adults',
    );
    assert.deepEqual(practice.audiences, [
      { es: 'docentes', en: 'teachers' },
      'familias',
      { en: 'older adults' },
    ]);
  });

  it('leaves out empty cells and empty list items', () => {
    const { practice } = onePractice(`${HEADER},summary,tags`, 'a1,Uno,CO; ;PE,rural,  ,a;;b;');
    assert.deepEqual(practice, {
      id: 'a1',
      title: 'Uno',
      countries: ['CO', 'PE'],
      setting: 'rural',
      tags: ['a', 'b'],
    });
  });

  it('refuses a column that is not a feed field, and ignores an empty unnamed one', () => {
    const { problems } = csvToFeed(`${HEADER},internal notes,\na1,Uno,CO,rural,checked,\n`);
    assert.deepEqual(problems, [
      {
        severity: 'error',
        row: 1,
        column: 'internal notes',
        reason:
          'The column "internal notes" is not a field of the feed. Headers are the feed\'s field names (id, title, countries, setting…); rename it, or start it with "#" ("#internal notes") to keep it out of the feed.',
      },
    ]);
  });

  it('suggests the feed path a header most likely means, language suffix kept', () => {
    const reasons = csvToFeed(
      `${HEADER},Título.en,summry,objectivos,#mine\na1,Uno,CO,rural,One,,,x\n`,
    ).problems.map((problem) => `${problem.column}: ${problem.reason.split('?')[0]}`);
    assert.deepEqual(reasons, [
      'Título.en: The column "Título.en" is not a field of the feed: did you mean "title.en"',
      'summry: The column "summry" is not a field of the feed: did you mean "summary"',
      'objectivos: The column "objectivos" is not a field of the feed: did you mean "objectives"',
    ]);
  });

  it('refuses an unnamed column that holds data', () => {
    const { problems } = csvToFeed(`${HEADER},\na1,Uno,CO,rural,\na2,Dos,CO,rural,lost\n`);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.severity, 'error');
    assert.match(problems[0]!.reason, /^Column 5 has no header, but row 3 has data in it/);
  });

  it('reports filled cells beyond the last column', () => {
    const { problems } = csvToFeed(`${HEADER}\na1,Uno,CO,rural,stray\n`);
    assert.equal(problems[0]?.row, 2);
    assert.match(problems[0]!.reason, /beyond the last named column/);
  });

  it('places the validator findings on their spreadsheet rows', () => {
    const { problems } = csvToFeed(`${HEADER}\n\na1,Uno,CO,rural\nA2,Dos,PE,rural\n`);
    assert.deepEqual(
      problems.map(({ row, path, severity }) => ({ row, path, severity })),
      [{ row: 4, path: 'practices[1].id', severity: 'error' }],
    );
  });

  it('accepts relative URLs, which resolve against the feed address once it is served', () => {
    const { practice, problems } = onePractice(
      `${HEADER},url,image.src,image.alt`,
      'a1,Uno,CO,rural,practices/a1.html,img/a1.jpg,Una foto',
    );
    assert.deepEqual(problems, []);
    assert.equal(practice.url, 'practices/a1.html');
  });

  it('takes the catalogue title, publisher and date from the options', () => {
    const { feed, problems } = csvToFeed(`${HEADER}\n`, {
      language: 'pt-BR',
      title: 'Boas práticas',
      publisher: 'Observatório',
      publisherUrl: 'https://example.org',
      updated: '2026-02-30',
      license: 'CC-BY-4.0',
    });
    assert.deepEqual(feed, {
      version: 1,
      title: 'Boas práticas',
      publisher: { name: 'Observatório', url: 'https://example.org' },
      updated: '2026-02-30',
      language: 'pt-BR',
      license: 'CC-BY-4.0',
      practices: [],
    });
    // An impossible date is the validator's to report.
    assert.deepEqual(
      problems.map(({ path, row }) => ({ path, row })),
      [{ path: 'updated', row: null }],
    );
  });
});

describe('practicesToCsv', () => {
  const sample = validateFeed(JSON.parse(readFileSync('demo/data/practices.json', 'utf8'))).feed;

  it('reads back into the same practices', () => {
    const csv = practicesToCsv(sample.practices, sample.language);
    const { feed, problems } = csvToFeed(csv);
    assert.deepEqual(problems, []);
    assert.deepEqual(validateFeed(feed).feed.practices, sample.practices);
  });

  it('names every language in the headers, so the feed language does not matter', () => {
    const csv = practicesToCsv(sample.practices, sample.language, { delimiter: ';' });
    const { feed } = csvToFeed(csv, { language: 'fr' });
    assert.deepEqual(validateFeed(feed).feed.practices, sample.practices);
  });

  it('defuses formulas and reads them back exactly', () => {
    const titles = ['=SUM(A1:A9)', '+57 300', '-menos', '@user', "'=already quoted", "'plain"];
    const written = validateFeed({
      version: 1,
      practices: titles.map((title, i) => ({
        id: `p${i}`,
        title,
        tags: ['-x', 'y'],
        countries: ['CO'],
        setting: 'urban',
        locations: [{ lat: -4.5, lon: -74 }],
      })),
    }).feed;
    const csv = practicesToCsv(written.practices, written.language);
    const rows = cells(csv);
    const title = rows[0]!.indexOf('title.es');
    assert.deepEqual(
      rows.slice(1).map((row) => row[title]),
      ["'=SUM(A1:A9)", "'+57 300", "'-menos", "'@user", "''=already quoted", "'plain"],
    );
    // Numbers are not formulas: a negative coordinate stays a number for the spreadsheet.
    assert.equal(rows[1]![rows[0]!.indexOf('lat')], '-4.5');
    const back = validateFeed(csvToFeed(csv).feed).feed;
    assert.deepEqual(back.practices, written.practices);
  });

  it('keeps the place of an audience missing in one language', () => {
    const written = validateFeed({
      version: 1,
      language: 'es',
      practices: [
        {
          id: 'p',
          title: 'P',
          countries: ['CO'],
          setting: 'urban',
          audiences: ['docentes', { es: 'familias', en: 'families' }],
        },
      ],
    }).feed;
    const csv = practicesToCsv(written.practices, written.language);
    const rows = cells(csv);
    assert.equal(rows[1]![rows[0]!.indexOf('audiences.en')], '; families');
    assert.deepEqual(validateFeed(csvToFeed(csv).feed).feed.practices, written.practices);
  });

  it('writes the header row alone when there are no practices', () => {
    const csv = practicesToCsv([], 'es');
    assert.equal(cells(csv).length, 1);
    assert.ok(csv.startsWith('\uFEFFid,title.es,summary.es,'));
    assert.deepEqual(csvToFeed(csv).problems, []);
  });
});
