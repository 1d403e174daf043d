import type { FeedWarning } from '../../src/data/types.js';

/** A practice with every required field, valid; `fields` replaces or adds fields. */
export function practice(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'digital-seed',
    title: { es: 'Semilla Digital', en: 'Digital Seed' },
    countries: ['CO'],
    setting: 'rural',
    ...fields,
  };
}

/** A practice without `field`, to check what its absence does. */
export function practiceWithout(field: string): Record<string, unknown> {
  const result = practice();
  delete result[field];
  return result;
}

/** A version 1 feed with these practices; `fields` adds document-level fields. */
export function feed(
  practices: unknown[] = [practice()],
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  return { version: 1, ...fields, practices };
}

/** Warnings without their reason, which is free English text: the rest is the contract. */
export function stripReasons(warnings: readonly FeedWarning[]): Omit<FeedWarning, 'reason'>[] {
  return warnings.map(({ reason: _reason, ...rest }) => rest);
}
