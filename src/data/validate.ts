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
 * makes its record (or field) unusable rather than the whole feed.
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
  type VocabularyLabels,
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
   * The address the feed was read from. Relative URLs in the feed are resolved against it; without
   * it they are dropped. Becomes `sourceUrl` of the result.
   */
  readonly baseUrl?: string;
}

const DEFAULT_LANGUAGE = 'es';
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

type Json = { readonly [key: string]: unknown };
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Labels = { [value: string]: Text };

/** What every reader of a value needs: where warnings go and how plain strings are read. */
interface Scope {
  readonly language: LanguageTag;
  readonly base: string | undefined;
  readonly labels: VocabularyLabels;
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

/** An own property only: inherited ones (including a script-set prototype) are not feed data. */
const field = (object: Json, key: string): unknown =>
  hasOwn(object, key) ? object[key] : undefined;

const keyPath = (key: string): string =>
  IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;

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
  return id === undefined ? { index, path, code, reason } : { index, id, path, code, reason };
}

function report(scope: Scope, path: string, code: FeedWarningCode, reason: string): void {
  scope.warnings.push(warning(scope.index, scope.id, path, code, reason));
}

const dropped = (scope: Scope, path: string, reason: string): void =>
  report(scope, path, 'dropped-field', reason);

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

const isTextLike = (value: unknown): value is string | Json =>
  typeof value === 'string' || isObject(value);

/**
 * A LocalizedText as a `Text`, or `undefined` when it has no usable string (empty strings count
 * as missing). Bad entries of an object are dropped with a warning; the caller decides what a
 * missing text means.
 */
function toText(scope: Scope, value: string | Json, path: string): Text | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed ? { [scope.language]: trimmed } : undefined;
  }
  let text: { [lang: string]: string } | undefined;
  for (const key of Object.keys(value)) {
    const entry = value[key];
    if (typeof entry !== 'string') {
      dropped(
        scope,
        path + keyPath(key),
        `Text for ${show(key)} is ${show(entry)}, not a string; it was dropped.`,
      );
      continue;
    }
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const tag = canonicalTag(scope.tags, key.trim());
    if (tag === undefined) {
      dropped(
        scope,
        path + keyPath(key),
        `${show(key)} is not a language tag; its text was dropped.`,
      );
      continue;
    }
    text ??= {};
    if (hasOwn(text, tag)) {
      dropped(
        scope,
        path + keyPath(key),
        `A text in ${tag} was already given; this one was dropped.`,
      );
      continue;
    }
    text[tag] = trimmed;
  }
  return text;
}

/** An optional LocalizedText field: absent, empty or wrong-typed all give `undefined`. */
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
  return value.trim() || undefined;
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

function unsafeReason(scope: Scope, value: string, outcome: string): string {
  const relative = scope.base === undefined && !SCHEME.test(value);
  return relative
    ? `${show(value)} is a relative URL and the feed's address is unknown; ${outcome}.`
    : `${show(value)} is not an http(s) URL; ${outcome}.`;
}

/** An optional URL: kept only as an absolute http(s) address. */
function optionalUrl(scope: Scope, object: Json, key: string, path: string): string | undefined {
  const value = optionalString(scope, object, key, path);
  if (value === undefined) return undefined;
  const url = safeUrl(value, scope.base);
  if (url === undefined) {
    report(scope, path, 'unsafe-url', unsafeReason(scope, value, 'it was dropped'));
  }
  return url;
}

/** An optional array field: absent gives `undefined`, a non-array is dropped with a warning. */
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

function checkVocabulary(
  scope: Scope,
  vocabulary: VocabularyName,
  value: string,
  path: string,
): void {
  if (isKnownValue(vocabulary, value) || hasOwn(scope.labels[vocabulary], value)) return;
  report(
    scope,
    path,
    'unknown-value',
    `${show(value)} is not a known ${vocabulary} value and the feed gives no label for it; it is shown as written.`,
  );
}

/** Strings of an array: trimmed, empty ones left out silently, repeats left out. */
function stringList(
  scope: Scope,
  object: Json,
  key: string,
  path: string,
  vocabulary?: VocabularyName,
): string[] {
  const items = optionalArray(scope, object, key, path);
  const list: string[] = [];
  if (!items) return list;
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== 'string') {
      dropped(scope, `${path}[${i}]`, `${show(item)} is not a string; it was dropped.`);
      continue;
    }
    const value = item.trim();
    if (!value || seen.has(value)) continue;
    seen.add(value);
    list.push(value);
    if (vocabulary) checkVocabulary(scope, vocabulary, value, `${path}[${i}]`);
  }
  return list;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

const isYear = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;

function isDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days =
    month === 2
      ? leap
        ? 29
        : 28
      : month === 4 || month === 6 || month === 9 || month === 11
        ? 30
        : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

const isCoordinate = (value: unknown, limit: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= -limit && value <= limit;

// -0 from JSON would survive as a distinct value in Object.is comparisons and in serialization.
const positiveZero = (value: number): number => (value === 0 ? 0 : value);

function readLocations(scope: Scope, practice: Json, path: string): Location[] {
  const items = optionalArray(scope, practice, 'locations', path);
  const locations: Location[] = [];
  if (!items) return locations;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const lat = isObject(item) ? field(item, 'lat') : undefined;
    const lon = isObject(item) ? field(item, 'lon') : undefined;
    if (isCoordinate(lat, 90) && isCoordinate(lon, 180)) {
      locations.push({ lat: positiveZero(lat), lon: positiveZero(lon) });
    } else {
      dropped(
        scope,
        `${path}[${i}]`,
        'A location needs a number lat in [-90, 90] and lon in [-180, 180]; it was dropped.',
      );
    }
  }
  return locations;
}

function readOrganization(
  scope: Scope,
  practice: Json,
  path: string,
): NormalizedPractice['organization'] {
  const value = optionalObject(scope, practice, 'organization', path);
  if (!value) return undefined;
  const name = field(value, 'name');
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (!trimmed) {
    dropped(scope, `${path}.name`, `The organization has no name (${show(name)}); it was dropped.`);
    return undefined;
  }
  const organization: Mutable<NonNullable<NormalizedPractice['organization']>> = { name: trimmed };
  const type = optionalString(scope, value, 'type', `${path}.type`);
  if (type !== undefined) {
    organization.type = type;
    checkVocabulary(scope, 'organizationTypes', type, `${path}.type`);
  }
  const url = optionalUrl(scope, value, 'url', `${path}.url`);
  if (url !== undefined) organization.url = url;
  return organization;
}

function readAudiences(scope: Scope, practice: Json, path: string): Text[] {
  const items = optionalArray(scope, practice, 'audiences', path);
  const audiences: Text[] = [];
  if (!items) return audiences;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isTextLike(item)) {
      dropped(scope, `${path}[${i}]`, `An audience is ${show(item)}, not a text; it was dropped.`);
      continue;
    }
    const text = toText(scope, item, `${path}[${i}]`);
    if (text) audiences.push(text);
  }
  return audiences;
}

function readCount(scope: Scope, reach: Json, key: string, path: string): number | undefined {
  const value = field(reach, key);
  if (value === undefined) return undefined;
  if (isCount(value)) return positiveZero(value);
  dropped(
    scope,
    path,
    `${key} is ${show(value)}, not a whole number of at least 0; it was dropped.`,
  );
  return undefined;
}

function readReach(scope: Scope, practice: Json, path: string): NormalizedPractice['reach'] {
  const value = optionalObject(scope, practice, 'reach', path);
  if (!value) return undefined;
  const reach: Mutable<NonNullable<NormalizedPractice['reach']>> = {};
  const participants = readCount(scope, value, 'participants', `${path}.participants`);
  if (participants !== undefined) reach.participants = participants;
  const institutions = readCount(scope, value, 'institutions', `${path}.institutions`);
  if (institutions !== undefined) reach.institutions = institutions;
  const note = optionalText(scope, value, 'note', `${path}.note`);
  if (note) reach.note = note;
  return Object.keys(reach).length > 0 ? reach : undefined;
}

function readCriteria(scope: Scope, practice: Json, path: string): NormalizedPractice['criteria'] {
  const value = optionalObject(scope, practice, 'criteria', path);
  const criteria: { key: string; text: Text }[] = [];
  if (!value) return criteria;
  const seen = new Set<string>();
  for (const rawKey of Object.keys(value)) {
    const entry = value[rawKey];
    const entryPath = path + keyPath(rawKey);
    if (!isTextLike(entry)) {
      dropped(
        scope,
        entryPath,
        `The criterion ${show(rawKey)} is ${show(entry)}, not a text; it was dropped.`,
      );
      continue;
    }
    const key = rawKey.trim();
    if (!key) {
      dropped(scope, entryPath, 'A criterion has an empty name; it was dropped.');
      continue;
    }
    const text = toText(scope, entry, entryPath);
    if (!text || seen.has(key)) continue;
    seen.add(key);
    criteria.push({ key, text });
    checkVocabulary(scope, 'criteria', key, entryPath);
  }
  return criteria;
}

function readImage(scope: Scope, practice: Json, path: string): NormalizedPractice['image'] {
  const value = optionalObject(scope, practice, 'image', path);
  if (!value) return undefined;
  const rawSrc = field(value, 'src');
  const src = typeof rawSrc === 'string' ? rawSrc.trim() : '';
  if (!src) {
    dropped(scope, `${path}.src`, `The image has no src (${show(rawSrc)}); it was dropped.`);
    return undefined;
  }
  const url = safeUrl(src, scope.base);
  if (url === undefined) {
    report(scope, `${path}.src`, 'unsafe-url', unsafeReason(scope, src, 'the image was dropped'));
    return undefined;
  }
  const rawAlt = field(value, 'alt');
  const alt = isTextLike(rawAlt) ? toText(scope, rawAlt, `${path}.alt`) : undefined;
  if (!alt) {
    dropped(scope, `${path}.alt`, `The image has no alt text (${show(rawAlt)}); it was dropped.`);
    return undefined;
  }
  return { src: url, alt };
}

/** The reason a required field skips its practice. */
const notA = (name: string, value: unknown, expected: string): string =>
  value === undefined
    ? `The practice has no ${name}; it was skipped.`
    : `The ${name} is ${show(value)}, not ${expected}; the practice was skipped.`;

function requiredId(
  practice: Json,
  prefix: string,
  ids: ReadonlySet<string>,
  scope: Scope,
): string {
  const path = `${prefix}.id`;
  const value = field(practice, 'id');
  if (typeof value !== 'string') {
    throw new SkipRecord(path, notA('id', value, 'a string'));
  }
  const id = value.trim();
  if (!ID_PATTERN.test(id)) {
    throw new SkipRecord(
      path,
      `The id ${show(value)} is not 1 to 80 lower-case letters, digits and hyphens, starting with a letter or digit; the practice was skipped.`,
    );
  }
  scope.id = id;
  if (ids.has(id)) {
    throw new SkipRecord(
      path,
      `The id ${show(id)} is used by an earlier practice; this one was skipped.`,
      'duplicate-id',
    );
  }
  return id;
}

function requiredTitle(scope: Scope, practice: Json, prefix: string): Text {
  const path = `${prefix}.title`;
  const value = field(practice, 'title');
  if (!isTextLike(value)) {
    throw new SkipRecord(path, notA('title', value, 'a text'));
  }
  const title = toText(scope, value, path);
  if (!title) throw new SkipRecord(path, 'The title is empty; the practice was skipped.');
  return title;
}

function requiredCountries(scope: Scope, practice: Json, prefix: string): string[] {
  const path = `${prefix}.countries`;
  const value = field(practice, 'countries');
  if (!Array.isArray(value)) {
    throw new SkipRecord(path, notA('countries', value, 'an array'));
  }
  const countries: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const code = typeof item === 'string' ? item.trim() : item;
    if (isCountryCode(code)) {
      if (!countries.includes(code)) countries.push(code);
    } else {
      dropped(
        scope,
        `${path}[${i}]`,
        `${show(item)} is not an ISO 3166-1 alpha-2 country code in upper case; it was dropped.`,
      );
    }
  }
  if (countries.length === 0) {
    throw new SkipRecord(
      path,
      value.length === 0
        ? 'countries is empty; the practice was skipped.'
        : 'countries has no valid ISO 3166-1 alpha-2 code; the practice was skipped.',
    );
  }
  return countries;
}

function requiredSetting(practice: Json, prefix: string): NormalizedPractice['setting'] {
  const value = field(practice, 'setting');
  const setting = typeof value === 'string' ? value.trim() : value;
  if (!isSetting(setting)) {
    throw new SkipRecord(
      `${prefix}.setting`,
      notA('setting', value, `one of ${SETTINGS.join(', ')}`),
    );
  }
  return setting;
}

function readPractice(
  scope: Scope,
  value: unknown,
  prefix: string,
  ids: ReadonlySet<string>,
): NormalizedPractice {
  if (!isObject(value)) {
    throw new SkipRecord(prefix, `The practice is ${show(value)}, not an object; it was skipped.`);
  }
  // Required fields first: a skipped practice gets one warning, not one per field.
  const id = requiredId(value, prefix, ids, scope);
  const title = requiredTitle(scope, value, prefix);
  const countries = requiredCountries(scope, value, prefix);
  const setting = requiredSetting(value, prefix);

  // Built in the order of FEED-FORMAT.md, so that serialized practices read like the feed.
  const practice: Mutable<NormalizedPractice> = { id, title } as Mutable<NormalizedPractice>;
  const summary = optionalText(scope, value, 'summary', `${prefix}.summary`);
  if (summary) practice.summary = summary;
  const description = optionalText(scope, value, 'description', `${prefix}.description`);
  if (description) practice.description = description;
  practice.countries = countries;
  const place = optionalText(scope, value, 'place', `${prefix}.place`);
  if (place) practice.place = place;
  practice.locations = readLocations(scope, value, `${prefix}.locations`);
  practice.setting = setting;
  practice.levels = stringList(scope, value, 'levels', `${prefix}.levels`, 'levels');
  practice.objectives = stringList(
    scope,
    value,
    'objectives',
    `${prefix}.objectives`,
    'objectives',
  );
  const organization = readOrganization(scope, value, `${prefix}.organization`);
  if (organization) practice.organization = organization;
  practice.audiences = readAudiences(scope, value, `${prefix}.audiences`);
  practice.tags = stringList(scope, value, 'tags', `${prefix}.tags`);
  const reach = readReach(scope, value, `${prefix}.reach`);
  if (reach) practice.reach = reach;
  const year = field(value, 'year');
  if (isYear(year)) {
    practice.year = year;
  } else if (year !== undefined) {
    dropped(
      scope,
      `${prefix}.year`,
      `The year ${show(year)} is not a whole number from ${MIN_YEAR} to ${MAX_YEAR}; it was dropped.`,
    );
  }
  practice.criteria = readCriteria(scope, value, `${prefix}.criteria`);
  const url = optionalUrl(scope, value, 'url', `${prefix}.url`);
  if (url !== undefined) practice.url = url;
  const image = readImage(scope, value, `${prefix}.image`);
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
          ? 'The feed has no "version"; this reader understands version 1.'
          : `Unsupported feed version ${show(version)}; this reader understands version 1.`,
      );
    }
    const practices = field(input, 'practices');
    if (!Array.isArray(practices)) {
      throw new FeedFormatError('no-practices', `"practices" is ${show(practices)}, not an array.`);
    }
    return { document: input, practices };
  } catch (error) {
    if (error instanceof FeedFormatError) throw error;
    // A script-made object whose properties throw when read (a getter, a revoked proxy).
    throw new FeedFormatError('not-object', 'The feed could not be read as a JSON object.');
  }
}

/**
 * Reads a document-level field; one that throws when read (possible only for script-made input)
 * costs that field, not the feed.
 */
function guarded<T>(scope: Scope, path: string, read: () => T): T | undefined {
  try {
    return read();
  } catch {
    dropped(scope, path, `${path} could not be read; it was dropped.`);
    return undefined;
  }
}

/** The feed's `language`, canonical; needed before any text is read, so read first. */
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
  // No prototype: a lookup such as `labels.levels['constructor']` must find nothing.
  return Object.create(null) as Labels;
}

function readVocabularies(scope: Scope, document: Json): VocabularyLabels {
  const labels = scope.labels as { [N in VocabularyName]: Labels };
  const value = optionalObject(scope, document, 'vocabularies', 'vocabularies');
  if (!value) return labels;
  for (const name of VOCABULARY_NAMES) {
    const path = `vocabularies.${name}`;
    const entries = optionalObject(scope, value, name, path);
    if (!entries) continue;
    for (const rawKey of Object.keys(entries)) {
      const entry = entries[rawKey];
      const entryPath = path + keyPath(rawKey);
      if (!isTextLike(entry)) {
        dropped(
          scope,
          entryPath,
          `The label of ${show(rawKey)} is ${show(entry)}, not a text; it was dropped.`,
        );
        continue;
      }
      const key = rawKey.trim();
      const text = toText(scope, entry, entryPath);
      if (key && text && !hasOwn(labels[name], key)) labels[name][key] = text;
    }
  }
  return labels;
}

function readPublisher(scope: Scope, document: Json): NormalizedFeed['publisher'] {
  const value = optionalObject(scope, document, 'publisher', 'publisher');
  if (!value) return undefined;
  const name = field(value, 'name');
  const trimmed = typeof name === 'string' ? name.trim() : '';
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

/**
 * Checks a feed document against FEED-FORMAT.md and returns it normalized, with a warning for
 * every record skipped and every field dropped.
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
  const scope: Scope = {
    language,
    base: baseUrl,
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

  const feed: Mutable<NormalizedFeed> = { version: 1 } as Mutable<NormalizedFeed>;
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
  guarded(scope, 'vocabularies', () => readVocabularies(scope, document));
  feed.vocabularies = scope.labels;

  const practices: NormalizedPractice[] = [];
  const ids = new Set<string>();
  const length = guarded(scope, 'practices', () => items.length) ?? 0;
  for (let index = 0; index < length; index++) {
    const prefix = `practices[${index}]`;
    const recordWarnings: FeedWarning[] = [];
    scope.index = index;
    scope.id = undefined;
    scope.warnings = recordWarnings;
    try {
      const practice = readPractice(scope, items[index], prefix, ids);
      ids.add(practice.id);
      practices.push(practice);
      // A loop, not push(...spread): a record may carry more warnings than a call has arguments.
      for (const recordWarning of recordWarnings) warnings.push(recordWarning);
    } catch (error) {
      const skip =
        error instanceof SkipRecord
          ? error
          : new SkipRecord(prefix, 'The practice could not be read; it was skipped.');
      warnings.push(warning(index, scope.id, skip.path, skip.code, skip.reason));
    }
  }
  scope.warnings = warnings;
  feed.practices = practices;
  if (baseUrl !== undefined) feed.sourceUrl = baseUrl;
  return { feed, warnings };
}
