import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedLoadState } from './context.js';
import { asLoadError, FeedLoadError } from './load-error.js';
import { parseFeed, type LoadedFeed } from './read-feed.js';
import { feedAddress, loadFeed } from './request.js';
import { loadSavedFeed, saveFeed } from './saved-feed.js';

/** `saved` (default): keep the last good feed on this device and show it first; `none`: never. */
export type CacheMode = 'saved' | 'none';

/** Where one element's feed comes from. */
export interface FeedSource {
  /** Feed URL, relative to the page. */
  readonly src?: string;
  /** Feed text written in the page, used when there is no `src`. */
  readonly text?: string;
  readonly cache?: CacheMode | string;
  /** Milliseconds before one attempt is given up. */
  readonly timeout?: number;
  /** Bytes of response after which the feed is given up as too large. */
  readonly maxSize?: number;
}

const LOADING: FeedLoadState = { status: 'loading' };

// `Object.is`, so that a number that is not one (`NaN`) still equals itself: otherwise every
// read of the state would start the load again, for ever.
const sameSource = (a: FeedSource, b: FeedSource | undefined) =>
  !!b &&
  a.src === b.src &&
  a.text === b.text &&
  a.cache === b.cache &&
  Object.is(a.timeout, b.timeout) &&
  Object.is(a.maxSize, b.maxSize);

/**
 * Loads one element's feed and keeps it current (stale-while-revalidate): the saved copy is
 * shown at once when there is one, and replaced when the network answers; when the network
 * fails, the saved copy stays, with the failure in `failure` for a notice. What is shown never
 * goes back to a loading state on a retry. The feed is asked for again when the browser comes
 * back online. When the host leaves the page its wait is cancelled (and with it the request,
 * when no other element waits for it), and resumed if it comes back.
 */
export class FeedController implements ReactiveController {
  /** The saved copy is shown because the network failed: why. */
  failure?: FeedLoadError;

  private readonly _host: ReactiveControllerHost;
  private readonly _sourceOf: () => FeedSource;
  private _source?: FeedSource;
  private _state?: FeedLoadState;
  /** One state object per result, so that each result is announced once. */
  private readonly _states = new WeakMap<LoadedFeed, FeedLoadState>();
  private _run = 0;
  private _abort?: AbortController;
  /** A load cut short by the host leaving the page, to resume when it comes back. */
  private _interrupted = false;

  constructor(host: ReactiveControllerHost, source: () => FeedSource) {
    this._host = host;
    this._sourceOf = source;
    host.addController(this);
  }

  /** Where the feed stands; `undefined` when there is neither `src` nor text. */
  get state(): FeedLoadState | undefined {
    // Read from the host's current properties, also before this update's hostUpdate.
    this._sync();
    return this._state;
  }

  hostConnected(): void {
    window.addEventListener('online', this._onOnline);
    if (this._interrupted) {
      this._interrupted = false;
      void this._load(false);
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this._onOnline);
    if (this._abort) {
      this._abort.abort();
      this._abort = undefined;
      this._run++;
      this._interrupted = true;
    }
  }

  hostUpdate(): void {
    this._sync();
  }

  /** Asks the network again, keeping what is shown until it answers. */
  reload(): void {
    void this._load(true);
  }

  private readonly _onOnline = () => {
    if (this._source?.src) this.reload();
  };

  private _sync(): void {
    const source = this._sourceOf();
    if (sameSource(source, this._source)) return;
    this._source = source;
    this._interrupted = false;
    this.failure = undefined;
    this._state = source.src || source.text !== undefined ? LOADING : undefined;
    void this._load(false);
  }

  private _show(loaded: LoadedFeed): void {
    let state = this._states.get(loaded);
    if (!state) this._states.set(loaded, (state = { status: 'loaded', ...loaded }));
    this._state = state;
    this._host.requestUpdate();
  }

  private _fail(error: unknown): void {
    this._state = { status: 'error', error: asLoadError(error) };
    this._host.requestUpdate();
  }

  private async _load(reload: boolean): Promise<void> {
    // The wait it replaces is stopped only once the new one has joined the same request.
    const previous = this._abort;
    this._abort = undefined;
    const run = ++this._run;
    const { src, text, cache, timeout, maxSize } = this._source ?? {};
    if (!src) {
      previous?.abort();
      // Text in the page needs no network, and cannot fail differently a second time.
      if (text !== undefined && !reload) {
        await undefined;
        if (run !== this._run) return;
        try {
          this._show({ ...parseFeed(text, document.baseURI), fromCache: false });
        } catch (error) {
          this._fail(error);
        }
      }
      return;
    }
    const url = feedAddress(src, document.baseURI);
    if (url === undefined) {
      previous?.abort();
      await undefined;
      if (run === this._run) {
        this._fail(new FeedLoadError('address', 'The feed address is not valid.', { url: src }));
      }
      return;
    }
    const useSaved = cache !== 'none';
    const shown = this._state?.status === 'loaded' ? this._state : undefined;
    if (this._state?.status === 'error') {
      this._state = LOADING;
      this._host.requestUpdate();
    }
    let saved: Promise<LoadedFeed | undefined> | undefined;
    if (useSaved && !shown) {
      saved = loadSavedFeed(url);
      void saved.then((copy) => {
        if (copy && run === this._run && this._state?.status !== 'loaded') this._show(copy);
      });
    }
    const abort = (this._abort = new AbortController());
    const fresh = loadFeed(url, { signal: abort.signal, timeout, maxSize, reload });
    previous?.abort();
    try {
      const loaded = await fresh;
      if (run !== this._run) return;
      this.failure = undefined;
      this._show(loaded);
      if (useSaved) saveFeed(url, loaded);
    } catch (error) {
      if (run !== this._run) return;
      const copy = await saved;
      if (run !== this._run) return;
      if (copy || shown?.fromCache) {
        this.failure = asLoadError(error);
        if (copy) this._show(copy);
        else this._host.requestUpdate();
      } else if (!shown) {
        this._fail(error);
      }
      // A failed check of a feed already read on this page leaves it on screen, unmarked.
    } finally {
      if (run === this._run) this._abort = undefined;
    }
  }
}
