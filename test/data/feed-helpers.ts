import { validateFeed } from '../../src/data/validate.js';
import type { FeedWarning, Practice } from '../../src/data/types.js';

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

/** A typed practice with this id as its title, in Colombia, urban; `fields` replaces or adds. */
export const practiceWithId = (id: string, fields: Partial<Practice> = {}): Practice => ({
  id,
  title: id,
  countries: ['CO'],
  setting: 'urban',
  ...fields,
});

/** These practices as a validated feed in Spanish, as the widgets get it. */
export const feedOf = (...practices: Practice[]) =>
  validateFeed({ version: 1, language: 'es', practices }).feed;
