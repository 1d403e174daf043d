import type { NormalizedPractice } from './types.js';
import type { VocabularyName } from './vocabularies.js';

/**
 * The facets: the properties of a practice a reader narrows by (in `<practice-filters>`, by a
 * bar of `<practice-stats>`, a country on the map), an element is scoped by (`country="PE"`),
 * and a `<practice-feed sync-url>` writes into the page URL (`pw-country=PE`).
 *
 * Everything the library knows about a facet is in its row of `FACET_TABLE`; the filters, the
 * stats, the query, the scope and the URL state read it from there. A facet's key is its name
 * everywhere: in `facets` attributes, as a key of `Filters`, as a scope attribute and as a URL
 * parameter.
 */
export interface FacetDefinition {
  /** The interface string that names the facet (a key of the i18n string tables). */
  readonly label: string;
  /**
   * What the values are, which says how they are named and ordered: country codes (named by
   * `Intl`), values of a vocabulary (named and ordered by it), or start years written as digits.
   */
  readonly kind: 'country' | 'vocabulary' | 'year';
  /** The vocabulary whose labels and order the values follow, for `kind: 'vocabulary'`. */
  readonly vocabulary?: VocabularyName;
  /** Whether every element also takes the facet as a scope attribute (`setting="rural"`). */
  readonly scope: boolean;
  /** Whether values are upper-case codes: any case is accepted from attributes and URLs. */
  readonly upperCase: boolean;
  /** Whether a practice may have several values, so that shares add up to more than 100%. */
  readonly multiValued: boolean;
  /**
   * Placeholder rows while the feed loads: choices in `<practice-filters>`, bars in
   * `<practice-stats>`. About what a catalogue shows, so that the page moves as little as can be
   * foreseen when the feed arrives.
   */
  readonly skeleton: { readonly choices: number; readonly bars: number };
  /** The values a practice has. */
  readonly values: (practice: NormalizedPractice) => readonly string[];
}

/** The facets, in the order the library lists them. */
export const FACET_TABLE = {
  country: {
    label: 'facetCountry',
    kind: 'country',
    scope: true,
    upperCase: true,
    multiValued: true,
    skeleton: { choices: 6, bars: 10 },
    values: (practice) => practice.countries,
  },
  setting: {
    label: 'facetSetting',
    kind: 'vocabulary',
    vocabulary: 'settings',
    scope: true,
    upperCase: false,
    multiValued: false,
    skeleton: { choices: 3, bars: 3 },
    values: (practice) => [practice.setting],
  },
  level: {
    label: 'facetLevel',
    kind: 'vocabulary',
    vocabulary: 'levels',
    scope: true,
    upperCase: false,
    multiValued: true,
    skeleton: { choices: 5, bars: 5 },
    values: (practice) => practice.levels,
  },
  objective: {
    label: 'facetObjective',
    kind: 'vocabulary',
    vocabulary: 'objectives',
    scope: true,
    upperCase: false,
    multiValued: true,
    skeleton: { choices: 5, bars: 5 },
    values: (practice) => practice.objectives,
  },
  'organization-type': {
    label: 'facetOrganizationType',
    kind: 'vocabulary',
    vocabulary: 'organizationTypes',
    scope: false,
    upperCase: false,
    multiValued: false,
    skeleton: { choices: 5, bars: 5 },
    values: (practice) => (practice.organization?.type ? [practice.organization.type] : []),
  },
  year: {
    label: 'facetYear',
    kind: 'year',
    scope: false,
    upperCase: false,
    multiValued: false,
    skeleton: { choices: 6, bars: 6 },
    values: (practice) => (practice.year === undefined ? [] : [String(practice.year)]),
  },
} as const satisfies { readonly [facet: string]: FacetDefinition };

/**
 * A facet's name, as written in `facets` attributes. Values of `year` are start years written as
 * digits.
 */
export type Facet = keyof typeof FACET_TABLE;

/** Every facet, in the table's order. */
export const FACETS = Object.keys(FACET_TABLE) as readonly Facet[];

/** The facets that are also scope attributes of every element. */
export const SCOPE_FACETS: readonly Facet[] = FACETS.filter((facet) => FACET_TABLE[facet].scope);

export const isFacet = (value: string): value is Facet =>
  Object.prototype.hasOwnProperty.call(FACET_TABLE, value);

/** The facet's row of the table. */
export const facetDefinition = (facet: Facet): FacetDefinition => FACET_TABLE[facet];

/** The values a practice has for a facet. */
export function facetValues(practice: NormalizedPractice, facet: Facet): readonly string[] {
  return FACET_TABLE[facet].values(practice);
}

/**
 * Values chosen per facet and a text search: OR within a facet, AND across facets. The reader's
 * choices (filters) and an element's limits (its scope) are both of this shape.
 */
export type Filters = { readonly [F in Facet]: readonly string[] } & { readonly q: string };

/** No choice in any facet, no search. */
export const EMPTY_FILTERS: Filters = {
  ...(Object.fromEntries(FACETS.map((facet) => [facet, []])) as unknown as Record<
    Facet,
    readonly string[]
  >),
  q: '',
};

export function hasFilters(filters: Filters): boolean {
  return filters.q.trim() !== '' || FACETS.some((facet) => filters[facet].length > 0);
}

/** The charts `<practice-stats>` draws when its `facets` attribute names none it knows. */
export const DEFAULT_STATS_FACETS = [
  'setting',
  'level',
  'objective',
  'country',
] as const satisfies readonly Facet[];

/** The groups `<practice-filters>` offers when its `facets` attribute names none it knows. */
export const DEFAULT_FILTER_FACETS = [
  'country',
  'setting',
  'level',
  'objective',
] as const satisfies readonly Facet[];

/**
 * What the choices in the `active` facets say of a practice: it passes them all (`true`), fails
 * exactly one (that facet: it still counts in that facet's alternatives), or fails more
 * (`false`).
 */
export function facetVerdict(
  practice: NormalizedPractice,
  filters: Filters,
  active: readonly Facet[],
): Facet | boolean {
  let failed: Facet | undefined;
  for (const facet of active) {
    const wanted = filters[facet];
    if (!facetValues(practice, facet).some((value) => wanted.includes(value))) {
      if (failed !== undefined) return false;
      failed = facet;
    }
  }
  return failed ?? true;
}

/** One of the reader's choices, as a chip shows it. */
export interface ChosenFilter {
  /** The facet, or `q` for the text search. */
  readonly facet: Facet | 'q';
  readonly value: string;
}

/** The reader's choices in the order the library lists facets, the text search first. */
export function chosenFilters(filters: Filters): ChosenFilter[] {
  const chosen: ChosenFilter[] = [];
  if (filters.q.trim()) chosen.push({ facet: 'q', value: filters.q.trim() });
  for (const facet of FACETS) {
    for (const value of filters[facet]) chosen.push({ facet, value });
  }
  return chosen;
}

/** The filters without one choice. */
export function withoutChoice(filters: Filters, { facet, value }: ChosenFilter): Filters {
  if (facet === 'q') return { ...filters, q: '' };
  return { ...filters, [facet]: filters[facet].filter((chosen) => chosen !== value) };
}
