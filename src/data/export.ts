import { FEED_FIELDS, PRACTICE_FIELDS, type Field } from './fields.js';
import type {
  Location,
  LocalizedText,
  NormalizedFeed,
  NormalizedPractice,
  Practice,
  PracticeFeed,
  Text,
  VocabularyLabels,
} from './types.js';

/*
 * Taking the data away: the current results as a version-1 feed (JSON). The spreadsheet (CSV)
 * download is written by `csv.ts`, in the convention the command line tool reads back, and the
 * citation line by `citation.ts`.
 */

// A normalized text back to the feed's form: a plain string when it is only in the feed's
// language, an object otherwise.
function toLocalizedText(text: Text, feedLanguage: string): LocalizedText {
  const keys = Object.keys(text);
  return keys.length === 1 && keys[0] === feedLanguage ? text[feedLanguage]! : { ...text };
}

/** A normalized field's value in the feed's form; `undefined` for none (an empty list is none). */
function publishedValue(spec: Field, value: unknown, feedLanguage: string): unknown {
  if (value === undefined) return undefined;
  switch (spec.kind) {
    case 'text':
      return toLocalizedText(value as Text, feedLanguage);
    case 'countries':
    case 'list':
      return (value as string[]).length ? [...(value as string[])] : undefined;
    case 'texts': {
      const texts = value as readonly Text[];
      return texts.length ? texts.map((item) => toLocalizedText(item, feedLanguage)) : undefined;
    }
    case 'locations': {
      const locations = value as readonly Location[];
      return locations.length ? locations.map(({ lat, lon }) => ({ lat, lon })) : undefined;
    }
    case 'text-map': {
      const entries = value as readonly { readonly key: string; readonly text: Text }[];
      return entries.length
        ? Object.fromEntries(
            entries.map((entry) => [entry.key, toLocalizedText(entry.text, feedLanguage)]),
          )
        : undefined;
    }
    case 'vocabularies': {
      // Only the vocabularies the feed labels, each label in the feed's form.
      const named = Object.entries(value as VocabularyLabels).filter(
        ([, labels]) => Object.keys(labels).length > 0,
      );
      return named.length
        ? Object.fromEntries(
            named.map(([name, labels]) => [
              name,
              Object.fromEntries(
                Object.entries(labels as Record<string, Text>).map(([key, label]) => [
                  key,
                  toLocalizedText(label, feedLanguage),
                ]),
              ),
            ]),
          )
        : undefined;
    }
    case 'object':
      return publishedObject(spec.members ?? [], value as Record<string, unknown>, feedLanguage);
    default:
      return value;
  }
}

/** Fields of a practice or an object, in the table's order; JSON.stringify leaves out `undefined`. */
function publishedObject(
  fields: readonly Field[],
  source: Record<string, unknown>,
  feedLanguage: string,
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const spec of fields) {
    const value = publishedValue(spec, source[spec.name], feedLanguage);
    if (value !== undefined) object[spec.name] = value;
  }
  return object;
}

function toPublishedPractice(p: NormalizedPractice, feedLanguage: string): Practice {
  return publishedObject(
    PRACTICE_FIELDS,
    p as unknown as Record<string, unknown>,
    feedLanguage,
  ) as unknown as Practice;
}

/** The practices as a valid version-1 feed, keeping the catalogue's title, publisher and date. */
export function practicesToFeed(
  feed: NormalizedFeed,
  practices: readonly NormalizedPractice[],
): PracticeFeed {
  const language = feed.language;
  return {
    version: 1,
    ...publishedObject(FEED_FIELDS, feed as unknown as Record<string, unknown>, language),
    practices: practices.map((p) => toPublishedPractice(p, language)),
  } as PracticeFeed;
}

/** Characters that could end a `<script>` element or an HTML comment, or a JavaScript line. */
const UNSAFE_IN_HTML = /[<>&\u2028\u2029]/g;

/**
 * A value as JSON that can be pasted as is between `<script type="application/json">` and
 * `</script>`: `<`, `>`, `&`, U+2028 and U+2029 are written as `\uXXXX` escapes. The text is
 * still valid JSON and parses to the same value, but no feed text (a title such as
 * `</script><img src=x onerror=…>`) can close the script element it sits in. Those characters
 * only ever occur inside JSON strings, where the escape means the same character.
 */
export function toInlineSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE_IN_HTML,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
