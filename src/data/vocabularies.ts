/**
 * The controlled vocabularies of feed version 1 (FEED-FORMAT.md, "Vocabularies"). The widgets
 * carry labels for every value listed here; a feed labels any other value it uses.
 */
import type { Setting } from './types.js';

export const SETTINGS = ['urban', 'rural', 'both'] as const satisfies readonly Setting[];

export const LEVELS = [
  'early-childhood',
  'primary',
  'secondary',
  'higher',
  'adult',
  'non-formal',
] as const;

export const OBJECTIVES = [
  'digital-skills',
  'curriculum-enrichment',
  'inclusive-education',
  'teacher-training',
  'personalized-learning',
  'digital-citizenship',
] as const;

export const ORGANIZATION_TYPES = [
  'school',
  'government',
  'civil-society',
  'university',
  'international',
  'private',
  'other',
] as const;

export const CRITERIA = [
  'equity',
  'systematization',
  'replicability',
  'innovation',
  'sustainability',
  'community',
] as const;

export type Level = (typeof LEVELS)[number];
export type Objective = (typeof OBJECTIVES)[number];
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
export type Criterion = (typeof CRITERIA)[number];

/** Every vocabulary, keyed by the name the feed uses for it under `vocabularies`. */
export const VOCABULARIES = {
  settings: SETTINGS,
  levels: LEVELS,
  objectives: OBJECTIVES,
  organizationTypes: ORGANIZATION_TYPES,
  criteria: CRITERIA,
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;
export type VocabularyValue<N extends VocabularyName> = (typeof VOCABULARIES)[N][number];

export const VOCABULARY_NAMES = [
  'settings',
  'levels',
  'objectives',
  'organizationTypes',
  'criteria',
] as const satisfies readonly VocabularyName[];

// Sets, because validation asks about every value of every practice.
const KNOWN: { readonly [N in VocabularyName]: ReadonlySet<string> } = {
  settings: new Set(SETTINGS),
  levels: new Set(LEVELS),
  objectives: new Set(OBJECTIVES),
  organizationTypes: new Set(ORGANIZATION_TYPES),
  criteria: new Set(CRITERIA),
};

/** Whether `value` is one of the values the widgets carry labels for in `vocabulary`. */
export function isKnownValue<N extends VocabularyName>(
  vocabulary: N,
  value: unknown,
): value is VocabularyValue<N> {
  return typeof value === 'string' && KNOWN[vocabulary].has(value);
}

export const isSetting = (value: unknown): value is Setting => isKnownValue('settings', value);
export const isLevel = (value: unknown): value is Level => isKnownValue('levels', value);
export const isObjective = (value: unknown): value is Objective =>
  isKnownValue('objectives', value);
export const isOrganizationType = (value: unknown): value is OrganizationType =>
  isKnownValue('organizationTypes', value);
export const isCriterion = (value: unknown): value is Criterion => isKnownValue('criteria', value);

/** What a feed may label under `vocabularies`: the controlled vocabularies and the free `tags`. */
export type LabelledName = VocabularyName | 'tags';

export const LABELLED_NAMES = [
  ...VOCABULARY_NAMES,
  'tags',
] as const satisfies readonly LabelledName[];

/** A keyword written as a slug: letters and digits joined by hyphens or underscores. */
const SLUG = /^[\p{L}\p{N}]+(?:[-_]+[\p{L}\p{N}]+)*$/u;

/**
 * A keyword as a reader can read it when the feed gives no label: a slug's hyphens and
 * underscores as spaces, its first letter capitalised (`native-languages` → "Native languages",
 * `3d_printing` → "3d printing"). A keyword that is not a slug (it has spaces, punctuation) is
 * already written for reading, and is shown as written.
 */
export function readableKeyword(keyword: string): string {
  if (!SLUG.test(keyword)) return keyword;
  const words = keyword.replace(/[-_]+/g, ' ');
  const first = String.fromCodePoint(words.codePointAt(0)!);
  return first.toLocaleUpperCase() + words.slice(first.length);
}
