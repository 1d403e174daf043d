import { css, html, nothing, type TemplateResult } from 'lit';
import type { NormalizedFeed } from '../../data/types.js';
import type { FeedLoadState, Theme } from '../../feed/context.js';
import type { FeedLoadError } from '../../feed/load-error.js';
import { formatDate } from '../../i18n/format.js';
import { formatMessage, uiStrings } from '../../i18n/messages.js';
import { loadErrorMessage } from './load-error-message.js';

/*
 * The states every element renders, in one place: loading (the element's own placeholder),
 * error (with a retry when it may help), empty ("no practices match", with a way to clear the
 * filters), the notice over a saved copy, and the content. An element's `render()` goes through
 * `renderStates`, so what a reader sees is all in that `render()`.
 */

/** The wrapper every state is drawn in: the element's language and theme, and its retry. */
export interface StateFrame {
  readonly lang: string;
  readonly theme: Theme;
  /** Classes of the wrapper beside the theme's (a card's layout). */
  readonly classes?: string;
  /**
   * The saved copy being shown because the network failed, if it is: the notice that says so
   * comes before everything else.
   */
  readonly saved?: { readonly savedAt?: number | undefined };
  /** Tries the load again. */
  readonly retry: () => void;
  /**
   * Draw nothing for the error: the element is a part of a `<practice-catalog>`, which gives one
   * message for all its parts.
   */
  readonly quiet?: boolean;
}

/** What an element draws in each state of its data. */
export interface StateViews {
  /** The placeholder, the size of what will come, while the feed or the language is on its way. */
  readonly loading: () => TemplateResult;
  /** The content, once the feed is read; the empty state is part of it (`renderEmpty`). */
  readonly loaded: (feed: NormalizedFeed) => TemplateResult;
  /**
   * Content that does not wait for a feed (a card given a practice object): shown in every
   * state, with the feed once there is one.
   */
  readonly standalone?: (feed: NormalizedFeed | undefined) => TemplateResult;
}

/** An element's visible content: the notice, if any, then its state in its themed wrapper. */
export function renderStates(
  frame: StateFrame,
  load: FeedLoadState,
  views: StateViews,
): TemplateResult {
  const feed = load.status === 'loaded' ? load.feed : undefined;
  const body = views.standalone
    ? views.standalone(feed)
    : load.status === 'loading'
      ? views.loading()
      : load.status === 'error'
        ? frame.quiet
          ? nothing
          : renderLoadError(frame.lang, load.error, frame.retry)
        : views.loaded(load.feed);
  const classes = frame.classes ? `theme ${frame.theme} ${frame.classes}` : `theme ${frame.theme}`;
  return html`${renderNotice(frame)}
    <div class=${classes} lang=${frame.lang}>${body}</div>`;
}

/**
 * The notice over a saved copy, in a themed wrapper of its own, when there is one to give; the
 * same for an element and for a `<practice-feed>`.
 */
export function renderNotice(frame: StateFrame): TemplateResult | typeof nothing {
  return frame.saved
    ? html`<div class="theme ${frame.theme}" lang=${frame.lang}>
        ${renderSavedNotice(frame.lang, frame.saved.savedAt, frame.retry)}
      </div>`
    : nothing;
}

/**
 * The empty state: "no practices match" with a way to clear the reader's filters when they are
 * the cause (`clearFilters`), "no practices to show" when the scope or the feed leaves nothing.
 */
export function renderEmpty(
  lang: string,
  options: {
    /** Whether the reader's filters leave out practices of the scope. */
    readonly filtered: boolean;
    readonly inScope: number;
    readonly clearFilters: () => void;
    readonly classes?: { readonly box: string; readonly button: string };
  },
): TemplateResult {
  const strings = uiStrings(lang);
  const { filtered, inScope, clearFilters } = options;
  const classes = options.classes ?? { box: 'empty', button: 'button' };
  return html`<div class=${classes.box} role="status">
    <p>${filtered && inScope > 0 ? strings.noMatches : strings.noPractices}</p>
    ${
      filtered
        ? html`<button class=${classes.button} type="button" @click=${clearFilters}>
            ${strings.clearFilters}
          </button>`
        : nothing
    }
  </div>`;
}

/**
 * The error state every element shares: what went wrong in the reader's language and, when the
 * network or the server may be the cause, a retry.
 */
export function renderLoadError(
  lang: string,
  error: FeedLoadError,
  onRetry: () => void,
): TemplateResult {
  const strings = uiStrings(lang);
  return html`<div class="load-error" part="error" role="status">
    <p class="load-error-title">${strings.errorTitle}</p>
    <p class="load-error-message">${loadErrorMessage(lang, error)}</p>
    ${
      error.retryable
        ? html`<button class="button" type="button" @click=${onRetry}>${strings.retry}</button>`
        : nothing
    }
  </div>`;
}

/**
 * The notice over a saved copy shown because the network failed: the day it was saved, in the
 * reader's language and calendar day, and a retry.
 */
export function renderSavedNotice(
  lang: string,
  savedAt: number | undefined,
  onRetry: () => void,
): TemplateResult {
  const strings = uiStrings(lang);
  // A copy whose date cannot be read (a damaged database) is shown without one.
  const day = new Date(savedAt ?? Number.NaN);
  const year = day.getFullYear();
  const text =
    year > 0 && year < 10_000
      ? formatMessage(strings.savedDataFrom, {
          date: formatDate(
            lang,
            [year, day.getMonth() + 1, day.getDate()]
              .map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
              .join('-'),
          ),
        })
      : strings.savedDataUndated;
  return html`<div class="saved-notice" part="notice" role="status">
    <p>${text}</p>
    <button class="button" type="button" @click=${onRetry}>${strings.retry}</button>
  </div>`;
}

export const stateStyles = css`
  .saved-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
    margin-bottom: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .saved-notice p {
    margin: 0;
  }
  .load-error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .load-error p {
    margin: 0;
  }
  .load-error-title {
    font-weight: 700;
  }
  .skeleton-line {
    display: block;
    height: 1em;
    margin: 0.5em 0;
    border-radius: 0.25em;
    background: var(--_subtle);
    animation: practice-pulse 1.6s ease-in-out infinite;
  }
  @keyframes practice-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (forced-colors: active) {
    .load-error,
    .saved-notice {
      border-color: CanvasText;
    }
    .skeleton-line {
      background: GrayText;
    }
  }
`;
