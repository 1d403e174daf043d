import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NormalizedPractice } from '../../src/data/types.js';
import { validateFeed } from '../../src/data/validate.js';
import { buildPackageLayout, type PackageLayout } from './package-layout.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (path: string) => join(ROOT, 'test/fixtures', path);

let layout: PackageLayout;
let scratch: string;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the tool as a user would, from the package layout, in the repository's folder. */
function cli(args: readonly string[], input?: string): Run {
  const result = spawnSync(process.execPath, [layout.bin, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking: the local feed server answers in this process. */
function cliAsync(args: readonly string[]): Promise<Run> {
  return import('node:child_process').then(
    ({ execFile }) =>
      new Promise((done) => {
        execFile(process.execPath, [layout.bin, ...args], { cwd: ROOT }, (error, stdout, stderr) =>
          done({ status: error ? (error.code as number) : 0, stdout, stderr }),
        );
      }),
  );
}

const FEED_OPTIONS = [
  '--title',
  'Prácticas',
  '--publisher',
  'Observatorio',
  '--updated',
  '2026-11-28',
];
const expected = JSON.parse(readFileSync(fixture('csv/practices.expected.json'), 'utf8'));

/** Practices as the widgets see them; criteria sorted, since a spreadsheet has one column order. */
function shown(feed: unknown, baseUrl?: string): NormalizedPractice[] {
  return validateFeed(feed, baseUrl ? { baseUrl } : undefined).feed.practices.map((practice) => ({
    ...practice,
    criteria: [...practice.criteria].sort((a, b) => a.key.localeCompare(b.key)),
  }));
}

before(() => {
  layout = buildPackageLayout();
  scratch = mkdtempSync(join(tmpdir(), 'practice-feed-out-'));
});

after(() => {
  layout?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('practice-feed from-csv', () => {
  it('turns a comma-separated spreadsheet with accents, quotes and empty cells into a feed', () => {
    const run = cli(['from-csv', 'test/fixtures/csv/practices-comma.csv', ...FEED_OPTIONS]);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    assert.deepEqual(JSON.parse(run.stdout), expected);
  });

  it('reads the same from a semicolon-separated file with a byte-order mark, CRLF and decimal commas', () => {
    const run = cli(['from-csv', 'test/fixtures/csv/practices-semicolon.csv', ...FEED_OPTIONS]);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    assert.deepEqual(JSON.parse(run.stdout), expected);
  });

  it('keeps what the cells say: accents, doubled quotes, paragraphs, counts and coordinates', () => {
    const feed = JSON.parse(cli(['from-csv', 'test/fixtures/csv/practices-semicolon.csv']).stdout);
    const [seed, open, steam] = feed.practices;
    assert.equal(open.title, 'El "aula" abierta: radio y televisión');
    assert.equal(
      seed.description,
      'La Fundación trabaja con comunidades indígenas.\n\nYa llega a más de 30 instituciones.',
    );
    assert.deepEqual(open.countries, ['BO', 'EC', 'AR', 'PY']);
    assert.deepEqual(open.locations, [
      { lat: -16.5, lon: -68.15 },
      { lat: -0.22, lon: -78.51 },
    ]);
    assert.equal(open.reach.participants, 1500);
    assert.equal(steam.organization.name, 'Colegio Ñandú');
    // Empty cells are absent fields, not empty strings.
    assert.equal('summary' in steam, false);
    assert.equal('url' in open, false);
  });

  it('writes a feed that passes validate', () => {
    const feed = cli(['from-csv', 'test/fixtures/csv/practices-comma.csv']).stdout;
    const run = cli(['validate', '-'], feed);
    assert.equal(run.status, 0, run.stdout);
    assert.equal(run.stdout, 'standard input: valid, 3 practices.\n');
  });

  it('writes to a file with -o', () => {
    const out = join(scratch, 'feed.json');
    const run = cli(['from-csv', 'test/fixtures/csv/practices-comma.csv', '-o', out]);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /Wrote 3 practices to/);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).practices.length, 3);
  });

  it('reports every problem with its row and column, and writes nothing', () => {
    const out = join(scratch, 'kept.json');
    writeFileSync(out, '{"version":1,"practices":[]}');
    const run = cli(['from-csv', 'test/fixtures/csv/invalid.csv', '-o', out]);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    const lines = run.stderr.trim().split('\n');
    for (const expectedLine of [
      /^error +row 1, column "notes": The column "notes" is not a field of the feed\./,
      /^error +row 3 \(practices\[1\]\.setting\): The practice has no setting/,
      /^error +row 4 \(practices\[2\]\.setting\): The setting is "town"/,
      /^error +row 5, column "reach\.participants": "doscientos" is not a whole number/,
      /^error +row 6, column "lon": lat has 1 value\(s\) and lon 0/,
      /^error +row 7, column "countries": "XX" is not an ISO 3166-1 alpha-2 country code: write two capital letters/,
      /^error +row 8 \(practices\[6\]\.id\): The id "Mayúsculas"/,
      /^error +row 9 \(practices\[7\]\.year\): The year 1850/,
      /^No feed was written: fix the 8 errors in the spreadsheet/,
    ]) {
      assert.ok(
        lines.some((line) => expectedLine.test(line)),
        `${expectedLine}\n${run.stderr}`,
      );
    }
    assert.equal(lines.length, 9, run.stderr);
    // The earlier good feed is still there.
    assert.equal(readFileSync(out, 'utf8'), '{"version":1,"practices":[]}');
  });

  it('says which line has a quote that is never closed', () => {
    const run = cli(['from-csv', 'test/fixtures/csv/unclosed-quote.csv']);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /unclosed-quote\.csv, line 2: A quoted cell that starts on line 2/);
  });

  it('names a missing required column', () => {
    const run = cli(['from-csv', 'test/fixtures/csv/missing-column.csv']);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /"setting" is missing/);
  });

  it('reads a Windows-1252 file, and says so', () => {
    const run = cli(['from-csv', 'test/fixtures/csv/windows-1252.csv']);
    assert.equal(run.status, 0);
    const [practice] = JSON.parse(run.stdout).practices;
    assert.equal(practice.title, 'Niños y niñas');
    assert.equal(practice.place, 'Bogotá');
    assert.match(run.stderr, /not UTF-8 and was read as Windows-1252/);
  });

  it('takes the feed language for columns without a language suffix', () => {
    const run = cli(['from-csv', 'test/fixtures/csv/practices-comma.csv', '--language', 'pt']);
    const feed = JSON.parse(run.stdout);
    assert.equal(feed.language, 'pt');
    assert.deepEqual(feed.practices[0].title, { pt: 'Semilla Digital', en: 'Digital Seed' });
  });

  it('refuses a header that is not a feed path, names the closest one, and skips "#" columns', () => {
    const out = join(scratch, 'not-written.json');
    const run = cli(['from-csv', 'test/fixtures/csv/spanish-title.csv', '-o', out]);
    // The Spanish titles would be lost: nothing is written, and the tool says how to fix it.
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /^error +row 1, column "Título": The column "Título" is not a field of the feed: did you mean "title"\?/m,
    );
    assert.doesNotMatch(run.stderr, /#notas/);
    assert.throws(() => readFileSync(out));
    const fixed = readFileSync(fixture('csv/spanish-title.csv'), 'utf8').replace('Título', 'title');
    const back = cli(['from-csv', '-'], fixed);
    assert.equal(back.status, 0, back.stderr);
    const [practice] = JSON.parse(back.stdout).practices;
    assert.deepEqual(practice.title, { es: 'Semilla Digital', en: 'Digital Seed' });
    assert.equal('notas' in practice || '#notas' in practice, false);
  });

  it('names the missing columns and what the header row holds instead', () => {
    const run = cli(['from-csv', '-'], 'id,Título,País,Ámbito\nuno,Uno,PE,rural\n');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /"title", "countries", "setting" are missing/);
    assert.match(run.stderr, /"País" \(did you mean "countries"\?\)/);
    assert.match(run.stderr, /"Ámbito" \(did you mean "setting"\?\)/);
    const piped = cli(['from-csv', '-'], 'id|title|countries|setting\nuno|Uno|PE|rural\n');
    assert.match(piped.stderr, /one single column, "id\|title\|countries\|setting"/);
  });

  it('quotes a country written by name and suggests its code', () => {
    const run = cli(['from-csv', 'test/fixtures/csv/country-names.csv']);
    assert.equal(run.status, 1);
    const lines = run.stderr.trim().split('\n');
    assert.deepEqual(lines, [
      'error    row 2, column "countries": "Colombia" is not an ISO 3166-1 alpha-2 country code: write "CO".',
      'error    row 3, column "countries": "Perú" is not an ISO 3166-1 alpha-2 country code: write "PE".',
      'error    row 3, column "countries": "pe" is not an ISO 3166-1 alpha-2 country code: write "PE".',
      'error    row 4, column "countries": "Atlántida" is not an ISO 3166-1 alpha-2 country code: write two capital letters, e.g. "PE" for Peru.',
      'No feed was written: fix the 4 errors in the spreadsheet, then run again.',
    ]);
  });

  it("reads Excel's Unicode Text: UTF-16 with tabs between cells", () => {
    const run = cli(['from-csv', 'test/fixtures/csv/unicode-text.txt']);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    const [seed, open] = JSON.parse(run.stdout).practices;
    assert.deepEqual(seed.title, { es: 'Semilla Digital', en: 'Digital Seed' });
    assert.equal(seed.place, 'Cauca, Colombia');
    assert.deepEqual(open.title, { es: 'El "aula"\tabierta', en: 'The open classroom' });
    assert.deepEqual(open.countries, ['BO', 'EC']);
    // The same file without its byte-order mark reads the same.
    const bare = join(scratch, 'unicode-text-no-mark.txt');
    writeFileSync(bare, readFileSync(fixture('csv/unicode-text.txt')).subarray(2));
    assert.equal(cli(['from-csv', bare]).stdout, run.stdout);
  });

  it('says what a workbook is instead of reading it as text', () => {
    const workbook = join(scratch, 'practices.xlsx');
    writeFileSync(workbook, Buffer.from('504b0304140006000800000021000000', 'hex'));
    const run = cli(['from-csv', workbook]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /is a workbook \(\.xlsx or \.ods: a zip archive\), not a CSV file/);
  });

  it('writes a tab-separated spreadsheet that reads back', () => {
    const csv = cli(['to-csv', 'demo/data/practices.json', '--delimiter', 'tab']).stdout;
    assert.ok(csv.startsWith('\uFEFFid\ttitle.es\ttitle.en'));
    const back = cli(['from-csv', '-'], csv);
    assert.equal(back.status, 0, back.stderr);
    const original = JSON.parse(readFileSync(join(ROOT, 'demo/data/practices.json'), 'utf8'));
    assert.deepEqual(shown(JSON.parse(back.stdout)), shown(original));
  });

  it('writes markup in the feed as escapes, so the feed can sit inside a script element', () => {
    const title = '</script><img src=x onerror=alert(1)> & <!-- \u2028';
    const run = cli(
      ['from-csv', '-', '--title', 'A <b>title</b>'],
      `id,title,countries,setting\nx,"${title}.",PE,rural\n`,
    );
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /[<>&\u2028\u2029]/);
    assert.match(run.stdout, /\\u003c\/script\\u003e/);
    const feed = JSON.parse(run.stdout);
    assert.equal(feed.practices[0].title, `${title}.`);
    assert.equal(feed.title, 'A <b>title</b>');
  });

  it('converts the spreadsheet template into a valid feed with no warning', () => {
    const run = cli(['from-csv', 'demo/data/practices-template.csv']);
    // No column of the template is ignored, no cell is refused.
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    const feed = JSON.parse(run.stdout);
    assert.deepEqual(
      feed.practices.map((practice: { id: string }) => practice.id),
      ['digital-seed'],
    );
    assert.deepEqual(feed.practices[0].title, { es: 'Semilla Digital', en: 'Digital Seed' });
    assert.deepEqual(validateFeed(feed).warnings, []);
  });
});

describe('practice-feed to-csv', () => {
  for (const delimiter of [',', ';']) {
    it(`round-trips a feed through a spreadsheet with "${delimiter}"`, () => {
      const csv = join(scratch, `sample${delimiter === ',' ? 'comma' : 'semicolon'}.csv`);
      const toCsv = cli([
        'to-csv',
        'demo/data/practices.json',
        '--delimiter',
        delimiter,
        '-o',
        csv,
      ]);
      assert.equal(toCsv.status, 0, toCsv.stderr);
      const written = readFileSync(csv, 'utf8');
      assert.equal(written.charCodeAt(0), 0xfeff);
      assert.ok(written.startsWith(`\uFEFFid${delimiter}title.es${delimiter}title.en`));
      const back = cli(['from-csv', csv]);
      assert.equal(back.status, 0, back.stderr);
      const original = JSON.parse(readFileSync(join(ROOT, 'demo/data/practices.json'), 'utf8'));
      assert.deepEqual(shown(JSON.parse(back.stdout)), shown(original));
    });
  }

  it('round-trips every field, labelled vocabularies aside', () => {
    const csv = cli(['to-csv', 'test/fixtures/feeds/valid/every-field.json']).stdout;
    const back = cli(['from-csv', '-'], csv);
    const original = JSON.parse(readFileSync(fixture('feeds/valid/every-field.json'), 'utf8'));
    assert.deepEqual(shown(JSON.parse(back.stdout)), shown(original));
    // "stem" has a label in the feed; a spreadsheet carries practices only, so it is reported.
    assert.match(back.stderr, /^warning +row 2 \(practices\[0\]\.objectives\[1\]\): "stem"/);
    assert.equal(back.status, 0);
  });

  it('keeps relative URLs of a local feed relative', () => {
    const run = cli(['to-csv', 'test/fixtures/feeds/valid/relative-urls.json']);
    assert.equal(run.status, 0, run.stderr);
    const back = JSON.parse(cli(['from-csv', '-'], run.stdout).stdout);
    const original = JSON.parse(readFileSync(fixture('feeds/valid/relative-urls.json'), 'utf8'));
    const base = 'https://data.example/catalogue/practices.json';
    assert.deepEqual(shown(back, base), shown(original, base));
    assert.doesNotMatch(run.stdout, /feed\.invalid/);
  });

  it('writes the practices the widgets can show, and says which were left out', () => {
    const run = cli(['to-csv', 'test/fixtures/feeds/held-out.json']);
    assert.equal(run.status, 0);
    assert.match(run.stderr, /^error +practices\[8\]\.setting \(laboratorio-movil-patagonia\)/m);
    assert.match(run.stderr, /4 practices were left out/);
    const back = JSON.parse(cli(['from-csv', '-'], run.stdout).stdout);
    assert.equal(back.practices.length, 8);
  });

  it('fails on a feed nothing can be read from', () => {
    const run = cli(['to-csv', 'test/fixtures/feeds/invalid/version-2.json']);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^error +version: Unsupported feed version 2/m);
  });
});

describe('practice-feed validate', () => {
  it('says a valid feed is valid, with exit code 0', () => {
    const run = cli(['validate', 'demo/data/practices.json']);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, 'demo/data/practices.json: valid, 10 practices.\n');
  });

  it('prints every problem with its JSON path and reason, with exit code 1', () => {
    const run = cli(['validate', 'test/fixtures/feeds/held-out.json']);
    assert.equal(run.status, 1);
    const { warnings } = validateFeed(
      JSON.parse(readFileSync(fixture('feeds/held-out.json'), 'utf8')),
      { baseUrl: 'https://feed.invalid/practices.json' },
    );
    assert.equal(warnings.length, 10);
    for (const warning of warnings) {
      assert.ok(run.stdout.includes(`${warning.path}`), warning.path);
      assert.ok(run.stdout.includes(warning.reason), warning.reason);
    }
    assert.match(run.stdout, /^error +practices\[4\]\.setting|^error +practices\[8\]\.setting/m);
    assert.match(run.stdout, /^warning +practices\[4\]\.levels\[1\] \(caribbean-coding-hubs\)/m);
    assert.match(run.stdout, /not valid: 9 errors, 1 warning; 8 of 12 practices can be shown\.\n$/);
  });

  it('gives a machine-readable report with --json', () => {
    const run = cli(['validate', 'test/fixtures/feeds/held-out.json', '--json']);
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout);
    assert.equal(report.valid, false);
    assert.equal(report.usable, true);
    assert.equal(report.practices, 12);
    assert.equal(report.usablePractices, 8);
    assert.equal(report.errors, 9);
    assert.equal(report.warnings, 1);
    assert.deepEqual(report.problems[0], {
      severity: 'error',
      code: 'unsafe-url',
      path: 'practices[0].url',
      index: 0,
      id: 'robotica-ribeirinha',
      reason: '"javascript:alert(1)" is not an http(s) URL; it was dropped.',
    });
  });

  it('reports a feed nothing can be read from as unusable', () => {
    const run = cli(['validate', 'test/fixtures/feeds/invalid/version-2.json', '--json']);
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout);
    assert.equal(report.usable, false);
    assert.equal(report.problems[0].code, 'unsupported-version');
    assert.equal(report.problems[0].path, 'version');
  });

  it('says where a file is not JSON, and points a spreadsheet to from-csv', () => {
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, '{\n  "version": 1,\n  "practices": [}\n');
    const run = cli(['validate', broken]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /The feed is not JSON: unexpected "}" at line 3, column 17\./);
    const csv = cli(['validate', 'test/fixtures/csv/practices-comma.csv']);
    assert.match(csv.stdout, /use `practice-feed from-csv`/);
  });

  it('quotes a country written by name and gives its code', () => {
    const feed = {
      version: 1,
      practices: [
        { id: 'uno', title: 'Uno', countries: ['Perú'], setting: 'rural' },
        { id: 'dos', title: 'Dos', countries: ['CO', 'Brasil'], setting: 'rural' },
      ],
    };
    const run = cli(['validate', '-'], JSON.stringify(feed));
    assert.equal(run.status, 1);
    assert.match(
      run.stdout,
      /^error +practices\[0\]\.countries \(uno\): .*the practice was skipped\. Write "PE" for "Perú"\.$/m,
    );
    assert.match(
      run.stdout,
      /^error +practices\[1\]\.countries\[1\] \(dos\): "Brasil" is not .* Write "BR" for "Brasil"\.$/m,
    );
  });

  it('fails on a file that does not exist', () => {
    const run = cli(['validate', 'no-such-feed.json']);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /no-such-feed\.json could not be read: no such file/);
  });

  describe('a feed served over HTTP', () => {
    let server: Server;
    let origin: string;
    const feedText = readFileSync(join(ROOT, 'demo/data/practices.json'));

    before(async () => {
      server = createServer((request, response) => {
        const path = request.url ?? '/';
        if (path === '/open/practices.json') {
          response.writeHead(200, {
            'Content-Type': 'application/json',
            'Access-Control-Allow-Origin': '*',
          });
          response.end(feedText);
        } else if (path === '/closed/practices.json') {
          response.writeHead(200, { 'Content-Type': 'application/json' });
          response.end(feedText);
        } else if (path === '/catalogue/practices.json') {
          response.writeHead(200, { 'Access-Control-Allow-Origin': '*' });
          response.end(readFileSync(fixture('feeds/valid/relative-urls.json')));
        } else {
          response.writeHead(404).end('Not found');
        }
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const address = server.address();
      assert.ok(address && typeof address === 'object');
      origin = `http://127.0.0.1:${address.port}`;
    });

    after(() => new Promise<void>((done) => server.close(() => done())));

    it('validates a feed fetched from its URL', async () => {
      const run = await cliAsync(['validate', `${origin}/open/practices.json`]);
      assert.equal(run.status, 0, run.stdout);
      assert.equal(run.stdout, `${origin}/open/practices.json: valid, 10 practices.\n`);
    });

    it('warns when the response has no CORS header', async () => {
      const run = await cliAsync(['validate', `${origin}/closed/practices.json`, '--json']);
      assert.equal(run.status, 0);
      const report = JSON.parse(run.stdout);
      assert.equal(report.valid, true);
      assert.equal(report.problems.length, 1);
      assert.equal(report.problems[0].code, 'no-cors');
      assert.match(report.problems[0].reason, /Access-Control-Allow-Origin/);
    });

    it('resolves relative URLs against the address the feed is served from', async () => {
      const run = await cliAsync(['validate', `${origin}/catalogue/practices.json`]);
      assert.equal(run.status, 0, run.stdout);
    });

    it('fails on an HTTP error', async () => {
      const run = await cliAsync(['validate', `${origin}/missing.json`]);
      assert.equal(run.status, 1);
      assert.match(run.stdout, /answered HTTP 404 Not Found/);
    });

    it('converts a fetched feed to CSV', async () => {
      const run = await cliAsync(['to-csv', `${origin}/open/practices.json`]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout.split('\r\n').length, 12);
    });
  });
});

describe('practice-feed usage', () => {
  it('lists its commands with --help', () => {
    const run = cli(['--help']);
    assert.equal(run.status, 0);
    for (const command of ['validate', 'from-csv', 'to-csv'])
      assert.match(run.stdout, new RegExp(command));
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(cli(['--version']).stdout, `${version}\n`);
  });

  it('prints the usage on standard error, with exit code 2, when given no arguments', () => {
    const run = cli([]);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^Usage: practice-feed <command>/);
  });

  it('names the option that is wrong, with exit code 2, before reading anything', () => {
    const cases: [string[], RegExp][] = [
      [
        ['from-csv', 'missing.csv', '--updated', '28/11/2026'],
        /^practice-feed: --updated must be a date written YYYY-MM-DD \(e\.g\. 2026-11-28\), not "28\/11\/2026": did you mean 2026-11-28\?\n/,
      ],
      [
        ['from-csv', 'missing.csv', '--updated', '2026-02-30'],
        /--updated "2026-02-30" is not a date/,
      ],
      [
        ['from-csv', 'missing.csv', '--bogus'],
        /^practice-feed: Unknown option --bogus for from-csv\.\n/,
      ],
      [
        ['from-csv', 'missing.csv', '--ouput', 'x'],
        /Unknown option --ouput for from-csv: did you mean --output\?/,
      ],
      [['to-csv', 'missing.json', '-x'], /Unknown option -x for to-csv\./],
      [['from-csv', 'missing.csv', '--title'], /^practice-feed: --title needs a value/],
      [['from-csv', 'missing.csv', '--title', '--updated', '2026-11-28'], /--title needs a value/],
      [
        ['validate', 'missing.json', '--json=yes'],
        /--json is a switch and takes no value \("yes"\)/,
      ],
      [['from-csv', 'missing.csv', '--language', 'español'], /--language must be a language tag/],
      [
        ['from-csv', 'missing.csv', '--publisher-url', 'https://example.org'],
        /--publisher-url needs --publisher/,
      ],
      [['--bogus'], /^practice-feed: Unknown option --bogus: a command comes first\./],
      [['validat', 'x.json'], /Unknown command "validat": did you mean "validate"\?/],
    ];
    for (const [args, message] of cases) {
      const run = cli(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, message, args.join(' '));
      assert.doesNotMatch(run.stderr, /ERR_PARSE_ARGS|To specify a positional argument/);
      assert.equal(run.stdout, '');
    }
  });

  it('refuses an unknown command, a missing argument or a bad option with exit code 2', () => {
    for (const args of [
      ['publish'],
      ['validate'],
      ['validate', 'a.json', 'b.json'],
      ['validate', 'a.json', '--strict'],
      ['from-csv', 'a.csv', '--delimiter', '|'],
      ['to-csv', 'a.json', '--base-url', 'ftp://example.org/'],
    ]) {
      const run = cli(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /^practice-feed: .+\n\nUsage: practice-feed/, args.join(' '));
    }
  });

  it('explains that a clone must be built before the tool runs', () => {
    const bare = mkdtempSync(join(tmpdir(), 'practice-feed-bare-'));
    try {
      mkdirSync(join(bare, 'bin'));
      copyFileSync(layout.bin, join(bare, 'bin/practice-feed.mjs'));
      const run = spawnSync(
        process.execPath,
        [join(bare, 'bin/practice-feed.mjs'), 'validate', 'demo/data/practices.json'],
        { cwd: ROOT, encoding: 'utf8' },
      );
      assert.equal(run.status, 1);
      assert.match(run.stderr, /run `npm run build` first/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
