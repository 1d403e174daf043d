import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { scopeFromAttributes, type Scope } from '../../data/scope.js';
import {
  feedContext,
  type FeedLoadState,
  type SharedFeedState,
  type Theme,
} from '../../feed/context.js';
import { FeedLoadError } from '../../feed/load-error.js';
import { DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT_MS, type LoadedFeed } from '../../feed/loader.js';
import { FeedController, type CacheMode } from '../../feed/feed-controller.js';
import { isLanguageTag, resolveLanguage } from '../../i18n/languages.js';
import { PracticeFeedErrorEvent } from '../../events/practice-feed-error-event.js';
import { PracticeFeedLoadEvent } from '../../events/practice-feed-load-event.js';
import type { PracticeSelectEvent } from '../../events/practice-select-event.js';
import { PracticeFilterChangeEvent } from '../../events/practice-filter-change-event.js';
import { EMPTY_FILTERS, FACETS, type Filters } from '../../data/query.js';
import { paramPrefix, readUrlState, writeUrlState, type UrlState } from '../../feed/url-state.js';
import { loadErrorMessage, messageLanguageReady } from '../shared/load-error-message.js';
import {
  MAX_TIMER_MS,
  parseTheme,
  parseWholeNumber,
  wholeNumberAttribute,
} from '../shared/attributes.js';
import { PRACTICE_FEED_MARK } from '../shared/practice-feed-mark.js';
import { renderLoadError, renderNotice, stateStyles } from '../shared/states.js';
import { baseStyles, themeStyles } from '../../styles/theme.js';
import { watchDocumentLanguage } from '../shared/document-language.js';
import { styles } from './practice-feed.styles.js';

const NO_SOURCE = new FeedLoadError('no-source', 'No feed: set src or add an inline JSON script.');
const NO_SOURCE_STATE: FeedLoadState = { status: 'error', error: NO_SOURCE };

/** Tags of the elements that show a feed's load error themselves. */
const DISPLAY_ELEMENTS =
  'practice-card, practice-list, practice-filters, practice-map, practice-stats, practice-catalog';

/**
 * Loads one feed and shares it, with the reader's choices, with every practice element inside.
 *
 * @summary One feed, one shared state, for the widgets inside it.
 * @tagname practice-feed
 *
 * @slot - The widgets that show the feed, and any other content.
 *
 * @csspart error - The load error, shown by the feed itself only when no widget inside can show it.
 * @csspart notice - "Showing data saved on …", with a retry, when the network failed and a saved copy is shown.
 *
 * @cssprop --practice-accent - Buttons and focus ring of every widget inside (default `#0b5cad`; dark `#8ab8f5`).
 * @cssprop --practice-text - Body text (default `#1d2329`; dark `#e6e9ed`).
 * @cssprop --practice-muted - Secondary text of every widget inside (default `#545e69`; dark `#adb6c0`).
 * @cssprop --practice-surface - Background of the widgets inside (default `#ffffff`; dark `#1c2127`).
 * @cssprop --practice-border - Borders (default `#c9d1da`; dark `#48515c`).
 * @cssprop --practice-radius - Corner radius (default `0.5rem`).
 * @cssprop --practice-font - Font family (default: inherited from the page).
 * @cssprop --practice-space - Base spacing unit (default `1rem`).
 *
 * @fires practice-feed-load - When the feed is read: `{count, warnings, fromCache}`.
 * @fires practice-feed-error - When nothing usable could be read: `{message, cause}`.
 * @fires practice-filter-change - When the reader's filters change, from any widget inside: `{filters}`.
 */
export class PracticeFeed extends LitElement {
  static override styles = [themeStyles, baseStyles, stateStyles, styles];

  /** Tells the widgets inside that this `<practice-feed>` is the library's, not a namesake. */
  static readonly [PRACTICE_FEED_MARK] = true;

  private readonly _provider = new ContextProvider(this, { context: feedContext });

  private readonly _source = new FeedController(this, () => ({
    src: this.src,
    text: this.src ? undefined : this._inlineFeedText(),
    cache: this.cache,
    // Also when set from script: a value that is not a usable number means the default.
    timeout: parseWholeNumber(this.timeout, DEFAULT_TIMEOUT_MS, 1, MAX_TIMER_MS),
    maxSize: parseWholeNumber(this.maxSize, DEFAULT_MAX_SIZE, 1, Number.MAX_SAFE_INTEGER),
  }));

  /** The feed or error last announced by an event, so that each is announced once. */
  private _announced?: unknown;

  private _stopWatchingLanguage?: () => void;

  /** Feed URL, relative to the page. Without it, a child `<script type="application/json">`. */
  @property() src?: string;

  /**
   * Milliseconds before a request is given up (default 10000). A value that is not a whole
   * positive number (`"10s"`, `"abc"`) means the default.
   */
  @property({ converter: wholeNumberAttribute(DEFAULT_TIMEOUT_MS, 1, MAX_TIMER_MS) })
  timeout = DEFAULT_TIMEOUT_MS;

  /**
   * Bytes of response after which the feed is given up as too large, and not asked again
   * (default 100000000, 100 MB). A value that is not a whole positive number means the default.
   */
  @property({
    attribute: 'max-size',
    converter: wholeNumberAttribute(DEFAULT_MAX_SIZE, 1, Number.MAX_SAFE_INTEGER),
  })
  maxSize = DEFAULT_MAX_SIZE;

  /**
   * `saved` (default): the last good copy of the feed is kept on this device, shown at once on
   * the next visit and when the network fails; `none`: nothing is kept or shown.
   */
  @property() cache: CacheMode = 'saved';

  /** Language of every widget inside, unless a widget sets its own. */
  @property({ reflect: true }) override lang!: string;

  /** Theme of every widget inside that does not set its own: `light`, `dark` or `auto`. */
  @property({ reflect: true }) theme?: Theme;

  /** Scope of every widget inside: comma-separated ISO country codes. */
  @property() country?: string;

  /** Scope of every widget inside: comma-separated settings. */
  @property() setting?: string;

  /** Scope of every widget inside: comma-separated education levels. */
  @property() level?: string;

  /** Scope of every widget inside: comma-separated objectives. */
  @property() objective?: string;

  /** Scope of every widget inside: text search. */
  @property() q?: string;

  /** The practice the reader has open, shared by every widget inside; `null` for none. */
  @property({ attribute: false }) openPracticeId: string | null = null;

  /** The reader's filters, shared by every widget inside. */
  @property({ attribute: false }) filters: Filters = EMPTY_FILTERS;

  /**
   * Mirror the reader's filters and open practice in the page URL (parameters prefixed `pw-`,
   * or `pw-<id>-` when the feed has an id), so a view can be shared as a link and the back
   * button works. Without it the URL is never touched.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  constructor() {
    super();
    this.addEventListener('practice-select', (event: PracticeSelectEvent) => {
      this.openPracticeId = event.detail.id;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._stopWatchingLanguage = watchDocumentLanguage(() => this.requestUpdate());
    window.addEventListener('popstate', this._onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopWatchingLanguage?.();
    window.removeEventListener('popstate', this._onPopState);
  }

  // Back and forward: the URL is the truth; restore it without writing it again.
  private readonly _onPopState = () => {
    // The URL already says what the state becomes, so writing it back is a no-op.
    if (this.syncUrl) this._readUrl();
  };

  private _readUrl(): void {
    const state = readUrlState(new URLSearchParams(location.search), paramPrefix(this.id));
    this.filters = state.filters;
    this.openPracticeId = state.openPracticeId;
  }

  private _writeUrl(previous: UrlState): void {
    const prefix = paramPrefix(this.id);
    const current = { filters: this.filters, openPracticeId: this.openPracticeId };
    const params = writeUrlState(new URLSearchParams(location.search), prefix, current);
    const search = params.toString();
    if (search === location.search.replace(/^\?/, '')) return;
    const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
    // Typing in the search box replaces the entry; choosing a filter or a practice adds one, so
    // the back button steps through the reader's choices.
    const onlyTyping =
      previous.openPracticeId === current.openPracticeId &&
      FACETS.every((facet) => previous.filters[facet].join() === current.filters[facet].join());
    if (onlyTyping) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  /** The feed as read, once loaded. */
  get loaded(): LoadedFeed | undefined {
    const load = this._source.state;
    return load?.status === 'loaded' ? load : undefined;
  }

  /** Changes the reader's filters for every widget inside, and fires `practice-filter-change`. */
  setFilters(filters: Filters): void {
    if (JSON.stringify(filters) === JSON.stringify(this.filters)) return;
    this.filters = filters;
    this.dispatchEvent(new PracticeFilterChangeEvent({ filters }));
  }

  /** Asks the server for the feed again, keeping what is shown until it answers. */
  reload(): void {
    this._source.reload();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.syncUrl) {
      if (!this.hasUpdated || (changed.has('syncUrl') && !changed.get('syncUrl'))) {
        this._readUrl();
      } else if (changed.has('filters') || changed.has('openPracticeId')) {
        this._writeUrl({
          filters: changed.has('filters') ? (changed.get('filters') as Filters) : this.filters,
          openPracticeId: changed.has('openPracticeId')
            ? ((changed.get('openPracticeId') as string | null) ?? null)
            : this.openPracticeId,
        });
      }
    }
    this._provider.setValue(this._sharedState());
  }

  private _inlineFeedText(): string | undefined {
    const script = this.querySelector(':scope > script[type="application/json"]');
    return script?.textContent ?? undefined;
  }

  private _loadState(): FeedLoadState {
    return this._source.state ?? NO_SOURCE_STATE;
  }

  private _sharedState(): SharedFeedState {
    const previous = this._provider.value as SharedFeedState | undefined;
    const load = this._loadState();
    const scope: Scope = scopeFromAttributes(this);
    const theme = parseTheme(this.theme);
    // `lang` is reflected to the attribute only after this runs, so read the property first.
    const lang = this.lang && isLanguageTag(this.lang) ? this.lang : resolveLanguage(this);
    // Each load state is one object per result (see FeedController).
    const sameLoad = previous?.load === load;
    if (
      previous &&
      sameLoad &&
      JSON.stringify(previous.scope) === JSON.stringify(scope) &&
      previous.theme === theme &&
      previous.lang === lang &&
      previous.openPracticeId === this.openPracticeId &&
      previous.filters === this.filters
    ) {
      return previous;
    }
    return {
      load,
      scope,
      theme,
      lang,
      openPracticeId: this.openPracticeId,
      filters: this.filters,
      setFilters: (filters) => this.setFilters(filters),
      setOpenPractice: (id) => (this.openPracticeId = id),
      retry: () => this.reload(),
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Events go out once the new state is shared and rendered, so listeners can read it.
    const load = this._provider.value?.load;
    if (!load || load.status === 'loading') return;
    // A saved copy, then the same feed confirmed by the network, are announced one after the other.
    const subject = load;
    if (subject === this._announced) return;
    // An error is announced in the reader's language, also when it happens before its strings
    // have arrived.
    const lang = resolveLanguage(this);
    if (load.status === 'error' && !messageLanguageReady(lang, () => this.requestUpdate())) return;
    this._announced = subject;
    this.dispatchEvent(
      load.status === 'loaded'
        ? new PracticeFeedLoadEvent({
            count: load.feed.practices.length,
            warnings: load.warnings,
            fromCache: load.fromCache,
          })
        : new PracticeFeedErrorEvent({
            message: loadErrorMessage(lang, load.error),
            cause: load.error,
          }),
    );
  }

  override render(): TemplateResult {
    const load = this._provider.value?.load;
    const ownError =
      load?.status === 'error' && !this.querySelector(DISPLAY_ELEMENTS) ? load.error : undefined;
    const lang = resolveLanguage(this);
    const theme = parseTheme(this.theme) ?? 'light';
    const retry = () => this.reload();
    // The notice over a saved copy is the one every element draws (see states.ts), given here
    // once for the widgets inside.
    const saved =
      load?.status === 'loaded' && load.fromCache && this._source.failure ? load : undefined;
    return html`${renderNotice({ lang, theme, saved, retry })}<slot></slot>${
        ownError
          ? html`<div class="theme ${theme}">${renderLoadError(lang, ownError, retry)}</div>`
          : nothing
      }`;
  }
}
