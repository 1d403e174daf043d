import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { boundText, type TextLimit } from '../../data/bounded-text.js';
import { localizeWithLang, type LocalizedString } from '../../data/localized-text.js';
import { matchesScope } from '../../data/scope.js';
import type { NormalizedFeed, NormalizedPractice, Text } from '../../data/types.js';
import { practiceById } from '../../data/practice-by-id.js';
import type { ReaderChoice } from '../../feed/context.js';
import { isValidatedPractice } from '../../data/validated.js';
import { readPractice } from '../../feed/read-feed.js';
import { countryName, formatList, formatListParts } from '../../i18n/format.js';
import { formatMessage, formatPlural, uiStrings } from '../../i18n/messages.js';
import type { UiStrings } from '../../i18n/strings/types.js';
import { tagLabel, vocabularyLabel } from '../../i18n/vocabulary-labels.js';
import { baseStyles, themeStyles } from '../../styles/theme.js';
import { documentBase } from '../shared/document-base.js';
import { PracticeElement } from '../shared/practice-element.js';
import { stateStyles } from '../shared/states.js';
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

/** One fact of a full card's list: a label and its value. */
const fact = (label: string, value: unknown) =>
  html`<div class="fact">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;

/** What both layouts say of a practice, in the reader's language. */
interface CardText {
  readonly practice: NormalizedPractice;
  /** The feed, when there is one: it labels its own vocabulary values. */
  readonly feed: NormalizedFeed | undefined;
  readonly lang: string;
  readonly strings: UiStrings;
  /** A feed text in the reader's language, or the nearest one the feed has. */
  readonly text: (value: Text | undefined) => LocalizedString | undefined;
  /** The `lang` of a text in another language than the interface's. */
  readonly langOf: (value: LocalizedString) => string | undefined;
  readonly title: LocalizedString;
  readonly summary: LocalizedString | undefined;
  readonly countries: string;
  readonly setting: TemplateResult;
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

  // One practice, whatever the reader searches or opens: the cards of a list are not drawn again
  // for each letter typed.
  protected override readonly choicesNotShown: readonly ReaderChoice[] = [
    'filters',
    'openPracticeId',
  ];

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
   * fires `practice-select`; with `practice-url`, its title is a link to the practice's page.
   */
  @property({ reflect: true }) layout: CardLayout = 'full';

  /** Level of the card's title in the page's outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The address of an image that failed to load: the card is drawn without it. */
  @state() private _brokenImage?: string;

  private get _level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
  }

  /** Rendered HTML with links to pages is taken over once their code is here (hydrate-support.ts). */
  protected override get hydrationReady(): boolean {
    return super.hydrationReady && this.practiceLinksReady();
  }

  override render(): TemplateResult {
    const layout: CardLayout = this.layout === 'compact' ? 'compact' : 'full';
    // The wrapper carries the language, so interface strings are marked even when the language
    // came from the browser rather than a `lang` attribute.
    return this.renderStates({
      classes: layout,
      loading: () => this._renderSkeleton(layout),
      loaded: (feed) => {
        const id = this.practiceId ?? '';
        const practice = practiceById(feed, id);
        return practice && matchesScope(practice, this.scope)
          ? this._renderCard(this._cardText(practice, feed), layout)
          : this._renderNotFound(id);
      },
      // A practice set from script is shown whatever the feed's state; the feed, when there is
      // one, still gives the labels of its own vocabulary values.
      standalone:
        this.practice === undefined ? undefined : (feed) => this._renderObject(feed, layout),
    });
  }

  private _renderObject(feed: NormalizedFeed | undefined, layout: CardLayout): TemplateResult {
    const practice = practiceFromObject(this.practice);
    return practice
      ? this._renderCard(this._cardText(practice, feed), layout)
      : this._renderNotFound('');
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

  private _renderNotFound(id: string): TemplateResult {
    return html`<div class="card not-found" part="card" role="status">
      <p>${formatMessage(uiStrings(this.contentLang).practiceNotFound, { id })}</p>
    </div>`;
  }

  /** What both layouts say of a practice, in the reader's language. */
  private _cardText(practice: NormalizedPractice, feed: NormalizedFeed | undefined): CardText {
    const lang = this.contentLang;
    const base = lang.split('-')[0]!.toLowerCase();
    const feedLanguage = feed?.language ?? 'es';
    const text = (value: Text | undefined) => localizeWithLang(value, lang, feedLanguage);
    return {
      practice,
      feed,
      lang,
      strings: uiStrings(lang),
      text,
      // Mark text written in another language than the interface's, so it is read correctly.
      langOf: (value) =>
        value.lang.split('-')[0]!.toLowerCase() === base ? undefined : value.lang,
      title: text(practice.title)!,
      summary: text(practice.summary),
      countries: formatList(
        lang,
        practice.countries.map((code) => countryName(lang, code)),
      ),
      setting: isolated(vocabularyLabel(lang, 'settings', practice.setting, feed)),
    };
  }

  private _renderCard(card: CardText, layout: CardLayout): TemplateResult {
    return layout === 'compact' ? this._renderCompact(card) : this._renderFull(card);
  }

  /** The summary in a list: the title opens the practice. */
  private _renderCompact(card: CardText): TemplateResult {
    const { practice, title, summary, langOf } = card;
    const image = this._renderImage(card, 'compact');
    const open = () => this.selectPractice(practice.id);
    return html`<article class="card ${image === nothing ? '' : 'has-image'}" part="card">
      ${image}
      <div class="title" part="title" role="heading" aria-level=${this._level}>
        ${
          // With a page of its own, the title is a link to it (a new tab, a crawler follow it).
          this.practiceLinks()?.renderOpenLink(
            this,
            practice.id,
            langOf(title),
            isolated(title.text),
            open,
          ) ??
          html`<button class="open" type="button" lang=${ifDefined(langOf(title))} @click=${open}>
            ${isolated(title.text)}
          </button>`
        }
      </div>
      <!-- The spaces stay outside the hidden dot: a screen reader must not read the country
        and the setting as one word. -->
      <p class="byline">${card.countries} <span aria-hidden="true">·</span> ${card.setting}</p>
      ${this._renderSummary(card, summary)}
    </article>`;
  }

  /** Everything the feed says of the practice. */
  private _renderFull(card: CardText): TemplateResult {
    const { practice, title, langOf } = card;
    return html`<article class="card" part="card" aria-labelledby="title">
      ${this._renderImage(card, 'full')}
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
      ${this._renderSummary(card, card.summary)}
      <dl class="facts" part="meta">${this._renderFacts(card)}</dl>
      ${this._renderDescription(card)} ${this._renderCriteria(card)}
      ${
        practice.url
          ? html`<p class="link">
              <a
                href=${practice.url}
                aria-label=${formatMessage(card.strings.learnMoreAbout, {
                  title: boundText(title.text, 'short'),
                })}
                >${card.strings.learnMore}</a
              >
            </p>`
          : nothing
      }
    </article>`;
  }

  private _renderSummary(
    { langOf }: CardText,
    summary: LocalizedString | undefined,
  ): TemplateResult | typeof nothing {
    return summary
      ? html`<p class="summary" lang=${ifDefined(langOf(summary))}>
          ${isolated(summary.text, 'paragraph')}
        </p>`
      : nothing;
  }

  /**
   * The practice's picture: a banner on a full card, a thumbnail on a compact one. Sized before
   * it loads (width and height, and an aspect ratio in the styles), so nothing moves when it
   * arrives; loaded lazily; only from an http(s) address; and left out if it fails to load,
   * rather than showing a broken-image icon.
   */
  private _renderImage(
    { practice, text }: CardText,
    layout: CardLayout,
  ): TemplateResult | typeof nothing {
    const image = practice.image;
    if (!image || !/^https?:/i.test(image.src) || image.src === this._brokenImage) return nothing;
    const [width, height] = layout === 'compact' ? [72, 72] : [640, 360];
    return html`<img
      class="image ${layout === 'compact' ? 'thumbnail' : ''}"
      part="image"
      src=${image.src}
      alt=${boundText(text(image.alt)?.text ?? '', 'paragraph')}
      width=${width}
      height=${height}
      loading="lazy"
      decoding="async"
      @error=${() => {
        this._brokenImage = image.src;
      }}
    />`;
  }

  /** The list of facts: where, who, for whom, since when, how many. */
  private _renderFacts(card: CardText): TemplateResult {
    const { practice, feed, lang, strings, text, langOf } = card;
    const place = text(practice.place);
    const labels = (vocabulary: 'levels' | 'objectives', values: readonly string[]) =>
      isolatedList(
        lang,
        values.map((value) => vocabularyLabel(lang, vocabulary, value, feed)),
      );
    const audiences = practice.audiences
      .map((audience) => text(audience))
      .filter((audience): audience is LocalizedString => audience !== undefined);
    return html`${fact(strings.countries, card.countries)}
    ${place ? fact(strings.place, html`<span lang=${ifDefined(langOf(place))}>${isolated(place.text)}</span>`) : nothing}
    ${this._renderOrganization(card)} ${fact(strings.setting, card.setting)}
    ${practice.levels.length ? fact(strings.levels, labels('levels', practice.levels)) : nothing}
    ${
      practice.objectives.length
        ? fact(strings.objectives, labels('objectives', practice.objectives))
        : nothing
    }
    ${practice.year !== undefined ? fact(strings.startYear, String(practice.year)) : nothing}
    ${this._renderReach(card)}
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
              ${practice.tags.map((tag) => html`<li>${isolated(tagLabel(lang, tag, feed))}</li>`)}
            </ul>`,
          )
        : nothing
    }`;
  }

  private _renderOrganization({ practice, feed, lang, strings }: CardText) {
    const organization = practice.organization;
    if (!organization) return nothing;
    return fact(
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
    );
  }

  private _renderReach({ practice, lang, strings, text, langOf }: CardText) {
    const reach = practice.reach;
    const note = text(reach?.note);
    const parts = [
      reach?.participants !== undefined
        ? formatPlural(lang, strings.participants, reach.participants)
        : undefined,
      reach?.institutions !== undefined
        ? formatPlural(lang, strings.institutions, reach.institutions)
        : undefined,
    ].filter((part): part is string => part !== undefined);
    if (!parts.length && !note) return nothing;
    return fact(
      strings.reach,
      html`${formatList(lang, parts)}${
        note
          ? html`${parts.length ? html`<br />` : nothing}<span lang=${ifDefined(langOf(note))}
                >${isolated(note.text, 'paragraph')}</span
              >`
          : nothing
      }`,
    );
  }

  private _renderDescription({ practice, text, langOf }: CardText) {
    const description = text(practice.description);
    return description
      ? html`<div class="description" lang=${ifDefined(langOf(description))}>
          ${boundText(description.text, 'long')
            .split(/\n\s*\n/)
            .map((paragraph) => paragraph.trim())
            .filter(Boolean)
            .map((paragraph) => html`<p><bdi>${paragraph}</bdi></p>`)}
        </div>`
      : nothing;
  }

  /** "Why it is a good practice": each criterion the practice meets, and how. */
  private _renderCriteria({ practice, feed, lang, strings, text, langOf }: CardText) {
    if (!practice.criteria.length) return nothing;
    return html`<section class="criteria" part="criteria" aria-labelledby="criteria-heading">
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
                <dd lang=${ifDefined(langOf(value))}>${isolated(value.text, 'paragraph')}</dd>
              </div>`
            : nothing;
        })}
      </dl>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-card': PracticeCard;
  }
}
