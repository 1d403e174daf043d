import type {
  LocalizedText,
  NormalizedFeed,
  NormalizedPractice,
  Practice,
  PracticeFeed,
  Text,
} from './types.js';

/*
 * Taking the data away: the current results as CSV (for spreadsheets) and as a version-1 feed
 * (JSON), and a citation line. The CSV headers are the ones the spreadsheet conversion reads
 * back: one column per field, texts as one column per language (`title:es`, `title:en`), lists
 * joined with `;`.
 */

/** Separator inside a cell for lists (countries, levels, tags…). */
export const LIST_SEPARATOR = ';';

/** Text fields of a practice, exported as one column per language. */
const TEXT_FIELDS = ['title', 'summary', 'description', 'place'] as const;

/** Every language any practice's texts are written in, `feedLanguage` first. */
export function feedLanguages(
  practices: readonly NormalizedPractice[],
  feedLanguage: string,
): string[] {
  const languages = new Set<string>([feedLanguage]);
  const add = (text: Text | undefined) => {
    if (text) for (const lang of Object.keys(text)) languages.add(lang);
  };
  for (const practice of practices) {
    TEXT_FIELDS.forEach((field) => add(practice[field]));
    practice.audiences.forEach(add);
    add(practice.reach?.note);
    add(practice.image?.alt);
    practice.criteria.forEach((criterion) => add(criterion.text));
  }
  return [...languages];
}

/** Quotes a CSV cell when needed (RFC 4180). A leading `=+-@` is defused for spreadsheets. */
function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  // Spreadsheet programs run cells that start like a formula; feed text must stay text.
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The practices as CSV, UTF-8 with a byte-order mark (so spreadsheet programs show accents),
 * CRLF line ends, one row per practice.
 */
export function practicesToCsv(
  practices: readonly NormalizedPractice[],
  feedLanguage: string,
): string {
  const languages = feedLanguages(practices, feedLanguage);
  const criteria = [...new Set(practices.flatMap((p) => p.criteria.map((c) => c.key)))];
  const perLanguage = (field: string) => languages.map((lang) => `${field}:${lang}`);
  const headers = [
    'id',
    ...TEXT_FIELDS.flatMap(perLanguage),
    'countries',
    'setting',
    'levels',
    'objectives',
    'organization',
    'organization_type',
    'organization_url',
    ...perLanguage('audiences'),
    'tags',
    'participants',
    'institutions',
    ...perLanguage('reach_note'),
    'year',
    'url',
    'image_src',
    ...perLanguage('image_alt'),
    'locations',
    ...criteria.flatMap((key) => perLanguage(`criteria.${key}`)),
  ];
  const list = (values: readonly (string | undefined)[]) =>
    values.filter((value): value is string => !!value).join(`${LIST_SEPARATOR} `);
  const rows = practices.map((p) => {
    const inLanguages = (text: Text | undefined) => languages.map((lang) => text?.[lang]);
    const criterion = (key: string) => p.criteria.find((c) => c.key === key)?.text;
    return [
      p.id,
      ...TEXT_FIELDS.flatMap((field) => inLanguages(p[field])),
      list(p.countries),
      p.setting,
      list(p.levels),
      list(p.objectives),
      p.organization?.name,
      p.organization?.type,
      p.organization?.url,
      ...languages.map((lang) => list(p.audiences.map((audience) => audience[lang]))),
      list(p.tags),
      p.reach?.participants,
      p.reach?.institutions,
      ...inLanguages(p.reach?.note),
      p.year,
      p.url,
      p.image?.src,
      ...inLanguages(p.image?.alt),
      list(p.locations.map(({ lat, lon }) => `${lat} ${lon}`)),
      ...criteria.flatMap((key) => inLanguages(criterion(key))),
    ]
      .map(cell)
      .join(',');
  });
  return '\uFEFF' + [headers.map(cell).join(','), ...rows].join('\r\n') + '\r\n';
}

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

export interface CitationParts {
  /** Publisher's name, or undefined. */
  readonly publisher?: string;
  /** Catalogue title in the reader's language. */
  readonly title?: string;
  /** Data date, already formatted for the reader. */
  readonly updated?: string;
  /** Access date, already formatted for the reader. */
  readonly accessed: string;
  /** Where the data was read from. */
  readonly url?: string;
}

/**
 * A citation line: "Publisher. Title. Data of <date>. Accessed <date>. <url>". The words come
 * from the caller's language table (`templates`), so the line reads naturally in each language.
 */
export function citation(
  parts: CitationParts,
  templates: { updated: string; accessed: string },
): string {
  const fill = (template: string, date: string) => template.replace('{date}', date);
  return [
    parts.publisher,
    parts.title,
    parts.updated ? fill(templates.updated, parts.updated) : undefined,
    fill(templates.accessed, parts.accessed),
    parts.url,
  ]
    .filter((part): part is string => !!part)
    .map((part) => (/[.!?]$/.test(part) || part === parts.url ? part : `${part}.`))
    .join(' ');
}
