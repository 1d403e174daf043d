import { searchScore, searchTerms } from './search.js';
import type { NormalizedPractice } from './types.js';

/**
 * What an element is limited to, from its `country`, `setting`, `level`, `objective` and `q`
 * attributes (on a `<practice-feed>`, for every child). An element never shows a practice
 * outside its scope. Values are OR-ed within a facet and AND-ed across facets.
 */
export interface Scope {
  readonly countries: readonly string[];
  readonly settings: readonly string[];
  readonly levels: readonly string[];
  readonly objectives: readonly string[];
  /** Free-text search; empty for none. */
  readonly q: string;
}

export const EMPTY_SCOPE: Scope = {
  countries: [],
  settings: [],
  levels: [],
  objectives: [],
  q: '',
};

/** Splits a comma-separated attribute value into its trimmed, non-empty items. */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export interface ScopeAttributes {
  readonly country?: string | null;
  readonly setting?: string | null;
  readonly level?: string | null;
  readonly objective?: string | null;
  readonly q?: string | null;
}

export function scopeFromAttributes(attributes: ScopeAttributes): Scope {
  return {
    countries: parseList(attributes.country).map((code) => code.toUpperCase()),
    settings: parseList(attributes.setting).map((value) => value.toLowerCase()),
    levels: parseList(attributes.level).map((value) => value.toLowerCase()),
    objectives: parseList(attributes.objective).map((value) => value.toLowerCase()),
    q: (attributes.q ?? '').trim(),
  };
}

/** Both scopes at once: an element inside a `<practice-feed>` is limited by both. */
export function combineScopes(outer: Scope, inner: Scope): Scope {
  const narrow = (a: readonly string[], b: readonly string[]) =>
    a.length === 0 ? b : b.length === 0 ? a : a.filter((value) => b.includes(value));
  const both = (a: readonly string[], b: readonly string[]) => {
    const result = narrow(a, b);
    // Two non-empty scopes with nothing in common allow nothing, not everything.
    return a.length > 0 && b.length > 0 && result.length === 0 ? ['\u0000none'] : result;
  };
  return {
    countries: both(outer.countries, inner.countries),
    settings: both(outer.settings, inner.settings),
    levels: both(outer.levels, inner.levels),
    objectives: both(outer.objectives, inner.objectives),
    q: [outer.q, inner.q].filter(Boolean).join(' '),
  };
}

const intersects = (wanted: readonly string[], values: readonly string[]) =>
  wanted.length === 0 || values.some((value) => wanted.includes(value));

export function matchesScope(practice: NormalizedPractice, scope: Scope): boolean {
  if (!intersects(scope.countries, practice.countries)) return false;
  if (scope.settings.length > 0 && !scope.settings.includes(practice.setting)) return false;
  if (!intersects(scope.levels, practice.levels)) return false;
  if (!intersects(scope.objectives, practice.objectives)) return false;
  return !scope.q || searchScore(practice, searchTerms(scope.q)) > 0;
}
