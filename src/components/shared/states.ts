import { css, html, nothing, type TemplateResult } from 'lit';
import type { FeedLoadError } from '../../feed/load-error.js';
import { formatDate } from '../../i18n/format.js';
import { formatMessage, uiStrings } from '../../i18n/messages.js';
import { loadErrorMessage } from './load-error-message.js';

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
