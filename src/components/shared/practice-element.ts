import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { combineScopes, scopeFromAttributes, type Scope } from '../../data/scope.js';
import {
  feedContext,
  type FeedLoadState,
  type SharedFeedState,
  type Theme,
} from '../../feed/context.js';
import { asLoadError, FeedLoadError } from '../../feed/load-error.js';
import { isReadFeed, readFeed } from '../../feed/loader.js';
import { FeedController, type CacheMode } from '../../feed/feed-controller.js';
import { interfaceLanguage, resolveLanguage } from '../../i18n/languages.js';
import { isLanguageLoaded, loadLanguage } from '../../i18n/language-packs.js';
import { PracticeFeedErrorEvent } from '../../events/practice-feed-error-event.js';
import { PracticeFeedLoadEvent } from '../../events/practice-feed-load-event.js';
import { PracticeFilterChangeEvent } from '../../events/practice-filter-change-event.js';
import { EMPTY_FILTERS, hasFilters, type Filters } from '../../data/query.js';
import { prepareFormatters } from '../../i18n/format.js';
import { documentBase } from './document-base.js';
import { loadErrorMessage, messageLanguageReady } from './load-error-message.js';
import { parseTheme } from './attributes.js';
import { isPracticeFeedElement, PRACTICE_FEED_TAG } from './practice-feed-mark.js';
import { watchDocumentLanguage } from './document-language.js';
import { renderEmpty, renderStates, type StateFrame, type StateViews } from './states.js';
import { SteadySizeController } from './steady-size.js';

// A feed object set from script is validated once per object.
const validatedFeeds = new WeakMap<object, FeedLoadState>();

const LOADING: FeedLoadState = { status: 'loading' };

const NO_SOURCE = new FeedLoadError(
  'no-source',
  'No feed: set src, the feed property, or put the element inside <practice-feed>.',
);

const FOREIGN_FEED = new FeedLoadError('foreign-feed', 'Another script defined <practice-feed>.');
const FOREIGN_FEED_STATE: FeedLoadState = { status: 'error', error: FOREIGN_FEED };

let foreignFeedReported = false;

/** Says once per page that `<practice-feed>` belongs to another script, and what to do. */
function reportForeignFeed(): void {
  if (foreignFeedReported) return;
  foreignFeedReported = true;
  console.warn(`practice-widgets: ${FOREIGN_FEED.message} Give each widget its own src.`);
}

function stateOfFeedObject(feed: unknown): FeedLoadState {
  if (isReadFeed(feed)) return { status: 'loaded', feed, warnings: [], fromCache: false };
  const key = typeof feed === 'object' && feed !== null ? feed : undefined;
  const known = key && validatedFeeds.get(key);
  if (known) return known;
  let state: FeedLoadState;
  try {
    state = { status: 'loaded', ...readFeed(feed, documentBase()), fromCache: false };
  } catch (error) {
    state = { status: 'error', error: asLoadError(error) };
  }
  if (key) validatedFeeds.set(key, state);
  return state;
}

/**
 * What every display element shares: where its data comes from (its `feed` property, its `src`,
 * or the nearest `<practice-feed>`), its scope, its language and its theme. Subclasses render.
 */
export abstract class PracticeElement extends LitElement {
  private readonly _feedContext = new ContextConsumer(this, {
    context: feedContext,
    subscribe: true,
  });

  // A feed set from script needs no request.
  private readonly _source = new FeedController(this, () =>
    this.feed === undefined ? { src: this.src, cache: this.cache } : {},
  );

  /**
   * The strings of the reader's language, a small chunk fetched alongside the feed (English ships
   * in the entry). Run when the element needs a language that is not there yet; the element
   * stays in its loading state until it is.
   */
  private readonly _language = new Task(this, {
    task: ([language]: readonly [string]) => loadLanguage(language),
    autoRun: false,
  });

  /**
   * The language last asked for, and the state of the data then: a chunk that could not be had
   * is asked for again when either changes (a feed arrived, say), never in a loop.
   */
  private _languageAsked?: { readonly language: string; readonly load: unknown };

  /** The feed or error last announced by an event, so that each is announced once. */
  private _announced?: unknown;

  /** The reader's filters when the element stands alone, outside a `<practice-feed>`. */
  @state() private _ownFilters: Filters = EMPTY_FILTERS;

  private _stopWatchingLanguage?: () => void;

  /** A feed object set from script; takes precedence over `src` and an enclosing feed. */
  @property({ attribute: false }) feed?: unknown;

  /** Feed URL, relative to the page. Elements with the same `src` share one request. */
  @property() src?: string;

  /**
   * `saved` (default): the last good copy of the `src` feed is kept on this device, shown at
   * once on the next visit and when the network fails; `none`: nothing is kept or shown.
   */
  @property() cache: CacheMode = 'saved';

  /**
   * Language of the interface and of the feed's texts. When absent: the nearest ancestor with
   * `lang`, then `<html lang>`, then the browser's language, then `en`.
   */
  @property({ reflect: true }) override lang!: string;

  /** `light` (default), `dark`, or `auto` (follows the reader's system setting). */
  @property({ reflect: true }) theme?: Theme;

  /** Scope: comma-separated ISO country codes, e.g. `CO,PE`. */
  @property() country?: string;

  /** Scope: comma-separated settings (`urban`, `rural`, `both`). */
  @property() setting?: string;

  /** Scope: comma-separated education levels, e.g. `primary,secondary`. */
  @property() level?: string;

  /** Scope: comma-separated objectives, e.g. `digital-skills`. */
  @property() objective?: string;

  /** Scope: text search; only practices that match every word are shown. */
  @property() q?: string;

  constructor() {
    super();
    // Content that arrives by itself (the feed, a fresh copy, the notice) never moves the page.
    new SteadySizeController(this);
  }

  override connectedCallback(): void {
    // The context consumer keeps the last value it was given even when no provider answers:
    // a widget moved out of its <practice-feed> would keep showing, and steering, that feed.
    // Forgotten here, it is given again at once by the provider of wherever it now is.
    if (this._feedContext.value !== undefined) {
      this._feedContext.value = undefined;
      this.requestUpdate();
    }
    super.connectedCallback();
    this._stopWatchingLanguage = watchDocumentLanguage(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopWatchingLanguage?.();
  }

  /** The enclosing `<practice-feed>`'s shared state, when there is one. */
  protected get sharedState(): SharedFeedState | undefined {
    return this._feedContext.value;
  }

  /** The language tag the feed's texts are chosen for (e.g. `pt-BR`). */
  protected get contentLang(): string {
    return resolveLanguage(this);
  }

  protected get effectiveTheme(): Theme {
    return parseTheme(this.theme) ?? parseTheme(this.sharedState?.theme) ?? 'light';
  }

  /** This element's scope, narrowed further by an enclosing feed's. */
  protected get scope(): Scope {
    const own = scopeFromAttributes(this);
    return this.sharedState ? combineScopes(this.sharedState.scope, own) : own;
  }

  /** Where the data this element shows stands. */
  protected get loadState(): FeedLoadState {
    // Until the strings of the reader's language arrive (see `_language`), the element stays in
    // its loading state rather than flashing another language.
    if (!isLanguageLoaded(this.contentLang)) return LOADING;
    return this._ownLoadState() ?? this.sharedState?.load ?? this._waitingState();
  }

  /** The state of data this element loads itself (its `feed` or `src`), if it does. */
  private _ownLoadState(): FeedLoadState | undefined {
    return this.feed !== undefined ? stateOfFeedObject(this.feed) : this._source.state;
  }

  private _waitingState(): FeedLoadState {
    if (!this.closest(PRACTICE_FEED_TAG)) return { status: 'error', error: NO_SOURCE };
    // A <practice-feed> around us that is not defined yet will provide the data when it is; one
    // that another script defined never will. (The library defines <practice-feed> before the
    // widgets, so a namesake is already there when a widget first renders.)
    const defined = customElements.get(PRACTICE_FEED_TAG);
    if (!defined || isPracticeFeedElement(defined)) return LOADING;
    reportForeignFeed();
    return FOREIGN_FEED_STATE;
  }

  /** The reader's filters: the enclosing feed's, or this element's own when it stands alone. */
  protected get filters(): Filters {
    return this.sharedState?.filters ?? this._ownFilters;
  }

  /**
   * Changes the reader's filters: for every widget of the enclosing feed, or for this element
   * alone (firing `practice-filter-change` from it).
   */
  protected setFilters(filters: Filters): void {
    if (this.sharedState) {
      this.sharedState.setFilters(filters);
    } else if (JSON.stringify(filters) !== JSON.stringify(this._ownFilters)) {
      this._ownFilters = filters;
      this.dispatchEvent(new PracticeFilterChangeEvent({ filters }));
    }
  }

  /**
   * What the element shows, through the wrapper every element shares (see `states.ts`): the
   * notice over a saved copy when the network failed, then, in the element's theme and language,
   * `loading()` while the feed or the reader's language is on its way, the error with a retry,
   * or `loaded()` (`standalone()`, when given, in every state).
   */
  protected renderStates(views: StateViews & { readonly classes?: string }): TemplateResult {
    return renderStates(this._stateFrame(views.classes), this.loadState, views);
  }

  /** The wrapper's language, theme, retry and notice. */
  private _stateFrame(classes?: string): StateFrame {
    // A saved copy of this element's own feed, shown because the network failed: the notice says
    // so. (Inside a <practice-feed>, the feed gives the notice.)
    const own = this._ownLoadState();
    const saved =
      own?.status === 'loaded' && own.fromCache && this._source.failure ? own : undefined;
    return {
      lang: this.contentLang,
      theme: this.effectiveTheme,
      classes,
      saved,
      retry: () => this.retry(),
    };
  }

  /**
   * The empty state: "no practices match" with a way to clear the reader's filters when they
   * are the cause, "no practices to show" when the scope or the feed leaves nothing.
   */
  protected renderNoPractices(
    inScope: number,
    classes?: { readonly box: string; readonly button: string },
  ): TemplateResult {
    return renderEmpty(this.contentLang, {
      filtered: hasFilters(this.filters),
      inScope,
      clearFilters: () => this.setFilters(EMPTY_FILTERS),
      classes,
    });
  }

  /** Tries the load again: this element's own request, or the enclosing feed's. */
  protected retry(): void {
    if (this.feed === undefined && !this.src && this.sharedState) {
      this.sharedState.retry();
    } else {
      this._source.reload();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The reader's language is asked for once it is needed and not there. A chunk that could
    // not be had is asked for again with the next change of language or data, or comes with
    // another element's ask (every element hears of its arrival: see watchDocumentLanguage).
    const language = interfaceLanguage(this.contentLang);
    const state = this._ownLoadState() ?? this.sharedState?.load;
    // The feed itself when there is one (a state object may be new at every read), else where
    // the load stands.
    const load = state?.status === 'loaded' ? state.feed : state?.status;
    const asked = this._languageAsked;
    if (!isLanguageLoaded(language) && (asked?.language !== language || asked.load !== load)) {
      this._languageAsked = { language, load };
      void this._language.run([language]);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // While the feed is on its way, the language's formatters are built, so that they are ready
    // when it comes.
    if (this.loadState.status === 'loading') prepareFormatters(this.contentLang);
    // Events go out once the new state is rendered, so listeners can read it.
    const own = this._ownLoadState();
    // A feed handed over already read (by a list to its cards) was announced where it was read.
    if (!own || own.status === 'loading' || isReadFeed(this.feed)) return;
    // One state per result: a saved copy, then the same feed confirmed by the network, are two.
    const subject = own;
    if (subject === this._announced) return;
    // An error is announced in the reader's language, also when it happens before its strings
    // have arrived.
    if (
      own.status === 'error' &&
      !messageLanguageReady(this.contentLang, () => this.requestUpdate())
    ) {
      return;
    }
    this._announced = subject;
    this.dispatchEvent(
      own.status === 'loaded'
        ? new PracticeFeedLoadEvent({
            count: own.feed.practices.length,
            warnings: own.warnings,
            fromCache: own.fromCache,
          })
        : new PracticeFeedErrorEvent({
            message: loadErrorMessage(this.contentLang, own.error),
            cause: own.error,
          }),
    );
  }
}
