import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Theme } from '../../feed/context.js';
import { DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT_MS } from '../../feed/request.js';
import { MAX_TIMER_MS, wholeNumberAttribute } from './attributes.js';
import { isLanguageLoaded, isLanguageLoading, startLanguage } from '../../i18n/language-packs.js';
import { watchDocumentLanguage } from './document-language.js';

/** How long a drawn element keeps what it shows while a new language's strings are on their way. */
const LANGUAGE_WAIT_MS = 1000;

/**
 * What every element of the library takes, declared once: `lang`, `theme` and the scope
 * attributes; and a new render whenever the page's language changes or a language's strings
 * arrive. On `<practice-feed>` and `<practice-catalog>` they apply to every widget inside that
 * does not set its own (the scope: that each narrows further with its own).
 *
 * `practice-url` and `open-in` are read as attributes where they are used (see
 * `inheritedValue` in practice-element.ts), so that pages without them pay nothing for them:
 *
 * @attr {string} practice-url - The address of each practice's own page, with `{id}` where its id goes (percent-encoded): e.g. `/es/practices/{id}/`, or `{id}/` beside a catalogue page of `practice-feed site`. Only http(s) addresses and addresses relative to the page are used; anything else is ignored, with a warning on the console. Compact cards and the map's markers are then links to those pages (a new tab, a shared link, a search engine follow them), and "Copy link" copies the page's address. On a `<practice-feed>` or `<practice-catalog>`, it applies to every widget inside that does not set its own. Read when the element draws: set it in the HTML.
 * @attr {'place' | 'page'} open-in - Where a plain click on a practice's link opens it, with `practice-url`: `place` (default), in the widgets (inside a `<practice-feed>`, a `<practice-catalog>` or a `<practice-list>`; a compact card or a map on its own follows the link); `page`, the practice's page. Inherited like `practice-url`.
 */
export abstract class WidgetElement extends LitElement {
  private _stopWatchingLanguage?: () => void;

  /** Changes held back while the strings of a new language are on their way (see `shouldUpdate`). */
  private _heldChanges?: PropertyValues;
  /** When the drawing began to wait for a language's strings. */
  private _heldSince?: number;
  /** Draws the element at the end of that wait. */
  private _heldTimer?: ReturnType<typeof setTimeout>;

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

  /**
   * The language whose strings the next drawing needs, when the element shows content that
   * waiting for them would replace with its loading state (`undefined`: nothing to keep).
   */
  protected languageToKeepFor(): string | undefined {
    return undefined;
  }

  /**
   * A new language whose strings are on their way keeps what the element shows, in the language
   * it was in, rather than its loading state for a moment (or for a slow network's round trip):
   * the strings' arrival draws it (see `watchDocumentLanguage`), with every change made
   * meanwhile. Kept at most `LANGUAGE_WAIT_MS`: a reader's choice is not held back longer.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this._heldChanges) {
      for (const [key, value] of this._heldChanges) if (!changed.has(key)) changed.set(key, value);
      this._heldChanges = undefined;
    }
    const language = this.languageToKeepFor();
    if (language !== undefined && !isLanguageLoaded(language)) {
      void startLanguage(language);
      this._heldSince ??= performance.now();
      const left = LANGUAGE_WAIT_MS - (performance.now() - this._heldSince);
      if (isLanguageLoading(language) && left > 0) {
        this._heldChanges = new Map(changed);
        // The bound's end draws it (a timer may fire early by the clock: it then waits again).
        this._heldTimer ??= setTimeout(() => {
          this._heldTimer = undefined;
          this.requestUpdate();
        }, left + 1);
        return false;
      }
    }
    // Drawn: nothing left for the bound's timer to do.
    clearTimeout(this._heldTimer);
    this._heldTimer = undefined;
    this._heldSince = undefined;
    return super.shouldUpdate(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._stopWatchingLanguage = watchDocumentLanguage(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopWatchingLanguage?.();
  }
}

/**
 * The attributes of the request, declared once for the elements that load a feed for the
 * widgets inside them: `<practice-feed>`, and `<practice-catalog>` (which hands them to its
 * own `<practice-feed>`).
 */
export abstract class FeedRequestElement extends WidgetElement {
  /**
   * Milliseconds before a request is given up (default 10000). A value that is not a whole
   * positive number (`"10s"`, `"abc"`) means the default.
   * @type {number}
   */
  @property({ converter: wholeNumberAttribute(DEFAULT_TIMEOUT_MS, 1, MAX_TIMER_MS) })
  timeout = DEFAULT_TIMEOUT_MS;

  /**
   * Bytes of response after which the feed is given up as too large, and not asked again
   * (default 100000000, 100 MB). A value that is not a whole positive number means the default.
   * @type {number}
   */
  @property({
    attribute: 'max-size',
    converter: wholeNumberAttribute(DEFAULT_MAX_SIZE, 1, Number.MAX_SAFE_INTEGER),
  })
  maxSize = DEFAULT_MAX_SIZE;
}
