/**
 * Reading a feed as the widgets need it: the data layer's validation (through its register of
 * validated feeds), a fatal problem as a `FeedLoadError`, and the repairs reported once on the
 * console.
 */
import {
  FeedFormatError,
  type FeedValidationResult,
  type FeedWarning,
  type NormalizedPractice,
} from '../data/types.js';
import {
  validateAndRegisterFeed,
  validateAndRegisterFeedInSlices,
  validateAndRegisterPractice,
} from '../data/validated.js';
import type { FeedText } from '../data/feed-text.js';
import { FeedLoadError } from './load-error.js';
import { warnOnce } from './warnings.js';

/** A feed read and validated, ready to show. */
export interface LoadedFeed extends FeedValidationResult {
  /** True when the practices come from a saved copy. */
  readonly fromCache: boolean;
  /** For a saved copy: when it was saved, in milliseconds since 1970. */
  readonly savedAt?: number;
}

/**
 * Reads a feed document already parsed from JSON (or set from script): validates it and turns a
 * fatal problem into a `FeedLoadError` of kind `format`.
 */
export function readFeed(json: unknown, baseUrl?: string): FeedValidationResult {
  let result: FeedValidationResult;
  try {
    result = validateAndRegisterFeed(json, { baseUrl });
  } catch (error) {
    throw asLoadError(error, baseUrl);
  }
  reportWarnings(result.warnings, baseUrl);
  return result;
}

/** A fatal problem of the document as a `FeedLoadError` of kind `format`; others as they are. */
function asLoadError(error: unknown, url?: string): unknown {
  return error instanceof FeedFormatError
    ? new FeedLoadError('format', error.message, { formatCode: error.code, url, cause: error })
    : error;
}

/** From this many characters a feed is parsed and validated in slices (a megabyte of text). */
const PARSED_AT_ONCE = 1_000_000;

const notJson = (error: unknown, url?: string) =>
  new FeedLoadError('parse', 'The feed is not valid JSON.', { url, cause: error });

/** Parses feed text (a response body or an inline script) and reads it. */
export function parseFeed(text: string, baseUrl?: string): FeedValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw notJson(error, baseUrl);
  }
  return readFeed(json, baseUrl);
}

/**
 * `parseFeed` for a response body (one string, or the pieces a large body streamed in) or a
 * saved copy: a large feed (a megabyte or more) is parsed and validated in slices, the page free
 * between them; a smaller one at once.
 */
export async function parseFeedInSlices(
  text: FeedText,
  baseUrl?: string,
): Promise<FeedValidationResult> {
  // A text in pieces is a large body's (request.ts): parsed in slices from its pieces.
  if (typeof text === 'string' && text.length < PARSED_AT_ONCE) return parseFeed(text, baseUrl);
  let json: unknown;
  // The sliced parser and the large feed's answers are chunks of their own, asked for only by a
  // feed this large.
  const largeFeed = import('../data/large-feed.js');
  try {
    const { parseJsonInSlices } = await import('../data/feed-json.js');
    json = await parseJsonInSlices(text);
  } catch (error) {
    throw notJson(error, baseUrl);
  }
  let result: FeedValidationResult;
  try {
    result = await validateAndRegisterFeedInSlices(json, { baseUrl });
  } catch (error) {
    throw asLoadError(error, baseUrl);
  }
  reportWarnings(result.warnings, baseUrl);
  // What every element asks first (the counts of every facet over the whole feed) is answered
  // here, in slices, rather than by the first element drawn, in one long task.
  await (await largeFeed).prepareFirstAnswer(result.feed);
  return result;
}

/**
 * Reads one practice object set from script: validated on its own, its repairs reported as a
 * feed's are. `undefined` when it cannot be shown.
 */
export function readPractice(value: unknown, baseUrl?: string): NormalizedPractice | undefined {
  const { practice, warnings } = validateAndRegisterPractice(value, { baseUrl });
  reportWarnings(warnings, baseUrl);
  return practice;
}

// Every skipped or repaired record is reported once, however many elements show the feed and
// however often it is read again (from the saved copy, then from the network). The console gets
// the first few only: a spreadsheet with thousands of odd cells must not bury the page's own
// messages (or freeze the console); the command line lists every one.
const PROBLEMS_LISTED = 20;

function reportWarnings(warnings: readonly FeedWarning[], url?: string): void {
  if (warnings.length === 0) return;
  const listed = warnings
    .slice(0, PROBLEMS_LISTED)
    .map((w) => `  ${w.path}${w.id ? ` (id "${w.id}")` : ''}: ${w.reason}`);
  const rest = warnings.length - listed.length;
  if (rest > 0) {
    listed.push(
      `  … and ${rest} more; \`npx practice-feed validate ${url ?? '<feed>'}\` lists them all.`,
    );
  }
  warnOnce(
    `practice-widgets: ${warnings.length} problem(s) in the feed${url ? ` ${url}` : ''}:\n` +
      listed.join('\n'),
  );
}
