/**
 * The register of validated feeds: the feeds and practices that came out of the validator on
 * this page, so that an element handed one (a list passing its feed to its cards, a page passing
 * a practice of a loaded feed to a card) uses it as it is instead of validating it again.
 *
 * Validating through this module is the only way into the register: what it says was validated
 * was.
 */
import { pagePart, pageState } from './page-state.js';
import type { FeedValidationResult, NormalizedFeed, NormalizedPractice } from './types.js';
import {
  validateFeed,
  validateFeedInSlices,
  validatePractice,
  type PracticeValidationResult,
  type ValidateOptions,
} from './validate.js';

const VALIDATED = pagePart('validated', () => ({
  feeds: new WeakSet<object>(),
  practices: new WeakSet<object>(),
}));

/** `validateFeed`, with the feed and each of its practices entered in the register. */
export function validateAndRegisterFeed(
  input: unknown,
  options?: ValidateOptions,
): FeedValidationResult {
  return register(validateFeed(input, options));
}

/**
 * `validateFeedInSlices` (a large feed, the page free between slices), registered likewise and
 * in slices too (large-feed.ts): entering 50,000 practices in the register took about a second
 * at 4x CPU in one task.
 */
export async function validateAndRegisterFeedInSlices(
  input: unknown,
  options?: ValidateOptions,
): Promise<FeedValidationResult> {
  const result = await validateFeedInSlices(input, options);
  return (await import('./large-feed.js')).registerInSlices(result, pageState(VALIDATED));
}

function register(result: FeedValidationResult): FeedValidationResult {
  const { feeds, practices } = pageState(VALIDATED);
  feeds.add(result.feed);
  for (const practice of result.feed.practices) practices.add(practice);
  return result;
}

/** `validatePractice`, with the practice (when kept) entered in the register. */
export function validateAndRegisterPractice(
  input: unknown,
  options?: ValidateOptions,
): PracticeValidationResult {
  const result = validatePractice(input, options);
  if (result.practice) pageState(VALIDATED).practices.add(result.practice);
  return result;
}

/** Whether `value` is a feed this library has already validated and normalized. */
export function isValidatedFeed(value: unknown): value is NormalizedFeed {
  return typeof value === 'object' && value !== null && pageState(VALIDATED).feeds.has(value);
}

/** Whether `value` is a practice this library has already validated and normalized. */
export function isValidatedPractice(value: unknown): value is NormalizedPractice {
  return typeof value === 'object' && value !== null && pageState(VALIDATED).practices.has(value);
}
