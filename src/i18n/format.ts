/**
 * Numbers, percentages, dates, country names, lists and alphabetical order through `Intl`, with one formatter per
 * locale and options kept in a cache: building an `Intl` formatter costs far more than using
 * one, and a stats widget formats hundreds of values per render.
 *
 * Every function accepts any string as a language tag. An invalid tag (`''`, `'not a tag!'`)
 * falls back to English instead of throwing, and so does a valid tag the browser has no data
 * for (`qu`), rather than the browser's own default locale.
 */

const FALLBACK_LOCALE = 'en';

const localeLists = new Map<string, readonly string[]>();

/** The locale list to hand to `Intl`: the canonical tag, then English. */
function localesFor(lang: string): readonly string[] {
  let locales = localeLists.get(lang);
  if (!locales) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(lang.trim())[0];
    } catch {
      // RangeError for a malformed tag: English will do.
    }
    locales =
      canonical && canonical !== FALLBACK_LOCALE ? [canonical, FALLBACK_LOCALE] : [FALLBACK_LOCALE];
    localeLists.set(lang, locales);
  }
  return locales;
}

const formatters = new Map<string, object | null>();

/**
 * A cached formatter, or `null` when this browser cannot build it (an API missing, an option
 * it rejects). `kind` and `options` together name the formatter's settings.
 */
function cached<T extends object>(
  kind: string,
  lang: string,
  options: string,
  create: (locales: string[]) => T,
): T | null {
  const locales = localesFor(lang);
  const key = `${kind}|${locales.join(',')}|${options}`;
  if (!formatters.has(key)) {
    let formatter: T | null = null;
    try {
      formatter = create([...locales]);
    } catch {
      // Leave it null: every caller has a plain-text fallback.
    }
    formatters.set(key, formatter);
  }
  return formatters.get(key) as T | null;
}

/**
 * A number with the locale's digits and grouping: `1,500` (en), `1500` (es, which groups only
 * from five digits), `1 500` (fr). Not for years: `2024` would become `2,024`.
 */
export function formatNumber(lang: string, n: number): string {
  return (
    cached('number', lang, '', (locales) => new Intl.NumberFormat(locales))?.format(n) ?? String(n)
  );
}

/** A share from 0 to 1 as a percentage: `0.125` → `12.5%` (en), `12,5 %` (es, fr). */
export function formatPercent(lang: string, share: number, maximumFractionDigits = 1): string {
  const format = cached(
    'percent',
    lang,
    String(maximumFractionDigits),
    (locales) => new Intl.NumberFormat(locales, { style: 'percent', maximumFractionDigits }),
  );
  return format?.format(share) ?? `${Math.round(share * 100)}%`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A feed date (`YYYY-MM-DD`) for reading: `November 28, 2026`, `28 de noviembre de 2026`.
 * The date is a calendar day, not an instant, so it is read and formatted in UTC: formatting it
 * in the reader's time zone would show the day before anywhere west of Greenwich. Anything that
 * is not a real calendar date is returned as written.
 */
export function formatDate(
  lang: string,
  isoDate: string,
  dateStyle: 'long' | 'medium' | 'short' = 'long',
): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, month - 1, day));
  // setUTCFullYear keeps years below 100 as written (Date.UTC would map 0024 to 1924).
  date.setUTCFullYear(year);
  // Date.UTC rolls 2026-02-30 over into March; such a date is not one the feed meant.
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return isoDate;
  }
  const format = cached(
    'date',
    lang,
    dateStyle,
    (locales) => new Intl.DateTimeFormat(locales, { dateStyle, timeZone: 'UTC' }),
  );
  return format?.format(date) ?? isoDate;
}

/**
 * A country's name from its ISO 3166-1 alpha-2 code: `PE` → `Perú` (es), `Peru` (en, pt),
 * `Pérou` (fr). Browsers carry these names for every language they support, so the library
 * ships no country-name tables. The code itself is returned when the browser lacks
 * `Intl.DisplayNames`, rejects the code, or knows no name for it.
 */
export function countryName(lang: string, code: string): string {
  // Asked for every country of a map at each of its drawings, and for every card: the names
  // are kept, one table per language (`Intl.DisplayNames#of` is far slower than a lookup).
  let names = countryNames.get(lang);
  if (!names) {
    names = new Map();
    countryNames.set(lang, names);
  }
  let name = names.get(code);
  if (name === undefined) {
    name = lookUpCountryName(lang, code);
    names.set(code, name);
  }
  return name;
}

/** The names `countryName` has given, by language, then by code as it was asked for. */
const countryNames = new Map<string, Map<string, string>>();

function lookUpCountryName(lang: string, code: string): string {
  const names = cached(
    'region',
    lang,
    '',
    (locales) => new Intl.DisplayNames(locales, { type: 'region', fallback: 'code' }),
  );
  if (!names) return code;
  try {
    const upper = code.toUpperCase();
    const name = names.of(upper);
    return name && name !== upper ? name : code;
  } catch {
    // RangeError for something that is not a region code at all, e.g. `X` or `PER`.
    return code;
  }
}

/** Items joined as the language does it: `A, B, and C` (en), `A, B y C` (es), `A, B et C` (fr). */
export function formatList(lang: string, items: readonly string[]): string {
  const format = cached(
    'list',
    lang,
    'conjunction',
    (locales) => new Intl.ListFormat(locales, { type: 'conjunction' }),
  );
  return format?.format(items) ?? items.join(', ');
}

/**
 * The plural rules a language's counts follow, where they are not its own tag's. CLDR's `pt`
 * (Brazil) puts 0 with 1 ("0 prática"), but Portuguese grammar, in Brazil as in Portugal, writes
 * zero with the plural ("0 práticas"), which is `pt-PT`'s rule; both agree on every other whole
 * number (1 singular, 1 000 000 "de"). Spanish and English put 0 in the plural and French in the
 * singular ("0 pratique") by their own rules.
 */
const COUNT_RULES: Readonly<Record<string, string>> = { pt: 'pt-PT' };

/**
 * The `Intl.PluralRules` category of `count` in `lang` (`one`, `many`, `other`…); `other` when
 * the browser has no plural rules.
 */
export function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  const base = lang.split('-')[0]!.toLowerCase();
  const rules = Object.hasOwn(COUNT_RULES, base) ? COUNT_RULES[base]! : lang;
  return (
    cached('plural', rules, '', (locales) => new Intl.PluralRules(locales))?.select(count) ??
    'other'
  );
}

/** Plain code-point order, for a browser that cannot build a collator for the language. */
const CODE_POINT_ORDER: Pick<Intl.Collator, 'compare'> = {
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
};

/**
 * Alphabetical order in `lang`: `collator('es').compare` sorts "Perú" before "Uruguay" and
 * "Ñandutí" after "Nicaragua". `base` sensitivity ignores case and accents, as a reader scanning
 * a list of choices does.
 */
export function collator(
  lang: string,
  sensitivity: 'base' | 'variant' = 'variant',
): Pick<Intl.Collator, 'compare'> {
  return (
    cached(
      'collator',
      lang,
      sensitivity,
      (locales) => new Intl.Collator(locales, { sensitivity }),
    ) ?? CODE_POINT_ORDER
  );
}

/**
 * Builds the formatters every element needs for `lang` while the page waits for the feed, one
 * kind per idle task after the first paint (format-warm-up.ts, a chunk of its own), while
 * `wanted` says the asker still needs them and the page is shown.
 */
export function prepareFormatters(lang: string, wanted?: () => boolean): void {
  import('./format-warm-up.js').then(
    (warmUp) => warmUp.warmUpFormatters(lang, wanted),
    () => {
      // Offline and not cached: the formatters are built when first used.
    },
  );
}

/**
 * `formatList` in pieces: the items (`element`) and the words and commas between them
 * (`literal`), so that each item can be isolated for bidirectional text when it is drawn.
 */
export function formatListParts(
  lang: string,
  items: readonly string[],
): { type: 'element' | 'literal'; value: string }[] {
  const format = cached(
    'list',
    lang,
    'conjunction',
    (locales) => new Intl.ListFormat(locales, { type: 'conjunction' }),
  );
  if (format) return format.formatToParts(items);
  return items.flatMap((value, index) => [
    ...(index ? [{ type: 'literal' as const, value: ', ' }] : []),
    { type: 'element' as const, value },
  ]);
}
