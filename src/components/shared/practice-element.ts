import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { combineScopes, scopeFromAttributes, type Scope } from '../../data/scope.js';
import {
  feedContext,
  type FeedLoadState,
  type SharedFeedState,
  type Theme,
} from '../../feed/context.js';
import { FeedLoadError } from '../../feed/load-error.js';
import { loadFeed, readFeed } from '../../feed/loader.js';
import { resolveLanguage } from '../../i18n/languages.js';
import { PracticeFeedErrorEvent } from '../../events/practice-feed-error-event.js';
import { PracticeFeedLoadEvent } from '../../events/practice-feed-load-event.js';
import { loadErrorMessage } from './load-error-message.js';
import { watchDocumentLanguage } from './document-language.js';

// A feed object set from script is validated once per object.
const validatedFeeds = new WeakMap<object, FeedLoadState>();

function stateOfFeedObject(feed: unknown): FeedLoadState {
  const key = typeof feed === 'object' && feed !== null ? feed : undefined;
  const known = key && validatedFeeds.get(key);
  if (known) return known;
  let state: FeedLoadState;
  try {
    state = { status: 'loaded', ...readFeed(feed, document.baseURI), fromCache: false };
  } catch (error) {
    state = {
      status: 'error',
      error:
        error instanceof FeedLoadError
          ? error
          : new FeedLoadError('format', String(error), { cause: error }),
    };
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

  private readonly _srcTask = new Task(this, {
    task: async ([src], { signal }) => {
      if (!src) return undefined;
      const url = new URL(src, document.baseURI).href;
      try {
        const loaded = await loadFeed(url, { signal });
        this.dispatchEvent(
          new PracticeFeedLoadEvent({
            count: loaded.feed.practices.length,
            warnings: loaded.warnings,
            fromCache: loaded.fromCache,
          }),
        );
        return loaded;
      } catch (error) {
        if (!signal.aborted) {
          this.dispatchEvent(
            new PracticeFeedErrorEvent({
              message: loadErrorMessage(this.contentLang, error),
              cause: error,
            }),
          );
        }
        throw error;
      }
    },
    args: () => [this.src] as const,
  });

  private _stopWatchingLanguage?: () => void;

  /** A feed object set from script; takes precedence over `src` and an enclosing feed. */
  @property({ attribute: false }) feed?: unknown;

  /** Feed URL, relative to the page. Elements with the same `src` share one request. */
  @property() src?: string;

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

  override connectedCallback(): void {
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
    return this.theme ?? this.sharedState?.theme ?? 'light';
  }

  /** This element's scope, narrowed further by an enclosing feed's. */
  protected get scope(): Scope {
    const own = scopeFromAttributes(this);
    return this.sharedState ? combineScopes(this.sharedState.scope, own) : own;
  }

  /** Where the data this element shows stands. */
  protected get loadState(): FeedLoadState {
    if (this.feed !== undefined) return stateOfFeedObject(this.feed);
    if (this.src) {
      switch (this._srcTask.status) {
        case TaskStatus.COMPLETE: {
          const loaded = this._srcTask.value;
          return loaded ? { status: 'loaded', ...loaded } : { status: 'loading' };
        }
        case TaskStatus.ERROR: {
          const error = this._srcTask.error;
          return {
            status: 'error',
            error:
              error instanceof FeedLoadError
                ? error
                : new FeedLoadError('network', String(error), { cause: error }),
          };
        }
        default:
          return { status: 'loading' };
      }
    }
    if (this.sharedState) return this.sharedState.load;
    // A <practice-feed> around us that is not defined yet will provide the data when it is.
    if (this.closest('practice-feed')) return { status: 'loading' };
    return {
      status: 'error',
      error: new FeedLoadError(
        'no-source',
        'No feed: set src, the feed property, or use <practice-feed>.',
      ),
    };
  }

  /** Tries the load again: this element's own request, or the enclosing feed's. */
  protected retry(): void {
    if (this.feed === undefined && !this.src && this.sharedState) {
      this.sharedState.retry();
    } else {
      void this._srcTask.run();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('feed') && this.feed !== undefined) {
      const state = stateOfFeedObject(this.feed);
      if (changed.get('feed') !== this.feed) this.announceFeedObject(state);
    }
  }

  private announceFeedObject(state: FeedLoadState): void {
    if (state.status === 'loaded') {
      this.dispatchEvent(
        new PracticeFeedLoadEvent({
          count: state.feed.practices.length,
          warnings: state.warnings,
          fromCache: false,
        }),
      );
    } else if (state.status === 'error') {
      this.dispatchEvent(
        new PracticeFeedErrorEvent({
          message: loadErrorMessage(this.contentLang, state.error),
          cause: state.error,
        }),
      );
    }
  }
}
