import type { Setting } from '../../data/types.js';
import type { Criterion, Level, Objective, OrganizationType } from '../../data/vocabularies.js';

/**
 * One language's labels for every value of every vocabulary of the feed format; a missing one
 * is a type error. Keyed by the names the feed uses under `vocabularies`.
 */
export interface VocabularyTable {
  // "both" means a practice runs in urban and rural areas alike, and reads that way.
  readonly settings: Readonly<Record<Setting, string>>;
  // Portuguese uses Brazil's own names for the stages of schooling.
  readonly levels: Readonly<Record<Level, string>>;
  readonly objectives: Readonly<Record<Objective, string>>;
  readonly organizationTypes: Readonly<Record<OrganizationType, string>>;
  readonly criteria: Readonly<Record<Criterion, string>>;
}
