import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedLoadState } from '../../feed/context.js';
import { isLanguageSettled, startLanguage } from '../../i18n/language-packs.js';
import { resolveLanguage } from '../../i18n/languages.js';
import { PracticeFeedErrorEvent } from '../../events/practice-feed-error-event.js';
import { PracticeFeedLoadEvent } from '../../events/practice-feed-load-event.js';
import { loadErrorMessage } from './load-error-message.js';

/**
 * Whether a message for the reader can be written in `lang` now: its strings are loaded, or
 * given up (failed or overdue: English then; see `loadLanguage`). Otherwise starts loading them
 * and calls `whenReady` once that settles, so that an event fired at once (bad inline JSON, an
 * invalid address) still speaks the reader's language.
 */
function messageLanguageReady(lang: string, whenReady: () => void): boolean {
  if (isLanguageSettled(lang)) return true;
  void startLanguage(lang).then(whenReady);
  return false;
}

/**
 * Announces each result of a feed's load once, after the update that shows it:
 * `practice-feed-load` for a feed read, `practice-feed-error` for a failure, from the host.
 * Each result is one state object (see `FeedController`), so a saved copy and then the same
 * feed confirmed by the network are announced one after the other. An error is announced in
 * the reader's language, also when it happens before its strings have arrived.
 *
 * The one place both `<practice-feed>` and an element loading its own feed announce from.
 */
export class FeedAnnouncer implements ReactiveController {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private readonly _subject: () => FeedLoadState | undefined;
  /** The result last announced. */
  private _announced?: FeedLoadState;

  /** `subject`: the load the host announces, `undefined` when it announces none. */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    subject: () => FeedLoadState | undefined,
  ) {
    this._host = host;
    this._subject = subject;
    host.addController(this);
  }

  hostUpdated(): void {
    const load = this._subject();
    if (!load || load.status === 'loading' || load === this._announced) return;
    const lang = resolveLanguage(this._host);
    if (load.status === 'error' && !messageLanguageReady(lang, () => this._host.requestUpdate())) {
      return;
    }
    this._announced = load;
    this._host.dispatchEvent(
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
}
