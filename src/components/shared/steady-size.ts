import { pagePart, pageState } from '../../data/page-state.js';
import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Keeps a widget from moving the page under the reader, without ever costing the reader anything.
 *
 * A widget's content often changes by itself: the feed arrives after the placeholder was drawn,
 * a saved copy is replaced by the network's, the reader's language arrives, a script sets the
 * filters. When the new content is taller or shorter, everything after the widget moves: a layout
 * shift, which makes a reader lose their line or tap the wrong thing. The browser forgives a shift
 * that follows the reader's own input (within half a second, as Cumulative Layout Shift counts
 * it); this controller makes sure no other change of size is ever seen:
 *
 * - a change whose effect is all below the bottom of the window is let through, since the reader
 *   sees nothing move;
 * - a change of a widget wholly above the window is let through too: the browser's scroll
 *   anchoring keeps what the reader sees in place, and where the engine has none (WebKit, so
 *   Safari), the page is scrolled by the change here (see `keepScrollPosition`);
 * - otherwise the widget keeps the shape it had on screen: a shorter content leaves room below
 *   it; a taller one scrolls inside that shape, so nothing is hidden behind a button, unless the
 *   shape's edge would cut through a control or a message (then the widget takes its height:
 *   a shift is better than a button the reader sees a sliver of);
 * - a load error is never held: its message and its retry take their own room at once;
 * - the widget takes its own height after the reader's click or key press, never between the
 *   press of a pointer and its release (what is under the pointer must not move before the click
 *   lands), or once it is entirely below the window.
 *
 * What the reader sees is the element's `render()` alone: this controller measures, and holds a
 * size, and draws nothing. The held size (`min-block-size`, or `block-size` with scrolling) is
 * the one style not declared in the element's `static styles`, since it is a number of pixels
 * measured for one widget at one moment: it is a constructed style sheet of the widget's own
 * shadow root with a single `:host` rule, empty whenever nothing is held. Not a `style`
 * attribute, which would break under a strict Content-Security-Policy (and belongs to the page),
 * and not a `<style>` element, which such a policy blocks as well.
 */

/** How long after the reader's input a shift is theirs, as Cumulative Layout Shift counts it. */
const INPUT_GRACE_MS = 500;

/** Differences smaller than this are rounding, not a shift. */
const EPSILON_PX = 0.5;

/** What a held shape's edge must never cut through: what a reader acts on or must read whole. */
const UNCUT = 'a[href],button,input,select,textarea,summary,[tabindex],[role="status"]';

/** Whether a line at `y` (from the window's top) crosses one of `root`'s controls or messages. */
function cutsThrough(root: ParentNode, y: number): boolean {
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(UNCUT)) {
      const box = element.getBoundingClientRect();
      if (box.height > 0 && box.top < y - EPSILON_PX && box.bottom > y + EPSILON_PX) return true;
    }
    // The controls inside the widget's own parts (a list's cards) count as well.
    if (element.shadowRoot && cutsThrough(element.shadowRoot, y)) return true;
  }
  return false;
}

/**
 * What the guard follows across the widgets of the page: the reader's input anywhere in the page
 * (listened to only while some widget is connected, so that a page without widgets keeps no
 * listener of ours), the widgets connected, the round of updates under way, and the heights
 * watched where the engine has no scroll anchoring. Subscriptions of widgets still on the page:
 * a reset of the page state keeps them.
 */
const GUARD = pagePart(
  'steady-size',
  (before?: GuardState): GuardState =>
    before ?? {
      reader: { lastInput: -Infinity, pointersDown: new Set<number>() },
      widgets: new Set<SteadySizeController>(),
      keptHeights: new Map<Element, number>(),
      watched: new Set<Element>(),
      heightWatcher: undefined,
      round: undefined,
    },
);

const guard = () => pageState(GUARD);

interface GuardState {
  readonly reader: {
    /** When the reader last clicked or pressed a key. */
    lastInput: number;
    /** Pointers pressed now: nothing may move under them until they are released. */
    readonly pointersDown: Set<number>;
  };
  /** The widgets connected: they listen for the reader's input, and are measured once a round. */
  readonly widgets: Set<SteadySizeController>;
  /** The height each widget had when last seen, once the observer has reported it. */
  readonly keptHeights: Map<Element, number>;
  readonly watched: Set<Element>;
  heightWatcher: ResizeObserver | undefined;
  round: Round | undefined;
}

/**
 * A round of updates: the widgets of a feed told of its arrival update one after the other in
 * one task, each list's cards after the list.
 */
interface Round {
  /** Where each widget stood before the round, measured at its first update. */
  readonly start: Map<SteadySizeController, DOMRect>;
  /** The widgets it updated, weighed together once it ends. */
  readonly updated: Set<SteadySizeController>;
  /** Whether an update has ended since the end was queued (its parts' updates come after it). */
  again: boolean;
}

/**
 * Weighs every widget a round of updates changed, once the round has ended: first every measure,
 * in one layout, then every hold. Measured one widget at a time, as each update ended, each
 * measure would lay the page out again after the widget before it had changed it: a catalogue's
 * five widgets and its cards made a dozen layouts in one task.
 *
 * The round ends in the task it ran in, after its microtasks, so that no frame is ever drawn
 * between an update and its hold, whatever ran the update: a task, a frame callback, an
 * observer's.
 */
function endOfRound(): void {
  const state = guard();
  const round = state.round!;
  if (round.again) {
    // The updates the last ones asked for (a list's cards) are queued already: they come first.
    round.again = false;
    queueMicrotask(endOfRound);
    return;
  }
  state.round = undefined;
  const bottom = document.documentElement.clientHeight || window.innerHeight;
  for (const settle of [...round.updated].map((widget) => widget.weigh(bottom))) settle();
}

const LISTENER_OPTIONS: AddEventListenerOptions = { capture: true, passive: true };

/** A click (seen as it starts, so after its target is settled) or a key press: the reader acted. */
function onReaderAction(event: Event): void {
  // A click ends its press, even when the pointer's release happened outside the page.
  if (event.type === 'click') guard().reader.pointersDown.clear();
  guard().reader.lastInput = performance.now();
  for (const widget of [...guard().widgets]) widget.release();
}

function onPointerDown(event: PointerEvent): void {
  guard().reader.pointersDown.add(event.pointerId);
}

function onPointerUp(event: PointerEvent): void {
  guard().reader.pointersDown.delete(event.pointerId);
}

const LISTENERS = [
  ['click', onReaderAction],
  ['keydown', onReaderAction],
  ['pointerdown', onPointerDown],
  ['pointerup', onPointerUp],
  ['pointercancel', onPointerUp],
] as const;

function subscribeToInput(widget: SteadySizeController): () => void {
  if (guard().widgets.size === 0) {
    for (const [type, listener] of LISTENERS) {
      window.addEventListener(type, listener as EventListener, LISTENER_OPTIONS);
    }
  }
  guard().widgets.add(widget);
  return () => {
    guard().widgets.delete(widget);
    if (guard().widgets.size === 0) {
      for (const [type, listener] of LISTENERS) {
        window.removeEventListener(type, listener as EventListener, LISTENER_OPTIONS);
      }
      guard().reader.pointersDown.clear();
    }
  };
}

/**
 * Where the engine has no scroll anchoring (WebKit, so Safari), a widget that changes height while
 * it is above the top of the window moves everything the reader sees. Scrolling the page by
 * the same amount, before the change is drawn, keeps it in place, as anchoring would.
 */
const anchoringMissing =
  typeof CSS !== 'undefined' &&
  typeof CSS.supports === 'function' &&
  !CSS.supports('overflow-anchor', 'auto');

function followHeights(entries: ResizeObserverEntry[]): void {
  // In document order, each widget measured after the page was scrolled for the ones before it:
  // its top is then where the reader saw it.
  const changed = entries
    .map((entry) => entry.target)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  for (const element of changed) {
    const before = guard().keptHeights.get(element);
    const { top, height } = element.getBoundingClientRect();
    guard().keptHeights.set(element, height);
    if (before === undefined || Math.abs(height - before) < EPSILON_PX) continue;
    // Wholly above the window before the change: what follows it, in sight, would move by it.
    if (top + before <= EPSILON_PX) window.scrollBy(0, height - before);
  }
}

/** Keeps the page still when `element` changes height above the window; returns the undo. */
function keepScrollPosition(element: Element): () => void {
  if (!anchoringMissing || typeof ResizeObserver === 'undefined') return () => {};
  const watching = guard();
  watching.heightWatcher ??= new ResizeObserver(followHeights);
  // The observer's first report gives the height the widget starts from.
  watching.heightWatcher.observe(element);
  watching.watched.add(element);
  return () => {
    watching.heightWatcher?.unobserve(element);
    watching.keptHeights.delete(element);
    watching.watched.delete(element);
    // No widget left: nothing of ours stays in the page.
    if (watching.watched.size === 0) {
      watching.heightWatcher?.disconnect();
      watching.heightWatcher = undefined;
    }
  };
}

const canAdoptSheets =
  typeof ShadowRoot !== 'undefined' &&
  'adoptedStyleSheets' in ShadowRoot.prototype &&
  typeof CSSStyleSheet !== 'undefined' &&
  'replaceSync' in CSSStyleSheet.prototype;

export class SteadySizeController implements ReactiveController {
  private readonly _host: ReactiveElement;
  /** Whether the widget has been on screen: the first drawing is the host page's to reserve. */
  private _painted = false;
  private _paintFrame?: number;
  /**
   * Where the widget stood before this round of updates, when they must not move it: kept until
   * the round ends and they are weighed.
   */
  private _before?: DOMRect;
  private _sheet?: CSSStyleSheet;
  /** The rules the sheet holds now. */
  private _rules = '';
  private _held = false;
  private _belowWindow?: IntersectionObserver;
  private _unsubscribe?: () => void;
  private _stopKeepingScroll?: () => void;

  constructor(host: ReactiveElement) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this._unsubscribe = subscribeToInput(this);
    this._stopKeepingScroll = keepScrollPosition(this._host);
  }

  hostDisconnected(): void {
    this._clear();
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    this._stopKeepingScroll?.();
    this._stopKeepingScroll = undefined;
    // (No frame has the handle 0.)
    cancelAnimationFrame(this._paintFrame ?? 0);
    this._paintFrame = undefined;
    this._painted = false;
  }

  hostUpdate(): void {
    this._before = undefined;
    if (!canAdoptSheets || !this._painted) return;
    if (
      guard().reader.pointersDown.size === 0 &&
      performance.now() - guard().reader.lastInput < INPUT_GRACE_MS
    ) {
      // What the reader just did may move things: that is theirs to see.
      this.release();
      return;
    }
    // Where it stood before the round (measured later, after another widget's update, it would
    // cost a layout each).
    const round = (guard().round ??= SteadySizeController._startRound());
    const before = round.start.get(this) ?? this._host.getBoundingClientRect();
    this._before = before.height > 0 ? before : undefined;
  }

  hostUpdated(): void {
    if (!this._painted && this._paintFrame === undefined) {
      this._paintFrame = requestAnimationFrame(() => {
        this._paintFrame = undefined;
        this._painted = this._host.isConnected;
      });
    }
    const round = this._before && guard().round;
    if (round) {
      round.updated.add(this);
      round.again = true;
    }
  }

  /** A new round, from a widget's first update in it: where every widget stands. */
  private static _startRound(): Round {
    queueMicrotask(endOfRound);
    return {
      start: new Map(
        [...guard().widgets].map((widget) => [widget, widget._host.getBoundingClientRect()]),
      ),
      updated: new Set(),
      again: false,
    };
  }

  /**
   * What the widget's update asks for, measured and not yet applied (see `endOfRound`): to hold
   * a shape, or to take its own height.
   */
  weigh(windowBottom: number): () => void {
    const before = this._before;
    const host = this._host;
    this._before = undefined;
    // An error's message and retry are never held in a shape they do not choose.
    if (!before || !host.isConnected || host.renderRoot.querySelector('[part~="error"]')) {
      return this.release;
    }
    // Where it stands now: moved, maybe, by a widget above it weighed in the same round and not
    // yet held (the reader never sees that).
    const now = host.getBoundingClientRect();
    // The height the new content takes by itself, read before the next frame is drawn, so the
    // reader never sees it.
    const natural = this._naturalHeight(now);
    if (
      Math.abs(natural - before.height) < EPSILON_PX ||
      // Both the old and the new bottom edge below the window: nothing the reader sees moves.
      before.top + Math.min(natural, before.height) >= windowBottom ||
      // Wholly above the window: scroll anchoring keeps what the reader sees where it is.
      (before.top + before.height <= 0 && guard().reader.pointersDown.size === 0)
    ) {
      return this.release;
    }
    if (natural < before.height) {
      // Keep the room, down to the bottom of the window at least, so that what follows stays
      // where it was (or out of sight).
      const bottomWasHidden = before.top + before.height > windowBottom;
      const kept = bottomWasHidden ? Math.max(natural, windowBottom - before.top) : before.height;
      return () => this._hold(`:host{min-block-size:${kept}px}`);
    }
    if (!cutsThrough(host.renderRoot, now.top + before.height)) {
      // Keep the shape; what does not fit scrolls inside it, every part of it within reach.
      return () => this._hold(`:host{block-size:${before.height}px;overflow-y:auto}`);
    }
    // The shape's edge would show a sliver of a button or a message: the widget takes its room.
    return this.release;
  }

  /** Gives the widget its own height again, unless a pointer is pressed: then after its click. */
  readonly release = (): void => {
    if (!this._held || guard().reader.pointersDown.size > 0) return;
    this._clear();
  };

  /**
   * The widget's height without the one it holds: its own, `box`, when it holds none, else down
   * to the bottom of its content, which a held shape leaves as it is (it only keeps room below
   * it, or lets it scroll). Measured without lifting the hold, which would restyle the whole
   * widget twice.
   */
  private _naturalHeight(box: DOMRect): number {
    if (!this._held) return box.height;
    let bottom = box.top;
    for (const child of this._host.renderRoot.children) {
      bottom = Math.max(bottom, child.getBoundingClientRect().bottom);
    }
    return bottom + this._host.scrollTop - box.top;
  }

  /** Holds the widget's size with one `:host` rule (see the header: no visible DOM, no content). */
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
    this._belowWindow?.disconnect();
    this._belowWindow = undefined;
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
