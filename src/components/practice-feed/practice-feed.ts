import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { scopeFromAttributes, type Scope } from '../../data/scope.js';
import { feedContext, type FeedLoadState, type SharedFeedState } from '../../feed/context.js';
import { FeedLoadError } from '../../feed/load-error.js';
import type { LoadedFeed } from '../../feed/read-feed.js';
import { DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT_MS } from '../../feed/request.js';
import { FeedController, type CacheMode } from '../../feed/feed-controller.js';
import { isLanguageTag, resolveLanguage } from '../../i18n/languages.js';
import { PracticeFilterChangeEvent } from '../../events/practice-filter-change-event.js';
import { EMPTY_FILTERS, FACETS, type Filters } from '../../data/query.js';
import { paramPrefix, readUrlState, writeUrlState, type UrlState } from '../../feed/url-state.js';
import { MAX_TIMER_MS, parseTheme, parseWholeNumber } from '../shared/attributes.js';
import { FeedAnnouncer } from '../shared/feed-announcer.js';
import { PRACTICE_FEED_MARK } from '../shared/practice-feed-mark.js';
import { renderLoadError, renderNotice, stateStyles } from '../shared/states.js';
import { FeedRequestElement } from '../shared/widget-element.js';
import { baseStyles, themeStyles } from '../../styles/theme.js';
import { styles } from './practice-feed.styles.js';

const NO_SOURCE = new FeedLoadError('no-source', 'No feed: set src or add an inline JSON script.');
const NO_SOURCE_STATE: FeedLoadState = { status: 'error', error: NO_SOURCE };

/**
 * Tags of the elements that show a feed's load error themselves: the display elements, and the
 * one message of a `<practice-catalog>` (its feed is inside the catalogue).
 */
const DISPLAY_ELEMENTS =
  'practice-card, practice-list, practice-filters, practice-map, practice-stats, practice-catalog, practice-catalog-message';

/**
 * Loads one feed and shares it, with the reader's choices, with every practice element inside.
 * Its `lang` and `theme` apply to every widget inside that does not set its own; its scope
 * attributes to every widget inside, each narrowing it further with its own.
 *
 * The reader's choices have one way in: the setters of the shared state (`setFilters`,
 * `setOpenPractice`), which the widgets inside call. Events only tell the page.
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
export class PracticeFeed extends FeedRequestElement {
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

  /** Feed URL, relative to the page. Without it, a child `<script type="application/json">`. */
  @property() src?: string;

  /**
   * `saved` (default): the last good copy of the feed is kept on this device, shown at once on
   * the next visit and when the network fails; `none`: nothing is kept or shown.
   */
  @property() cache: CacheMode = 'saved';

  /** The practice the reader has open, shared by every widget inside; `null` for none. */
  @property({ attribute: false }) openPracticeId: string | null = null;

  /**
   * The reader's filters, shared by every widget inside: `{ country, setting, level, objective,
   * 'organization-type', year: string[], q: string }`. Change them with `setFilters()`.
   */
  @property({ attribute: false }) filters: Filters = EMPTY_FILTERS;

  /**
   * Mirror the reader's filters and open practice in the page URL (parameters prefixed `pw-`,
   * or `pw-<id>-` when the feed has an id), so a view can be shared as a link and the back
   * button works. Without it the URL is never touched.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  constructor() {
    super();
    // The feed's load is announced from here, for every widget inside that shows it.
    new FeedAnnouncer(this, () => this._provider.value?.load);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this._onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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

  /** The feed as read, once loaded: `{ feed, warnings, fromCache }`. */
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
    // A server render has no address to read (`location` is the page's): it draws no filters,
    // as the page does before the reader chooses any (a rendered catalogue with `sync-url`).
    if (this.syncUrl && !isServer) {
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
    // A server render fetches nothing (it is synchronous, and `document` is not there to resolve
    // `src` against) and no context reaches the widgets inside: a rendered catalogue gives its
    // parts the feed by feed/server-feed-state.ts instead.
    if (!isServer) this._provider.setValue(this._sharedState());
  }

  private _inlineFeedText(): string | undefined {
    const inline = ':scope > script[type="application/json"]';
    // The <practice-feed> a <practice-catalog> draws reads the catalogue's own inline feed (its
    // child script, which the catalogue's shadow root never shows).
    const host = (this.getRootNode() as Partial<ShadowRoot>).host;
    const catalog = host?.localName === 'practice-catalog' ? host : undefined;
    const script = this.querySelector(inline) ?? catalog?.querySelector(inline);
    return script?.textContent ?? undefined;
  }

  private _loadState(): FeedLoadState {
    return this._source.state ?? NO_SOURCE_STATE;
  }

  private _sharedState(): SharedFeedState {
    const previous = this._provider.value as SharedFeedState | undefined;
    const load = this._loadState();
    const ownScope: Scope = scopeFromAttributes(this);
    // The same object while its values stay: the children tell what changed by identity.
    const scope =
      previous && JSON.stringify(previous.scope) === JSON.stringify(ownScope)
        ? previous.scope
        : ownScope;
    const theme = parseTheme(this.theme);
    // `lang` is reflected to the attribute only after this runs, so read the property first.
    const lang = this.lang && isLanguageTag(this.lang) ? this.lang : resolveLanguage(this);
    // Each load state is one object per result (see FeedController).
    const sameLoad = previous?.load === load;
    if (
      previous &&
      sameLoad &&
      previous.scope === scope &&
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
      // The widget where the reader opened it fires `practice-select`.
      setOpenPractice: (id) => (this.openPracticeId = id),
      retry: () => this.reload(),
    };
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
