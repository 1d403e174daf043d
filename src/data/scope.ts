import {
  EMPTY_FILTERS,
  FACETS,
  FACET_TABLE,
  SCOPE_FACETS,
  type Facet,
  type Filters,
} from './facets.js';
import { searchScore, searchTerms } from './search.js';
import type { NormalizedPractice } from './types.js';

/**
 * What an element is limited to, from its scope attributes (`country`, `setting`, `level`,
 * `objective`) and `q` (on a `<practice-feed>`, for every child). An element never shows a
 * practice outside its scope. The same shape as the reader's `Filters`: values are OR-ed within
 * a facet and AND-ed across facets, and `q` is a free-text search, empty for none.
 */
export type Scope = Filters;

export const EMPTY_SCOPE: Scope = EMPTY_FILTERS;

/** Splits a comma-separated attribute value into its trimmed, non-empty items. */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The scope attributes of an element, as written: one per scope facet, and `q`. */
export type ScopeAttributes = {
  readonly [F in Facet as (typeof FACET_TABLE)[F]['scope'] extends true ? F : never]?:
    string | null;
} & { readonly q?: string | null };

/** A scope from attribute values: in any letter case, codes in upper case, the rest in lower. */
export function scopeFromAttributes(attributes: ScopeAttributes): Scope {
  const scope: Record<string, unknown> = { ...EMPTY_SCOPE };
  for (const facet of SCOPE_FACETS) {
    const values = parseList((attributes as Record<string, string | null | undefined>)[facet]);
    scope[facet] = values.map((value) =>
      FACET_TABLE[facet].upperCase ? value.toUpperCase() : value.toLowerCase(),
    );
  }
  scope.q = (attributes.q ?? '').trim();
  return scope as Scope;
}

/** Both scopes at once: an element inside a `<practice-feed>` is limited by both. */
export function combineScopes(outer: Scope, inner: Scope): Scope {
  const both = (a: readonly string[], b: readonly string[]) => {
    if (a.length === 0) return b;
    if (b.length === 0) return a;
    const result = a.filter((value) => b.includes(value));
    // Two non-empty scopes with nothing in common allow nothing, not everything.
    return result.length === 0 ? ['\u0000none'] : result;
  };
  const scope: Record<string, unknown> = {};
  for (const facet of FACETS) scope[facet] = both(outer[facet], inner[facet]);
  scope.q = [outer.q, inner.q].filter(Boolean).join(' ');
  return scope as Scope;
}

/**
 * A practice's test against the facets of a scope (not its search), worked out once per scope:
 * a query runs it over every practice of the feed.
 */
export function scopeFacetTest(scope: Scope): (practice: NormalizedPractice) => boolean {
  const limits = FACETS.filter((facet) => scope[facet].length > 0).map(
    (facet) => [FACET_TABLE[facet].values, scope[facet]] as const,
  );
  if (limits.length === 0) return () => true;
  return (practice) =>
    limits.every(([values, wanted]) => values(practice).some((value) => wanted.includes(value)));
}

export function matchesScope(practice: NormalizedPractice, scope: Scope): boolean {
  if (!scopeFacetTest(scope)(practice)) return false;
  return !scope.q || searchScore(practice, searchTerms(scope.q)) > 0;
}
