import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { boundText, type TextLimit } from '../../data/bounded-text.js';
import { localizeWithLang, type LocalizedString } from '../../data/localized-text.js';
import { matchesScope } from '../../data/scope.js';
import type { NormalizedFeed, NormalizedPractice, Text } from '../../data/types.js';
import { isValidatedPractice } from '../../data/validated.js';
import { readPractice } from '../../feed/read-feed.js';
import { countryName, formatList, formatListParts } from '../../i18n/format.js';
import { formatMessage, formatPlural, uiStrings } from '../../i18n/messages.js';
import type { UiStrings } from '../../i18n/strings/types.js';
import { vocabularyLabel } from '../../i18n/vocabulary-labels.js';
import { baseStyles, themeStyles } from '../../styles/theme.js';
import { documentBase } from '../shared/document-base.js';
import { PracticeElement } from '../shared/practice-element.js';
import { renderLoadError, stateStyles } from '../shared/states.js';
import { styles } from './practice-card.styles.js';

export type CardLayout = 'full' | 'compact';

// A practice object set from script, validated once per object.
const practicesFromObjects = new WeakMap<object, NormalizedPractice | null>();

function practiceFromObject(value: unknown): NormalizedPractice | undefined {
  if (isValidatedPractice(value)) return value;
  if (typeof value !== 'object' || value === null) return undefined;
  let practice = practicesFromObjects.get(value);
  if (practice === undefined) {
    practice = readPractice(value, documentBase()) ?? null;
    practicesFromObjects.set(value, practice);
  }
  return practice ?? undefined;
}

// Looking a practice up by id, once per feed.
const practicesById = new WeakMap<NormalizedFeed, Map<string, NormalizedPractice>>();

function findPractice(feed: NormalizedFeed, id: string): NormalizedPractice | undefined {
  let index = practicesById.get(feed);
  if (!index) {
    index = new Map(feed.practices.map((practice) => [practice.id, practice]));
    practicesById.set(feed, index);
  }
  return index.get(id);
}

/**
 * A feed string as the card lays it out: bounded in length (see `TEXT_LIMITS`), and isolated, so
 * that a right-to-left word or a stray direction override cannot reorder the text around it.
 */
const isolated = (value: string, limit: TextLimit = 'short') =>
  html`<bdi>${boundText(value, limit)}</bdi>`;

/** Values joined as the language joins a list ("a, b and c"), each one isolated. */
function isolatedList(lang: string, values: readonly string[]): TemplateResult {
  return html`${formatListParts(lang, values).map((part) =>
    part.type === 'element' ? isolated(part.value) : part.value,
  )}`;
}

/**
 * One practice: everything the feed says about it (`layout="full"`), or a summary for lists
 * that opens the practice when activated (`layout="compact"`).
 *
 * @summary One good practice, as a full card or a compact summary.
 * @tagname practice-card
 * @customElement practice-card
 *
 * @csspart card - The card's box.
 * @csspart title - The practice's title.
 * @csspart meta - The list of facts (countries, organization, setting, levels, ...).
 * @csspart image - The practice's picture.
 * @csspart criteria - The "why it is a good practice" section.
 * @csspart error - The load error message.
 * @csspart notice - The "saved data from <date>" notice, when a saved copy is shown.
 *
 * @cssprop --practice-accent - Links, buttons and focus ring (default `#0b5cad`; dark `#8ab8f5`).
 * @cssprop --practice-text - Body text (default `#1d2329`; dark `#e6e9ed`).
 * @cssprop --practice-muted - Labels and secondary text (default `#545e69`; dark `#adb6c0`).
 * @cssprop --practice-surface - Card background (default `#ffffff`; dark `#1c2127`).
 * @cssprop --practice-border - Borders (default `#c9d1da`; dark `#48515c`).
 * @cssprop --practice-radius - Corner radius (default `0.5rem`).
 * @cssprop --practice-font - Font family (default: inherited from the page).
 * @cssprop --practice-space - Base spacing unit (default `1rem`).
 *
 * @fires practice-select - When a compact card is activated: `{id}`.
 * @fires practice-feed-load - When the card loaded its own `src`: `{count, warnings, fromCache}`.
 * @fires practice-feed-error - When the card's own `src` could not be used: `{message, cause}`.
 */
export class PracticeCard extends PracticeElement {
  static override styles = [themeStyles, baseStyles, stateStyles, styles];

  /** The id of the practice to show, from the feed. */
  @property({ attribute: 'practice-id' }) practiceId?: string;

  /**
   * A practice object set from script (`Practice`, from `practice-widgets/data`), shown without
   * a feed.
   */
  @property({ attribute: false }) practice?: unknown;

  /**
   * `full` (default): everything the feed has, including "why it is a good practice";
   * `compact`: title, countries, setting and summary, for lists. Activating a compact card
   * fires `practice-select`.
   */
  @property({ reflect: true }) layout: CardLayout = 'full';

  /** Level of the card's title in the page's outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  private get _level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
  }

  private _onOpen(practice: NormalizedPractice): void {
    this.selectPractice(practice.id);
  }

  override render(): TemplateResult {
    const layout: CardLayout = this.layout === 'compact' ? 'compact' : 'full';
    // The wrapper carries the language, so interface strings are marked even when the language
    // came from the browser rather than a `lang` attribute.
    return html`<div class="theme ${this.effectiveTheme} ${layout}" lang=${this.contentLang}>
      ${this._renderState(layout)}
    </div>`;
  }

  private _renderState(layout: CardLayout): TemplateResult {
    const lang = this.contentLang;
    const load = this.loadState;
    if (this.practice !== undefined) {
      const practice = practiceFromObject(this.practice);
      // The feed, when there is one, still gives the labels of its own vocabulary values.
      const feed = load.status === 'loaded' ? load.feed : undefined;
      return practice
        ? this._renderCard(practice, feed, layout)
        : this._renderNotFound(uiStrings(lang), '');
    }
    switch (load.status) {
      case 'loading':
        return this._renderSkeleton(layout);
      case 'error':
        return renderLoadError(lang, load.error, () => this.retry());
      case 'loaded': {
        const id = this.practiceId ?? '';
        const practice = findPractice(load.feed, id);
        return practice && matchesScope(practice, this.scope)
          ? this._renderCard(practice, load.feed, layout)
          : this._renderNotFound(uiStrings(lang), id);
      }
    }
  }

  private _renderSkeleton(layout: CardLayout): TemplateResult {
    const lines = layout === 'compact' ? 3 : 8;
    // A compact card's box is the same loading or loaded (--_compact-card-height); a full
    // one's is the screen's (see the styles).
    return html`<div class="card skeleton" part="card" role="status">
      <span class="visually-hidden">${uiStrings(this.contentLang).loading}</span>
      ${Array.from(
        { length: lines },
        (_, i) => html`<span class="skeleton-line ${i === 0 ? 'wide' : ''}"></span>`,
      )}
    </div>`;
  }

  private _renderNotFound(strings: UiStrings, id: string): TemplateResult {
    return html`<div class="card not-found" part="card" role="status">
      <p>${formatMessage(strings.practiceNotFound, { id })}</p>
    </div>`;
  }

  private _renderCard(
    practice: NormalizedPractice,
    feed: NormalizedFeed | undefined,
    layout: CardLayout,
  ): TemplateResult {
    const lang = this.contentLang;
    const base = lang.split('-')[0]!.toLowerCase();
    const strings = uiStrings(lang);
    const feedLanguage = feed?.language ?? 'es';
    const text = (value: Text | undefined) => localizeWithLang(value, lang, feedLanguage);
    // Mark text written in another language than the interface's, so it is read correctly.
    const langOf = (value: LocalizedString) =>
      value.lang.split('-')[0]!.toLowerCase() === base ? undefined : value.lang;
    const title = text(practice.title)!;
    const summary = text(practice.summary);
    const countries = formatList(
      lang,
      practice.countries.map((code) => countryName(lang, code)),
    );
    const labels = (vocabulary: 'levels' | 'objectives', values: readonly string[]) =>
      isolatedList(
        lang,
        values.map((value) => vocabularyLabel(lang, vocabulary, value, feed)),
      );
    const setting = isolated(vocabularyLabel(lang, 'settings', practice.setting, feed));

    if (layout === 'compact') {
      return html`<article class="card" part="card">
        <div class="title" part="title" role="heading" aria-level=${this._level}>
          <button
            class="open"
            type="button"
            lang=${ifDefined(langOf(title))}
            @click=${() => this._onOpen(practice)}
          >
            ${isolated(title.text)}
          </button>
        </div>
        <!-- The spaces stay outside the hidden dot: a screen reader must not read the country
          and the setting as one word. -->
        <p class="byline">${countries} <span aria-hidden="true">·</span> ${setting}</p>
        ${
          summary
            ? html`<p class="summary" lang=${ifDefined(langOf(summary))}>
                ${isolated(summary.text, 'paragraph')}
              </p>`
            : nothing
        }
      </article>`;
    }

    const place = text(practice.place);
    const description = text(practice.description);
    const organization = practice.organization;
    const reach = practice.reach;
    const reachNote = text(reach?.note);
    const reachParts = [
      reach?.participants !== undefined
        ? formatPlural(lang, strings.participants, reach.participants)
        : undefined,
      reach?.institutions !== undefined
        ? formatPlural(lang, strings.institutions, reach.institutions)
        : undefined,
    ].filter((part): part is string => part !== undefined);
    const audiences = practice.audiences
      .map((audience) => text(audience))
      .filter((audience): audience is LocalizedString => audience !== undefined);
    const fact = (label: string, value: unknown) =>
      html`<div class="fact">
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`;

    return html`<article class="card" part="card" aria-labelledby="title">
      ${
        practice.image
          ? html`<img
              class="image"
              part="image"
              src=${practice.image.src}
              alt=${boundText(text(practice.image.alt)?.text ?? '', 'paragraph')}
              loading="lazy"
              decoding="async"
            />`
          : nothing
      }
      <div
        id="title"
        class="title"
        part="title"
        role="heading"
        aria-level=${this._level}
        lang=${ifDefined(langOf(title))}
      >
        ${isolated(title.text)}
      </div>
      ${
        summary
          ? html`<p class="summary" lang=${ifDefined(langOf(summary))}>
              ${isolated(summary.text, 'paragraph')}
            </p>`
          : nothing
      }
      <dl class="facts" part="meta">
        ${fact(strings.countries, countries)}
        ${place ? fact(strings.place, html`<span lang=${ifDefined(langOf(place))}>${isolated(place.text)}</span>`) : nothing}
        ${
          organization
            ? fact(
                strings.organization,
                html`${
                  organization.url
                    ? html`<a href=${organization.url}>${isolated(organization.name)}</a>`
                    : isolated(organization.name)
                }${
                  organization.type
                    ? html` <span class="muted"
                        >(${isolated(
                          vocabularyLabel(lang, 'organizationTypes', organization.type, feed),
                        )})</span
                      >`
                    : nothing
                }`,
              )
            : nothing
        }
        ${fact(strings.setting, setting)}
        ${practice.levels.length ? fact(strings.levels, labels('levels', practice.levels)) : nothing}
        ${
          practice.objectives.length
            ? fact(strings.objectives, labels('objectives', practice.objectives))
            : nothing
        }
        ${practice.year !== undefined ? fact(strings.startYear, String(practice.year)) : nothing}
        ${
          reachParts.length || reachNote
            ? fact(
                strings.reach,
                html`${formatList(lang, reachParts)}${
                  reachNote
                    ? html`${reachParts.length ? html`<br />` : nothing}<span
                          lang=${ifDefined(langOf(reachNote))}
                          >${isolated(reachNote.text, 'paragraph')}</span
                        >`
                    : nothing
                }`,
              )
            : nothing
        }
        ${
          audiences.length
            ? fact(
                strings.audiences,
                html`<ul class="chips">
                  ${audiences.map(
                    (audience) =>
                      html`<li lang=${ifDefined(langOf(audience))}>
                        ${isolated(audience.text, 'paragraph')}
                      </li>`,
                  )}
                </ul>`,
              )
            : nothing
        }
        ${
          practice.tags.length
            ? fact(
                strings.tags,
                html`<ul class="chips tags">
                  ${practice.tags.map((tag) => html`<li>${isolated(tag)}</li>`)}
                </ul>`,
              )
            : nothing
        }
      </dl>
      ${
        description
          ? html`<div class="description" lang=${ifDefined(langOf(description))}>
              ${boundText(description.text, 'long')
                .split(/\n\s*\n/)
                .map((paragraph) => paragraph.trim())
                .filter(Boolean)
                .map((paragraph) => html`<p><bdi>${paragraph}</bdi></p>`)}
            </div>`
          : nothing
      }
      ${
        practice.criteria.length
          ? html`<section class="criteria" part="criteria" aria-labelledby="criteria-heading">
              <div
                id="criteria-heading"
                class="criteria-heading"
                role="heading"
                aria-level=${Math.min(6, this._level + 1)}
              >
                ${strings.whyGoodPractice}
              </div>
              <dl>
                ${practice.criteria.map(({ key, text: explanation }) => {
                  const value = text(explanation);
                  return value
                    ? html`<div class="criterion">
                        <dt>${isolated(vocabularyLabel(lang, 'criteria', key, feed))}</dt>
                        <dd lang=${ifDefined(langOf(value))}>
                          ${isolated(value.text, 'paragraph')}
                        </dd>
                      </div>`
                    : nothing;
                })}
              </dl>
            </section>`
          : nothing
      }
      ${
        practice.url
          ? html`<p class="link">
              <a
                href=${practice.url}
                aria-label=${formatMessage(strings.learnMoreAbout, {
                  title: boundText(title.text, 'short'),
                })}
                >${strings.learnMore}</a
              >
            </p>`
          : nothing
      }
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-card': PracticeCard;
  }
}
