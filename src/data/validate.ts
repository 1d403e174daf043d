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
import { runAtOnce } from './slices.js';
import { isCountryCode } from './countries.js';
import { FEED_FIELDS, PRACTICE_FIELDS, aNoun, type Field, type FieldKind } from './fields.js';
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
  LABELLED_NAMES,
  VOCABULARIES,
  isKnownValue,
  type LabelledName,
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
type Labels = { [value: string]: Text };

/**
 * What every reader needs: where warnings go, and how plain strings are read.
 *
 * Paths handed to readers are relative to the current practice (`organization.url`) and are
 * completed only when a warning is written, so a clean feed builds no path strings at all.
 */
interface ValidationContext {
  readonly language: LanguageTag;
  readonly base: string | undefined;
  readonly labels: { readonly [N in LabelledName]: Labels };
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

function report(ctx: ValidationContext, path: string, code: FeedWarningCode, reason: string): void {
  ctx.warnings.push(warning(ctx.index, ctx.id, path, code, reason));
}

function dropped(ctx: ValidationContext, path: string, reason: string): void {
  report(ctx, path, 'dropped-field', reason);
}

/**
 * Reports a string that has characters but none visible (`"\u200b"`), which then counts as
 * missing, as an empty one would. The warning is kept only if its practice is: a required field
 * that ends up missing skips the practice with a warning of its own.
 */
function invisible(ctx: ValidationContext, path: string, value: string): void {
  dropped(ctx, path, invisibleReason(value, 'it was dropped'));
}

/** A trimmed string, or `''` when it has no visible character (reported as dropped). */
function visible(ctx: ValidationContext, path: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed && isInvisible(trimmed)) {
    invisible(ctx, path, trimmed);
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
function toText(
  ctx: ValidationContext,
  value: string | Json,
  parent: string,
  step?: Step,
): Text | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed && isInvisible(trimmed)) {
      invisible(ctx, pathOf(parent, step), trimmed);
      return undefined;
    }
    return trimmed ? { [ctx.language]: trimmed } : undefined;
  }
  let text: { [lang: string]: string } | undefined;
  for (const key in value) {
    if (!hasOwn(value, key)) continue;
    const entry = value[key];
    if (typeof entry !== 'string') {
      dropped(
        ctx,
        member(pathOf(parent, step), key),
        `The text for ${show(key)} is ${show(entry)}, not a string; it was dropped.`,
      );
      continue;
    }
    const trimmed = entry.trim();
    if (!trimmed) continue;
    if (isInvisible(trimmed)) {
      invisible(ctx, member(pathOf(parent, step), key), trimmed);
      continue;
    }
    const tag = canonicalTag(ctx.tags, key.trim());
    if (tag === undefined) {
      dropped(
        ctx,
        member(pathOf(parent, step), key),
        `${show(key)} is not a language tag; its text was dropped.`,
      );
      continue;
    }
    text ??= {};
    if (hasOwn(text, tag)) {
      dropped(
        ctx,
        member(pathOf(parent, step), key),
        `A text in ${tag} was given before; this one was dropped.`,
      );
      continue;
    }
    text[tag] = trimmed;
  }
  return text;
}

/**
 * An own member of a given type, or `undefined` when absent; one of another type is reported as
 * dropped (`summary is 42, not a text; it was dropped.`).
 */
function optionalOfType<T>(
  ctx: ValidationContext,
  object: Json,
  key: string,
  path: string,
  is: (value: unknown) => value is T,
  expected: string,
): T | undefined {
  const value = field(object, key);
  if (value === undefined || is(value)) return value as T | undefined;
  dropped(ctx, path, `${key} is ${show(value)}, not ${expected}; it was dropped.`);
  return undefined;
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** An optional LocalizedText: absent, empty and wrong-typed all give `undefined`. */
function optionalText(
  ctx: ValidationContext,
  object: Json,
  key: string,
  path: string,
): Text | undefined {
  const value = optionalOfType(ctx, object, key, path, isTextLike, 'a text');
  return value === undefined ? undefined : toText(ctx, value, path);
}

/** An optional plain string: trimmed, and absent when empty. */
function optionalString(
  ctx: ValidationContext,
  object: Json,
  key: string,
  path: string,
): string | undefined {
  const value = optionalOfType(ctx, object, key, path, isString, 'a string');
  return value === undefined ? undefined : visible(ctx, path, value) || undefined;
}

function unsafeUrl(ctx: ValidationContext, path: string, value: string, outcome: string): void {
  const relative = ctx.base === undefined && !SCHEME.test(value);
  const reason = relative
    ? `${show(value)} is a relative URL and the feed's address is unknown; ${outcome}.`
    : `${show(value)} is not an http(s) URL; ${outcome}.`;
  report(ctx, path, 'unsafe-url', reason);
}

/** An optional URL: kept only as an absolute http(s) address. */
function optionalUrl(
  ctx: ValidationContext,
  object: Json,
  key: string,
  path: string,
): string | undefined {
  const value = optionalString(ctx, object, key, path);
  if (value === undefined) return undefined;
  const url = safeUrl(value, ctx.base);
  if (url === undefined) unsafeUrl(ctx, path, value, 'it was dropped');
  return url;
}

function optionalArray(
  ctx: ValidationContext,
  object: Json,
  key: string,
  path: string,
): readonly unknown[] | undefined {
  return optionalOfType(ctx, object, key, path, Array.isArray, 'an array');
}

function optionalObject(
  ctx: ValidationContext,
  object: Json,
  key: string,
  path: string,
): Json | undefined {
  return optionalOfType(ctx, object, key, path, isObject, 'an object');
}

/** Reports a vocabulary value that neither the widgets nor the feed give a label for. */
function checkVocabulary(
  ctx: ValidationContext,
  vocabulary: VocabularyName,
  value: string,
  parent: string,
  step?: Step,
): void {
  if (isKnownValue(vocabulary, value) || hasOwn(ctx.labels[vocabulary], value)) return;
  report(
    ctx,
    pathOf(parent, step),
    'unknown-value',
    `${show(value)} is not a known ${vocabulary} value and the feed gives no label for it; it is shown as written.`,
  );
}

/** Strings of an array: trimmed, empty ones left out silently, repeats left out. */
function stringList(ctx: ValidationContext, object: Json, spec: Field): string[] {
  const items = optionalArray(ctx, object, spec.name, spec.path);
  const list: string[] = [];
  if (!items) return list;
  const seen = items.length > SMALL_LIST ? new Set<string>() : undefined;
  for (let i = 0; i < items.length; i++) {
    const raw: unknown = items[i];
    if (typeof raw !== 'string') {
      dropped(ctx, item(spec.path, i), `${show(raw)} is not a string; it was dropped.`);
      continue;
    }
    const value = visible(ctx, item(spec.path, i), raw);
    if (!value || (seen ? seen.has(value) : list.includes(value))) continue;
    seen?.add(value);
    list.push(value);
    if (spec.vocabulary) checkVocabulary(ctx, spec.vocabulary, value, spec.path, i);
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

function readLocations(ctx: ValidationContext, practice: Json, spec: Field): Location[] {
  const items = optionalArray(ctx, practice, spec.name, spec.path);
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
        ctx,
        item(spec.path, i),
        'A location needs a number lat in [-90, 90] and lon in [-180, 180]; it was dropped.',
      );
    }
  }
  return compact(locations);
}

/** A list of LocalizedTexts (`audiences`): items that are not texts are dropped. */
function readTexts(ctx: ValidationContext, practice: Json, spec: Field): Text[] {
  const items = optionalArray(ctx, practice, spec.name, spec.path);
  const texts: Text[] = [];
  if (!items) return texts;
  for (let i = 0; i < items.length; i++) {
    const raw: unknown = items[i];
    if (!isTextLike(raw)) {
      dropped(
        ctx,
        item(spec.path, i),
        `${aNoun(spec.noun ?? 'item')} is ${show(raw)}, not a text; it was dropped.`,
      );
      continue;
    }
    const text = toText(ctx, raw, spec.path, i);
    if (text) texts.push(text);
  }
  return compact(texts);
}

function readCount(
  ctx: ValidationContext,
  object: Json,
  key: string,
  path: string,
): number | undefined {
  const value = field(object, key);
  if (value === undefined) return undefined;
  if (isCount(value)) return unsigned(value);
  dropped(ctx, path, `${key} is ${show(value)}, not a whole number of at least 0; it was dropped.`);
  return undefined;
}

function readYear(ctx: ValidationContext, object: Json, spec: Field): number | undefined {
  const value = field(object, spec.name);
  if (value === undefined || isYear(value)) return value;
  dropped(
    ctx,
    spec.path,
    `The ${spec.name} ${show(value)} is not a whole number from ${MIN_YEAR} to ${MAX_YEAR}; it was dropped.`,
  );
  return undefined;
}

function readDate(ctx: ValidationContext, object: Json, spec: Field): string | undefined {
  const value = optionalString(ctx, object, spec.name, spec.path);
  if (value === undefined || isDate(value)) return value;
  dropped(ctx, spec.path, `${show(value)} is not a date written YYYY-MM-DD; it was dropped.`);
  return undefined;
}

/** Key → LocalizedText (`criteria`), in the feed's order, each key once. */
function readTextMap(
  ctx: ValidationContext,
  practice: Json,
  spec: Field,
): { key: string; text: Text }[] {
  const value = optionalObject(ctx, practice, spec.name, spec.path);
  const entries: { key: string; text: Text }[] = [];
  if (!value) return entries;
  const noun = spec.noun ?? 'entry';
  for (const rawKey in value) {
    if (!hasOwn(value, rawKey)) continue;
    const entry = value[rawKey];
    if (!isTextLike(entry)) {
      dropped(
        ctx,
        member(spec.path, rawKey),
        `The ${noun} ${show(rawKey)} is ${show(entry)}, not a text; it was dropped.`,
      );
      continue;
    }
    const key = rawKey.trim();
    if (!key) {
      dropped(ctx, member(spec.path, rawKey), `${aNoun(noun)} has no name; it was dropped.`);
      continue;
    }
    const text = toText(ctx, entry, spec.path, rawKey);
    if (!text || entries.some((known) => known.key === key)) continue;
    entries.push({ key, text });
    if (spec.vocabulary) checkVocabulary(ctx, spec.vocabulary, key, spec.path, rawKey);
  }
  return compact(entries);
}

/**
 * A required member of an object (`organization.name`, `image.src`), or `undefined` when it is
 * missing or unusable: that is reported, and its object is dropped.
 */
function requiredMember(ctx: ValidationContext, object: Json, spec: Field, owner: Field): unknown {
  const raw = field(object, spec.name);
  if (spec.kind === 'url') {
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (value) {
      const url = safeUrl(value, ctx.base);
      if (url === undefined) unsafeUrl(ctx, spec.path, value, `the ${owner.name} was dropped`);
      return url;
    }
  } else if (spec.kind === 'text') {
    const text = isTextLike(raw) ? toText(ctx, raw, spec.path) : undefined;
    if (text) return text;
  } else {
    const value = typeof raw === 'string' && !isInvisible(raw.trim()) ? raw.trim() : '';
    if (value) return value;
  }
  dropped(
    ctx,
    spec.path,
    `The ${owner.name} has no ${spec.noun ?? spec.name} (${show(raw)}); it was dropped.`,
  );
  return undefined;
}

/** An object of members (`organization`, `reach`), absent when none of its members is. */
function readObject(ctx: ValidationContext, parent: Json, spec: Field): Json | undefined {
  const value = optionalObject(ctx, parent, spec.name, spec.path);
  if (!value) return undefined;
  const object: { [key: string]: unknown } = {};
  let empty = true;
  for (const part of spec.members ?? []) {
    const read = part.required
      ? requiredMember(ctx, value, part, spec)
      : optionalField(ctx, value, part);
    if (read === undefined) {
      if (part.required) return undefined;
      continue;
    }
    object[part.name] = read;
    empty = false;
  }
  return empty ? undefined : object;
}

type Reader = (ctx: ValidationContext, object: Json, spec: Field) => unknown;

/**
 * The reader of each kind of field the feed may leave out. Kinds that are always required (id,
 * countries, choice) or read apart (language, vocabularies) have none.
 */
const OPTIONAL_READERS: Partial<Record<FieldKind, Reader>> = {
  text: (ctx, object, spec) => optionalText(ctx, object, spec.name, spec.path),
  string: (ctx, object, spec) => {
    const value = optionalString(ctx, object, spec.name, spec.path);
    if (value !== undefined && spec.vocabulary) {
      checkVocabulary(ctx, spec.vocabulary, value, spec.path);
    }
    return value;
  },
  url: (ctx, object, spec) => optionalUrl(ctx, object, spec.name, spec.path),
  list: stringList,
  texts: readTexts,
  'text-map': readTextMap,
  locations: readLocations,
  count: (ctx, object, spec) => readCount(ctx, object, spec.name, spec.path),
  year: readYear,
  date: readDate,
  object: readObject,
};

/** A field the feed may leave out: `undefined` (or an empty list) when absent or unusable. */
function optionalField(ctx: ValidationContext, object: Json, spec: Field): unknown {
  return OPTIONAL_READERS[spec.kind]?.(ctx, object, spec);
}

/** The reason a required field skips its practice. */
const skipReason = (name: string, value: unknown, expected: string): string =>
  value === undefined
    ? `The practice has no ${name}; it was skipped.`
    : `The ${name} is ${show(value)}, not ${expected}; the practice was skipped.`;

function requiredId(
  ctx: ValidationContext,
  practice: Json,
  spec: Field,
  ids: ReadonlySet<string>,
): string {
  const value = field(practice, spec.name);
  if (typeof value !== 'string') {
    throw new SkipRecord(spec.path, skipReason(spec.name, value, 'a string'));
  }
  const id = value.trim();
  if (!ID_PATTERN.test(id)) {
    throw new SkipRecord(
      spec.path,
      `The id ${show(value)} is not 1 to 80 lower-case letters, digits and hyphens starting with a letter or digit; the practice was skipped.`,
    );
  }
  ctx.id = id;
  if (ids.has(id)) {
    throw new SkipRecord(
      spec.path,
      `The id ${show(id)} is used by an earlier practice; this one was skipped.`,
      'duplicate-id',
    );
  }
  return id;
}

function requiredText(ctx: ValidationContext, practice: Json, spec: Field): Text {
  const value = field(practice, spec.name);
  if (!isTextLike(value)) throw new SkipRecord(spec.path, skipReason(spec.name, value, 'a text'));
  const text = toText(ctx, value, spec.path);
  if (!text) {
    const reason =
      typeof value === 'string' && value.trim()
        ? invisibleReason(value.trim(), 'the practice was skipped')
        : `The ${spec.name} is empty or has no visible character; the practice was skipped.`;
    throw new SkipRecord(spec.path, reason);
  }
  return text;
}

function requiredCountries(ctx: ValidationContext, practice: Json, spec: Field): string[] {
  const value = field(practice, spec.name);
  if (!Array.isArray(value)) {
    throw new SkipRecord(spec.path, skipReason(spec.name, value, 'an array'));
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
        ctx,
        item(spec.path, i),
        `${show(raw)} is not an ISO 3166-1 alpha-2 country code in upper case; it was dropped.`,
      );
    }
  }
  if (countries.length === 0) {
    throw new SkipRecord(
      spec.path,
      value.length === 0
        ? `The ${spec.name} list is empty; the practice was skipped.`
        : `The ${spec.name} list has no valid ISO 3166-1 alpha-2 code; the practice was skipped.`,
    );
  }
  return compact(countries);
}

/** One value of a vocabulary the widgets know (`setting`). */
function requiredChoice(practice: Json, spec: Field): string {
  const value = field(practice, spec.name);
  const choice = typeof value === 'string' ? value.trim() : value;
  // A choice field always names its vocabulary (fields.ts).
  const vocabulary = spec.vocabulary!;
  if (!isKnownValue(vocabulary, choice)) {
    throw new SkipRecord(
      spec.path,
      skipReason(spec.name, value, `one of ${VOCABULARIES[vocabulary].join(', ')}`),
    );
  }
  return choice;
}

/** A field without which the practice is skipped. */
function requiredField(
  ctx: ValidationContext,
  practice: Json,
  spec: Field,
  ids: ReadonlySet<string>,
): unknown {
  switch (spec.kind) {
    case 'id':
      return requiredId(ctx, practice, spec, ids);
    case 'text':
      return requiredText(ctx, practice, spec);
    case 'countries':
      return requiredCountries(ctx, practice, spec);
    case 'choice':
      return requiredChoice(practice, spec);
    default: {
      const value = optionalField(ctx, practice, spec);
      if (value === undefined || (Array.isArray(value) && value.length === 0)) {
        throw new SkipRecord(spec.path, skipReason(spec.name, undefined, ''));
      }
      return value;
    }
  }
}

/** Positions in PRACTICE_FIELDS of the required fields, and of the others. */
const REQUIRED_FIELDS = PRACTICE_FIELDS.flatMap((spec, index) => (spec.required ? [index] : []));
const OPTIONAL_FIELDS = PRACTICE_FIELDS.flatMap((spec, index) => (spec.required ? [] : [index]));

function readPractice(
  ctx: ValidationContext,
  value: unknown,
  ids: ReadonlySet<string>,
): NormalizedPractice {
  if (!isObject(value)) {
    throw new SkipRecord('', `The practice is ${show(value)}, not an object; it was skipped.`);
  }
  // Required fields first: a skipped practice gets one warning, not one per field.
  const values: unknown[] = [];
  for (const index of REQUIRED_FIELDS) {
    values[index] = requiredField(ctx, value, PRACTICE_FIELDS[index]!, ids);
  }
  for (const index of OPTIONAL_FIELDS) {
    values[index] = optionalField(ctx, value, PRACTICE_FIELDS[index]!);
  }
  // Keys in the order of FEED-FORMAT.md, so that a serialized practice reads like the feed.
  const practice: { [key: string]: unknown } = {};
  for (let index = 0; index < PRACTICE_FIELDS.length; index++) {
    const read = values[index];
    if (read !== undefined) practice[PRACTICE_FIELDS[index]!.name] = read;
  }
  return practice as unknown as NormalizedPractice;
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
function guarded<T>(ctx: ValidationContext, path: string, read: () => T): T | undefined {
  try {
    return read();
  } catch {
    dropped(ctx, path, `${path} could not be read; it was dropped.`);
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

function readVocabularies(ctx: ValidationContext, document: Json, spec: Field): void {
  const value = optionalObject(ctx, document, spec.name, spec.path);
  if (!value) return;
  for (const name of LABELLED_NAMES) {
    const path = `${spec.path}.${name}`;
    const entries = optionalObject(ctx, value, name, path);
    if (!entries) continue;
    const labels = ctx.labels[name];
    for (const rawKey in entries) {
      if (!hasOwn(entries, rawKey)) continue;
      const entry = entries[rawKey];
      if (!isTextLike(entry)) {
        dropped(
          ctx,
          member(path, rawKey),
          `The label of ${show(rawKey)} is ${show(entry)}, not a text; it was dropped.`,
        );
        continue;
      }
      const key = rawKey.trim();
      const text = toText(ctx, entry, path, rawKey);
      if (key && text && !hasOwn(labels, key)) labels[key] = text;
    }
  }
}

/** The readers' shared context for one document (see `ValidationContext`). */
function newContext(
  language: LanguageTag,
  base: string | undefined,
  tags: Map<string, string | null>,
  warnings: FeedWarning[],
): ValidationContext {
  return {
    language,
    base,
    labels: {
      levels: emptyLabels(),
      objectives: emptyLabels(),
      organizationTypes: emptyLabels(),
      criteria: emptyLabels(),
      settings: emptyLabels(),
      tags: emptyLabels(),
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
  ctx: ValidationContext,
  value: unknown,
  index: number,
  ids: ReadonlySet<string>,
  recordWarnings: FeedWarning[],
  warnings: FeedWarning[],
): NormalizedPractice | undefined {
  recordWarnings.length = 0;
  ctx.index = index;
  ctx.id = undefined;
  ctx.warnings = recordWarnings;
  try {
    const practice = readPractice(ctx, value, ids);
    // A loop, not push(...spread): a record may carry more warnings than a call takes arguments.
    for (const recordWarning of recordWarnings) warnings.push(recordWarning);
    return practice;
  } catch (error) {
    const skip =
      error instanceof SkipRecord
        ? error
        : new SkipRecord('', 'The practice could not be read; it was skipped.');
    warnings.push(warning(index, ctx.id, skip.path, skip.code, skip.reason));
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
  return runAtOnce(validationSteps(input, options));
}

/**
 * `validateFeed` for a large feed, with the page free every 30 ms or so: the same result and
 * warnings, the practices read a slice at a time (50,000 of them take seconds on a phone).
 */
export async function validateFeedInSlices(
  input: unknown,
  options?: ValidateOptions,
): Promise<FeedValidationResult> {
  const { runInSlices } = await import('./large-feed.js');
  return runInSlices(validationSteps(input, options));
}

/** The validator's work, one step per practice: run at once or in slices. */
function* validationSteps(
  input: unknown,
  options?: ValidateOptions,
): Generator<void, FeedValidationResult> {
  const { document, practices: items } = readDocument(input);
  const baseUrl = typeof options?.baseUrl === 'string' ? options.baseUrl : undefined;
  const warnings: FeedWarning[] = [];
  const tags = new Map<string, string | null>();
  const language = readLanguage(document, warnings, tags);
  const ctx = newContext(language, baseUrl, tags, warnings);

  // Fields in the order of FEED-FORMAT.md; labels before practices, since whether a practice's
  // vocabulary value is reported depends on them.
  const feed: { [key: string]: unknown } = { version: 1 };
  for (const spec of FEED_FIELDS) {
    let value: unknown;
    if (spec.kind === 'language') value = language;
    else if (spec.kind === 'vocabularies') {
      guarded(ctx, spec.path, () => readVocabularies(ctx, document, spec));
      value = ctx.labels;
    } else value = guarded(ctx, spec.path, () => optionalField(ctx, document, spec));
    if (value !== undefined) feed[spec.name] = value;
  }

  const practices: NormalizedPractice[] = [];
  const ids = new Set<string>();
  // Warnings of the current practice, kept only if the practice is: a skipped one reports once.
  const recordWarnings: FeedWarning[] = [];
  const length = guarded(ctx, 'practices', () => items.length) ?? 0;
  for (let index = 0; index < length; index++) {
    const practice = readRecord(ctx, items[index], index, ids, recordWarnings, warnings);
    if (practice) {
      ids.add(practice.id);
      practices.push(practice);
    }
    yield;
  }
  feed.practices = practices;
  if (baseUrl !== undefined) feed.sourceUrl = baseUrl;
  return { feed: feed as unknown as NormalizedFeed, warnings };
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
  const ctx = newContext(DEFAULT_LANGUAGE, baseUrl, new Map(), warnings);
  const practice = readRecord(ctx, input, 0, new Set(), [], warnings);
  return { practice, warnings };
}
