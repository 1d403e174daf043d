import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { foldText } from '../../data/search.js';
import { mostFrequent } from '../../data/bounded-values.js';
import { FACET_TABLE, facetDefinition, type Facet, type Filters } from '../../data/facets.js';
import { VOCABULARIES } from '../../data/vocabularies.js';
import type { NormalizedFeed } from '../../data/types.js';
import { collator, formatNumber } from '../../i18n/format.js';
import { facetValueLabel } from '../../i18n/facet-labels.js';
import { formatPlural, uiStrings } from '../../i18n/messages.js';

/*
 * The choices of each facet, drawn in a facet's panel or in the filters sheet: loaded with the
 * first panel a reader may open, after the filters' first paint (a chunk of its own), since the
 * search box, the facets' buttons and the chosen filters are all the first paint needs.
 */

/** What a facet's choices read from, and change in, their `<practice-filters>`. */
export interface FacetPanelHost {
  readonly lang: string;
  /** The prefix of the element's ids. */
  readonly id: string;
  readonly filters: Filters;
  /** Facets whose every choice the reader asked for, with what they typed in its search. */
  readonly unfolded: ReadonlyMap<Facet, string>;
  toggle(facet: Facet, value: string, checked: boolean): void;
  setUnfolded(facet: Facet, query: string | undefined): void;
  unfold(facet: Facet): void;
  fold(facet: Facet): void;
}

/**
 * One facet's choices, each with the number of practices it would give. However many values a
 * feed has, at most `FACET_VALUE_LIMIT` are drawn: the reader's choices and the most frequent.
 * "Show N more" gives a search box that finds any other, drawn under the same limit.
 */
export function renderFacet(
  host: FacetPanelHost,
  feed: NormalizedFeed,
  facet: Facet,
  counts: ReadonlyMap<string, number>,
  hidden: boolean,
): TemplateResult | typeof nothing {
  const { lang, id } = host;
  const strings = uiStrings(lang);
  const selected = host.filters[facet];
  const values = orderedValues(lang, feed, facet, [...new Set([...counts.keys(), ...selected])]);
  if (values.length === 0) return nothing;
  const count = (value: string) => counts.get(value) ?? 0;
  const isChosen = ({ value }: { value: string }) => selected.includes(value);
  const query = host.unfolded.get(facet);
  const folded = mostFrequent(values, ({ value }) => count(value), isChosen);
  const terms = query === undefined ? '' : foldText(query.trim());
  const matching =
    query === undefined
      ? folded
      : mostFrequent(
          terms ? values.filter((entry) => foldText(entry.label).includes(terms)) : values,
          ({ value }) => count(value),
          isChosen,
        );
  const findId = `${id}-${facet}-find`;
  return html`<fieldset class="facet" part="facet" id="${id}-${facet}" ?hidden=${hidden}>
    <legend>${strings[FACET_TABLE[facet].label]}</legend>
    ${
      query !== undefined
        ? html`<div class="find">
            <label for=${findId}>${strings.facetFind}</label>
            <input
              id=${findId}
              type="search"
              autocomplete="off"
              spellcheck="false"
              .value=${live(query)}
              @input=${(e: InputEvent) =>
                host.setUnfolded(facet, (e.target as HTMLInputElement).value)}
            />
          </div>`
        : nothing
    }
    <ul class="values">
      ${matching.shown.map(({ value, label }) => {
        const valueCount = count(value);
        const checked = selected.includes(value);
        return html`<li>
          <label class=${valueCount === 0 && !checked ? 'value none' : 'value'}>
            <input
              type="checkbox"
              .checked=${live(checked)}
              @change=${(e: Event) =>
                host.toggle(facet, value, (e.target as HTMLInputElement).checked)}
            />
            <span class="label"><bdi>${label}</bdi></span>
            <span class="value-count">${formatNumber(lang, valueCount)}</span>
          </label>
        </li>`;
      })}
    </ul>
    ${
      query !== undefined && matching.shown.length === 0
        ? html`<p class="more-note" role="status">${strings.facetNoMatch}</p>`
        : query !== undefined && matching.hidden > 0
          ? html`<p class="more-note" role="status">
              ${formatPlural(lang, strings.facetMoreMatches, matching.hidden)}
            </p>`
          : nothing
    }
    ${
      query !== undefined
        ? html`<button class="more button secondary" type="button" @click=${() => host.fold(facet)}>
            ${strings.facetShowFewer}
          </button>`
        : folded.hidden > 0
          ? html`<button
              id="${id}-${facet}-more"
              class="more button secondary"
              type="button"
              @click=${() => host.unfold(facet)}
            >
              ${formatPlural(lang, strings.facetShowMore, folded.hidden)}
            </button>`
          : nothing
    }
  </fieldset>`;
}

/**
 * A facet's values with their labels (named as everywhere else, `facetValueLabel`), in the order
 * a reader expects: years newest first, countries alphabetically, a vocabulary's values in its
 * own order, then those the feed adds alphabetically.
 */
export function orderedValues(
  lang: string,
  feed: NormalizedFeed,
  facet: Facet,
  values: string[],
): { value: string; label: string }[] {
  const { kind, vocabulary } = facetDefinition(facet);
  const labelled = values.map((value) => ({
    value,
    label: facetValueLabel(lang, facet, value, feed),
  }));
  if (kind === 'year') return labelled.sort((a, b) => Number(b.value) - Number(a.value));
  const alphabetical = collator(lang, 'base');
  const order: readonly string[] =
    kind === 'vocabulary' && vocabulary ? VOCABULARIES[vocabulary] : [];
  const position = (value: string) => {
    const index = order.indexOf(value);
    return index === -1 ? order.length : index;
  };
  return labelled.sort(
    (a, b) => position(a.value) - position(b.value) || alphabetical.compare(a.label, b.label),
  );
}

/**
 * The panel's, the sheet's and the choices' styles: adopted by the element's shadow root with
 * this chunk, since nothing of them is drawn before it.
 */
export const panelStyles = css`
  dialog {
    padding: 0;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }
  /* A facet's panel: over what follows, under its button, within the element. */
  dialog.popover {
    position: absolute;
    inset: 100% auto auto 0;
    z-index: 10;
    width: min(100%, 22rem);
    max-height: min(28rem, 70vh);
    margin: 0;
    overflow-y: auto;
    border-radius: var(--_radius);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.2);
  }
  /* The sheet: from the bottom of the screen, its choices scrolling between a head and a foot. */
  dialog.sheet {
    inset: auto 0 0;
    width: 100%;
    max-width: 40rem;
    max-height: 88vh;
    margin: auto auto 0;
    border-radius: var(--_radius) var(--_radius) 0 0;
  }
  dialog.sheet[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .sheet-head,
  .dialog-foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: calc(var(--_space) * 0.75);
  }
  .sheet-head {
    justify-content: space-between;
    border-bottom: 1px solid var(--_border);
  }
  .sheet-title {
    margin: 0;
  }
  .close {
    font-size: 1.25em;
  }
  .dialog-body {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.75);
  }
  .sheet .dialog-body {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
  }
  .dialog-foot {
    justify-content: flex-end;
    border-top: 1px solid var(--_border);
  }
  .popover .dialog-foot {
    position: sticky;
    bottom: 0;
    background: var(--_surface);
  }
  .sheet .done {
    flex: 1;
  }
  .facet {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: none;
  }
  .facet[hidden] {
    display: none;
  }
  legend {
    margin-bottom: 0.35rem;
    padding: 0;
  }
  .values {
    display: grid;
    gap: 0.1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .value {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0 0.25rem;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .value:hover {
    background: var(--_subtle);
  }
  .value input {
    width: 1.15rem;
    height: 1.15rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .value .label {
    flex: 1;
    overflow-wrap: anywhere;
  }
  .value-count {
    min-width: 2.5em;
    padding: 0 0.4em;
    border-radius: 999px;
    background: var(--_subtle);
    color: var(--_muted);
    font-size: 0.85em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .value.none .label {
    color: var(--_muted);
  }
  /* A facet with more values than are drawn: its own search, a note, and the fold button. */
  .find {
    display: grid;
    gap: 0.35rem;
    margin-bottom: 0.5rem;
  }
  .more {
    margin-top: 0.5rem;
  }
  .more-note {
    margin: 0.5rem 0 0;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .value-count {
      border: 1px solid CanvasText;
    }
  }
`;
