#!/usr/bin/env node
/*
 * practice-feed: checks a practice feed (version 1) and converts a spreadsheet (CSV) into a feed
 * and back. Plain JavaScript for Node 20 or later, with no build step for its users: it runs the
 * package's own data layer, the same validator and CSV code the widgets use, from dist/npm.
 *
 * Exit codes: 0 done (the feed is valid), 1 the feed or spreadsheet has errors or could not be
 * read, 2 the command line itself is wrong.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const EXIT_OK = 0;
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;
const FETCH_TIMEOUT_MS = 30_000;

const USAGE = {
  main: `Usage: practice-feed <command> [options]

Commands:
  validate <file or URL>   check a feed; print every problem with its JSON path
  from-csv <file.csv>      turn a spreadsheet (CSV) into a feed
  to-csv <file or URL>     turn a feed into a spreadsheet (CSV)
  render <file or URL>     write one element with its content as HTML to paste into a page
  site <file or URL>       write a static catalogue site: a page per practice and language

Options: --help (with a command: its options), --version.
Use "-" as the file to read standard input.
Exit codes: 0 done, 1 the feed or spreadsheet has errors or could not be read,
2 the command line is wrong.`,
  validate: `Usage: practice-feed validate <file or URL> [--json] [--base-url URL]

Checks a feed against the practice feed format, version 1, and prints every problem with its
JSON path (e.g. practices[4].setting) and reason.

  --json            machine-readable report on standard output
  --base-url URL    the address the feed is served from (relative URLs resolve against it);
                    a URL argument is its own address

Exit code 0 when the feed is valid (warnings allowed), 1 when a record is invalid or the feed
cannot be used.`,
  'from-csv': `Usage: practice-feed from-csv <file.csv> [options]

Turns a spreadsheet (CSV, one row per practice, headers named after feed fields) into a
version-1 feed. Nothing is written while the spreadsheet has errors. UTF-8, UTF-16 ("Unicode
Text") and Windows-1252 files are read; a header that starts with "#" is a working column
of your own and is left out.

  --language TAG         language of the feed and of text columns with no language suffix
                         (default: es)
  --title TEXT           the catalogue's title
  --description TEXT     one paragraph about the catalogue
  --publisher NAME       who publishes the feed
  --publisher-url URL    the publisher's web address
  --updated YYYY-MM-DD   when the data last changed
  --license ID           e.g. CC-BY-4.0
  --delimiter , ; or tab separator between cells (default: detected from the header row)
  -o, --output FILE      write the feed to FILE instead of standard output

The feed is written with <, > and & escaped, so it can be pasted inside
<script type="application/json"> as it is.`,
  'to-csv': `Usage: practice-feed to-csv <file or URL> [options]

Writes a feed's practices as a spreadsheet (CSV, UTF-8 with a byte-order mark) that from-csv
reads back.

  --delimiter , ; or tab separator between cells (default: ,)
  --base-url URL         the address the feed is served from (relative URLs resolve against it)
  -o, --output FILE      write the spreadsheet to FILE instead of standard output`,
  render: `Usage: practice-feed render <file or URL> --element catalog|list|card|stats|map [options]

Writes one element with its content rendered (declarative shadow DOM), ready to paste into a
page: readers see the practices before any script runs, and with scripts off. When the
widgets' script runs, the element takes the rendered content over without fetching again.

  --element NAME         catalog, list, card, stats or map (the map drawn for a 640 px
                         frame, scaled to the page's: the script draws it again for its own)
  --lang TAG             language of the content: es, en, pt or fr (default: es)
  --country LIST         scope, as the element's attributes: comma-separated values
  --setting LIST, --level LIST, --objective LIST, --q TEXT
  --practice-id ID       the practice (card only)
  --layout full|compact  the card's layout (default: full)
  --page-size N          practices per page (list or catalog; default: every practice in
                         scope, so that a reader without scripts sees them all)
  --src URL              the feed's address as the page will see it (default: the argument
                         when it is a URL)
  --inline               put the feed in the page instead, in <practice-feed> (in the
                         catalog itself) as <script type="application/json">: no request
  --practice-url URL     the address of each practice's own page, with {id} (an http(s)
                         address or one relative to the page): the titles of the list's,
                         the catalogue's and compact cards' practices are links to it, read
                         without scripts too (the element's practice-url attribute)
  -o, --out FILE         write to FILE instead of standard output

Exit code 0 when the HTML was written (the feed's warnings are printed), 1 when the feed
cannot be used, 2 when the command line is wrong.`,
  site: `Usage: practice-feed site <file or URL> --out DIR [options]

Writes a static catalogue site that any web host or CDN can serve as it is:
  DIR/index.html               the catalogue's title and a link per language
  DIR/<lang>/index.html        the catalogue (the widgets) and an index of every practice
  DIR/<lang>/<id>/index.html   one practice, readable without scripts, with the tags that
                               search engines and link previews read (title, summary, image,
                               language alternates, schema.org data)
  DIR/<lang>/embed/list.html   embed pages for an iframe on another site: the list, the
  DIR/<lang>/embed/stats.html    figures (both rendered: they show before any script), the
  DIR/<lang>/embed/map.html      map and the whole catalogue (drawn by the script); not for
  DIR/<lang>/embed/catalog.html  search engines (noindex, not in the sitemap)
  DIR/<lang>/<id>/embed.html   one practice, rendered, for an iframe
  DIR/feed.json                the feed, as given
  DIR/widgets/                 the widgets' files, so the site needs no other server
  DIR/sitemap.xml, robots.txt  (the sitemap with --base-url only)

  -o, --out DIR          the folder to write to (created if needed; files are replaced)
  --base-url URL         where the site will be served (e.g. https://example.org/practices/):
                         needed for canonical addresses, link previews and the sitemap
  --languages LIST       comma-separated, from es, en, pt, fr (default: es,en,pt,fr); the first
                         is the default for readers of other languages

Exit code 0 when the site was written (the feed's warnings are printed), 1 when the feed
cannot be used.`,
};

/** A problem with the command line: printed with the command's usage, exit code 2. */
class UsageError extends Error {}

/** An input that could not be read (missing file, network error, HTTP error). */
class SourceError extends Error {}

/**
 * The package's data layer, built to dist/npm. Loaded lazily so that a clone of the repository
 * that was never built gets a clear message rather than a module-resolution stack trace.
 */
async function loadDataLayer() {
  try {
    const [csv, validate, validated, types, exported, suggest, countries] = await Promise.all([
      import('../dist/npm/data/csv.js'),
      import('../dist/npm/data/validate.js'),
      import('../dist/npm/data/validated.js'),
      import('../dist/npm/data/types.js'),
      import('../dist/npm/data/export.js'),
      import('../dist/npm/data/suggest.js'),
      import('../dist/npm/data/countries.js'),
    ]);
    return { ...csv, ...validate, ...validated, ...types, ...exported, ...suggest, ...countries };
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') {
      throw new SourceError(
        "The package's built files (dist/npm) are missing. In a clone of the repository, run `npm run build` first.",
      );
    }
    throw error;
  }
}

const plural = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const isUrl = (source) => /^https?:\/\//i.test(source);

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * The bytes of a file, a URL or standard input, with the address relative URLs resolve against
 * (for a URL, where it was finally served from) and, for a URL, the response headers.
 */
async function readSource(source) {
  if (source === '-') return { bytes: await readStdin(), label: 'standard input' };
  if (isUrl(source)) {
    let response;
    try {
      response = await fetch(source, {
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
        headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
      });
    } catch (error) {
      const reason =
        error?.name === 'TimeoutError'
          ? 'no answer in 30 s'
          : String(error?.cause?.message ?? error?.message ?? error);
      throw new SourceError(`${source} could not be fetched: ${reason}.`);
    }
    if (!response.ok) {
      throw new SourceError(
        `${source} answered HTTP ${response.status} ${response.statusText}.`.replace(' .', '.'),
      );
    }
    const bytes = Buffer.from(await response.arrayBuffer());
    return { bytes, label: source, address: response.url || source, headers: response.headers };
  }
  try {
    return { bytes: await readFile(source), label: source };
  } catch (error) {
    const reason =
      error?.code === 'ENOENT'
        ? 'no such file'
        : error?.code === 'EISDIR'
          ? 'it is a folder'
          : error?.message;
    throw new SourceError(`${source} could not be read: ${reason}.`);
  }
}

/** Where output goes: a file (`-o`) or standard output. */
async function writeOutput(file, text) {
  if (file && file !== '-') await writeFile(file, text);
  else
    await new Promise((done, fail) =>
      process.stdout.write(text, (error) => (error ? fail(error) : done())),
    );
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Where a JSON text first breaks the grammar, as an offset, or undefined. Node's own message
 * quotes the text around the error but not its line, which is what a person editing a feed by
 * hand needs; this scan runs only after JSON.parse has failed.
 */
function jsonErrorOffset(text) {
  let i = 0;
  const fail = () => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const char = text[i];
      if (char === '"') return void i++;
      if (char < ' ') fail();
      if (char === '\\') {
        const next = text[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail();
      } else i++;
    }
    fail();
  };
  const value = () => {
    space();
    const char = text[i];
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return void i++;
      for (;;) {
        if (close === '}') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        space();
        if (text[i] === close) return void i++;
        if (text[i] !== ',') fail();
        i++;
      }
    }
    if (char === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return void (i += word.length);
    }
    JSON_NUMBER.lastIndex = i;
    const number = JSON_NUMBER.exec(text);
    if (!number) fail();
    i += number[0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
  } catch (offset) {
    if (typeof offset === 'number') return offset;
  }
  return undefined;
}

/** Why a text is not JSON, with the line and column where it breaks. */
function jsonError(text, error) {
  const offset = jsonErrorOffset(text);
  // Node's message quotes the text around the error, line breaks included: one line is enough.
  if (offset === undefined) return String(error?.message ?? error).replace(/\s+/g, ' ');
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const what =
    offset < text.length ? `unexpected ${JSON.stringify(text[offset])}` : 'the text ends too early';
  return `${what} at line ${line}, column ${column}`;
}

/**
 * Reads and checks a feed. Returns the report `validate` prints, and the normalized feed when
 * the document is usable.
 */
async function checkFeed(data, source, baseUrl) {
  const report = {
    source,
    valid: false,
    usable: false,
    practices: null,
    usablePractices: 0,
    errors: 0,
    warnings: 0,
    problems: [],
  };
  const add = (problem) => {
    report.problems.push(problem);
    if (problem.severity === 'error') report.errors++;
    else report.warnings++;
  };
  let input;
  try {
    input = await readSource(source);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    add({ severity: 'error', code: 'unreadable', path: '', index: null, reason: error.message });
    return { report };
  }
  const text = new TextDecoder().decode(input.bytes).replace(/^\uFEFF/, '');
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const hint = /\.csv$/i.test(source)
      ? ' To turn a spreadsheet into a feed, use `practice-feed from-csv`.'
      : '';
    add({
      severity: 'error',
      code: 'not-json',
      path: '',
      index: null,
      reason: `The feed is not JSON: ${jsonError(text, error)}.${hint}`,
    });
    return { report };
  }
  if (document && typeof document === 'object' && Array.isArray(document.practices)) {
    report.practices = document.practices.length;
  }
  // Relative URLs resolve against the feed's address: the one given, the one it was fetched
  // from, or (for a local file) a stand-in http(s) address, since where it will be served is
  // unknown.
  const address = baseUrl ?? input.address ?? data.STAND_IN_FEED_ADDRESS;
  let result;
  try {
    // Registered as validated: the site generator's elements use the feed as it is.
    result = data.validateAndRegisterFeed(document, { baseUrl: address });
  } catch (error) {
    if (!(error instanceof data.FeedFormatError)) throw error;
    const path =
      { 'unsupported-version': 'version', 'no-practices': 'practices' }[error.code] ?? '';
    add({ severity: 'error', code: error.code, path, index: null, reason: error.message });
    return { report };
  }
  report.usable = true;
  report.usablePractices = result.feed.practices.length;
  for (const warning of result.warnings) {
    add({
      severity: data.warningSeverity(warning.code),
      code: warning.code,
      path: warning.path,
      index: warning.index,
      ...(warning.id !== undefined && { id: warning.id }),
      reason: warning.reason + countryHint(data, document, warning.path),
    });
  }
  if (input.headers && !input.headers.get('access-control-allow-origin')) {
    add({
      severity: 'warning',
      code: 'no-cors',
      path: '',
      index: null,
      reason:
        'The response has no Access-Control-Allow-Origin header: widgets on pages of other sites cannot read this feed. Serve it with "Access-Control-Allow-Origin: *".',
    });
  }
  report.valid = report.errors === 0;
  return { report, feed: result.feed, document, address };
}

const COUNTRIES_PATH = /^practices\[(\d+)\]\.countries(?:\[(\d+)\])?$/;

/**
 * For a problem in a practice's countries, the codes its values most likely mean: "Perú" is
 * "PE". The validator names the value; the tool, which has the time to look names up, adds the fix.
 */
function countryHint(data, document, path) {
  const match = COUNTRIES_PATH.exec(path);
  if (!match) return '';
  const countries = document.practices[Number(match[1])]?.countries;
  if (!Array.isArray(countries)) return '';
  const values = match[2] === undefined ? countries : [countries[Number(match[2])]];
  const fixes = values
    .filter((value) => typeof value === 'string' && !data.isCountryCode(value.trim()))
    .flatMap((value) => {
      const code = data.suggestCountryCode(value);
      return code ? [`"${code}" for "${value}"`] : [];
    });
  return fixes.length ? ` Write ${fixes.join(', ')}.` : '';
}

/** One problem as a line of text: severity, where, why. */
function problemLine(problem) {
  const where = problem.path ? problem.path : '(document)';
  const id = problem.id !== undefined ? ` (${problem.id})` : '';
  return `${problem.severity.padEnd(8)} ${where}${id}: ${problem.reason}`;
}

function summary(report) {
  const name = report.source === '-' ? 'standard input' : report.source;
  if (!report.usable) return `${name}: unusable: the widgets show an error instead of this feed.`;
  const count = plural(report.usablePractices, 'practice');
  const warnings = report.warnings ? `, ${plural(report.warnings, 'warning')}` : '';
  if (report.valid) return `${name}: valid, ${count}${warnings}.`;
  const total = report.practices ?? report.usablePractices;
  return `${name}: not valid: ${plural(report.errors, 'error')}${warnings}; ${report.usablePractices} of ${plural(total, 'practice')} can be shown.`;
}

async function validateCommand(args) {
  const { values, positionals } = await readArgs(args, 'validate', {
    json: { type: 'boolean' },
    'base-url': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return help('validate');
  const source = onePositional(positionals, 'a feed file or URL');
  const baseUrl =
    values['base-url'] === undefined ? undefined : httpUrl(values['base-url'], '--base-url');
  const data = await loadDataLayer();
  const { report } = await checkFeed(data, source, baseUrl);
  if (values.json) {
    await writeOutput(undefined, `${data.toInlineSafeJson(report, 2)}\n`);
  } else {
    const lines = report.problems.map(problemLine);
    await writeOutput(
      undefined,
      [...lines, ...(lines.length ? [''] : []), summary(report), ''].join('\n'),
    );
  }
  return report.valid ? EXIT_OK : EXIT_INVALID;
}

/**
 * The options and positional arguments of a command. Every mistake is a UsageError that names
 * the option: an unknown one (with the closest known one), a missing value, a value given to a
 * switch. Node's own messages speak of its parser, not of this tool.
 */
async function readArgs(args, command, options) {
  const { values, positionals, tokens } = parseArgs({
    args,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const shortNames = new Map(
    Object.entries(options).flatMap(([name, spec]) => (spec.short ? [[spec.short, name]] : [])),
  );
  const isOption = (text) =>
    /^--./.test(text) || (/^-.$/.test(text) && shortNames.has(text.slice(1)));
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (!spec) {
      const known = Object.keys(options).map((name) => `--${name}`);
      const guess = await closestWord(token.rawName, known);
      throw new UsageError(
        `Unknown option ${token.rawName} for ${command}${guess ? `: did you mean ${guess}?` : '.'}`,
      );
    }
    if (
      spec.type === 'string' &&
      (token.value === undefined || (!token.inlineValue && isOption(token.value)))
    ) {
      throw new UsageError(`${token.rawName} needs a value: ${token.rawName} <value>.`);
    }
    if (spec.type === 'boolean' && token.inlineValue) {
      throw new UsageError(`${token.rawName} is a switch and takes no value ("${token.value}").`);
    }
  }
  return { values, positionals };
}

/** The nearest of a few known words to a mistyped one, when the data layer is built. */
async function closestWord(word, known) {
  try {
    const { closest } = await import('../dist/npm/data/suggest.js');
    return closest(word, known);
  } catch {
    return undefined;
  }
}

/** The one positional argument a command takes. */
function onePositional(positionals, what) {
  if (positionals.length === 0) throw new UsageError(`Missing argument: ${what}.`);
  if (positionals.length > 1) {
    throw new UsageError(`One ${what} only; also given: ${positionals.slice(1).join(' ')}.`);
  }
  return positionals[0];
}

function httpUrl(value, option) {
  if (!isUrl(value)) throw new UsageError(`${option} must be an http(s) URL, not "${value}".`);
  return value;
}

function delimiterOption(value) {
  if (value === undefined) return undefined;
  // A tab typed in a shell is hard to pass as is: "tab" and "\t" stand for it too.
  const delimiter = {
    ',': ',',
    comma: ',',
    ';': ';',
    semicolon: ';',
    '\t': '\t',
    '\\t': '\t',
    tab: '\t',
  }[value === '\t' ? value : value.trim().toLowerCase()];
  if (!delimiter) throw new UsageError(`--delimiter must be ",", ";" or tab, not "${value}".`);
  return delimiter;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** --updated: a real date written YYYY-MM-DD; a day-first or month-first date gets a suggestion. */
function dateOption(value) {
  if (value === undefined) return undefined;
  const match = DATE.exec(value.trim());
  if (match) {
    const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    if (date.toISOString().slice(0, 10) === value.trim()) return value.trim();
    throw new UsageError(`--updated "${value}" is not a date of the calendar.`);
  }
  let hint = '';
  const parts = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (parts) {
    const [first, second, year] = [+parts[1], +parts[2], parts[3]];
    // Only when the order cannot be mistaken: one of the two numbers is above 12.
    const [day, month] = first > 12 ? [first, second] : second > 12 ? [second, first] : [];
    if (day && month >= 1 && month <= 12) {
      hint = `: did you mean ${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}?`;
    }
  }
  throw new UsageError(
    `--updated must be a date written YYYY-MM-DD (e.g. 2026-11-28), not "${value}"${hint || '.'}`,
  );
}

/** --language: a BCP 47 language tag (es, pt-BR, qu). */
function languageOption(value) {
  if (value === undefined) return undefined;
  try {
    if (value.trim() && Intl.getCanonicalLocales(value.trim()).length === 1) return value.trim();
  } catch {
    // Not a well-formed tag: reported below.
  }
  throw new UsageError(`--language must be a language tag such as es, en, pt-BR, not "${value}".`);
}

async function fromCsvCommand(args) {
  const { values, positionals } = await readArgs(args, 'from-csv', {
    language: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    publisher: { type: 'string' },
    'publisher-url': { type: 'string' },
    updated: { type: 'string' },
    license: { type: 'string' },
    delimiter: { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return help('from-csv');
  const source = onePositional(positionals, 'a CSV file');
  // The feed-level fields come from options: a mistake there is the command line's, not the
  // spreadsheet's, and is said before anything is read.
  const delimiter = delimiterOption(values.delimiter);
  const updated = dateOption(values.updated);
  const language = languageOption(values.language);
  const publisherUrl =
    values['publisher-url'] === undefined
      ? undefined
      : httpUrl(values['publisher-url'], '--publisher-url');
  if (publisherUrl && !values.publisher?.trim()) {
    throw new UsageError('--publisher-url needs --publisher, the name of who publishes the feed.');
  }
  const data = await loadDataLayer();
  const input = await readSource(source);
  const report = (line) => process.stderr.write(`${line}\n`);
  let result;
  try {
    const { text, encoding } = data.decodeCsvBytes(input.bytes);
    if (encoding === 'windows-1252') {
      report(
        `warning  ${input.label}: the file is not UTF-8 and was read as Windows-1252 (Western European). Check the accents in the output, or save the spreadsheet as "CSV UTF-8".`,
      );
    }
    result = data.csvToFeed(text, {
      language,
      title: values.title,
      description: values.description,
      publisher: values.publisher,
      publisherUrl,
      updated,
      license: values.license,
      delimiter,
    });
  } catch (error) {
    if (!(error instanceof data.CsvFormatError)) throw error;
    const line = error.line === undefined ? '' : `, line ${error.line}`;
    report(`error    ${input.label}${line}: ${error.message}`);
    return EXIT_INVALID;
  }
  for (const problem of result.problems) report(csvProblemLine(problem));
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  if (errors > 0) {
    report(
      `No feed was written: fix the ${plural(errors, 'error')} in the spreadsheet, then run again.`,
    );
    return EXIT_INVALID;
  }
  await writeOutput(values.output, `${data.toInlineSafeJson(result.feed, 2)}\n`);
  if (values.output && values.output !== '-') {
    report(`Wrote ${plural(result.feed.practices.length, 'practice')} to ${values.output}.`);
  }
  return EXIT_OK;
}

/** A spreadsheet problem as a line of text: severity, row and column or feed path, why. */
function csvProblemLine(problem) {
  const row = problem.row === null ? 'document' : `row ${problem.row}`;
  const column = problem.column !== undefined ? `, column "${problem.column}"` : '';
  const path = problem.path !== undefined ? ` (${problem.path})` : '';
  return `${problem.severity.padEnd(8)} ${row}${column}${path}: ${problem.reason}`;
}

async function toCsvCommand(args) {
  const { values, positionals } = await readArgs(args, 'to-csv', {
    delimiter: { type: 'string' },
    'base-url': { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return help('to-csv');
  const source = onePositional(positionals, 'a feed file or URL');
  const delimiter = delimiterOption(values.delimiter);
  const baseUrl =
    values['base-url'] === undefined ? undefined : httpUrl(values['base-url'], '--base-url');
  const data = await loadDataLayer();
  const { report, feed, document, address } = await checkFeed(data, source, baseUrl);
  for (const problem of report.problems) process.stderr.write(`${problemLine(problem)}\n`);
  if (!feed) {
    process.stderr.write(`${summary(report)}\n`);
    return EXIT_INVALID;
  }
  const practices =
    address === data.STAND_IN_FEED_ADDRESS
      ? keepRelativeUrls(feed, document, address)
      : feed.practices;
  await writeOutput(
    values.output,
    data.practicesToCsv(practices, feed.language, {
      delimiter,
      tagLabels: feed.vocabularies.tags,
    }),
  );
  const left = (report.practices ?? practices.length) - practices.length;
  if (left > 0) {
    process.stderr.write(
      `${plural(left, 'practice was', 'practices were')} left out (see the errors above): fix them in the feed, or add them to the spreadsheet.\n`,
    );
  }
  return EXIT_OK;
}

/**
 * A local feed's relative URLs as the publisher wrote them. They were resolved against a
 * stand-in address to be checked; the spreadsheet keeps them relative to where the feed is served.
 */
function keepRelativeUrls(feed, document, address) {
  const origin = new URL(address).origin;
  const written = new Map();
  for (const practice of document.practices) {
    if (practice && typeof practice.id === 'string' && !written.has(practice.id.trim())) {
      written.set(practice.id.trim(), practice);
    }
  }
  const original = (value, raw) =>
    typeof value === 'string' && value.startsWith(`${origin}/`) && typeof raw === 'string'
      ? raw.trim()
      : value;
  return feed.practices.map((practice) => {
    const raw = written.get(practice.id) ?? {};
    return {
      ...practice,
      ...(practice.url && { url: original(practice.url, raw.url) }),
      ...(practice.organization && {
        organization: {
          ...practice.organization,
          ...(practice.organization.url && {
            url: original(practice.organization.url, raw.organization?.url),
          }),
        },
      }),
      ...(practice.image && {
        image: { ...practice.image, src: original(practice.image.src, raw.image?.src) },
      }),
    };
  });
}

async function help(command = 'main') {
  await writeOutput(undefined, `${USAGE[command] ?? USAGE.main}\n`);
  return EXIT_OK;
}

/** No command at all: the usage, on standard error, as for any other command-line mistake. */
function noCommand() {
  process.stderr.write(`${USAGE.main}\n`);
  return EXIT_USAGE;
}

async function version() {
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  await writeOutput(undefined, `${manifest.version}\n`);
  return EXIT_OK;
}

async function siteCommand(args) {
  const { values, positionals } = await readArgs(args, 'site', {
    out: { type: 'string', short: 'o' },
    'base-url': { type: 'string' },
    languages: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return help('site');
  const source = onePositional(positionals, 'a feed file or URL');
  if (!values.out) throw new UsageError('Missing --out DIR: the folder to write the site to.');
  const baseUrl =
    values['base-url'] === undefined
      ? undefined
      : new URL(httpUrl(values['base-url'], '--base-url').replace(/\/?$/, '/')).href;
  const site = await loadSiteBuilder();
  const languages = (values.languages ?? site.SITE_LANGUAGES.join(','))
    .split(',')
    .map((lang) => lang.trim().toLowerCase())
    .filter(Boolean);
  const unknown = languages.filter((lang) => !site.isSiteLanguage(lang));
  if (unknown.length || languages.length === 0) {
    throw new UsageError(
      `--languages takes es, en, pt and fr, comma-separated${unknown.length ? `; not ${unknown.join(', ')}` : ''}.`,
    );
  }
  const data = renderingData(await loadDataLayer(), site);
  // The site serves the feed beside its pages: its relative URLs resolve against that address.
  const feedAddress = baseUrl ? new URL('feed.json', baseUrl).href : undefined;
  const { report, feed } = await checkFeed(data, source, feedAddress);
  for (const problem of report.problems) process.stderr.write(`${problemLine(problem)}\n`);
  if (!feed) {
    process.stderr.write(`${summary(report)}\n`);
    return EXIT_INVALID;
  }
  const files = await site.buildSite(feed, { baseUrl, languages: [...new Set(languages)] });
  const out = values.out;
  for (const file of files) {
    const path = join(out, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
  await writeFile(join(out, 'feed.json'), (await readSource(source)).bytes);
  // The widgets' script, its lazy parts (chunks/) and stylesheet, and the embed pages' script
  // and styles (embed.js, embed.css) with embed-resize.js for the pages that embed them; not the
  // generic embed page (the site writes its own), the configurator or the source maps.
  const widgets = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
  for (const entry of await readdir(widgets, { recursive: true, withFileTypes: true })) {
    const from = join(entry.parentPath ?? entry.path, entry.name);
    const name = relative(widgets, from);
    if (!entry.isFile() || !/\.(js|css)$/.test(name) || /^configurator/.test(name)) continue;
    await mkdir(dirname(join(out, 'widgets', name)), { recursive: true });
    await copyFile(from, join(out, 'widgets', name));
  }
  const html = files.filter((file) => file.path.endsWith('.html'));
  const embeds = html.filter((file) => file.embed).length;
  const pages = html.length - embeds;
  process.stderr.write(
    `${plural(pages, 'page')} and ${plural(embeds, 'embed page')} for ${plural(feed.practices.length, 'practice')} in ${languages.join(', ')} written to ${out}${baseUrl ? '' : ' (no --base-url: no canonical addresses, link previews without address, no sitemap)'}.\n`,
  );
  return EXIT_OK;
}

const RENDER_SCOPE = ['country', 'setting', 'level', 'objective', 'q'];

async function renderCommand(args) {
  const { values, positionals } = await readArgs(args, 'render', {
    element: { type: 'string' },
    lang: { type: 'string' },
    ...Object.fromEntries(RENDER_SCOPE.map((name) => [name, { type: 'string' }])),
    'practice-id': { type: 'string' },
    layout: { type: 'string' },
    'page-size': { type: 'string' },
    src: { type: 'string' },
    inline: { type: 'boolean' },
    'practice-url': { type: 'string' },
    out: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return help('render');
  const source = onePositional(positionals, 'a feed file or URL');
  const site = await loadSiteBuilder();
  const element = values.element;
  if (!element || !site.isRenderedElement(element)) {
    throw new UsageError(
      `--element takes catalog, list, card, stats or map${element ? `; not "${element}"` : ''}.`,
    );
  }
  const lang = (values.lang ?? 'es').trim().toLowerCase();
  if (!site.isSiteLanguage(lang)) {
    throw new UsageError(`--lang takes es, en, pt or fr; not "${values.lang}".`);
  }
  if (element === 'card' && !values['practice-id']) {
    throw new UsageError('--element card needs --practice-id ID: the practice to show.');
  }
  if (element !== 'card' && (values['practice-id'] || values.layout)) {
    throw new UsageError('--practice-id and --layout are for --element card.');
  }
  if (values.layout !== undefined && !['full', 'compact'].includes(values.layout)) {
    throw new UsageError(`--layout takes full or compact; not "${values.layout}".`);
  }
  let pageSize;
  if (values['page-size'] !== undefined) {
    if (element !== 'list' && element !== 'catalog') {
      throw new UsageError('--page-size is for --element list or catalog.');
    }
    pageSize = Number(values['page-size']);
    if (!/^\d+$/.test(values['page-size']) || pageSize < 1) {
      throw new UsageError(
        `--page-size takes a whole number from 1; not "${values['page-size']}".`,
      );
    }
  }
  if (values.inline && values.src !== undefined) {
    throw new UsageError(
      '--inline and --src exclude each other: the feed is in the page, or at src.',
    );
  }
  const src = values.inline ? undefined : (values.src ?? (isUrl(source) ? source : undefined));
  if (!values.inline && src === undefined) {
    throw new UsageError(
      "Missing --src URL (the feed's address as the page will see it) or --inline (the feed in the page).",
    );
  }
  const practiceUrl =
    values['practice-url'] === undefined ? undefined : site.readPracticeUrl(values['practice-url']);
  if (values['practice-url'] !== undefined && practiceUrl === undefined) {
    throw new UsageError(
      `--practice-url takes an http(s) address or one relative to the page, with {id} where the practice's id goes (e.g. /es/practices/{id}/); not "${values['practice-url']}".`,
    );
  }
  const data = renderingData(await loadDataLayer(), site);
  const { report, feed, document } = await checkFeed(
    data,
    source,
    src && isUrl(src) ? src : undefined,
  );
  for (const problem of report.problems) process.stderr.write(`${problemLine(problem)}\n`);
  if (!feed) {
    process.stderr.write(`${summary(report)}\n`);
    return EXIT_INVALID;
  }
  const scope = Object.fromEntries(
    RENDER_SCOPE.filter((name) => values[name]).map((name) => [name, values[name]]),
  );
  if (element === 'card' && !feed.practices.some((p) => p.id === values['practice-id'])) {
    process.stderr.write(`error    No practice "${values['practice-id']}" in the feed.\n`);
    return EXIT_INVALID;
  }
  const html = await site.renderElementHtml(feed, {
    element,
    lang,
    scope,
    ...(values['practice-id'] && { practiceId: values['practice-id'] }),
    ...(values.layout && { layout: values.layout }),
    ...(pageSize !== undefined && { pageSize }),
    ...(src !== undefined && { src }),
    ...(values.inline && { inline: document }),
    ...(practiceUrl !== undefined && { practiceUrl }),
  });
  await writeOutput(values.out, html);
  return EXIT_OK;
}

/** The site generator and server renderer, built to dist/site (templates as in dist/cdn). */
async function loadSiteBuilder() {
  try {
    return await import('../dist/site/site.js');
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') {
      throw new SourceError(
        "The package's built files (dist/site) are missing. In a clone of the repository, run `npm run build` first.",
      );
    }
    throw error;
  }
}

/**
 * The data layer with the validation of the site generator's own build, for the commands that
 * render: its elements then take the validated feed as it is.
 */
const renderingData = (data, site) => ({
  ...data,
  validateAndRegisterFeed: site.validateAndRegisterFeed,
  FeedFormatError: site.FeedFormatError,
});

const COMMANDS = {
  validate: validateCommand,
  'from-csv': fromCsvCommand,
  'to-csv': toCsvCommand,
  render: renderCommand,
  site: siteCommand,
};

async function main(argv) {
  const [command, ...args] = argv;
  if (command === undefined) return noCommand();
  if (command === '--help' || command === '-h') return help();
  if (command === 'help') return help(args[0]);
  if (command === '--version' || command === '-v') return version();
  const run = COMMANDS[command];
  if (!run) {
    if (command.startsWith('-')) {
      throw new UsageError(`Unknown option ${command}: a command comes first.`);
    }
    const guess = await closestWord(command, Object.keys(COMMANDS));
    throw new UsageError(
      `Unknown command "${command}"${guess ? `: did you mean "${guess}"?` : '.'}`,
    );
  }
  try {
    return await run(args);
  } catch (error) {
    if (error instanceof UsageError) error.command ??= command;
    throw error;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(
      `practice-feed: ${error.message}\n\n${USAGE[error.command] ?? USAGE.main}\n`,
    );
    process.exitCode = EXIT_USAGE;
  } else if (error instanceof SourceError) {
    process.stderr.write(`error    ${error.message}\n`);
    process.exitCode = EXIT_INVALID;
  } else {
    throw error;
  }
}
