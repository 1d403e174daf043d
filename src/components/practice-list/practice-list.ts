import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { addStyles } from '../shared/add-styles.js';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { repeat } from 'lit/directives/repeat.js';
import { citation } from '../../data/citation.js';
import { isolateText } from '../../data/bounded-text.js';
import { localize } from '../../data/localized-text.js';
import {
  isSortPrepared,
  prepareSort,
  queryFeed,
  sortPractices,
  SORTED_AT_ONCE,
  type QueryResult,
  type SortKey,
  type SortLabels,
} from '../../data/query.js';
import type { NormalizedFeed, NormalizedPractice } from '../../data/types.js';
import type { PracticeSelectEvent } from '../../events/practice-select-event.js';
import { countryName, formatDate, formatNumber } from '../../i18n/format.js';
import { formatMessage, resultsCountText, uiStrings } from '../../i18n/messages.js';
import type { UiStrings } from '../../i18n/strings/types.js';
import { baseStyles, themeStyles } from '../../styles/theme.js';
import type { OpenPracticeExtras } from './open-practice.js';
import { whenIdle } from '../../data/slices.js';
import { PracticeElement } from '../shared/practice-element.js';
import { stateStyles } from '../shared/states.js';
import { loadDownloadWriters } from './downloads.js';
import { styles } from './practice-list.styles.js';

type VirtualizeDirective = typeof import('@lit-labs/virtualizer/virtualize.js').virtualize;

export type ListSort = Exclude<SortKey, 'relevance'>;

/** How long after the list is drawn the open practice's extras are fetched, idle or not. */
const EXTRAS_WITHIN_MS = 3000;

/** Above this many results the list scrolls virtually instead of paging. */
export const VIRTUAL_THRESHOLD = 300;

const isListSort = (value: string | undefined): value is ListSort =>
  value === 'title' || value === 'country' || value === 'year';

/**
 * The practices in scope that pass the reader's filters: the result count, compact cards, sort,
 * paging (or virtual scrolling for long results), a detail view, and downloads.
 *
 * @summary The practices, searchable, sortable, and ready to take away.
 * @tagname practice-list
 * @customElement practice-list
 *
 * @csspart toolbar - The bar with the count, sort and downloads.
 * @csspart count - The result count.
 * @csspart items - The list of practices.
 * @csspart pagination - The page navigation.
 * @csspart dialog - The detail view.
 * @csspart error - The load error message.
 * @csspart notice - The "saved data from <date>" notice, when a saved copy is shown.
 *
 * @cssprop --practice-accent - Titles, buttons and focus ring (default `#0b5cad`; dark `#8ab8f5`).
 * @cssprop --practice-text - Body text (default `#1d2329`; dark `#e6e9ed`).
 * @cssprop --practice-muted - Count, byline and secondary text (default `#545e69`; dark `#adb6c0`).
 * @cssprop --practice-surface - Background of the cards and the detail view (default `#ffffff`; dark `#1c2127`).
 * @cssprop --practice-border - Borders (default `#c9d1da`; dark `#48515c`).
 * @cssprop --practice-radius - Corner radius (default `0.5rem`).
 * @cssprop --practice-font - Font family (default: inherited from the page).
 * @cssprop --practice-space - Base spacing unit (default `1rem`).
 *
 * @fires practice-select - When the reader opens a practice: `{id}`.
 * @fires practice-filter-change - When the reader clears the filters of a standalone list: `{filters}`.
 */
export class PracticeList extends PracticeElement {
  static override styles = [themeStyles, baseStyles, stateStyles, styles];

  // Its dialog shows the open practice; its results, the filters.
  protected override readonly choicesNotShown = [];

  /**
   * The file writers (spreadsheet and feed), a chunk of their own: asked for when the reader
   * opens the downloads, so that no page loads them that does not download.
   */
  private readonly _writers = new Task(this, { task: loadDownloadWriters, autoRun: false });

  /**
   * The virtual-scrolling directive, a chunk of its own: asked for the first time a result is
   * long, so that pages with ordinary result sizes never download it.
   */
  private readonly _virtualizer = new Task<[], VirtualizeDirective>(this, {
    task: () => import('@lit-labs/virtualizer/virtualize.js').then((module) => module.virtualize),
    autoRun: false,
  });

  /**
   * What the open practice adds to its bar (previous / next, copy link) and their styles, a
   * chunk of its own: asked for when a practice first opens, since a list's first paint needs
   * none of it. Until it arrives the bar has its close button.
   */
  private readonly _extras = new Task<[], OpenPracticeExtras>(this, {
    task: async () => {
      const { extras } = await import('./open-practice.js');
      if (this.renderRoot instanceof ShadowRoot) addStyles(this.renderRoot, [extras.styles]);
      return extras;
    },
    autoRun: false,
  });

  /** What the opener of the detail view was, to give focus back on close. */
  private _opener?: HTMLElement;
  /** The practice the detail view shows, or showed last before it closed. */
  private _shownId?: string;
  private _lastResult?: QueryResult;
  /**
   * The last result in its order, and what it was ordered from: the same array while neither
   * changes, so that opening or closing a practice leaves the rows (and the virtual scroller's
   * layout of thousands of them) as they are.
   */
  private _ordered?: {
    readonly from: readonly NormalizedPractice[];
    readonly key: SortKey;
    readonly lang: string;
    readonly practices: readonly NormalizedPractice[];
  };

  @query('dialog') private _dialog?: HTMLDialogElement;

  @state() private _page = 1;
  @state() private _readerSort?: SortKey;
  @state() private _ownOpenId: string | null = null;
  @state() private _notice = '';
  /** Whether the reader has opened the downloads: the citation is drawn only then. */
  @state() private _downloadsOpen = false;
  /** The file writers could not be loaded for a download. */
  @state() private _downloadFailed = false;
  /** Said politely inside the open practice (the page behind a modal dialog is not heard). */
  @state() private _dialogNotice = '';
  /** The open practice's address, shown to copy by hand when the browser refused to copy it. */
  @state() private _manualLink?: string;

  @query('details.downloads') private _downloads?: HTMLDetailsElement;

  /** Practices per page (default 12; paging is used up to a few hundred results). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 12;

  /**
   * Initial order: `title` (default), `country` (first country's localized name) or `year`
   * (newest first). While the reader searches, results are ranked by relevance; the reader can
   * change the order with the "Sort by" control.
   */
  @property() sort: ListSort = 'title';

  /** A click outside the open downloads panel closes it. */
  private readonly _onDocumentClick = (event: MouseEvent): void => {
    const details = this._downloads;
    if (details?.open && !event.composedPath().includes(details)) details.open = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this._onDocumentClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this._onDocumentClick);
    // Taken off the page, it asks for nothing more; put back, it asks again once drawn.
    this._cancelExtrasFetch?.();
    this._cancelExtrasFetch = undefined;
  }

  /** Cancels the fetch of the open practice's extras still waiting for an idle moment. */
  private _cancelExtrasFetch?: () => void;

  constructor() {
    super();
    this.addEventListener('practice-select', (event: PracticeSelectEvent) => {
      // A card inside has opened the practice in the enclosing feed's state, if there is one,
      // and tells the page; the list notes where to give focus back, and opens the practice
      // itself when it stands alone.
      this._opener = deepActiveElement() ?? undefined;
      if (!this.sharedState) this._ownOpenId = event.detail.id;
    });
  }

  private get _openId(): string | null {
    return this.sharedState ? this.sharedState.openPracticeId : this._ownOpenId;
  }

  private _setOpen(id: string | null): void {
    if (this.sharedState) this.sharedState.setOpenPractice(id);
    else this._ownOpenId = id;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const load = this.loadState;
    if (load.status !== 'loaded') return;
    const result = queryFeed(load.feed, this.scope, this.filters);
    if (
      result.practices.length > VIRTUAL_THRESHOLD &&
      this._virtualizer.status === TaskStatus.INITIAL
    ) {
      void this._virtualizer.run();
    }
    // A new result (other filters, scope or feed) starts at the first page.
    if (
      this._lastResult &&
      result !== this._lastResult &&
      (result.practices.length !== this._lastResult.practices.length ||
        result.practices.some((p, i) => p !== this._lastResult!.practices[i]))
    ) {
      this._page = 1;
    }
    this._lastResult = result;
    // A practice opens: its bar's previous / next and copy link are asked for, once.
    if (this._openId && this._extras.status === TaskStatus.INITIAL) void this._extras.run();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this._dialog;
    if (!dialog) return;
    const practice = this._openPractice();
    // Shown, then closed by the reader (Escape, the close button) before this update: the
    // dialog's close event, which lets the practice go, is on its way. Not shown again.
    const closedByReader = !!practice && !dialog.open && this._shownId === practice.id;
    const open = practice !== undefined && !closedByReader;
    // For the page's print rule (practice-widgets.css): the open practice prints alone. The rule
    // cannot see into shadow roots, so the hosts the list sits in (a catalogue) are marked too.
    this.toggleAttribute('data-practice-open', open);
    for (
      let root = this.getRootNode();
      root instanceof ShadowRoot;
      root = root.host.getRootNode()
    ) {
      root.host.toggleAttribute('data-practice-open', open);
    }
    // A list taken off the page before this update (a host that replaced it) opens nothing: a
    // dialog out of the document cannot be shown, and would throw.
    if (open && !dialog.open && dialog.isConnected) {
      this._showDialog(dialog);
    } else if (!open && dialog.open) {
      dialog.close();
    }
    if (open && dialog.open) this._shownId = practice.id;
    this._fetchExtrasWhenIdle();
  }

  /**
   * Once practices are shown, their extras (previous / next, copy link) are fetched in an idle
   * moment, while the reader looks at the list: the first practice opened is then shown at once
   * with its whole bar, without waiting for them, nor drawing the list again on the way.
   */
  private _fetchExtrasWhenIdle(): void {
    if (
      this._cancelExtrasFetch ||
      this._extras.status !== TaskStatus.INITIAL ||
      !this.isConnected ||
      this.loadState.status !== 'loaded'
    ) {
      return;
    }
    this._cancelExtrasFetch = whenIdle(() => {
      if (this._extras.status === TaskStatus.INITIAL) void this._extras.run();
    }, EXTRAS_WITHIN_MS);
  }

  /** The dialog about to be shown, once the practice in it is drawn (see `_showDialog`). */
  private _showing?: Promise<void>;

  /**
   * Shows the dialog once its practice is drawn. Showing it lays out what it holds (to focus its
   * first control): a card drawn just after would be laid out a second time before the first
   * frame, on a phone a good part of the time the reader waits for the practice.
   */
  private _showDialog(dialog: HTMLDialogElement): void {
    const card = dialog.querySelector('practice-card');
    if (!card?.isUpdatePending) {
      dialog.showModal();
      return;
    }
    this._showing ??= card.updateComplete
      .catch(() => undefined)
      .then(() => {
        this._showing = undefined;
        // Still to be shown: the page may have let the practice go, or the list be gone.
        const practice = this._openPractice();
        if (!practice || dialog.open || !dialog.isConnected || dialog !== this._dialog) return;
        dialog.showModal();
        this._shownId = practice.id;
      });
  }

  // A script that awaits `updateComplete` after opening a practice finds its dialog shown.
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this._showing;
    return complete;
  }

  private _openPractice(): NormalizedPractice | undefined {
    const id = this._openId;
    const load = this.loadState;
    if (!id || load.status !== 'loaded') return undefined;
    // One pass over the practices: an index of them all would cost the first opening more.
    return load.feed.practices.find((practice) => practice.id === id);
  }

  private _onDialogClose(): void {
    const last = this._shownId;
    this._shownId = undefined;
    if (this._openId !== null) this._setOpen(null);
    this._dialogNotice = '';
    this._manualLink = undefined;
    const opener = this._opener;
    this._opener = undefined;
    if (opener?.isConnected) opener.focus();
    else if (last) void this._focusCard(last);
  }

  /** Focus on the card of a practice, once drawn: where the reader was after previous / next. */
  private async _focusCard(id: string): Promise<void> {
    await this.updateComplete;
    const card = [...this.renderRoot.querySelectorAll('practice-card')].find(
      (element) => (element.practice as NormalizedPractice | undefined)?.id === id,
    );
    await card?.updateComplete;
    card?.shadowRoot?.querySelector<HTMLElement>('.open')?.focus();
  }

  /**
   * Opens the practice `delta` places away in the results, in their order, and turns the list to
   * its page, so that closing it leaves the reader beside it.
   */
  private _step(practices: readonly NormalizedPractice[], index: number, delta: number): void {
    const next = practices[index + delta];
    if (!next) return;
    // The card that opened the first practice is not where the reader is now.
    this._opener = undefined;
    this._dialogNotice = '';
    this._manualLink = undefined;
    if (practices.length <= VIRTUAL_THRESHOLD) {
      this._page = Math.floor((index + delta) / this._pageSize()) + 1;
    }
    this._setOpen(next.id);
    void this.updateComplete.then(() => this._dialog?.scrollTo?.({ top: 0 }));
  }

  private _pageSize(): number {
    return Math.max(1, Math.floor(this.pageSize) || 12);
  }

  private _sortKey(): SortKey {
    if (this._readerSort && (this._readerSort !== 'relevance' || this._searching())) {
      return this._readerSort;
    }
    return this._searching() ? 'relevance' : isListSort(this.sort) ? this.sort : 'title';
  }

  private _searching(): boolean {
    return this.filters.q.trim() !== '';
  }

  private _onSortChange(event: Event): void {
    this._readerSort = (event.target as HTMLSelectElement).value as SortKey;
    this._page = 1;
  }

  private _goToPage(page: number): void {
    this._page = page;
    if (this._downloads) this._downloads.open = false;
    // Keep the reader's place: the top of the list, not the bottom of the page they left.
    this.renderRoot.querySelector('[part="toolbar"]')?.scrollIntoView({ block: 'nearest' });
  }

  private async _download(
    format: 'csv' | 'json',
    feed: NormalizedFeed,
    practices: readonly NormalizedPractice[],
  ): Promise<void> {
    this._downloadFailed = false;
    if (this._writers.status !== TaskStatus.COMPLETE) await this._writers.run();
    const writers = this._writers.value;
    if (this._writers.status !== TaskStatus.COMPLETE || !writers) {
      // Offline, and never loaded on this device: say so, next to the buttons.
      this._downloadFailed = true;
      return;
    }
    if (format === 'csv') {
      writers.saveFile(
        writers.practicesToCsv(practices, feed.language, { tagLabels: feed.vocabularies.tags }),
        'practices.csv',
        'text/csv;charset=utf-8',
      );
    } else {
      writers.saveFile(
        writers.toInlineSafeJson(writers.practicesToFeed(feed, practices), 2),
        'practices.json',
        'application/json',
      );
    }
  }

  private async _copyCitation(text: string, strings: UiStrings): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this._notice = strings.citationCopied;
    } catch {
      // Clipboard refused (permissions, insecure page): select the text so the reader can copy it.
      const node = this.renderRoot.querySelector('.citation-text');
      if (node) getSelection()?.selectAllChildren(node);
    }
  }

  private _citation(feed: NormalizedFeed, strings: UiStrings): string {
    const lang = this.contentLang;
    const today = new Date().toISOString().slice(0, 10);
    const publisher = feed.publisher?.name;
    const title = localize(feed.title, lang, feed.language);
    return citation(
      {
        // Feed text inside one sentence: each part isolated, so that neither reorders the rest.
        publisher: publisher === undefined ? undefined : isolateText(publisher),
        title: title === undefined ? undefined : isolateText(title),
        updated: feed.updated ? formatDate(lang, feed.updated) : undefined,
        accessed: formatDate(lang, today),
        url: feed.sourceUrl,
      },
      { updated: strings.citationUpdated, accessed: strings.citationAccessed },
    );
  }

  override render(): TemplateResult {
    return this.renderStates({
      loading: () => this._renderSkeleton(),
      // A large feed keeps its placeholders until its order is ready (see `_orderReady`).
      loaded: (feed) =>
        this._orderReady(feed) ? this._renderLoaded(feed) : this._renderSkeleton(),
    });
  }

  /** The feed and order being prepared in slices, so that each is prepared once. */
  private _preparing?: { feed: NormalizedFeed; key: string };

  /** The practices in the reader's order: the array of the last render if nothing changed. */
  private _inOrder(
    feed: NormalizedFeed,
    from: readonly NormalizedPractice[],
    key: SortKey,
    lang: string,
  ): readonly NormalizedPractice[] {
    const last = this._ordered;
    if (last && last.from === from && last.key === key && last.lang === lang) {
      return last.practices;
    }
    const practices = sortPractices(feed, from, key, lang, this._sortLabels(feed, lang));
    this._ordered = { from, key, lang, practices };
    return practices;
  }

  private _sortLabels(feed: NormalizedFeed, lang: string): SortLabels {
    return {
      title: (p) => localize(p.title, lang, feed.language) ?? p.id,
      country: (code) => countryName(lang, code),
    };
  }

  /**
   * Whether the list can be drawn in its order now. A feed of up to 5,000 practices is sorted
   * when drawn; a larger one is sorted in slices first, the page free meanwhile, the
   * placeholders shown in the same space, then drawn once.
   */
  private _orderReady(feed: NormalizedFeed): boolean {
    const key = this._sortKey();
    const lang = this.contentLang;
    if (feed.practices.length <= SORTED_AT_ONCE || isSortPrepared(feed, key, lang)) return true;
    const preparing = `${key}|${lang}`;
    if (this._preparing?.feed !== feed || this._preparing.key !== preparing) {
      this._preparing = { feed, key: preparing };
      void prepareSort(feed, key, lang, this._sortLabels(feed, lang)).then(() =>
        this.requestUpdate(),
      );
    }
    return false;
  }

  private _renderSkeleton(): TemplateResult {
    // A full page of placeholders: the usual first page of a catalogue fills it.
    const count = Math.min(Math.max(1, Math.floor(this.pageSize) || 12), 24);
    return html`<div class="skeleton" role="status">
      <span class="visually-hidden">${uiStrings(this.contentLang).loading}</span>
      <span class="skeleton-line toolbar-line"></span>
      <div class="grid">
        ${Array.from(
          { length: count },
          () =>
            html`<div class="skeleton-card">
              <span class="skeleton-line wide"></span><span class="skeleton-line"></span
              ><span class="skeleton-line"></span>
            </div>`,
        )}
      </div>
    </div>`;
  }

  private _renderLoaded(feed: NormalizedFeed): TemplateResult {
    const lang = this.contentLang;
    const strings = uiStrings(lang);
    const result = this._lastResult ?? queryFeed(feed, this.scope, this.filters);
    const sortKey = this._sortKey();
    const practices = this._inOrder(feed, result.practices, sortKey, lang);
    const total = practices.length;
    const countText = resultsCountText(lang, total, result.inScope);
    const open = this._openPractice();
    // The open practice's place in the results, for previous / next (-1: not among them).
    const position = open ? practices.indexOf(open) : -1;
    const extras = this._extras.value;

    return html`
      <div class="toolbar" part="toolbar">
        <p class="count" part="count">${countText}</p>
        ${total > 1 ? this._renderSort(strings, sortKey) : nothing}
        ${total > 0 ? this._renderDownloads(feed, practices, strings) : nothing}
      </div>
      ${
        total === 0
          ? this.renderNoPractices(result.inScope)
          : this._renderItems(feed, practices, strings)
      }
      <p class="visually-hidden" role="status">${this._notice}</p>
      <dialog
        part="dialog"
        aria-label=${strings.practiceDetails}
        @close=${this._onDialogClose}
        @click=${this._onDialogClick}
      >
        <div class="dialog-bar">
          ${
            extras && position >= 0
              ? extras.renderSteps(lang, strings, position, practices.length, (delta) =>
                  this._step(practices, position, delta),
                )
              : nothing
          }
          <div class="dialog-actions">
            ${
              extras && open
                ? html`<button
                    class="button secondary copy-link"
                    type="button"
                    @click=${() =>
                      extras.copyLink(this, open, strings, (notice, manual) => {
                        this._dialogNotice = notice;
                        this._manualLink = manual;
                      })}
                  >
                    ${strings.copyLink}
                  </button>`
                : nothing
            }
            <button class="button close" type="button" @click=${() => this._setOpen(null)}>
              ${strings.close}
            </button>
          </div>
          ${extras && this._manualLink ? extras.renderManualLink(strings, this._manualLink) : nothing}
          <p class="visually-hidden" role="status">${this._dialogNotice}</p>
        </div>
        ${
          open
            ? html`<practice-card
                .practice=${open}
                .feed=${feed}
                layout="full"
                heading-level="2"
                lang=${lang}
                theme=${this.effectiveTheme}
              ></practice-card>`
            : nothing
        }
      </dialog>
    `;
  }

  private _onDialogClick(event: MouseEvent): void {
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    if (event.target === this._dialog) {
      const box = this._dialog!.getBoundingClientRect();
      const inside =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom;
      if (!inside) this._setOpen(null);
    }
  }

  private _renderSort(strings: UiStrings, sortKey: SortKey): TemplateResult {
    const options: [SortKey, string][] = [
      ...(this._searching() ? [['relevance', strings.sortRelevance] as [SortKey, string]] : []),
      ['title', strings.sortTitle],
      ['country', strings.sortCountry],
      ['year', strings.sortYear],
    ];
    return html`<label class="sort scripted">
      <span>${strings.sortBy}</span>
      <select @change=${this._onSortChange}>
        ${options.map(
          ([key, label]) =>
            html`<option value=${key} ?selected=${key === sortKey}>${label}</option>`,
        )}
      </select>
    </label>`;
  }

  private _onDownloadsToggle(event: Event): void {
    this._downloadsOpen = (event.target as HTMLDetailsElement).open;
    // A failure here is said only if the reader then asks for a file.
    const status = this._writers.status;
    if (this._downloadsOpen && (status === TaskStatus.INITIAL || status === TaskStatus.ERROR)) {
      void this._writers.run();
    }
  }

  /** Escape closes the downloads panel and gives focus back to its button. */
  private _onDownloadsKeydown(event: KeyboardEvent): void {
    const details = event.currentTarget as HTMLDetailsElement;
    if (event.key !== 'Escape' || !details.open) return;
    event.preventDefault();
    event.stopPropagation();
    details.open = false;
    details.querySelector('summary')?.focus();
  }

  private _renderDownloads(
    feed: NormalizedFeed,
    practices: readonly NormalizedPractice[],
    strings: UiStrings,
  ): TemplateResult {
    return html`<details
      class="downloads scripted"
      @toggle=${this._onDownloadsToggle}
      @keydown=${this._onDownloadsKeydown}
    >
      <summary>${strings.download}</summary>
      <div class="downloads-panel">
        <div class="download-buttons">
          <button
            class="button secondary"
            type="button"
            @click=${() => this._download('csv', feed, practices)}
          >
            ${strings.downloadCsv}
          </button>
          <button
            class="button secondary"
            type="button"
            @click=${() => this._download('json', feed, practices)}
          >
            ${strings.downloadJson}
          </button>
        </div>
        ${
          this._downloadFailed
            ? html`<p class="download-error" role="alert">${strings.downloadFailed}</p>`
            : nothing
        }
        ${this._downloadsOpen ? this._renderCitation(feed, strings) : nothing}
      </div>
    </details>`;
  }

  /**
   * The citation, drawn once the downloads are open: it formats dates, and the first date format
   * of a page costs a slow phone a tenth of a second of loading the browser's data for the
   * language, which a list's first paint need not wait for.
   */
  private _renderCitation(feed: NormalizedFeed, strings: UiStrings): TemplateResult {
    const citationText = this._citation(feed, strings);
    return html`<p class="citation-label">${strings.cite}</p>
      <p class="citation-text">${citationText}</p>
      <button
        class="button secondary"
        type="button"
        @click=${() => this._copyCitation(citationText, strings)}
      >
        ${strings.copyCitation}
      </button>`;
  }

  private _renderItems(
    feed: NormalizedFeed,
    practices: readonly NormalizedPractice[],
    strings: UiStrings,
  ): TemplateResult {
    const lang = this.contentLang;
    const card = (practice: NormalizedPractice) =>
      html`<practice-card
        .practice=${practice}
        .feed=${feed}
        layout="compact"
        lang=${lang}
        theme=${this.effectiveTheme}
      ></practice-card>`;

    if (practices.length > VIRTUAL_THRESHOLD) {
      return this._renderVirtual(practices, card);
    }
    const pageSize = this._pageSize();
    const pages = Math.ceil(practices.length / pageSize);
    const page = Math.min(this._page, pages);
    const shown = practices.slice((page - 1) * pageSize, page * pageSize);
    return html`<ul class="grid" part="items">
        ${repeat(
          shown,
          (practice) => practice.id,
          (practice) => html`<li>${card(practice)}</li>`,
        )}
      </ul>
      ${pages > 1 ? this._renderPagination(page, pages, strings) : nothing}`;
  }

  private _renderVirtual(
    practices: readonly NormalizedPractice[],
    card: (practice: NormalizedPractice) => TemplateResult,
  ): TemplateResult {
    // Asked for as the result became long (willUpdate): an empty box until it is there.
    const virtualize = this._virtualizer.value;
    if (!virtualize) return html`<div class="virtual" part="items"></div>`;
    return html`<div class="virtual" part="items" role="list">
      ${virtualize({
        items: practices as NormalizedPractice[],
        keyFunction: (practice: NormalizedPractice) => practice.id,
        renderItem: (practice: NormalizedPractice) =>
          html`<div class="virtual-item" role="listitem">${card(practice)}</div>`,
        scroller: true,
      })}
    </div>`;
  }

  private _renderPagination(page: number, pages: number, strings: UiStrings): TemplateResult {
    const lang = this.contentLang;
    return html`<nav class="pagination" part="pagination" aria-label=${strings.pagination}>
      <button
        class="button secondary scripted"
        type="button"
        ?disabled=${page <= 1}
        @click=${() => this._goToPage(page - 1)}
      >
        ${strings.previousPage}
      </button>
      <span class="page-of" aria-current="page">
        ${formatMessage(strings.pageOf, {
          page: formatNumber(lang, page),
          pages: formatNumber(lang, pages),
        })}
      </span>
      <button
        class="button secondary scripted"
        type="button"
        ?disabled=${page >= pages}
        @click=${() => this._goToPage(page + 1)}
      >
        ${strings.nextPage}
      </button>
    </nav>`;
  }
}

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'practice-list': PracticeList;
  }
}
