import {
  html,
  isServer,
  nothing,
  type LitElement,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CacheMode } from '../../feed/feed-controller.js';
import { wholeNumberAttribute } from '../shared/attributes.js';
import { FeedRequestElement } from '../shared/widget-element.js';
import { resolveLanguage } from '../../i18n/languages.js';
import { uiStrings } from '../../i18n/messages.js';
import { isLanguageLoaded, isLanguageSettled, startLanguage } from '../../i18n/language-packs.js';
import { paramPrefix, readUrlView, writeUrlView } from '../../feed/url-state.js';
import { parseTheme } from '../shared/attributes.js';
import { styles } from './practice-catalog.styles.js';
import type { CatalogState } from './catalog-parts.js';

/** The catalogue's views, in the order of its tabs; the first is the default. */
const VIEWS = ['list', 'map', 'stats'] as const;
type View = (typeof VIEWS)[number];

const isView = (value: unknown): value is View => VIEWS.includes(value as View);

/**
 * The whole catalogue in one element, for a CMS editor: a header (the feed's title, publisher,
 * last update and the count of practices in view), the filters, then the practices, with the map
 * and the figures as views a reader switches to (tabs), all linked over one feed. A failed feed
 * or an empty result gives one message for the whole catalogue.
 * Its `lang`, `theme` and scope attributes apply to every part (see `<practice-feed>`).
 *
 * @summary Filters, map, stats and list of a feed, linked, in one tag.
 * @tagname practice-catalog
 * @customElement practice-catalog
 *
 * @csspart layout - The column that holds the parts.
 * @csspart header - The header: title, publisher, last update, count.
 * @csspart filters - The box of the filters.
 * @csspart tabs - The row of tabs that switches the view (only with more than one view).
 * @csspart views - The box of the views (list, map, figures).
 *
 * @cssprop --practice-accent - Links, buttons, bars and focus ring of every part (default `#0b5cad`; dark `#8ab8f5`).
 * @cssprop --practice-text - Body text (default `#1d2329`; dark `#e6e9ed`).
 * @cssprop --practice-muted - Labels and secondary text of every part (default `#545e69`; dark `#adb6c0`).
 * @cssprop --practice-surface - Background of the cards and panels of every part (default `#ffffff`; dark `#1c2127`).
 * @cssprop --practice-border - Borders (default `#c9d1da`; dark `#48515c`).
 * @cssprop --practice-radius - Corner radius (default `0.5rem`).
 * @cssprop --practice-font - Font family (default: inherited from the page).
 * @cssprop --practice-space - Base spacing unit (default `1rem`).
 *
 * @fires practice-feed-load - When the feed is read: `{count, warnings, fromCache}`.
 * @fires practice-feed-error - When nothing usable could be read: `{message, cause}`.
 * @fires practice-filter-change - When the reader's filters change: `{filters}`.
 * @fires practice-select - When the reader opens a practice: `{id}`.
 */
export class PracticeCatalog extends FeedRequestElement {
  static override styles = styles;

  /**
   * Feed URL, relative to the page. Without it, a child `<script type="application/json">`
   * holding the feed (as `practice-feed render --element catalog --inline` writes).
   */
  @property() src?: string;

  /** Keep the reader's filters, open practice and view in the page URL. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** `saved` (default): keep the last good copy of the feed for offline use; `none`: never. */
  @property() cache: CacheMode = 'saved';

  /** Facets offered by the filters (see `<practice-filters>`). */
  @property() facets?: string;

  /**
   * The view shown: `list` (default), `map` or `stats`. Any other value, or a view left out,
   * means the first view there is. Changes as the reader chooses a tab.
   */
  @property() view: string = 'list';

  /** Leave out the header (title, publisher, last update and count). */
  @property({ type: Boolean, attribute: 'without-header' }) withoutHeader = false;

  /** Leave out the filters. */
  @property({ type: Boolean, attribute: 'without-filters' }) withoutFilters = false;

  /** Leave out the map. */
  @property({ type: Boolean, attribute: 'without-map' }) withoutMap = false;

  /** Leave out the figures and charts. */
  @property({ type: Boolean, attribute: 'without-stats' }) withoutStats = false;

  /** Leave out the list of practices (and its detail view and downloads). */
  @property({ type: Boolean, attribute: 'without-list' }) withoutList = false;

  /** Practices per page of the list (default 12). */
  @property({
    attribute: 'page-size',
    converter: wholeNumberAttribute(12, 1, Number.MAX_SAFE_INTEGER),
  })
  pageSize = 12;

  /** Where the data stands, as the catalogue's one message reports it. */
  @state() private _state: CatalogState = 'loading';

  /**
   * The header and the one message: `true` once defined (their chunk loaded), `false` when their
   * chunk could not be had (they are then left out), `undefined` meanwhile.
   */
  @state() private _parts?: boolean;

  /** The views drawn so far: a view is drawn when first shown, then kept (hidden). */
  private readonly _drawn = new Set<View>();

  private readonly _report = (state: CatalogState) => {
    if (state !== this._state) this._state = state;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this._onPopState);
    if (!this._parts) {
      import('./catalog-parts.js')
        // A module that failed once may resolve on a later import without its definitions
        // (WebKit does): the parts count as there only when their elements are defined.
        .then(() => customElements.get('practice-catalog-message') || Promise.reject())
        .then(
          () => (this._parts = true),
          // Without them, each part draws its own messages, as it does on its own; with no part,
          // the feed draws its own (drawn after the catalogue has left the message out).
          () => {
            this._parts = false;
            (this.renderRoot.querySelector('practice-feed') as LitElement | null)?.requestUpdate();
          },
        );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this._onPopState);
  }

  private readonly _onPopState = () => {
    if (this.syncUrl) this._readView();
  };

  /**
   * The view the page asked for (`view`, before any URL or reader changed it): what a URL
   * without a view shows, and the one a URL does not name.
   */
  private _pageView?: string;

  private _defaultView(): View | undefined {
    const views = this._views();
    const asked = this._pageView ?? this.view;
    return isView(asked) && views.includes(asked) ? asked : views[0];
  }

  private _readView(): void {
    this._pageView ??= this.view;
    const view = readUrlView(new URLSearchParams(location.search), paramPrefix(this.id));
    this.view = view ?? this._defaultView() ?? VIEWS[0];
  }

  /** The views there are, in the order of their tabs. */
  private _views(): View[] {
    const out = { list: this.withoutList, map: this.withoutMap, stats: this.withoutStats };
    return VIEWS.filter((view) => !out[view]);
  }

  /** The view shown: the chosen one if there is such a view, else the first there is. */
  private _currentView(): View | undefined {
    const views = this._views();
    return isView(this.view) && views.includes(this.view) ? this.view : views[0];
  }

  /** The reader chose a view (a tab): shown, and with `sync-url` a new entry of the history. */
  private _choose(view: View, focus: boolean): void {
    if (view === this._currentView()) return;
    this._pageView ??= this.view;
    this.view = view;
    if (this.syncUrl) {
      const search = writeUrlView(
        new URLSearchParams(location.search),
        paramPrefix(this.id),
        view,
        this._defaultView() ?? VIEWS[0],
      ).toString();
      history.pushState(
        history.state,
        '',
        `${location.pathname}${search ? `?${search}` : ''}${location.hash}`,
      );
    }
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus(),
      );
    }
  }

  // The tabs' keys (WAI-ARIA tabs): arrows move to the previous or next tab and show it, Home
  // and End to the first and last.
  private _onTabKey(event: KeyboardEvent, views: View[], current: View): void {
    const at = views.indexOf(current);
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? views[(at + 1) % views.length]
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? views[(at - 1 + views.length) % views.length]
          : event.key === 'Home'
            ? views[0]
            : event.key === 'End'
              ? views[views.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    this._choose(next, true);
  }

  /**
   * Rendered HTML (`practice-feed render --element catalog`) is taken over once the header and
   * message are defined, or known to be missing, and the reader's language is there (see
   * hydrate-support.ts): the first update is then the one the server rendered.
   */
  protected get hydrationReady(): boolean {
    // Its tabs' labels are in the reader's language: taken over in another, they would not
    // match (the strings' arrival draws every element again: see watchDocumentLanguage).
    const lang = this.lang || resolveLanguage(this);
    if (!isLanguageLoaded(lang)) void startLanguage(lang);
    // Loaded, not only settled: with a failed or stalled chunk, what the server wrote stays as
    // it is, readable, rather than drawn again in English (see PracticeElement.hydrationReady).
    return this._parts !== undefined && isLanguageLoaded(lang);
  }

  /** Whether the tabs have been drawn with their labels (see `render`). */
  private _tabsShown = false;

  // Drawn once, it keeps its tabs' labels in their language while another's strings arrive.
  protected override languageToKeepFor(): string | undefined {
    return this.hasUpdated ? this.lang || resolveLanguage(this) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A server render has no address to read the view from (`location` is the page's): it
    // draws the view the attributes ask for, as the page does before the reader chooses.
    if (
      !isServer &&
      this.syncUrl &&
      (!this.hasUpdated || (changed.has('syncUrl') && !changed.get('syncUrl')))
    ) {
      this._readView();
    }
    const view = this._currentView();
    if (view) this._drawn.add(view);
  }

  override render(): TemplateResult {
    const lang = this.lang || resolveLanguage(this);
    const strings = uiStrings(lang);
    const theme = parseTheme(this.theme) ?? 'light';
    const views = this._views();
    const current = this._currentView();
    // One message for the whole catalogue (once its parts are there): the parts draw none.
    const quiet = !!this._parts;
    const error = quiet && this._state === 'error';
    const nothingToShow = error || (quiet && this._state === 'empty');
    // The tabs' first drawing waits for their labels in the reader's language, in a row of their
    // height: drawn in English first, the labels' new widths moved them as the strings came. Not
    // once shown, and not longer than the strings are waited for (a failed or stalled chunk
    // draws English: see `loadLanguage`). `uiStrings` above has asked for them.
    const tabsWait = !this._tabsShown && !isLanguageSettled(lang);
    if (views.length > 1 && current && !tabsWait) this._tabsShown = true;
    const labels = {
      list: strings.catalogViewList,
      map: strings.catalogViewMap,
      stats: strings.catalogViewStats,
    };
    const panel = (view: View, content: () => TemplateResult) =>
      this._drawn.has(view)
        ? html`<div
            class="panel"
            id="panel-${view}"
            role=${views.length > 1 && !tabsWait ? 'tabpanel' : nothing}
            aria-labelledby=${views.length > 1 && !tabsWait ? `tab-${view}` : nothing}
            ?hidden=${view !== current}
            aria-hidden=${view !== current ? 'true' : nothing}
          >
            ${content()}
          </div>`
        : nothing;
    return html`<practice-feed
      src=${ifDefined(this.src)}
      lang=${lang}
      theme=${theme}
      country=${ifDefined(this.country)}
      setting=${ifDefined(this.setting)}
      level=${ifDefined(this.level)}
      objective=${ifDefined(this.objective)}
      q=${ifDefined(this.q)}
      timeout=${this.timeout}
      max-size=${this.maxSize}
      cache=${this.cache}
      ?sync-url=${this.syncUrl}
      id=${ifDefined(this.id || undefined)}
    >
      <div class="layout" part="layout">
        ${
          this.withoutHeader || this._parts === false
            ? nothing
            : html`<practice-catalog-header
                class="header"
                part="header"
                ?hidden=${error}
              ></practice-catalog-header>`
        }
        ${
          this.withoutFilters
            ? nothing
            : html`<div
                class="filters"
                part="filters"
                role="region"
                aria-label=${strings.filters}
                ?hidden=${error}
              >
                <practice-filters
                  facets=${ifDefined(this.facets)}
                  .quietStates=${quiet}
                ></practice-filters>
              </div>`
        }
        ${
          this._parts === false
            ? nothing
            : html`<practice-catalog-message
                class="message"
                .report=${this._report}
                ?hidden=${!nothingToShow}
              ></practice-catalog-message>`
        }
        ${
          views.length > 1 && current
            ? html`<div
                class="theme ${theme} tabs scripted"
                part="tabs"
                role=${tabsWait ? nothing : 'tablist'}
                aria-label=${tabsWait ? nothing : strings.catalogViews}
                ?hidden=${nothingToShow}
                @keydown=${(e: KeyboardEvent) => this._onTabKey(e, views, current)}
              >
                ${
                  tabsWait
                    ? html`<span class="tab"></span>`
                    : views.map(
                        (view) =>
                          html`<button
                            class="tab"
                            id="tab-${view}"
                            type="button"
                            role="tab"
                            aria-selected=${view === current ? 'true' : 'false'}
                            aria-controls="panel-${view}"
                            tabindex=${view === current ? '0' : '-1'}
                            @click=${() => this._choose(view, false)}
                          >
                            ${labels[view]}
                          </button>`,
                      )
                }
              </div>`
            : nothing
        }
        ${
          current
            ? html`<div class="views" part="views" ?hidden=${nothingToShow}>
                ${panel(
                  'list',
                  () =>
                    html`<practice-list
                      page-size=${this.pageSize}
                      .quietStates=${quiet}
                    ></practice-list>`,
                )}
                ${panel('map', () => html`<practice-map .quietStates=${quiet}></practice-map>`)}
                ${panel(
                  'stats',
                  () => html`<practice-stats .quietStates=${quiet}></practice-stats>`,
                )}
              </div>`
            : nothing
        }
      </div>
    </practice-feed>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-catalog': PracticeCatalog;
  }
}
