import type {
  FeedWarning,
  Location,
  FeedWarningCode,
  LocalizedText,
  NormalizedPractice,
  PracticeFeed,
  Text,
} from './types.js';
import { isCountryCode } from './countries.js';
import { suggestColumn, suggestCountryCode } from './suggest.js';
import { validateFeed } from './validate.js';
import { PRACTICE_FIELDS, type Field, type FieldKind } from './fields.js';
import { VOCABULARIES } from './vocabularies.js';

/*
 * The spreadsheet convention of the practice feed: one row per practice, one column per field.
 *
 * Headers are feed paths: `id`, `title` (in the feed's language) or `title.es`, `title.en` (one
 * column per language), `organization.name`, `reach.participants`, `criteria.equity.es`. `lat`
 * and `lon` give the practice's location (several locations: `;`-separated values, in the same
 * order in both columns). List fields (`countries`, `levels`, `objectives`, `tags`, `audiences`)
 * separate values with `;` inside a cell. An empty cell means the field is absent.
 *
 * Keyword labels (the feed's `vocabularies.tags`) sit beside the keywords: `tags.es`, `tags.en`
 * hold, in the row's `tags` order, each keyword's label in that language (`tags`:
 * `native-languages; tablets`, `tags.es`: `Lenguas originarias; Tabletas`). A place left empty
 * leaves that keyword without a label in that language; a keyword labelled in several rows takes
 * its first label, and a different one later is reported.
 *
 * Headers are feed paths and nothing else: a header that is not one (`Título`, `notes`) is an
 * error that names the closest path, because a column read as nothing would lose its data
 * silently. A header that starts with `#` marks a working column of the publisher's own, and is
 * skipped.
 *
 * Files are UTF-8 with or without a byte-order mark, or UTF-16 (Excel's "Unicode Text"), with
 * `,`, `;` or a tab between cells (spreadsheet programs in Spanish-, Portuguese- and
 * French-speaking locales write `;`, "Unicode Text" a tab), CRLF or LF line ends, and quoted
 * cells with doubled quotes (RFC 4180). A cell that starts like a spreadsheet formula is written
 * with a leading `'` and read back without it.
 *
 * The same module writes the widgets' "Spreadsheet (CSV)" download and reads spreadsheets for the
 * `practice-feed` command line tool, so a downloaded file converts back into a feed. No DOM.
 */

/** Separator of the values of a list inside one cell (countries, levels, tags…). */
export const LIST_SEPARATOR = ';';

/** Separators between cells that a spreadsheet file may use. */
export type CsvDelimiter = ',' | ';' | '\t';

/** A header that marks a working column of the publisher's own, which the feed leaves out. */
const WORKING_COLUMN = '#';

/**
 * The fields that fill columns: a practice's fields, an object's members in its place
 * (`organization.name`, `organization.type`…), in the feed format's order, which is also the
 * order of the columns the CSV writer writes.
 */
const CSV_FIELDS: readonly Field[] = PRACTICE_FIELDS.flatMap((spec) =>
  spec.kind === 'object' ? (spec.members ?? []) : [spec],
);
const pathsOf = (...kinds: FieldKind[]): string[] =>
  CSV_FIELDS.filter((spec) => kinds.includes(spec.kind)).map((spec) => spec.path);

/** Text columns: a path, then optionally `.<language tag>`. */
const TEXT_PATHS = pathsOf('text');
/** Columns of a list of texts, `;`-separated, parallel across languages (`audiences.es`). */
const TEXT_LIST_PATHS = pathsOf('texts');
/** Columns of a keyed text: `criteria.<key>`, then optionally `.<language tag>`. */
const TEXT_MAP_FIELDS = CSV_FIELDS.filter((spec) => spec.kind === 'text-map');
/** Columns that hold one plain value. */
const VALUE_PATHS = pathsOf('id', 'choice', 'string', 'url', 'date');
/** Columns that hold a `;`-separated list of plain values. */
const LIST_PATHS = pathsOf('countries', 'list');
/** Columns that hold country codes, checked cell by cell. */
const COUNTRY_PATHS = pathsOf('countries');
/** Columns that hold a whole number. */
const INTEGER_PATHS = pathsOf('count', 'year');
/** Columns that hold coordinates, `;`-separated when a practice has several locations. */
const COORDINATE_PATHS = ['lat', 'lon'] as const;
type CoordinatePath = (typeof COORDINATE_PATHS)[number];

/**
 * Relative URLs in a feed resolve against the feed's own address, which a spreadsheet does not
 * know yet: any http(s) address stands for it, so relative URLs are checked, not refused.
 */
export const STAND_IN_FEED_ADDRESS = 'https://feed.invalid/practices.json';

/** Columns without which no row can make a practice. */
const REQUIRED = PRACTICE_FIELDS.filter((spec) => spec.required).map((spec) => spec.path);

/** What one column of a spreadsheet holds. */
type Column =
  | { readonly kind: 'text'; readonly path: string; readonly lang: string | undefined }
  | { readonly kind: 'texts'; readonly path: string; readonly lang: string | undefined }
  | {
      readonly kind: 'text-map';
      readonly path: string;
      readonly key: string;
      readonly lang: string | undefined;
    }
  | { readonly kind: 'value'; readonly path: string }
  | { readonly kind: 'list'; readonly path: string }
  | { readonly kind: 'integer'; readonly path: string }
  | { readonly kind: 'coordinate'; readonly path: CoordinatePath }
  /** Labels of the row's keywords in one language (`tags.en`), by position. */
  | { readonly kind: 'tag-labels'; readonly path: string; readonly lang: string };

/** The list column whose values the feed may label under `vocabularies.tags`. */
const TAGS_PATH = 'tags';

/** A spreadsheet that cannot be read at all: nothing in it can become a feed. */
export class CsvFormatError extends Error {
  override readonly name = 'CsvFormatError';
  /** The line of the file where the problem is, when there is one. */
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

/** One problem found while turning a spreadsheet into a feed. */
export interface CsvProblem {
  /**
   * `error` when the feed would lose or misread data (no feed is written), `warning` when the
   * feed is still valid (an ignored column, a vocabulary value without a label).
   */
  readonly severity: 'error' | 'warning';
  /** The spreadsheet row (the header is row 1), or `null` for the sheet as a whole. */
  readonly row: number | null;
  /** The column's header, when the problem is in one cell. */
  readonly column?: string;
  /** JSON path in the feed, for problems the feed validator found (`practices[3].setting`). */
  readonly path?: string;
  readonly reason: string;
}

export interface CsvToFeedOptions {
  /** The feed's language: the language of text columns without a language suffix. Default `es`. */
  readonly language?: string;
  /** The catalogue's title, in the feed's language. */
  readonly title?: string;
  /** One paragraph about the catalogue, in the feed's language. */
  readonly description?: string;
  /** Who publishes the feed. */
  readonly publisher?: string;
  /** The publisher's web address. */
  readonly publisherUrl?: string;
  /** When the data last changed, `YYYY-MM-DD`. */
  readonly updated?: string;
  /** The data's license, e.g. `CC-BY-4.0`. */
  readonly license?: string;
  /** The separator between cells; detected from the header row when not given. */
  readonly delimiter?: CsvDelimiter;
}

export interface CsvToFeedResult {
  /** The feed, version 1. Valid when `problems` has no error. */
  readonly feed: PracticeFeed;
  /** Every problem, in the order of the spreadsheet's rows. */
  readonly problems: readonly CsvProblem[];
  /** The separator between cells that was used. */
  readonly delimiter: CsvDelimiter;
}

/**
 * How much a validator warning matters to a publisher: `warning` for a vocabulary value without
 * a label (the format allows it), `error` for everything else (a skipped practice, a dropped
 * field, an unsafe URL: the widgets would not show what the publisher wrote).
 */
export function warningSeverity(code: FeedWarningCode): 'error' | 'warning' {
  return code === 'unknown-value' ? 'warning' : 'error';
}

// ---------------------------------------------------------------------------------------------
// Reading cells

/**
 * The delimiter of a CSV text: the most frequent of `,`, `;` and a tab outside quotes in its
 * first line. Headers are feed paths, which contain none of them, so the header row alone
 * decides; a one-column file reads as `,`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') break;
    else if (char in counts) counts[char as CsvDelimiter]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/** One parsed record: its cells, and where it is. */
export interface CsvRecord {
  readonly cells: readonly string[];
  /** The spreadsheet row: blank lines count, line breaks inside a cell do not. */
  readonly row: number;
  /** The line of the file it starts on. */
  readonly line: number;
}

/** Unquoted cell content: everything up to the delimiter or a line end. */
const PLAIN_CELL = { ',': /[^,\r\n]*/y, ';': /[^;\r\n]*/y, '\t': /[^\t\r\n]*/y } as const;

/** Line breaks counted, and written as `\n`, inside a quoted cell. */
function quotedText(text: string): { text: string; breaks: number } {
  const normal = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  let breaks = 0;
  for (let at = normal.indexOf('\n'); at >= 0; at = normal.indexOf('\n', at + 1)) breaks++;
  return { text: normal, breaks };
}

/**
 * Splits a CSV text into records (RFC 4180, with CRLF, LF or CR line ends and an optional
 * byte-order mark). Cells are returned as written, quotes removed; line ends inside a quoted
 * cell become `\n`. Blank lines are left out. Cells are sliced from the text rather than built
 * a character at a time: a spreadsheet of thousands of rows reads in well under a second.
 *
 * @throws {CsvFormatError} when a quoted cell is never closed.
 */
export function parseCsv(
  text: string,
  delimiter: CsvDelimiter = detectDelimiter(text),
): CsvRecord[] {
  const records: CsvRecord[] = [];
  const plain = PLAIN_CELL[delimiter];
  const length = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let row = 1;
  while (i < length) {
    const recordLine = line;
    const cells: string[] = [];
    let quoted = false;
    for (;;) {
      let start = i;
      // Blanks before a quoted cell are skipped, but never the delimiter itself.
      while (text[start] === ' ' || (text[start] === '\t' && delimiter !== '\t')) start++;
      let value: string;
      if (text[start] === '"') {
        quoted = true;
        const quoteLine = line;
        let content = '';
        let at = start + 1;
        for (;;) {
          const close = text.indexOf('"', at);
          if (close < 0) {
            throw new CsvFormatError(
              `A quoted cell that starts on line ${quoteLine} is never closed: a quote (") is missing.`,
              quoteLine,
            );
          }
          content += text.slice(at, close);
          if (text[close + 1] !== '"') {
            at = close + 1;
            break;
          }
          content += '"';
          at = close + 2;
        }
        const cell = quotedText(content);
        line += cell.breaks;
        // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
        plain.lastIndex = at;
        const rest = plain.exec(text)![0];
        value = cell.text + rest;
        i = at + rest.length;
      } else {
        plain.lastIndex = i;
        value = plain.exec(text)![0];
        i += value.length;
      }
      cells.push(value);
      if (text[i] !== delimiter) break;
      i++;
    }
    // The record ends at a line end (or at the end of the text).
    if (text[i] === '\r') i += text[i + 1] === '\n' ? 2 : 1;
    else if (text[i] === '\n') i++;
    line++;
    if (cells.length > 1 || cells[0] !== '' || quoted)
      records.push({ cells, row, line: recordLine });
    row++;
  }
  return records;
}

/** A formula-looking start, possibly already behind the `'` a writer added. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell as the feed reads it: trimmed, and without the `'` that defused a formula. */
function cellValue(raw: string): string {
  const value = raw.trim();
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

/** Values of a list cell: trimmed, empty ones kept (their position matters for parallel lists). */
function listItems(value: string): string[] {
  return value.split(LIST_SEPARATOR).map((item) => cellValue(item));
}

// Digits grouped by thousands with `.`, `,`, a space or a no-break space: "1,500", "1.500",
// "1 500". A count is never fractional, so the group separator cannot be a decimal one.
const GROUPED_INTEGER = /^\d{1,3}([., \u00a0\u202f])\d{3}(?:\1\d{3})*$/;
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

function parseInteger(value: string): number | undefined {
  const digits = GROUPED_INTEGER.test(value) ? value.replace(/\D/g, '') : value;
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

function parseNumber(value: string): number | undefined {
  // A decimal comma, as spreadsheets in many locales write it: "-76,6".
  return NUMBER.test(value) ? Number(value.replace(',', '.')) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Headers

/** Every column name of the convention, for "did you mean" suggestions. */
const TEXT_MAP_NAMES = TEXT_MAP_FIELDS.flatMap((spec) =>
  spec.vocabulary ? VOCABULARIES[spec.vocabulary].map((key) => `${spec.path}.${key}`) : [],
);
/** Columns that take a language suffix. */
const TEXT_COLUMN_NAMES: readonly string[] = [
  ...TEXT_PATHS,
  ...TEXT_LIST_PATHS,
  ...TEXT_MAP_NAMES,
  TAGS_PATH,
];
const COLUMN_NAMES: readonly string[] = [
  ...VALUE_PATHS,
  ...LIST_PATHS,
  ...INTEGER_PATHS,
  ...COORDINATE_PATHS,
  ...TEXT_COLUMN_NAMES,
];

/** A header that names no field, with the column it most likely means. */
function unknownColumnShort(name: string): string {
  const guess = suggestColumn(name, COLUMN_NAMES, TEXT_COLUMN_NAMES);
  return guess ? `"${name}" (did you mean "${guess}"?)` : `"${name}"`;
}

/** Why a header names no field, with the column it most likely means. */
function unknownColumnReason(name: string): string {
  const guess = suggestColumn(name, COLUMN_NAMES, TEXT_COLUMN_NAMES);
  return (
    `The column "${name}" is not a field of the feed${guess ? `: did you mean "${guess}"?` : '.'}` +
    ` Headers are the feed's field names (id, title, countries, setting…); rename it, or start` +
    ` it with "${WORKING_COLUMN}" ("${WORKING_COLUMN}${name}") to keep it out of the feed.`
  );
}

/**
 * What a header names; `null` for a working column (`#notes`), which the feed leaves out; or a
 * reason it names nothing.
 */
function readHeader(header: string, feedLanguage: string): Column | string | null {
  const name = header.trim();
  if (name.startsWith(WORKING_COLUMN)) return null;
  const lower = name.toLowerCase();
  const suffix = (path: string): string | null | undefined => {
    if (lower === path) return undefined;
    if (lower.startsWith(`${path}.`) && name.length > path.length + 1) {
      return name.slice(path.length + 1);
    }
    return null;
  };
  // A text column named with the feed's language is the same column as the one without.
  const language = (lang: string | undefined) =>
    lang !== undefined && lang.toLowerCase() === feedLanguage.toLowerCase() ? undefined : lang;

  for (const path of VALUE_PATHS) if (lower === path) return { kind: 'value', path };
  for (const path of LIST_PATHS) if (lower === path) return { kind: 'list', path };
  for (const path of INTEGER_PATHS) if (lower === path) return { kind: 'integer', path };
  for (const path of COORDINATE_PATHS) if (lower === path) return { kind: 'coordinate', path };
  for (const path of TEXT_PATHS) {
    const lang = suffix(path);
    if (lang !== null) return { kind: 'text', path, lang: language(lang) };
  }
  for (const path of TEXT_LIST_PATHS) {
    const lang = suffix(path);
    if (lang !== null) return { kind: 'texts', path, lang: language(lang) };
  }
  {
    const lang = suffix(TAGS_PATH);
    if (lang) return { kind: 'tag-labels', path: TAGS_PATH, lang };
  }
  for (const { path } of TEXT_MAP_FIELDS) {
    if (!lower.startsWith(`${path}.`)) continue;
    const [key = '', ...rest] = name.slice(path.length + 1).split('.');
    if (key.trim()) {
      return {
        kind: 'text-map',
        path,
        key: key.trim(),
        lang: language(rest.join('.') || undefined),
      };
    }
  }
  return name ? unknownColumnReason(name) : '';
}

/** Two columns that fill the same field of a practice. */
function sameColumn(a: Column, b: Column): boolean {
  const part = (column: Column, key: 'lang' | 'key') =>
    key in column ? (column as Record<typeof key, unknown>)[key] : undefined;
  return (
    a.kind === b.kind &&
    a.path === b.path &&
    part(a, 'lang') === part(b, 'lang') &&
    part(a, 'key') === part(b, 'key')
  );
}

// ---------------------------------------------------------------------------------------------
// Rows to practices

type Json = Record<string, unknown>;

/** Texts by language while a row is read; `''` stands for the feed's language. */
type TextParts = Map<string, string>;

function localizedText(parts: TextParts, feedLanguage: string): LocalizedText | undefined {
  if (parts.size === 0) return undefined;
  const plain = parts.get('');
  if (parts.size === 1 && plain !== undefined) return plain;
  const text: Record<string, string> = {};
  if (plain !== undefined) text[feedLanguage] = plain;
  for (const [lang, value] of parts) if (lang) text[lang] = value;
  return text;
}

interface RowReader {
  readonly feedLanguage: string;
  readonly row: number;
  readonly problems: CsvProblem[];
  /** Keyword labels read so far, keyword → language → label and the row that gave it. */
  readonly tagLabels: Map<string, Map<string, { label: string; row: number }>>;
}

/** A row's cells, read and checked, by the field path they fill. */
interface RowCells {
  readonly values: Map<string, string>;
  readonly lists: Map<string, string[]>;
  readonly integers: Map<string, number>;
  readonly coordinates: Partial<Record<CoordinatePath, number[]>>;
  readonly texts: Map<string, TextParts>;
  /** Per field, items by language (`''` for the feed's). */
  readonly textLists: Map<string, Map<string, string[]>>;
  /** Per field, texts by key. */
  readonly textMaps: Map<string, Map<string, TextParts>>;
  /** Keyword labels by language, in the order of the row's keywords. */
  readonly tagLabels: Map<string, string[]>;
  /** The keywords with their empty places kept, for matching labels by position. */
  rawTags?: string[];
}

/** Adds one language's value to a text being read. */
function addText<K>(texts: Map<K, TextParts>, key: K, lang: string | undefined, value: string) {
  const parts = texts.get(key) ?? new Map<string, string>();
  parts.set(lang ?? '', value);
  texts.set(key, parts);
}

/** Reads every cell of a row into the field it fills, reporting cells that cannot be read. */
function readCells(
  reader: RowReader,
  columns: readonly (Column | undefined)[],
  headers: readonly string[],
  cells: readonly string[],
): RowCells {
  const read: RowCells = {
    values: new Map(),
    lists: new Map(),
    integers: new Map(),
    coordinates: {},
    texts: new Map(),
    textLists: new Map(),
    textMaps: new Map(),
    tagLabels: new Map(),
  };
  const problem = (column: number, reason: string) =>
    reader.problems.push({
      severity: 'error',
      row: reader.row,
      column: headers[column]!.trim(),
      reason,
    });

  columns.forEach((column, index) => {
    const raw = cells[index];
    if (!column || raw === undefined) return;
    const value = cellValue(raw);
    if (!value) return;
    switch (column.kind) {
      case 'text':
        addText(read.texts, column.path, column.lang, value);
        break;
      case 'text-map': {
        const entries = read.textMaps.get(column.path) ?? new Map<string, TextParts>();
        addText(entries, column.key, column.lang, value);
        read.textMaps.set(column.path, entries);
        break;
      }
      case 'texts': {
        const byLanguage = read.textLists.get(column.path) ?? new Map<string, string[]>();
        byLanguage.set(column.lang ?? '', listItems(value));
        read.textLists.set(column.path, byLanguage);
        break;
      }
      case 'tag-labels':
        read.tagLabels.set(column.lang, listItems(value));
        break;
      case 'value':
        read.values.set(column.path, value);
        break;
      case 'list': {
        if (column.path === TAGS_PATH) read.rawTags = listItems(value);
        const items = listItems(value).filter(Boolean);
        read.lists.set(column.path, items);
        if (COUNTRY_PATHS.includes(column.path)) {
          for (const code of items) {
            if (!isCountryCode(code)) problem(index, countryCodeReason(code));
          }
        }
        break;
      }
      case 'integer': {
        const number = parseInteger(value);
        if (number === undefined) {
          problem(index, `"${value}" is not a whole number of at least 0; write digits only.`);
        } else read.integers.set(column.path, number);
        break;
      }
      case 'coordinate': {
        const items = listItems(value);
        const numbers = items.map(parseNumber);
        const bad = items.find((_, i) => numbers[i] === undefined);
        if (bad !== undefined) {
          problem(index, `"${bad}" is not a number; write decimal degrees, e.g. -12.05.`);
        } else read.coordinates[column.path] = numbers as number[];
        break;
      }
    }
  });
  return read;
}

/** The value a row gives one field of a practice, in the feed's form; `undefined` for none. */
function fieldFromCells(
  reader: RowReader,
  read: RowCells,
  spec: Field,
  locations: () => unknown,
): unknown {
  const text = (parts: TextParts | undefined) =>
    parts ? localizedText(parts, reader.feedLanguage) : undefined;
  switch (spec.kind) {
    case 'text':
      return text(read.texts.get(spec.path));
    case 'texts': {
      const byLanguage = read.textLists.get(spec.path);
      return byLanguage ? readTextList(byLanguage, reader.feedLanguage) : undefined;
    }
    case 'text-map': {
      const entries = read.textMaps.get(spec.path);
      return entries?.size
        ? Object.fromEntries([...entries].map(([key, parts]) => [key, text(parts)]))
        : undefined;
    }
    case 'countries':
    case 'list':
      return read.lists.get(spec.path);
    case 'count':
    case 'year':
      return read.integers.get(spec.path);
    case 'locations':
      return locations();
    case 'object': {
      const members = (spec.members ?? []).map(
        (part) => [part.name, fieldFromCells(reader, read, part, locations)] as const,
      );
      return members.some(([, value]) => value !== undefined)
        ? Object.fromEntries(members)
        : undefined;
    }
    default:
      return read.values.get(spec.path);
  }
}

/** One row as a practice, with its keys in the feed format's order. */
function readRow(
  reader: RowReader,
  columns: readonly (Column | undefined)[],
  headers: readonly string[],
  cells: readonly string[],
): Json {
  const read = readCells(reader, columns, headers, cells);
  const locations = () => readLocations(reader, headers, columns, read.coordinates);
  const practice: Json = {};
  for (const spec of PRACTICE_FIELDS) {
    practice[spec.name] = fieldFromCells(reader, read, spec, locations);
  }
  readTagLabels(reader, headers, columns, read);
  return practice;
}

/** A row's keyword labels (`tags.en`) matched by position with its keywords (`tags`). */
function readTagLabels(
  reader: RowReader,
  headers: readonly string[],
  columns: readonly (Column | undefined)[],
  read: RowCells,
): void {
  if (read.tagLabels.size === 0) return;
  // The keywords as the list column reads them: empty places kept, so positions match.
  const tagsColumn = columns.findIndex((c) => c?.kind === 'list' && c.path === TAGS_PATH);
  const tags = read.rawTags ?? [];
  for (const [lang, labels] of read.tagLabels) {
    const column = columns.findIndex((c) => c?.kind === 'tag-labels' && c.lang === lang);
    const header = headers[column]?.trim() ?? `${TAGS_PATH}.${lang}`;
    labels.forEach((label, i) => {
      if (!label) return;
      const tag = tags[i];
      if (!tag) {
        reader.problems.push({
          severity: 'warning',
          row: reader.row,
          column: header,
          reason: `The label "${label}" is in place ${i + 1}, but ${
            tagsColumn >= 0 ? `the "${TAGS_PATH}" cell` : `there is no "${TAGS_PATH}" column, so it`
          } has no keyword there; it was ignored.`,
        });
        return;
      }
      const byLanguage = reader.tagLabels.get(tag) ?? new Map();
      const earlier = byLanguage.get(lang);
      if (earlier && earlier.label !== label) {
        reader.problems.push({
          severity: 'warning',
          row: reader.row,
          column: header,
          reason: `The keyword "${tag}" is labelled "${earlier.label}" in row ${earlier.row} and "${label}" here; the first label is kept.`,
        });
        return;
      }
      if (!earlier) byLanguage.set(lang, { label, row: reader.row });
      reader.tagLabels.set(tag, byLanguage);
    });
  }
}

/** Why a countries cell value is not a code, with the code it most likely means. */
function countryCodeReason(value: string): string {
  const code = suggestCountryCode(value);
  return code
    ? `"${value}" is not an ISO 3166-1 alpha-2 country code: write "${code}".`
    : `"${value}" is not an ISO 3166-1 alpha-2 country code: write two capital letters, e.g. "PE" for Peru.`;
}

function readLocations(
  reader: RowReader,
  headers: readonly string[],
  columns: readonly (Column | undefined)[],
  coordinates: Partial<Record<CoordinatePath, number[]>>,
): { lat: number; lon: number }[] | undefined {
  const { lat = [], lon = [] } = coordinates;
  if (lat.length === 0 && lon.length === 0) return undefined;
  if (lat.length !== lon.length) {
    const column = columns.findIndex((c) => c?.kind === 'coordinate' && c.path === 'lon');
    reader.problems.push({
      severity: 'error',
      row: reader.row,
      column: column >= 0 ? headers[column]!.trim() : 'lon',
      reason: `lat has ${lat.length} value(s) and lon ${lon.length}: each location needs both, in the same order.`,
    });
    return undefined;
  }
  return lat.map((latitude, i) => ({ lat: latitude, lon: lon[i]! }));
}

/** Parallel lists by language (`audiences.es`, `audiences.en`) zipped into one text per item. */
function readTextList(
  byLanguage: ReadonlyMap<string, readonly string[]>,
  feedLanguage: string,
): LocalizedText[] | undefined {
  const count = Math.max(0, ...[...byLanguage.values()].map((items) => items.length));
  const audiences: LocalizedText[] = [];
  for (let i = 0; i < count; i++) {
    const parts: TextParts = new Map();
    for (const [lang, items] of byLanguage) if (items[i]) parts.set(lang, items[i]!);
    const text = localizedText(parts, feedLanguage);
    if (text !== undefined) audiences.push(text);
  }
  return audiences.length ? audiences : undefined;
}

/** A copy without `undefined` members, at every depth, so the JSON is exactly what was read. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .map(([key, member]) => [key, withoutUndefined(member)]),
  );
}

/**
 * Turns a spreadsheet (CSV text) into a version-1 feed, following the convention at the top of
 * this module. Every problem is reported with its spreadsheet row and column; the resulting feed
 * is also run through the validator, and what it reports is mapped back to rows. The feed is
 * valid when no problem is an error.
 *
 * @throws {CsvFormatError} when the text has no header row, a quoted cell is never closed, a
 *   required column (`id`, `title`, `countries`, `setting`) is missing, or a column repeats.
 */
export function csvToFeed(text: string, options: CsvToFeedOptions = {}): CsvToFeedResult {
  const feedLanguage = options.language?.trim() || 'es';
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const [header, ...records] = parseCsv(text, delimiter);
  if (!header) throw new CsvFormatError('The file is empty: the first row must name the columns.');

  const problems: CsvProblem[] = [];
  const headers = header.cells;
  const unknown: string[] = [];
  const columns: (Column | undefined)[] = headers.map((name, index) => {
    const column = readHeader(name, feedLanguage);
    if (column === null) return undefined;
    if (typeof column === 'string') {
      if (column) {
        unknown.push(unknownColumnShort(name.trim()));
        problems.push({ severity: 'error', row: 1, column: name.trim(), reason: column });
        return undefined;
      }
      // An unnamed column with nothing in it is only a spreadsheet's trailing separator; one
      // with data would lose it.
      const used = records.find((record) => record.cells[index]?.trim());
      if (used) {
        problems.push({
          severity: 'error',
          row: 1,
          column: `#${index + 1}`,
          reason: `Column ${index + 1} has no header, but row ${used.row} has data in it. Name the column after a feed field, or start its header with "${WORKING_COLUMN}" to keep it out of the feed.`,
        });
      }
      return undefined;
    }
    const earlier = headers.findIndex((_, i) => {
      const other = readHeader(headers[i]!, feedLanguage);
      return i < index && other !== null && typeof other !== 'string' && sameColumn(other, column);
    });
    if (earlier >= 0) {
      throw new CsvFormatError(
        `The columns "${headers[earlier]!.trim()}" and "${name.trim()}" fill the same field; keep one.`,
        header.line,
      );
    }
    return column;
  });
  const missing = REQUIRED.filter(
    (path) => !columns.some((column) => column && 'path' in column && column.path === path),
  );
  if (missing.length > 0) {
    // Say what the first row does hold: a Spanish header, or cells run together because they
    // are separated by something other than `,`, `;` or a tab.
    const found =
      headers.length === 1
        ? ` The first row is one single column, "${headers[0]!.trim().slice(0, 80)}": cells must be separated by ",", ";" or a tab.`
        : unknown.length > 0
          ? ` Headers are the feed's field names; these are not: ${unknown.join(', ')}.`
          : '';
    throw new CsvFormatError(
      `The first row must name the columns, and ${missing.map((name) => `"${name}"`).join(', ')} ${
        missing.length === 1 ? 'is' : 'are'
      } missing. Every practice needs an id, a title, its countries and its setting.${found}`,
      header.line,
    );
  }

  const practices: Json[] = [];
  const rows: number[] = [];
  const tagLabels: RowReader['tagLabels'] = new Map();
  records.forEach((record) => {
    const { row } = record;
    if (record.cells.every((cell) => !cell.trim())) return;
    const extra = record.cells.slice(headers.length).filter((cell) => cell.trim());
    if (extra.length > 0) {
      problems.push({
        severity: 'error',
        row,
        reason: `The row has ${extra.length} filled cell(s) beyond the last named column; they were ignored.`,
      });
    }
    practices.push(
      readRow({ feedLanguage, row, problems, tagLabels }, columns, headers, record.cells),
    );
    rows.push(row);
  });

  const draft = withoutUndefined({
    version: 1,
    title: options.title?.trim() || undefined,
    description: options.description?.trim() || undefined,
    publisher: options.publisher?.trim()
      ? { name: options.publisher.trim(), url: options.publisherUrl?.trim() || undefined }
      : undefined,
    updated: options.updated?.trim() || undefined,
    language: feedLanguage,
    license: options.license?.trim() || undefined,
    vocabularies: tagLabels.size
      ? {
          tags: Object.fromEntries(
            [...tagLabels].map(([tag, byLanguage]) => [
              tag,
              Object.fromEntries([...byLanguage].map(([lang, { label }]) => [lang, label])),
            ]),
          ),
        }
      : undefined,
    practices,
  }) as PracticeFeed;

  // The validator's findings, each placed on its row: the publisher fixes the spreadsheet. A bad
  // country code was already reported on its cell, with a suggestion.
  const countryRows = new Set(
    problems.filter((p) => p.column !== undefined && isCountriesHeader(p.column)).map((p) => p.row),
  );
  const { warnings } = validateFeed(draft, { baseUrl: STAND_IN_FEED_ADDRESS });
  for (const warning of warnings) {
    const problem = validatorProblem(warning, rows);
    if (countryRows.has(problem.row) && /^practices\[\d+\]\.countries\b/.test(warning.path))
      continue;
    problems.push(problem);
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { feed: draft, problems, delimiter };
}

const isCountriesHeader = (header: string) => COUNTRY_PATHS.includes(header.trim().toLowerCase());

function validatorProblem(warning: FeedWarning, rows: readonly number[]): CsvProblem {
  return {
    severity: warningSeverity(warning.code),
    row: warning.index === null ? null : (rows[warning.index] ?? null),
    path: warning.path,
    reason: warning.reason,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Numbers of a list cell (coordinates of several locations): never formulas, never defused. */
interface NumberList {
  readonly numbers: readonly number[];
}

type CellValue = string | number | NumberList | undefined;

/** Quotes a cell when needed (RFC 4180); a string that starts like a formula gets a `'`. */
function cell(value: CellValue): string {
  if (value === undefined) return '';
  let text: string;
  if (typeof value === 'object') text = value.numbers.join(`${LIST_SEPARATOR} `);
  else {
    text = String(value);
    // Spreadsheet programs run cells that start like a formula; feed text must stay text.
    // Numbers (a negative longitude) are numbers, not formulas.
    if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  }
  // Every delimiter is quoted, so the file reads the same whichever one a program assumes.
  return /[",;\t\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvWriteOptions {
  /** The separator between cells; default `,`. */
  readonly delimiter?: CsvDelimiter;
  /**
   * The feed's keyword labels (`feed.vocabularies.tags`): written as `tags.<language>` columns
   * beside `tags`, so that they read back.
   */
  readonly tagLabels?: { readonly [keyword: string]: Text };
}

/** The `tags.<language>` columns: each keyword's label, by position, in one language. */
function tagLabelColumns(
  practices: readonly NormalizedPractice[],
  labels: { readonly [keyword: string]: Text },
  feedLanguage: string,
): CsvColumns {
  const labelOf = (tag: string): Text | undefined =>
    Object.hasOwn(labels, tag) ? labels[tag] : undefined;
  const used = practices.flatMap((p) => p.tags.map(labelOf));
  const languages = used.some(Boolean) ? languagesOf(used, feedLanguage) : [];
  return {
    headers: languages.map((lang) => `${TAGS_PATH}.${lang}`),
    cells: (p) =>
      languages.map((lang) =>
        p.tags.some((tag) => labelOf(tag)?.[lang])
          ? p.tags.map((tag) => labelOf(tag)?.[lang] ?? '').join(`${LIST_SEPARATOR} `)
          : undefined,
      ),
  };
}

/** Languages one text field uses across the practices: the feed's language first. */
function languagesOf(texts: readonly (Text | undefined)[], feedLanguage: string): string[] {
  const languages = new Set<string>([feedLanguage]);
  for (const text of texts) if (text) for (const lang of Object.keys(text)) languages.add(lang);
  return [...languages];
}

/** The columns one field takes in a file: their headers, and a practice's cells in them. */
interface CsvColumns {
  readonly headers: readonly string[];
  readonly cells: (practice: NormalizedPractice) => readonly CellValue[];
}

type Reading = Record<string, unknown> | undefined;

/** Reads a field's value in a normalized practice, by its path (`organization.name`). */
function valueReader(spec: Field): (practice: NormalizedPractice) => unknown {
  const [first = '', second] = spec.path.split('.');
  return second === undefined
    ? (practice) => (practice as unknown as Record<string, unknown>)[first]
    : (practice) => ((practice as unknown as Record<string, unknown>)[first] as Reading)?.[second];
}

const joinList = (values: readonly string[]) =>
  values.length ? values.join(`${LIST_SEPARATOR} `) : undefined;

/**
 * The columns of one field (of a practice, or an object's member) for these practices: one per
 * language its texts use, one per key of a keyed text, `lat` and `lon` for locations.
 */
function fieldColumns(
  spec: Field,
  practices: readonly NormalizedPractice[],
  feedLanguage: string,
): CsvColumns {
  const textColumns = (path: string, read: (p: NormalizedPractice) => Text | undefined) => {
    const languages = languagesOf(practices.map(read), feedLanguage);
    return {
      headers: languages.map((lang) => `${path}.${lang}`),
      cells: (p: NormalizedPractice) => languages.map((lang) => read(p)?.[lang]),
    };
  };
  const valueAt = valueReader(spec);
  switch (spec.kind) {
    case 'text':
      return textColumns(spec.path, (p) => valueAt(p) as Text | undefined);
    case 'texts': {
      const items = (p: NormalizedPractice) => valueAt(p) as readonly Text[];
      const languages = languagesOf(practices.flatMap(items), feedLanguage);
      return {
        headers: languages.map((lang) => `${spec.path}.${lang}`),
        // Parallel lists: an item missing in one language keeps its place with an empty value.
        cells: (p) =>
          languages.map((lang) =>
            items(p).some((text) => text[lang])
              ? items(p)
                  .map((text) => text[lang] ?? '')
                  .join(`${LIST_SEPARATOR} `)
              : undefined,
          ),
      };
    }
    case 'text-map': {
      const entries = (p: NormalizedPractice) =>
        valueAt(p) as readonly { readonly key: string; readonly text: Text }[];
      // Keys in the order the feed first names them, so one practice's order survives.
      const keys = [...new Set(practices.flatMap((p) => entries(p).map((entry) => entry.key)))];
      const columns = keys.map((key) =>
        textColumns(`${spec.path}.${key}`, (p) => entries(p).find((e) => e.key === key)?.text),
      );
      return {
        headers: columns.flatMap((column) => column.headers),
        cells: (p) => columns.flatMap((column) => column.cells(p)),
      };
    }
    case 'locations': {
      const coordinate = (p: NormalizedPractice, key: CoordinatePath): NumberList | undefined => {
        const locations = valueAt(p) as readonly Location[];
        return locations.length ? { numbers: locations.map((point) => point[key]) } : undefined;
      };
      return {
        headers: COORDINATE_PATHS,
        cells: (p) => COORDINATE_PATHS.map((key) => coordinate(p, key)),
      };
    }
    case 'countries':
    case 'list':
      return { headers: [spec.path], cells: (p) => [joinList(valueAt(p) as string[])] };
    default:
      return { headers: [spec.path], cells: (p) => [valueAt(p) as CellValue] };
  }
}

/** Writes rows of cells as CSV text: UTF-8 byte-order mark, CRLF line ends. */
function csvText(rows: readonly (readonly CellValue[])[], delimiter: CsvDelimiter): string {
  const line = (cells: readonly CellValue[]) => cells.map(cell).join(delimiter);
  return '\uFEFF' + rows.map(line).join('\r\n') + '\r\n';
}

/**
 * The practices as CSV in the spreadsheet convention: UTF-8 with a byte-order mark (so spreadsheet
 * programs show accents), CRLF line ends, one row per practice, one column per field and per
 * language (`title.es`, `title.en`), lists joined with `; `. Every language is named in the
 * headers, so the file reads back the same whatever the feed's language.
 */
export function practicesToCsv(
  practices: readonly NormalizedPractice[],
  feedLanguage: string,
  options: CsvWriteOptions = {},
): string {
  const columns = CSV_FIELDS.flatMap((spec) => {
    const column = fieldColumns(spec, practices, feedLanguage);
    return spec.path === TAGS_PATH && options.tagLabels
      ? [column, tagLabelColumns(practices, options.tagLabels, feedLanguage)]
      : [column];
  });
  const headers = columns.flatMap((column) => column.headers);
  const rows = practices.map((p) => {
    const row: CellValue[] = [];
    for (const column of columns) for (const value of column.cells(p)) row.push(value);
    return row;
  });
  return csvText([headers, ...rows], options.delimiter ?? ',');
}

// ---------------------------------------------------------------------------------------------
// Bytes

/** The encodings a spreadsheet file is read in. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * UTF-16 without a byte-order mark: text in Latin script has a zero byte in every other place.
 * Checked over the first bytes, where the header row is.
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(bytes.length, 512) >> 1;
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/** Files that are not text at all, by their first bytes, with what to do instead. */
const NOT_TEXT: readonly { readonly start: readonly number[]; readonly what: string }[] = [
  {
    start: [0x50, 0x4b, 0x03, 0x04],
    what: 'a workbook (.xlsx or .ods: a zip archive), not a CSV file',
  },
  { start: [0xd0, 0xcf, 0x11, 0xe0], what: 'an Excel 97-2003 workbook (.xls), not a CSV file' },
  { start: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document, not a CSV file' },
];

/**
 * Decodes a spreadsheet file: UTF-8 (with or without a byte-order mark), UTF-16 (with a
 * byte-order mark, as Excel's "Unicode Text" writes it, or without one), or, when the bytes are
 * not valid UTF-8, Windows-1252 (what spreadsheet programs on Windows write for a plain "CSV"
 * in Western European languages).
 *
 * @throws {CsvFormatError} when the file is a workbook or another binary file, saying what it is.
 */
export function decodeCsvBytes(bytes: Uint8Array): {
  readonly text: string;
  readonly encoding: CsvEncoding;
} {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  for (const { start, what } of NOT_TEXT) {
    if (start.every((byte, i) => bytes[i] === byte)) {
      throw new CsvFormatError(
        `The file is ${what}. Save the sheet as "CSV UTF-8" (or "Unicode Text") and convert that file.`,
      );
    }
  }
  if (bytes.subarray(0, 4096).includes(0)) {
    throw new CsvFormatError(
      'The file is not text (it holds zero bytes): save the sheet as "CSV UTF-8" and convert that file.',
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
