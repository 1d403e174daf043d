import { createContext } from '@lit/context';
import type { Scope } from '../data/scope.js';
import type { Filters } from '../data/query.js';
import type { FeedLoadError } from './load-error.js';
import type { LoadedFeed } from './read-feed.js';

export type Theme = 'light' | 'dark' | 'auto';

/** Where a feed stands: still loading, unusable, or read. */
export type FeedLoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: FeedLoadError }
  | ({ readonly status: 'loaded' } & LoadedFeed);

/**
 * What a `<practice-feed>` shares with the elements inside it. A new object on every change,
 * so that consumers re-render.
 */
export interface SharedFeedState {
  readonly load: FeedLoadState;
  /** The feed's own scope attributes; each child narrows it further with its own. */
  readonly scope: Scope;
  /** The feed's `theme`, for children that do not set their own. */
  readonly theme?: Theme;
  /** The feed's language, so that children follow a change of it. */
  readonly lang: string;
  /** The reader's filters, shared by every child. */
  readonly filters: Filters;
  /** Changes the reader's filters for every child (and fires `practice-filter-change`). */
  readonly setFilters: (filters: Filters) => void;
  /** The practice the reader has open, shared by every child. */
  readonly openPracticeId: string | null;
  /** Opens a practice (or closes it, with `null`) for every child. */
  readonly setOpenPractice: (id: string | null) => void;
  /** Loads the feed again (the retry action of a child's error message). */
  readonly retry: () => void;
}

/** The reader's choices in a feed's shared state, which not every element shows. */
export type ReaderChoice = 'filters' | 'openPracticeId';

/**
 * Whether two shared states of one feed differ in some of `choices` and in nothing else. (A feed
 * makes a new state only when something in it changed; its functions are made anew with each,
 * and do the same.)
 */
export const differsOnlyIn = (
  before: SharedFeedState | undefined,
  after: SharedFeedState | undefined,
  choices: readonly ReaderChoice[],
): boolean =>
  !!before &&
  !!after &&
  before !== after &&
  (['load', 'scope', 'theme', 'lang', 'filters', 'openPracticeId'] as const).every(
    (key) => before[key] === after[key] || choices.includes(key as ReaderChoice),
  );

// Symbol.for, so that two copies of the library on one page still find each other.
export const feedContext = createContext<SharedFeedState>(Symbol.for('practice-widgets.feed'));
