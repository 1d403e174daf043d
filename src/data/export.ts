import type {
  LocalizedText,
  NormalizedFeed,
  NormalizedPractice,
  Practice,
  PracticeFeed,
  Text,
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

function toPublishedPractice(p: NormalizedPractice, feedLanguage: string): Practice {
  const text = (value: Text | undefined) =>
    value ? toLocalizedText(value, feedLanguage) : undefined;
  const practice: Record<string, unknown> = {
    id: p.id,
    title: text(p.title),
    summary: text(p.summary),
    description: text(p.description),
    countries: [...p.countries],
    place: text(p.place),
    locations: p.locations.length ? p.locations.map(({ lat, lon }) => ({ lat, lon })) : undefined,
    setting: p.setting,
    levels: p.levels.length ? [...p.levels] : undefined,
    objectives: p.objectives.length ? [...p.objectives] : undefined,
    organization: p.organization ? { ...p.organization } : undefined,
    audiences: p.audiences.length ? p.audiences.map((a) => text(a)) : undefined,
    tags: p.tags.length ? [...p.tags] : undefined,
    reach: p.reach
      ? { ...p.reach, note: p.reach.note ? text(p.reach.note) : undefined }
      : undefined,
    year: p.year,
    criteria: p.criteria.length
      ? Object.fromEntries(p.criteria.map(({ key, text: value }) => [key, text(value)]))
      : undefined,
    url: p.url,
    image: p.image ? { src: p.image.src, alt: text(p.image.alt) } : undefined,
  };
  // JSON.stringify leaves out undefined fields.
  return practice as unknown as Practice;
}

/** The practices as a valid version-1 feed, keeping the catalogue's title, publisher and date. */
export function practicesToFeed(
  feed: NormalizedFeed,
  practices: readonly NormalizedPractice[],
): PracticeFeed {
  const language = feed.language;
  const vocabularies = Object.fromEntries(
    Object.entries(feed.vocabularies)
      .filter(([, labels]) => Object.keys(labels).length > 0)
      .map(([name, labels]) => [
        name,
        Object.fromEntries(
          Object.entries(labels as Record<string, Text>).map(([value, label]) => [
            value,
            toLocalizedText(label, language),
          ]),
        ),
      ]),
  );
  return {
    version: 1,
    ...(feed.title && { title: toLocalizedText(feed.title, language) }),
    ...(feed.description && { description: toLocalizedText(feed.description, language) }),
    ...(feed.publisher && { publisher: { ...feed.publisher } }),
    ...(feed.updated && { updated: feed.updated }),
    language,
    ...(feed.license && { license: feed.license }),
    ...(Object.keys(vocabularies).length && { vocabularies }),
    practices: practices.map((p) => toPublishedPractice(p, language)),
  };
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
