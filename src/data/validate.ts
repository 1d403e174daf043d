/**
 * Validation and normalization of a practice feed, version 1 (FEED-FORMAT.md).
 *
 * Only a document that cannot be used at all throws (`FeedFormatError`). Everything else is
 * repaired: a practice that breaks a rule for a required field is skipped, a bad optional field
 * is dropped, and each is reported once as a `FeedWarning`. The input is never modified and is
 * never part of the output.
 *
 * The input may come from `JSON.parse` or from a script, so it is read defensively: only own
 * properties count, keys such as `__proto__` are plain data, and a value that throws when read
 * costs its practice (or document field), not the feed.
 */
import { isCountryCode } from './countries.js';
import {
  FeedFormatError,
  type FeedValidationResult,
  type FeedWarning,
  type FeedWarningCode,
  type LanguageTag,
  type Location,
  type NormalizedFeed,
  type NormalizedPractice,
  type Text,
} from './types.js';
import { safeUrl } from './urls.js';
import {
  SETTINGS,
  VOCABULARY_NAMES,
  isKnownValue,
  isSetting,
  type VocabularyName,
} from './vocabularies.js';

export interface ValidateOptions {
  /**
   * The address the feed was read from. Relative URLs in the feed are resolved against it;
   * without it they are dropped. Becomes `sourceUrl` of the result.
   */
  readonly baseUrl?: string;
}

const DEFAULT_LANGUAGE = 'es';
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
// Above this many items, repeats are found with a Set rather than by scanning the list.
const SMALL_LIST = 16;
/**
 * Text that draws nothing: spaces, controls, format characters (zero-width spaces and joiners,
 * bidirectional marks and overrides) and the other default-ignorable code points (variation
 * selectors, fillers). A string made only of these has no visible or accessible name. The
 * format characters that are drawn (the Arabic, Syriac and Kaithi number signs) are not in it.
 */
const INVISIBLE =
  /^(?:(?![\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}])[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}])*$/u;

type Json = { readonly [key: string]: unknown };
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Labels = { [value: string]: Text };
type Organization = NonNullable<NormalizedPractice['organization']>;
type Reach = NonNullable<NormalizedPractice['reach']>;

/**
 * What every reader needs: where warnings go, and how plain strings are read.
 *
 * Paths handed to readers are relative to the current practice (`organization.url`) and are
 * completed only when a warning is written, so a clean feed builds no path strings at all.
 */
interface Scope {
  readonly language: LanguageTag;
  readonly base: string | undefined;
  readonly labels: { readonly [N in VocabularyName]: Labels };
  /** Canonical form of each language tag seen, `null` when invalid; per call, so it cannot grow. */
  readonly tags: Map<string, string | null>;
  index: number | null;
  id: string | undefined;
  warnings: FeedWarning[];
}

/** Thrown inside one practice to skip it; caught by the loop over practices. */
class SkipRecord {
  readonly path: string;
  readonly reason: string;
  readonly code: FeedWarningCode;

  constructor(path: string, reason: string, code: FeedWarningCode = 'skipped-record') {
    this.path = path;
    this.reason = reason;
    this.code = code;
  }
}

const hasOwn = (object: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(object, key);

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isTextLike = (value: unknown): value is string | Json =>
  typeof value === 'string' || isObject(value);

/** Whether a trimmed, non-empty string draws nothing at all (see `INVISIBLE`). */
const isInvisible = (value: string): boolean => INVISIBLE.test(value);

/** An invisible string as its code points (`U+200B U+200C`): printed as is, it shows nothing. */
function codePoints(value: string): string {
  const points = Array.from(
    value.slice(0, 40),
    (char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
  const shown = points.slice(0, 8).join(' ');
  return points.length > 8 || value.length > 40 ? `${shown} …` : shown;
}

const invisibleReason = (value: string, outcome: string): string =>
  `The text (${codePoints(value)}) has no visible character; ${outcome}.`;

/**
 * The array at its exact size. An array grown by `push` keeps room for 17 items, and a feed's
 * normalized practices hold seven arrays each, mostly of one or two items: copying them halves
 * the memory the result keeps.
 */
const compact = <T>(list: T[]): T[] => (list.length > 0 ? list.slice() : list);

/** An own property only: inherited ones (a script-set prototype) are not feed data. */
const field = (object: Json, key: string): unknown =>
  hasOwn(object, key) ? object[key] : undefined;

/** `parent.key`, or `parent["pt-BR"]` when the key is not a plain name. */
const member = (parent: string, key: string): string => {
  const step = IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return parent ? parent + step : step.startsWith('.') ? step.slice(1) : step;
};

const item = (parent: string, index: number): string => `${parent}[${index}]`;

/** Where a value sits: a parent path and, for a member or an item, its key or index. */
type Step = string | number | undefined;

function pathOf(parent: string, step: Step): string {
  if (step === undefined) return parent;
  return typeof step === 'number' ? item(parent, step) : member(parent, step);
}

function absolutePath(index: number | null, path: string): string {
  if (index === null) return path;
  const prefix = `practices[${index}]`;
  if (!path) return prefix;
  return path.startsWith('[') ? prefix + path : `${prefix}.${path}`;
}

/** A value as quoted in a warning: short, and safe to print whatever it is. */
function show(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function warning(
  index: number | null,
  id: string | undefined,
  path: string,
  code: FeedWarningCode,
  reason: string,
): FeedWarning {
  const absolute = absolutePath(index, path);
  return id === undefined
    ? { index, path: absolute, code, reason }
    : { index, id, path: absolute, code, reason };
}

function report(scope: Scope, path: string, code: FeedWarningCode, reason: string): void {
  scope.warnings.push(warning(scope.index, scope.id, path, code, reason));
}

function dropped(scope: Scope, path: string, reason: string): void {
  report(scope, path, 'dropped-field', reason);
}

/**
 * Reports a string that has characters but none visible (`"\u200b"`), which then counts as
 * missing, as an empty one would. The warning is kept only if its practice is: a required field
 * that ends up missing skips the practice with a warning of its own.
 */
function invisible(scope: Scope, path: string, value: string): void {
  dropped(scope, path, invisibleReason(value, 'it was dropped'));
}

/** A trimmed string, or `''` when it has no visible character (reported as dropped). */
function visible(scope: Scope, path: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed && isInvisible(trimmed)) {
    invisible(scope, path, trimmed);
    return '';
  }
  return trimmed;
}

function canonicalTag(tags: Map<string, string | null>, tag: string): string | undefined {
  let canonical = tags.get(tag);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(tag)[0] ?? null;
    } catch {
      canonical = null;
    }
    tags.set(tag, canonical);
  }
  return canonical ?? undefined;
}

/**
 * A LocalizedText as a `Text`, or `undefined` when it has no usable string (empty strings count
 * as missing). Bad entries of an object are dropped with a warning; what a missing text means
 * is the caller's decision.
 */
function toText(scope: Scope, value: string | Json, parent: string, step?: Step): Text | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed && isInvisible(trimmed)) {
      invisible(scope, pathOf(parent, step), trimmed);
      return undefined;
    }
    return trimmed ? { [scope.language]: trimmed } : undefined;
  }
  let text: { [lang: string]: string } | undefined;
  for (const key in value) {
    if (!hasOwn(value, key)) continue;
    const entry = value[key];
    if (typeof entry !== 'string') {
      dropped(
        scope,
        member(pathOf(parent, step), key),
        `The text for ${show(key)} is ${show(entry)}, not a string; it was dropped.`,
      );
      continue;
    }
    const trimmed = entry.trim();
    if (!trimmed) continue;
    if (isInvisible(trimmed)) {
      invisible(scope, member(pathOf(parent, step), key), trimmed);
      continue;
    }
    const tag = canonicalTag(scope.tags, key.trim());
    if (tag === undefined) {
      dropped(
        scope,
        member(pathOf(parent, step), key),
        `${show(key)} is not a language tag; its text was dropped.`,
      );
      continue;
    }
    text ??= {};
    if (hasOwn(text, tag)) {
      dropped(
        scope,
        member(pathOf(parent, step), key),
        `A text in ${tag} was given before; this one was dropped.`,
      );
      continue;
    }
    text[tag] = trimmed;
  }
  return text;
}

/** An optional LocalizedText: absent, empty and wrong-typed all give `undefined`. */
function optionalText(scope: Scope, object: Json, key: string, path: string): Text | undefined {
  const value = field(object, key);
  if (value === undefined) return undefined;
  if (!isTextLike(value)) {
    dropped(scope, path, `${key} is ${show(value)}, not a text; it was dropped.`);
    return undefined;
  }
  return toText(scope, value, path);
}

/** An optional plain string: trimmed, and absent when empty. */
function optionalString(scope: Scope, object: Json, key: string, path: string): string | undefined {
  const value = field(object, key);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    dropped(scope, path, `${key} is ${show(value)}, not a string; it was dropped.`);
    return undefined;
  }
  return visible(scope, path, value) || undefined;
}

function unsafeUrl(scope: Scope, path: string, value: string, outcome: string): void {
  const relative = scope.base === undefined && !SCHEME.test(value);
  const reason = relative
    ? `${show(value)} is a relative URL and the feed's address is unknown; ${outcome}.`
    : `${show(value)} is not an http(s) URL; ${outcome}.`;
  report(scope, path, 'unsafe-url', reason);
}

/** An optional URL: kept only as an absolute http(s) address. */
function optionalUrl(scope: Scope, object: Json, key: string, path: string): string | undefined {
  const value = optionalString(scope, object, key, path);
  if (value === undefined) return undefined;
  const url = safeUrl(value, scope.base);
  if (url === undefined) unsafeUrl(scope, path, value, 'it was dropped');
  return url;
}

function optionalArray(
  scope: Scope,
  object: Json,
  key: string,
  path: string,
): readonly unknown[] | undefined {
  const value = field(object, key);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    dropped(scope, path, `${key} is ${show(value)}, not an array; it was dropped.`);
    return undefined;
  }
  return value;
}

function optionalObject(scope: Scope, object: Json, key: string, path: string): Json | undefined {
  const value = field(object, key);
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    dropped(scope, path, `${key} is ${show(value)}, not an object; it was dropped.`);
    return undefined;
  }
  return value;
}

/** Reports a vocabulary value that neither the widgets nor the feed give a label for. */
function checkVocabulary(
  scope: Scope,
  vocabulary: VocabularyName,
  value: string,
  parent: string,
  step?: Step,
): void {
  if (isKnownValue(vocabulary, value) || hasOwn(scope.labels[vocabulary], value)) return;
  report(
    scope,
    pathOf(parent, step),
    'unknown-value',
    `${show(value)} is not a known ${vocabulary} value and the feed gives no label for it; it is shown as written.`,
  );
}

/** Strings of an array: trimmed, empty ones left out silently, repeats left out. */
function stringList(
  scope: Scope,
  object: Json,
  key: string,
  vocabulary?: VocabularyName,
): string[] {
  const items = optionalArray(scope, object, key, key);
  const list: string[] = [];
  if (!items) return list;
  const seen = items.length > SMALL_LIST ? new Set<string>() : undefined;
  for (let i = 0; i < items.length; i++) {
    const raw: unknown = items[i];
    if (typeof raw !== 'string') {
      dropped(scope, item(key, i), `${show(raw)} is not a string; it was dropped.`);
      continue;
    }
    const value = visible(scope, item(key, i), raw);
    if (!value || (seen ? seen.has(value) : list.includes(value))) continue;
    seen?.add(value);
    list.push(value);
    if (vocabulary) checkVocabulary(scope, vocabulary, value, key, i);
  }
  return compact(list);
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const isYear = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;

const isCoordinate = (value: unknown, limit: number): value is number =>
  typeof value === 'number' && value >= -limit && value <= limit;

// JSON can hold -0, which would then differ from 0 in Object.is comparisons.
const unsigned = (value: number): number => (value === 0 ? 0 : value);

function isDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day >= 1 && day <= days;
}

function readLocations(scope: Scope, practice: Json): Location[] {
  const items = optionalArray(scope, practice, 'locations', 'locations');
  const locations: Location[] = [];
  if (!items) return locations;
  for (let i = 0; i < items.length; i++) {
    const raw: unknown = items[i];
    const lat = isObject(raw) ? field(raw, 'lat') : undefined;
    const lon = isObject(raw) ? field(raw, 'lon') : undefined;
    if (isCoordinate(lat, 90) && isCoordinate(lon, 180)) {
      locations.push({ lat: unsigned(lat), lon: unsigned(lon) });
    } else {
      dropped(
        scope,
        item('locations', i),
        'A location needs a number lat in [-90, 90] and lon in [-180, 180]; it was dropped.',
      );
    }
  }
  return compact(locations);
}

function readOrganization(scope: Scope, practice: Json): Organization | undefined {
  const value = optionalObject(scope, practice, 'organization', 'organization');
  if (!value) return undefined;
  const name = field(value, 'name');
  const trimmed = typeof name === 'string' && !isInvisible(name.trim()) ? name.trim() : '';
  if (!trimmed) {
    dropped(
      scope,
      'organization.name',
      `The organization has no name (${show(name)}); it was dropped.`,
    );
    return undefined;
  }
  const organization: Mutable<Organization> = { name: trimmed };
  const type = optionalString(scope, value, 'type', 'organization.type');
  if (type !== undefined) {
    organization.type = type;
    checkVocabulary(scope, 'organizationTypes', type, 'organization.type');
  }
  const url = optionalUrl(scope, value, 'url', 'organization.url');
  if (url !== undefined) organization.url = url;
  return organization;
}

function readAudiences(scope: Scope, practice: Json): Text[] {
  const items = optionalArray(scope, practice, 'audiences', 'audiences');
  const audiences: Text[] = [];
  if (!items) return audiences;
  for (let i = 0; i < items.length; i++) {
    const raw: unknown = items[i];
    if (!isTextLike(raw)) {
      dropped(
        scope,
        item('audiences', i),
        `An audience is ${show(raw)}, not a text; it was dropped.`,
      );
      continue;
    }
    const text = toText(scope, raw, 'audiences', i);
    if (text) audiences.push(text);
  }
  return compact(audiences);
}

function readCount(scope: Scope, reach: Json, key: string, path: string): number | undefined {
  const value = field(reach, key);
  if (value === undefined) return undefined;
  if (isCount(value)) return unsigned(value);
  dropped(
    scope,
    path,
    `${key} is ${show(value)}, not a whole number of at least 0; it was dropped.`,
  );
  return undefined;
}

function readReach(scope: Scope, practice: Json): Reach | undefined {
  const value = optionalObject(scope, practice, 'reach', 'reach');
  if (!value) return undefined;
  const participants = readCount(scope, value, 'participants', 'reach.participants');
  const institutions = readCount(scope, value, 'institutions', 'reach.institutions');
  const note = optionalText(scope, value, 'note', 'reach.note');
  if (participants === undefined && institutions === undefined && !note) return undefined;
  const reach: Mutable<Reach> = {};
  if (participants !== undefined) reach.participants = participants;
  if (institutions !== undefined) reach.institutions = institutions;
  if (note) reach.note = note;
  return reach;
}

function readYear(scope: Scope, practice: Json): number | undefined {
  const value = field(practice, 'year');
  if (value === undefined || isYear(value)) return value;
  dropped(
    scope,
    'year',
    `The year ${show(value)} is not a whole number from ${MIN_YEAR} to ${MAX_YEAR}; it was dropped.`,
  );
  return undefined;
}

function readCriteria(scope: Scope, practice: Json): NormalizedPractice['criteria'] {
  const value = optionalObject(scope, practice, 'criteria', 'criteria');
  const criteria: { key: string; text: Text }[] = [];
  if (!value) return criteria;
  for (const rawKey in value) {
    if (!hasOwn(value, rawKey)) continue;
    const entry = value[rawKey];
    if (!isTextLike(entry)) {
      dropped(
        scope,
        member('criteria', rawKey),
        `The criterion ${show(rawKey)} is ${show(entry)}, not a text; it was dropped.`,
      );
      continue;
    }
    const key = rawKey.trim();
    if (!key) {
      dropped(scope, member('criteria', rawKey), 'A criterion has no name; it was dropped.');
      continue;
    }
    const text = toText(scope, entry, 'criteria', rawKey);
    if (!text || criteria.some((criterion) => criterion.key === key)) continue;
    criteria.push({ key, text });
    checkVocabulary(scope, 'criteria', key, 'criteria', rawKey);
  }
  return compact(criteria);
}

function readImage(scope: Scope, practice: Json): NormalizedPractice['image'] {
  const value = optionalObject(scope, practice, 'image', 'image');
  if (!value) return undefined;
  const rawSrc = field(value, 'src');
  const src = typeof rawSrc === 'string' ? rawSrc.trim() : '';
  if (!src) {
    dropped(scope, 'image.src', `The image has no src (${show(rawSrc)}); it was dropped.`);
    return undefined;
  }
  const url = safeUrl(src, scope.base);
  if (url === undefined) {
    unsafeUrl(scope, 'image.src', src, 'the image was dropped');
    return undefined;
  }
  const rawAlt = field(value, 'alt');
  const alt = isTextLike(rawAlt) ? toText(scope, rawAlt, 'image.alt') : undefined;
  if (!alt) {
    dropped(scope, 'image.alt', `The image has no alt text (${show(rawAlt)}); it was dropped.`);
    return undefined;
  }
  return { src: url, alt };
}

/** The reason a required field skips its practice. */
const skipReason = (name: string, value: unknown, expected: string): string =>
  value === undefined
    ? `The practice has no ${name}; it was skipped.`
    : `The ${name} is ${show(value)}, not ${expected}; the practice was skipped.`;

function requiredId(scope: Scope, practice: Json, ids: ReadonlySet<string>): string {
  const value = field(practice, 'id');
  if (typeof value !== 'string') {
    throw new SkipRecord('id', skipReason('id', value, 'a string'));
  }
  const id = value.trim();
  if (!ID_PATTERN.test(id)) {
    throw new SkipRecord(
      'id',
      `The id ${show(value)} is not 1 to 80 lower-case letters, digits and hyphens starting with a letter or digit; the practice was skipped.`,
    );
  }
  scope.id = id;
  if (ids.has(id)) {
    throw new SkipRecord(
      'id',
      `The id ${show(id)} is used by an earlier practice; this one was skipped.`,
      'duplicate-id',
    );
  }
  return id;
}

function requiredTitle(scope: Scope, practice: Json): Text {
  const value = field(practice, 'title');
  if (!isTextLike(value)) throw new SkipRecord('title', skipReason('title', value, 'a text'));
  const title = toText(scope, value, 'title');
  if (!title) {
    const reason =
      typeof value === 'string' && value.trim()
        ? invisibleReason(value.trim(), 'the practice was skipped')
        : 'The title is empty or has no visible character; the practice was skipped.';
    throw new SkipRecord('title', reason);
  }
  return title;
}

function requiredCountries(scope: Scope, practice: Json): string[] {
  const value = field(practice, 'countries');
  if (!Array.isArray(value)) {
    throw new SkipRecord('countries', skipReason('countries', value, 'an array'));
  }
  const countries: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    const code = typeof raw === 'string' ? raw.trim() : raw;
    if (isCountryCode(code)) {
      // At most 249 distinct codes, so scanning stays cheap.
      if (!countries.includes(code)) countries.push(code);
    } else {
      dropped(
        scope,
        item('countries', i),
        `${show(raw)} is not an ISO 3166-1 alpha-2 country code in upper case; it was dropped.`,
      );
    }
  }
  if (countries.length === 0) {
    throw new SkipRecord(
      'countries',
      value.length === 0
        ? 'The countries list is empty; the practice was skipped.'
        : 'The countries list has no valid ISO 3166-1 alpha-2 code; the practice was skipped.',
    );
  }
  return compact(countries);
}

function requiredSetting(practice: Json): NormalizedPractice['setting'] {
  const value = field(practice, 'setting');
  const setting = typeof value === 'string' ? value.trim() : value;
  if (!isSetting(setting)) {
    throw new SkipRecord('setting', skipReason('setting', value, `one of ${SETTINGS.join(', ')}`));
  }
  return setting;
}

function readPractice(scope: Scope, value: unknown, ids: ReadonlySet<string>): NormalizedPractice {
  if (!isObject(value)) {
    throw new SkipRecord('', `The practice is ${show(value)}, not an object; it was skipped.`);
  }
  // Required fields first: a skipped practice gets one warning, not one per field.
  const id = requiredId(scope, value, ids);
  const title = requiredTitle(scope, value);
  const countries = requiredCountries(scope, value);
  const setting = requiredSetting(value);

  const summary = optionalText(scope, value, 'summary', 'summary');
  const description = optionalText(scope, value, 'description', 'description');
  const place = optionalText(scope, value, 'place', 'place');
  const locations = readLocations(scope, value);
  const levels = stringList(scope, value, 'levels', 'levels');
  const objectives = stringList(scope, value, 'objectives', 'objectives');
  const organization = readOrganization(scope, value);
  const audiences = readAudiences(scope, value);
  const tags = stringList(scope, value, 'tags');
  const reach = readReach(scope, value);
  const year = readYear(scope, value);
  const criteria = readCriteria(scope, value);
  const url = optionalUrl(scope, value, 'url', 'url');
  const image = readImage(scope, value);

  // Keys in the order of FEED-FORMAT.md, so that a serialized practice reads like the feed.
  const practice = { id, title } as Mutable<NormalizedPractice>;
  if (summary) practice.summary = summary;
  if (description) practice.description = description;
  practice.countries = countries;
  if (place) practice.place = place;
  practice.locations = locations;
  practice.setting = setting;
  practice.levels = levels;
  practice.objectives = objectives;
  if (organization) practice.organization = organization;
  practice.audiences = audiences;
  practice.tags = tags;
  if (reach) practice.reach = reach;
  if (year !== undefined) practice.year = year;
  practice.criteria = criteria;
  if (url !== undefined) practice.url = url;
  if (image) practice.image = image;
  return practice;
}

/** The parts without which nothing can be shown; anything wrong here is fatal. */
function readDocument(input: unknown): { document: Json; practices: readonly unknown[] } {
  try {
    if (!isObject(input)) {
      throw new FeedFormatError('not-object', `The feed is ${show(input)}, not a JSON object.`);
    }
    const version = field(input, 'version');
    if (version !== 1) {
      throw new FeedFormatError(
        'unsupported-version',
        version === undefined
          ? 'Unsupported feed version: the feed has no "version"; version 1 is understood.'
          : `Unsupported feed version ${show(version)}; version 1 is understood.`,
      );
    }
    const practices = field(input, 'practices');
    if (!Array.isArray(practices)) {
      throw new FeedFormatError(
        'no-practices',
        practices === undefined
          ? 'The feed has no "practices" list.'
          : `"practices" is ${show(practices)}, not an array.`,
      );
    }
    return { document: input, practices };
  } catch (error) {
    if (error instanceof FeedFormatError) throw error;
    // A script-made object whose properties throw when read (a getter, a revoked proxy).
    throw new FeedFormatError('not-object', 'The feed could not be read as a JSON object.');
  }
}

/** A document-level field that throws when read (script-made input) costs that field only. */
function guarded<T>(scope: Scope, path: string, read: () => T): T | undefined {
  try {
    return read();
  } catch {
    dropped(scope, path, `${path} could not be read; it was dropped.`);
    return undefined;
  }
}

/** The feed's `language`, canonical. Read first: every plain-string text depends on it. */
function readLanguage(
  document: Json,
  warnings: FeedWarning[],
  tags: Map<string, string | null>,
): LanguageTag {
  let value: unknown;
  try {
    value = field(document, 'language');
  } catch {
    value = null;
  }
  if (value === undefined) return DEFAULT_LANGUAGE;
  const trimmed = typeof value === 'string' ? value.trim() : undefined;
  if (trimmed === '') return DEFAULT_LANGUAGE;
  const canonical = trimmed === undefined ? undefined : canonicalTag(tags, trimmed);
  if (canonical !== undefined) return canonical;
  warnings.push(
    warning(
      null,
      undefined,
      'language',
      'dropped-field',
      `The language ${show(value)} is not a language tag; "${DEFAULT_LANGUAGE}" is used.`,
    ),
  );
  return DEFAULT_LANGUAGE;
}

function emptyLabels(): Labels {
  // No prototype: looking up a value such as `constructor` must find no label.
  return Object.create(null) as Labels;
}

function readVocabularies(scope: Scope, document: Json): void {
  const value = optionalObject(scope, document, 'vocabularies', 'vocabularies');
  if (!value) return;
  for (const name of VOCABULARY_NAMES) {
    const path = `vocabularies.${name}`;
    const entries = optionalObject(scope, value, name, path);
    if (!entries) continue;
    const labels = scope.labels[name];
    for (const rawKey in entries) {
      if (!hasOwn(entries, rawKey)) continue;
      const entry = entries[rawKey];
      if (!isTextLike(entry)) {
        dropped(
          scope,
          member(path, rawKey),
          `The label of ${show(rawKey)} is ${show(entry)}, not a text; it was dropped.`,
        );
        continue;
      }
      const key = rawKey.trim();
      const text = toText(scope, entry, path, rawKey);
      if (key && text && !hasOwn(labels, key)) labels[key] = text;
    }
  }
}

function readPublisher(scope: Scope, document: Json): NormalizedFeed['publisher'] {
  const value = optionalObject(scope, document, 'publisher', 'publisher');
  if (!value) return undefined;
  const name = field(value, 'name');
  const trimmed = typeof name === 'string' && !isInvisible(name.trim()) ? name.trim() : '';
  if (!trimmed) {
    dropped(scope, 'publisher.name', `The publisher has no name (${show(name)}); it was dropped.`);
    return undefined;
  }
  const url = optionalUrl(scope, value, 'url', 'publisher.url');
  return url === undefined ? { name: trimmed } : { name: trimmed, url };
}

function readUpdated(scope: Scope, document: Json): string | undefined {
  const value = optionalString(scope, document, 'updated', 'updated');
  if (value === undefined || isDate(value)) return value;
  dropped(scope, 'updated', `${show(value)} is not a date written YYYY-MM-DD; it was dropped.`);
  return undefined;
}

/** The readers' shared context for one document (see `Scope`). */
function newScope(
  language: LanguageTag,
  base: string | undefined,
  tags: Map<string, string | null>,
  warnings: FeedWarning[],
): Scope {
  return {
    language,
    base,
    labels: {
      levels: emptyLabels(),
      objectives: emptyLabels(),
      organizationTypes: emptyLabels(),
      criteria: emptyLabels(),
      settings: emptyLabels(),
    },
    tags,
    index: null,
    id: undefined,
    warnings,
  };
}

/**
 * Reads the practice at `index` of the document, adding its warnings to `warnings`: those of
 * its fields when it is kept (gathered in `recordWarnings` meanwhile), one when it is skipped.
 */
function readRecord(
  scope: Scope,
  value: unknown,
  index: number,
  ids: ReadonlySet<string>,
  recordWarnings: FeedWarning[],
  warnings: FeedWarning[],
): NormalizedPractice | undefined {
  recordWarnings.length = 0;
  scope.index = index;
  scope.id = undefined;
  scope.warnings = recordWarnings;
  try {
    const practice = readPractice(scope, value, ids);
    // A loop, not push(...spread): a record may carry more warnings than a call takes arguments.
    for (const recordWarning of recordWarnings) warnings.push(recordWarning);
    return practice;
  } catch (error) {
    const skip =
      error instanceof SkipRecord
        ? error
        : new SkipRecord('', 'The practice could not be read; it was skipped.');
    warnings.push(warning(index, scope.id, skip.path, skip.code, skip.reason));
    return undefined;
  }
}

/**
 * Checks a feed document against FEED-FORMAT.md and returns it normalized, with a warning for
 * every practice skipped and every field dropped or reported.
 *
 * @throws {FeedFormatError} when the document is not an object, its `version` is not 1, or its
 *   `practices` is not an array. Nothing else throws, whatever the input.
 */
export function validateFeed(input: unknown, options?: ValidateOptions): FeedValidationResult {
  const { document, practices: items } = readDocument(input);
  const baseUrl = typeof options?.baseUrl === 'string' ? options.baseUrl : undefined;
  const warnings: FeedWarning[] = [];
  const tags = new Map<string, string | null>();
  const language = readLanguage(document, warnings, tags);
  const scope = newScope(language, baseUrl, tags, warnings);

  const feed = { version: 1 } as Mutable<NormalizedFeed>;
  const title = guarded(scope, 'title', () => optionalText(scope, document, 'title', 'title'));
  if (title) feed.title = title;
  const description = guarded(scope, 'description', () =>
    optionalText(scope, document, 'description', 'description'),
  );
  if (description) feed.description = description;
  const publisher = guarded(scope, 'publisher', () => readPublisher(scope, document));
  if (publisher) feed.publisher = publisher;
  const updated = guarded(scope, 'updated', () => readUpdated(scope, document));
  if (updated !== undefined) feed.updated = updated;
  feed.language = language;
  const license = guarded(scope, 'license', () =>
    optionalString(scope, document, 'license', 'license'),
  );
  if (license !== undefined) feed.license = license;
  // Labels first: whether a practice's vocabulary value is reported depends on them.
  guarded(scope, 'vocabularies', () => readVocabularies(scope, document));
  feed.vocabularies = scope.labels;

  const practices: NormalizedPractice[] = [];
  const ids = new Set<string>();
  // Warnings of the current practice, kept only if the practice is: a skipped one reports once.
  const recordWarnings: FeedWarning[] = [];
  const length = guarded(scope, 'practices', () => items.length) ?? 0;
  for (let index = 0; index < length; index++) {
    const practice = readRecord(scope, items[index], index, ids, recordWarnings, warnings);
    if (!practice) continue;
    ids.add(practice.id);
    practices.push(practice);
  }
  feed.practices = practices;
  if (baseUrl !== undefined) feed.sourceUrl = baseUrl;
  return { feed, warnings };
}

/** One practice checked on its own, by `validatePractice`. */
export interface PracticeValidationResult {
  /** The practice normalized; `undefined` when it had to be skipped. */
  readonly practice: NormalizedPractice | undefined;
  readonly warnings: readonly FeedWarning[];
}

/**
 * Checks one practice object as `validateFeed` checks each practice of a feed (texts in the
 * default language, no vocabularies of its own), with the same warnings: paths and indexes as
 * for the first practice of a feed (`practices[0]`). Never throws.
 */
export function validatePractice(
  input: unknown,
  options?: ValidateOptions,
): PracticeValidationResult {
  const baseUrl = typeof options?.baseUrl === 'string' ? options.baseUrl : undefined;
  const warnings: FeedWarning[] = [];
  const scope = newScope(DEFAULT_LANGUAGE, baseUrl, new Map(), warnings);
  const practice = readRecord(scope, input, 0, new Set(), [], warnings);
  return { practice, warnings };
}
