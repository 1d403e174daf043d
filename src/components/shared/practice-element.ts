import {
  html,
  isServer,
  type PropertyDeclaration,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { combineScopes, scopeFromAttributes, type Scope } from '../../data/scope.js';
import {
  differsOnlyIn,
  feedContext,
  type FeedLoadState,
  type ReaderChoice,
  type SharedFeedState,
  type Theme,
} from '../../feed/context.js';
import { asLoadError, FeedLoadError } from '../../feed/load-error.js';
import { readFeed } from '../../feed/read-feed.js';
import { serverFeedState } from '../../feed/server-feed-state.js';
import { warnOnce } from '../../feed/warnings.js';
import { FeedController, type CacheMode } from '../../feed/feed-controller.js';
import { isValidatedFeed } from '../../data/validated.js';
import { interfaceLanguage, resolveLanguage } from '../../i18n/languages.js';
import { isLanguageLoaded, isLanguageSettled, loadLanguage } from '../../i18n/language-packs.js';
import { PracticeFilterChangeEvent } from '../../events/practice-filter-change-event.js';
import { PracticeSelectEvent } from '../../events/practice-select-event.js';
import { EMPTY_FILTERS, hasFilters, type Filters } from '../../data/query.js';
import { prepareFormatters } from '../../i18n/format.js';
import { afterNextPaint } from './after-paint.js';
import { documentBase } from './document-base.js';
import { FeedAnnouncer } from './feed-announcer.js';
import { parseTheme } from './attributes.js';
import { isPracticeFeedElement, PRACTICE_FEED_TAG } from './practice-feed-mark.js';
import { renderEmpty, renderStates, type StateFrame, type StateViews } from './states.js';
import { SteadySizeController } from './steady-size.js';
import { WidgetElement } from './widget-element.js';
import type { PracticeLinks } from './practice-links.js';

// A feed object set from script is validated once per object. A memo cache: what an object
// reads as never changes.
const validatedFeeds = new WeakMap<object, FeedLoadState>();

const LOADING: FeedLoadState = { status: 'loading' };

const NO_SOURCE = new FeedLoadError(
  'no-source',
  'No feed: set src, the feed property, or put the element inside <practice-feed>.',
);

const FOREIGN_FEED = new FeedLoadError('foreign-feed', 'Another script defined <practice-feed>.');
const FOREIGN_FEED_STATE: FeedLoadState = { status: 'error', error: FOREIGN_FEED };

/** The element's parent, or the host of the shadow root it is in. */
export const parentAcross = (node: Element): Element | undefined =>
  node.parentElement ?? (node.getRootNode?.() as ShadowRoot | undefined)?.host;

/**
 * An attribute of the element's own, else of the nearest element around it that has it, through
 * shadow roots (a card in a list, in a `<practice-feed>`, in a `<practice-catalog>`).
 */
export function inheritedValue(
  element: Element,
  name: 'practice-url' | 'open-in',
): string | undefined {
  for (let node: Element | undefined = element; node; node = parentAcross(node)) {
    const value = node.getAttribute?.(name);
    if (value != null) return value;
  }
  // On a server an element has no ancestors: the rendered element's (see `withServerInherited`).
  return isServer ? serverInherited[name] : undefined;
}

/** The links to practice pages, once their chunk is here (see `practiceLinks`). */
let links: PracticeLinks | undefined;
let linksLoading: Promise<unknown> | undefined;

// Rendered links: server render and takeover (see `practiceLinksReady`).
type ServerInherited = Partial<Record<'practice-url' | 'open-in' | 'link-target', string>>;
let serverInherited: ServerInherited = {};

/** On a server, the window the rendered element's links open in (see `withServerInherited`). */
export const serverLinkTarget = (): string | undefined =>
  isServer ? serverInherited['link-target'] : undefined;

/**
 * Runs `render` (synchronous, on a server) with `values` as what the widgets inside the rendered
 * element inherit from it, and the links' code loaded: a card in a list finds its page there.
 */
export async function withServerInherited<T>(values: ServerInherited, render: () => T): Promise<T> {
  if (values['practice-url'] !== undefined) links ??= await import('./practice-links.js');
  serverInherited = values;
  try {
    return render();
  } finally {
    serverInherited = {};
  }
}

/** How long rendered HTML with links waits for their code before it is taken over without. */
const LINKS_WAIT_MS = 5000;
let linksWait: Promise<unknown> | undefined;
let linksWaited = false;

function stateOfFeedObject(feed: unknown): FeedLoadState {
  if (isValidatedFeed(feed)) return { status: 'loaded', feed, warnings: [], fromCache: false };
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
 * or the nearest `<practice-feed>`), its scope, its language and its theme (the attributes of
 * `WidgetElement`), and the reader's filters and open practice. Subclasses render.
 */
export abstract class PracticeElement extends WidgetElement {
  private readonly _feedContext = new ContextConsumer(this, {
    context: feedContext,
    subscribe: true,
    // The consumer has asked for an update already: one that only choices this element does not
    // show would cause is taken back (see `shouldUpdate`).
    callback: (shared) => {
      if (differsOnlyIn(this._lastShared, shared, this.choicesNotShown)) this._updateRequests--;
      this._lastShared = shared;
    },
  });

  /** The shared state the consumer was last given. */
  private _lastShared?: SharedFeedState;

  /**
   * Updates asked for without naming a property since the last one, save those taken back:
   * what else (a language's strings, a loaded feed, a chunk) may have changed what is shown.
   */
  private _updateRequests = 0;

  /**
   * The reader's choices in the enclosing feed that this element does not show: a change of
   * them alone does not draw it again. Opening or closing a practice changes only the list (its
   * dialog); on a phone, the time of drawing the filters, figures and map again is the dialog's.
   */
  protected readonly choicesNotShown: readonly ReaderChoice[] = ['openPracticeId'];

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
    // Asks again for a chunk given up: the element asks only when its data changes.
    task: ([language]: readonly [string]) => loadLanguage(language),
    autoRun: false,
  });

  /**
   * The language last asked for, and the state of the data then: a chunk that could not be had
   * is asked for again when either changes (a feed arrived, say), never in a loop.
   */
  private _languageAsked?: { readonly language: string; readonly load: unknown };

  /** The reader's filters when the element stands alone, outside a `<practice-feed>`. */
  @state() private _ownFilters: Filters = EMPTY_FILTERS;

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
   * Set by `<practice-catalog>` on its parts: the load error and the empty state are the
   * catalogue's one message, so the part draws nothing for them.
   * @internal
   */
  @property({ attribute: false }) quietStates = false;

  constructor() {
    super();
    // Content that arrives by itself (the feed, a fresh copy, the notice) never moves the page.
    new SteadySizeController(this);
    // The data this element loads itself is announced from it; a feed handed over already read
    // (by a list to its cards) was announced where it was read.
    new FeedAnnouncer(this, () => (isValidatedFeed(this.feed) ? undefined : this._ownLoadState()));
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
  }

  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
  ): void {
    // (Also called by the base class's constructor, before this class's fields exist.)
    if (name === undefined) this._updateRequests = (this._updateRequests || 0) + 1;
    super.requestUpdate(name, oldValue, options);
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const requests = this._updateRequests;
    this._updateRequests = 0;
    // Nothing asked for but a change of choices this element does not show.
    if (this.hasUpdated && changed.size === 0 && requests <= 0) return false;
    return super.shouldUpdate(changed);
  }

  /** The enclosing `<practice-feed>`'s shared state, when there is one. */
  protected get sharedState(): SharedFeedState | undefined {
    // On a server, context (a DOM event) does not reach the parts of a rendered catalogue.
    // (`isServer` is false in the browser build, which then carries none of this.)
    return this._feedContext.value ?? (isServer ? serverFeedState() : undefined);
  }

  /** The language tag the feed's texts are chosen for (e.g. `pt-BR`). */
  protected get contentLang(): string {
    // On a server an element has no ancestors to take `lang` from: the feed's, as in the page.
    const server = isServer && !this.lang ? serverFeedState() : undefined;
    return server ? server.lang : resolveLanguage(this);
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
    // its loading state rather than flashing another language; not longer than they are waited
    // for (a failed or stalled chunk: English then, and the reader's language when it comes).
    if (!isLanguageSettled(this.contentLang)) return LOADING;
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
    warnOnce(`practice-widgets: ${FOREIGN_FEED.message} Give each widget its own src.`);
    return FOREIGN_FEED_STATE;
  }

  /**
   * The reader's filters: the enclosing feed's, or this element's own when it stands alone; a
   * choice the reader just made and that waits for the next paint counts already, so that two
   * quick taps add up instead of the second undoing the first.
   */
  protected get filters(): Filters {
    return this._chosenFilters ?? this.sharedState?.filters ?? this._ownFilters;
  }

  /** Filters the reader chose, waiting for the next paint (see `setFilters`). */
  private _chosenFilters?: Filters;

  /** Settles once the filters the reader chose are applied. */
  private _chosenApplied?: Promise<void>;

  /**
   * Changes the reader's filters: for every widget of the enclosing feed, or for this element
   * alone (firing `practice-filter-change` from it). The change is applied once the browser has
   * painted the control the reader used: every widget then recounts and redraws, which on a
   * large feed would otherwise hold back any sign that the tap was taken.
   */
  protected setFilters(filters: Filters): void {
    this._chosenFilters = filters;
    this._chosenApplied ??= afterNextPaint().then(() => {
      const chosen = this._chosenFilters!;
      this._chosenFilters = this._chosenApplied = undefined;
      if (this.sharedState) {
        this.sharedState.setFilters(chosen);
      } else if (JSON.stringify(chosen) !== JSON.stringify(this._ownFilters)) {
        this._ownFilters = chosen;
        this.dispatchEvent(new PracticeFilterChangeEvent({ filters: chosen }));
      }
      // Drawn after the enclosing feed has handed the new filters round (its update was asked
      // for first), so that `updateComplete` covers the choice.
      this.requestUpdate();
    });
  }

  // A script that awaits `updateComplete` after a reader's choice finds it applied and drawn.
  protected override async getUpdateComplete(): Promise<boolean> {
    await this._chosenApplied;
    return super.getUpdateComplete();
  }

  /**
   * Opens the practice `id` for the reader: in the enclosing feed's shared state, the one way
   * in, so that every widget of the feed shows it; then tells the page with `practice-select`.
   * An element that stands alone keeps what is open itself (a list, from its cards' event).
   */
  protected selectPractice(id: string): void {
    this.sharedState?.setOpenPractice(id);
    this.dispatchEvent(new PracticeSelectEvent({ id }));
  }

  /**
   * The code of the links to practice pages, when this element or one around it has a
   * `practice-url`: a chunk of its own, `undefined` until it is here, when the element is drawn
   * again (if it cannot be had, practices open as without pages).
   */
  protected practiceLinks(): PracticeLinks | undefined {
    if (links || !inheritedValue(this, 'practice-url')) return links;
    void (linksLoading ??= import('./practice-links.js').then(
      (module) => (links = module),
      () => undefined,
    )).then(() => this.requestUpdate());
    return undefined;
  }

  /**
   * Whether rendered HTML can be taken over as far as links go: the server drew links to the
   * practices' pages (`practice-url`), so the first drawing waits for their code, bounded (if it
   * cannot be had in time, the element is drawn afresh without them rather than never).
   */
  protected practiceLinksReady(): boolean {
    if (this.practiceLinks() || linksWaited || !inheritedValue(this, 'practice-url')) return true;
    linksWait ??= Promise.race([
      linksLoading,
      new Promise((resolve) => setTimeout(resolve, LINKS_WAIT_MS)),
    ]).then(() => (linksWaited = true));
    void linksWait.then(() => this.requestUpdate());
    return false;
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
      quiet: this.quietStates,
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
    if (this.quietStates) return html``;
    return renderEmpty(this.contentLang, {
      filtered: hasFilters(this.filters),
      inScope,
      clearFilters: () => this.setFilters(EMPTY_FILTERS),
      classes,
    });
  }

  /**
   * Whether rendered HTML can be taken over (hydrate-support.ts), besides its data: subclasses
   * add what their first render needs. The strings of the reader's language, loaded, not only
   * settled: taken over in English, what the server wrote in the reader's language would be
   * drawn again in English; it stays as written, readable, until they come.
   */
  protected get hydrationReady(): boolean {
    return isLanguageLoaded(this.contentLang);
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
    this.askLanguage();
  }

  /** Asks for the reader's language when it is needed (also by `hydrate-support.ts`). */
  protected askLanguage(): void {
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

  /** Whether the last drawing showed the feed's content (see `languageToKeepFor`). */
  private _drawnLoaded = false;

  protected override languageToKeepFor(): string | undefined {
    return this._drawnLoaded ? this.contentLang : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const status = this.loadState.status;
    this._drawnLoaded = status === 'loaded';
    // While the feed is on its way, the language's formatters are built, so that they are ready
    // when it comes.
    if (status === 'loading') {
      prepareFormatters(this.contentLang, () => this.isConnected);
    }
  }
}
