import type { VocabularyName } from './vocabularies.js';

/**
 * The fields of a feed (FEED-FORMAT.md), described once. The validator reads a practice and a
 * document field by field from these tables, the spreadsheet (CSV) convention makes its columns
 * from them, and the export writes a practice back from them; each does what a field's `kind`
 * says. Adding a field to the feed is a row here, a property in the JSON schema
 * (`schema/practice-feed.schema.json`) and one in the types (`types.ts`).
 */

/** What a field holds, which decides how it is read, checked, written to CSV and exported. */
export type FieldKind =
  /** The practice's id: lower-case letters, digits and hyphens; required. */
  | 'id'
  /** A LocalizedText: a string in the feed's language, or one per language. */
  | 'text'
  /** A plain string, trimmed; of a vocabulary when `vocabulary` is given. */
  | 'string'
  /** An absolute http(s) URL (relative ones resolve against the feed's address). */
  | 'url'
  /** One value of `vocabulary`, which must be one the widgets know. */
  | 'choice'
  /** ISO 3166-1 alpha-2 codes, at least one. */
  | 'countries'
  /** Plain strings, repeats left out; of a vocabulary when `vocabulary` is given. */
  | 'list'
  /** A list of LocalizedTexts. */
  | 'texts'
  /** An object from a key (of `vocabulary`, or any) to a LocalizedText, in the feed's order. */
  | 'text-map'
  /** Points `{lat, lon}` in decimal degrees. */
  | 'locations'
  /** A whole number of at least 0. */
  | 'count'
  /** A whole year from 1900 to 2100. */
  | 'year'
  /** A date written `YYYY-MM-DD`. */
  | 'date'
  /** The feed's language tag, read before every text. */
  | 'language'
  /** Labels the feed adds to the vocabularies. */
  | 'vocabularies'
  /** An object of `members`; absent when none of its members is. */
  | 'object';

export interface FieldDefinition {
  /** The field's key in the feed. */
  readonly name: string;
  readonly kind: FieldKind;
  /**
   * Without it a practice is skipped (a document's object member: the object is dropped). A
   * required field of a practice has a column every spreadsheet must name.
   */
  readonly required?: boolean;
  /** The vocabulary of the values (`string`, `choice`, `list`, the keys of a `text-map`). */
  readonly vocabulary?: VocabularyName;
  /** How a warning names one item or the member (`audience`, `criterion`, `alt text`). */
  readonly noun?: string;
  /** An object's members, in the feed format's order. */
  readonly members?: readonly FieldDefinition[];
}

/** A field with its path from the practice or document it is in (`organization.url`). */
export interface Field extends FieldDefinition {
  readonly path: string;
  readonly members?: readonly Field[];
}

function withPaths(fields: readonly FieldDefinition[], parent = ''): readonly Field[] {
  return fields.map((field) => {
    const path = parent ? `${parent}.${field.name}` : field.name;
    const { members, ...rest } = field;
    return members ? { ...rest, path, members: withPaths(members, path) } : { ...rest, path };
  });
}

/** The fields of one practice, in the order of FEED-FORMAT.md (and of the spreadsheet columns). */
export const PRACTICE_FIELDS: readonly Field[] = withPaths([
  { name: 'id', kind: 'id', required: true },
  { name: 'title', kind: 'text', required: true },
  { name: 'summary', kind: 'text' },
  { name: 'description', kind: 'text' },
  { name: 'countries', kind: 'countries', required: true },
  { name: 'place', kind: 'text' },
  { name: 'locations', kind: 'locations' },
  { name: 'setting', kind: 'choice', vocabulary: 'settings', required: true },
  { name: 'levels', kind: 'list', vocabulary: 'levels' },
  { name: 'objectives', kind: 'list', vocabulary: 'objectives' },
  {
    name: 'organization',
    kind: 'object',
    members: [
      { name: 'name', kind: 'string', required: true },
      { name: 'type', kind: 'string', vocabulary: 'organizationTypes' },
      { name: 'url', kind: 'url' },
    ],
  },
  { name: 'audiences', kind: 'texts', noun: 'audience' },
  { name: 'tags', kind: 'list' },
  {
    name: 'reach',
    kind: 'object',
    members: [
      { name: 'participants', kind: 'count' },
      { name: 'institutions', kind: 'count' },
      { name: 'note', kind: 'text' },
    ],
  },
  { name: 'year', kind: 'year' },
  { name: 'criteria', kind: 'text-map', vocabulary: 'criteria', noun: 'criterion' },
  { name: 'url', kind: 'url' },
  {
    name: 'image',
    kind: 'object',
    members: [
      { name: 'src', kind: 'url', required: true },
      { name: 'alt', kind: 'text', required: true, noun: 'alt text' },
    ],
  },
]);

/**
 * The fields of a feed document around its practices, in the order of FEED-FORMAT.md (`version`
 * and `practices`, without which there is no feed, are read first and apart).
 */
export const FEED_FIELDS: readonly Field[] = withPaths([
  { name: 'title', kind: 'text' },
  { name: 'description', kind: 'text' },
  {
    name: 'publisher',
    kind: 'object',
    members: [
      { name: 'name', kind: 'string', required: true },
      { name: 'url', kind: 'url' },
    ],
  },
  { name: 'updated', kind: 'date' },
  { name: 'language', kind: 'language' },
  { name: 'license', kind: 'string' },
  { name: 'vocabularies', kind: 'vocabularies' },
]);

/** `An audience`, `A criterion`: a noun with its indefinite article, capitalized. */
export const aNoun = (noun: string): string => `${/^[aeiou]/i.test(noun) ? 'An' : 'A'} ${noun}`;
