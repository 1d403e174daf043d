import {
  nothing,
  render,
  type ReactiveController,
  type ReactiveElement,
  type TemplateResult,
} from 'lit';

/**
 * Keeps a widget from moving the page under the reader.
 *
 * A widget's content often changes by itself: the feed arrives after the placeholder was drawn,
 * a saved copy is replaced by the network's, the reader's language arrives. When the new content
 * is taller or shorter, everything after the widget moves: a layout shift, which makes a reader
 * lose their line or tap the wrong thing. The browser forgives a shift that follows the reader's
 * own input (within half a second, as Cumulative Layout Shift counts it); this controller makes
 * sure no other change of size is ever seen:
 *
 * - a change whose effect is all below the bottom of the window is let through, since the reader
 *   sees nothing move;
 * - otherwise the widget keeps the height it had on screen: a shorter content leaves room below
 *   it, a taller one is cut off with a "Show all" button;
 * - the widget takes its own height as soon as the reader presses a key or clicks anywhere, or
 *   once it is entirely below the window.
 *
 * The held height is set through a style sheet of the widget's own shadow root, never a `style`
 * attribute, so that it holds under a strict Content-Security-Policy.
 */

/** How long after the reader's input a shift is theirs, as Cumulative Layout Shift counts it. */
const INPUT_GRACE_MS = 500;

/** Differences smaller than this are rounding, not a shift. */
const EPSILON_PX = 0.5;

// The reader's last key press or pointer press anywhere in the page. Listened to only while some
// widget is connected, so that a page without widgets keeps no listener of ours.
let lastInput = Number.NEGATIVE_INFINITY;
const inputSubscribers = new Set<() => void>();
const INPUT_EVENTS = ['keydown', 'pointerdown'] as const;
const LISTENER_OPTIONS: AddEventListenerOptions = { capture: true, passive: true };

function onReaderInput(): void {
  lastInput = performance.now();
  for (const subscriber of [...inputSubscribers]) subscriber();
}

function subscribeToInput(subscriber: () => void): () => void {
  if (inputSubscribers.size === 0) {
    for (const type of INPUT_EVENTS) window.addEventListener(type, onReaderInput, LISTENER_OPTIONS);
  }
  inputSubscribers.add(subscriber);
  return () => {
    inputSubscribers.delete(subscriber);
    if (inputSubscribers.size === 0) {
      for (const type of INPUT_EVENTS) {
        window.removeEventListener(type, onReaderInput, LISTENER_OPTIONS);
      }
    }
  };
}

const canAdoptSheets =
  typeof ShadowRoot !== 'undefined' &&
  'adoptedStyleSheets' in ShadowRoot.prototype &&
  typeof CSSStyleSheet !== 'undefined' &&
  'replaceSync' in CSSStyleSheet.prototype;

export interface SteadySizeOptions {
  /** The bar over a cut-off widget; `showAll` gives the widget its own height. */
  readonly renderShowAll: (showAll: () => void) => TemplateResult;
}

export class SteadySizeController implements ReactiveController {
  private readonly _host: ReactiveElement;
  private readonly _options: SteadySizeOptions;
  /** Whether the widget has been on screen: the first drawing is the host page's to reserve. */
  private _painted = false;
  private _paintFrame?: number;
  /** Where the widget stood before the update being rendered, when that update must not move it. */
  private _before?: { readonly top: number; readonly height: number };
  private _sheet?: CSSStyleSheet;
  /** The rules the sheet holds now. */
  private _rules = '';
  private _barRoot?: HTMLElement;
  private _held = false;
  private _belowWindow?: IntersectionObserver;
  private _unsubscribe?: () => void;

  constructor(host: ReactiveElement, options: SteadySizeOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this._unsubscribe = subscribeToInput(this.release);
  }

  hostDisconnected(): void {
    this.release();
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    if (this._paintFrame !== undefined) cancelAnimationFrame(this._paintFrame);
    this._paintFrame = undefined;
    this._painted = false;
  }

  hostUpdate(): void {
    this._before = undefined;
    if (!canAdoptSheets || !this._painted) return;
    if (performance.now() - lastInput < INPUT_GRACE_MS) {
      // What the reader just did may move things: that is theirs to see.
      this.release();
      return;
    }
    const { top, height } = this._host.getBoundingClientRect();
    if (height > 0) this._before = { top, height };
  }

  hostUpdated(): void {
    if (!this._painted && this._paintFrame === undefined) {
      this._paintFrame = requestAnimationFrame(() => {
        this._paintFrame = undefined;
        this._painted = this._host.isConnected;
      });
    }
    const before = this._before;
    this._before = undefined;
    if (!before) return;
    // The height the new content takes by itself, read before the next frame is drawn, so the
    // reader never sees it.
    const natural = this._naturalHeight(before.top);
    const windowBottom = document.documentElement.clientHeight || window.innerHeight;
    if (
      Math.abs(natural - before.height) < EPSILON_PX ||
      // Both the old and the new bottom edge below the window: nothing the reader sees moves.
      before.top + Math.min(natural, before.height) >= windowBottom
    ) {
      this.release();
      return;
    }
    if (natural < before.height) {
      // Keep the room, down to the bottom of the window at least, so that what follows stays
      // where it was (or out of sight).
      const bottomWasHidden = before.top + before.height > windowBottom;
      const kept = bottomWasHidden ? Math.max(natural, windowBottom - before.top) : before.height;
      this._hold(`:host { min-block-size: ${kept}px; }`);
      this._renderBar(false);
    } else {
      this._hold(
        `:host { position: relative; block-size: ${before.height}px; overflow: clip; }` +
          `:host > :not(.steady-show-all) { mask-image: linear-gradient(#000 calc(${before.height}px - 5rem), transparent calc(${before.height}px - 1.5rem)); }`,
      );
      this._renderBar(true);
    }
  }

  /** Gives the widget its own height again. */
  readonly release = (): void => {
    if (!this._held) return;
    this._clear();
  };

  /**
   * The widget's height without the one it holds: its own when it holds none (a layout the next
   * frame needs anyway), else down to the bottom of its content, which a held height leaves as
   * it is (it only keeps room below it, or clips what overflows). Measured without lifting the
   * hold, which would restyle the whole widget twice.
   */
  private _naturalHeight(top: number): number {
    if (!this._held) return this._host.getBoundingClientRect().height;
    let bottom = top;
    for (const child of this._host.renderRoot.children) {
      if (child !== this._barRoot) bottom = Math.max(bottom, child.getBoundingClientRect().bottom);
    }
    return bottom - top;
  }

  private _hold(rules: string): void {
    const root = this._host.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    if (!this._sheet) {
      this._sheet = new CSSStyleSheet();
    }
    if (!root.adoptedStyleSheets.includes(this._sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this._sheet];
    }
    // The same rules again change nothing, and restyle nothing.
    if (rules !== this._rules) this._sheet.replaceSync(rules);
    this._rules = rules;
    this._held = true;
    this._watchBelowWindow();
  }

  private _clear(): void {
    this._held = false;
    if (this._rules) this._sheet?.replaceSync('');
    this._rules = '';
    this._renderBar(false);
    this._belowWindow?.disconnect();
    this._belowWindow = undefined;
  }

  private _renderBar(shown: boolean): void {
    if (!shown && !this._barRoot) return;
    if (!this._barRoot) {
      this._barRoot = document.createElement('div');
      this._barRoot.className = 'steady-show-all';
    }
    // Last in the shadow root, after whatever the widget rendered.
    if (shown) this._host.renderRoot.append(this._barRoot);
    render(shown ? this._options.renderShowAll(this.release) : nothing, this._barRoot, {
      host: this._host,
    });
    if (!shown) this._barRoot.remove();
  }

  /** Once the widget is wholly below the window, its own height moves nothing in sight. */
  private _watchBelowWindow(): void {
    if (this._belowWindow || typeof IntersectionObserver === 'undefined') return;
    this._belowWindow = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry || entry.isIntersecting) return;
      const windowBottom = entry.rootBounds?.bottom ?? window.innerHeight;
      if (entry.boundingClientRect.top >= windowBottom) this.release();
    });
    this._belowWindow.observe(this._host);
  }
}
