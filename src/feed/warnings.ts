import { pagePart, pageState } from '../data/page-state.js';

const WARNINGS = pagePart('warnings', () => ({ given: new Set<string>() }));

/**
 * Writes `message` on the console once per page, however many elements run into it and however
 * often (a feed read from its saved copy, then from the network).
 */
export function warnOnce(message: string): void {
  const { given } = pageState(WARNINGS);
  if (given.has(message)) return;
  given.add(message);
  console.warn(message);
}
