import { css, html, nothing, type TemplateResult } from 'lit';
import { boundText } from '../../data/bounded-text.js';
import {
  EMPTY_FILTERS,
  FACET_TABLE,
  chosenFilters,
  withoutChoice,
  type Filters,
} from '../../data/facets.js';
import type { NormalizedFeed } from '../../data/types.js';
import { facetValueLabel } from '../../i18n/facet-labels.js';
import { formatMessage, uiStrings } from '../../i18n/messages.js';

/**
 * The reader's choices as removable chips, then "clear all": under the filters, and in the
 * catalogue's "no practices match" message as the way out. Nothing when nothing is chosen.
 * Each chip is a button named for what it removes ("Remove filter Country: Peru").
 */
export function renderFilterChips(
  lang: string,
  feed: NormalizedFeed | undefined,
  filters: Filters,
  setFilters: (filters: Filters) => void,
): TemplateResult | typeof nothing {
  const chosen = chosenFilters(filters);
  if (chosen.length === 0) return nothing;
  const strings = uiStrings(lang);
  return html`<div class="chips" part="chips">
    <ul class="chip-list" aria-label=${strings.chosenFilters}>
      ${chosen.map((choice) => {
        const facetName =
          choice.facet === 'q' ? strings.search : strings[FACET_TABLE[choice.facet].label];
        const valueLabel =
          choice.facet === 'q'
            ? `“${boundText(choice.value, 'short')}”`
            : facetValueLabel(lang, choice.facet, choice.value, feed);
        return html`<li>
          <button
            class="chip"
            type="button"
            aria-label=${formatMessage(strings.removeFilter, {
              filter: `${facetName}: ${valueLabel}`,
            })}
            @click=${() => setFilters(withoutChoice(filters, choice))}
          >
            <span class="chip-facet">${facetName}:</span>
            <bdi class="chip-value">${valueLabel}</bdi>
            <span class="chip-remove" aria-hidden="true">×</span>
          </button>
        </li>`;
      })}
    </ul>
    ${
      chosen.length > 1
        ? html`<button
            class="button secondary chips-clear"
            type="button"
            @click=${() => setFilters(EMPTY_FILTERS)}
          >
            ${strings.clearAll}
          </button>`
        : nothing
    }
  </div>`;
}

export const filterChipStyles = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .chip-list {
    display: contents;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-block-size: 2rem;
    max-inline-size: 100%;
    padding: 0.25em 0.5em 0.25em 0.75em;
    border: 1px solid var(--_accent);
    border-radius: 1rem;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.875rem;
    cursor: pointer;
    overflow-wrap: anywhere;
    text-align: start;
  }
  .chip:hover {
    background: var(--_subtle);
  }
  .chip:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .chip-facet {
    color: var(--_muted);
  }
  .chip-remove {
    font-size: 1.15em;
    line-height: 1;
    color: var(--_accent);
  }
  @media (forced-colors: active) {
    .chip {
      border-color: ButtonText;
    }
  }
`;
