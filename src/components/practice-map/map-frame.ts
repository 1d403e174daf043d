import {
  html,
  isServer,
  nothing,
  svg,
  type CSSResultOrNative,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { addStyles } from '../shared/add-styles.js';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { OAS_MEMBER_STATES } from '../../data/countries.js';
import { localizeWithLang } from '../../data/localized-text.js';
import { choroplethClass } from '../../data/map-choropleth.js';
import { clusterPoints, type MapCluster, type MapPoint } from '../../data/map-cluster.js';
import {
  LEFT_OUT_UNLESS_USED,
  cameraFor,
  homeBox,
  shapeBounds,
  unionBounds,
  type MapBox,
} from '../../data/map-fit.js';
import type { MapDetail, MapGeometry, MapShape } from '../../data/map-geometry.js';
import {
  TARGET_SIZE,
  clearTarget,
  innerPoints,
  innerRadius,
  placeCallouts,
  placeLabels,
  squareFits,
  type Callout,
  type LabelCandidate,
  type Rect,
} from '../../data/map-targets.js';
import { projectPoint } from '../../data/map-projection.js';
import {
  MAX_ZOOM,
  WHOLE_MAP,
  ZOOM_STEP,
  centreOn,
  isInFrame,
  panBy,
  toFrame,
  zoomAround,
  type MapView,
} from '../../data/map-view.js';
import type { NormalizedFeed, NormalizedPractice } from '../../data/types.js';
import { practiceById } from '../../data/practice-by-id.js';
import { loadMapDetail } from '../../feed/geometry.js';
import { countryName, formatNumber } from '../../i18n/format.js';
import { formatMessage, formatPlural } from '../../i18n/messages.js';
import type { UiStrings } from '../../i18n/strings/types.js';
import { afterNextPaint } from '../shared/after-paint.js';
import { overlayStyles } from './map-overlay.styles.js';
import {
  linkTarget,
  opensInPlace,
  practicePage,
  renderOpenLink,
  takeLinkClick,
} from '../shared/practice-links.js';

/*
 * The interactive map inside <practice-map>: the SVG of countries, symbols and markers, and
 * everything a pointer or a keyboard does to it (zoom, pan, tooltips, choosing). It is only of
 * use once the outlines are there, so it loads with them, outside the bundle's entry; the
 * element itself renders every state, the legend and the table without it. Its styles are the
 * element's (map-frame.styles.ts, in PracticeMap's static styles): it adds none of its own.
 */

/** What the element knows and the frame draws, handed over at every render. */
export interface FrameData {
  readonly geometry: MapGeometry;
  readonly feed: NormalizedFeed;
  /** The practices that pass the scope and every filter: the markers. */
  readonly practices: readonly NormalizedPractice[];
  /** Practices per country, ignoring the country filter (so that others can be chosen). */
  readonly counts: ReadonlyMap<string, number>;
  readonly breaks: readonly number[];
  readonly selected: ReadonlySet<string>;
  /** The countries of the element's scope: the map at rest fits them (all OAS states if none). */
  readonly scopeCountries: readonly string[];
  readonly strings: UiStrings;
  readonly lang: string;
}

/** The practices listed beside the map, and what the list is written with. */
export interface PlacesList {
  readonly ids: readonly string[];
  readonly feed: NormalizedFeed;
  readonly strings: UiStrings;
  readonly lang: string;
}

/** What the frame asks of the element. */
export interface FrameActions {
  chooseCountry(code: string): void;
  openPractice(id: string): void;
  /** Lists practices too close together to tell apart at the deepest zoom. */
  listPractices(ids: readonly string[]): void;
}

type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; hasUpdated: boolean };

/** What the tooltip shows and where, in map units. */
interface Tip {
  readonly text: string;
  /** The country's code or the marker's key: its outline or marker is highlighted. */
  readonly target: string;
  readonly x: number;
  readonly y: number;
}

/** What one render of the map shows, worked out before it is drawn. */
interface FrameView {
  /** CSS pixels per map unit at the whole-map view. */
  readonly scale: number;
  /** The country and the marker that take the keyboard focus (roving tabindex). */
  readonly focusCode: string | undefined;
  readonly focusMarker: string | undefined;
  /** The country or marker under the tooltip. */
  readonly active: string | undefined;
  /** The markers in view. */
  readonly clusters: readonly MapCluster[];
  /** The countries outlined over the others: the chosen ones and the highlighted one. */
  readonly outlined: readonly MapShape[];
  /** Countries chosen through a callout beside the map: too small to hit where they are. */
  readonly callouts: readonly Callout[];
  /** The target square's centre of each country that is its own target, in CSS pixels. */
  readonly targets: ReadonlyMap<string, { x: number; y: number }>;
  /** Country names written on the map. */
  readonly labels: readonly LabelCandidate[];
  /** The path data of a shape at this zoom. */
  readonly outline: (shape: MapShape) => string;
}

/** Sizes on screen, in CSS pixels. */
const MARKER_RADIUS = 6;
/** Country names on the map: their font size, and the width of a character, a generous guess. */
const LABEL_FONT = 11;
const LABEL_CHAR_WIDTH = 0.62 * LABEL_FONT;
/** A target square, a little over the 24 px it must be, so that rounding never makes it less. */
const DRAWN_TARGET = TARGET_SIZE + 2;
/** A tap on a touch screen is followed by its click within this many milliseconds. */
const TAP_CLICK_DELAY = 1000;
/** The tooltip's box: its height, and the room on each side of its text. */
const TIP_HEIGHT = 26;
const TIP_PADDING = 8;
/** Markers closer than this on screen are drawn as one. */
const CLUSTER_CELL = 34;
/**
 * Below this frame width (CSS pixels: a phone's map) the callout of a country without practices
 * has its leader line drawn only while it is pointed at or focused: two dozen lines crossing the
 * Caribbean hid the countries that have practices. Its box stays, a target like any other.
 */
const EVERY_LEADER_FROM = 600;
/** The frame's width, in CSS pixels, assumed while it has none (hidden): a phone's. */
const FALLBACK_FRAME_WIDTH = 360;
/**
 * The frame's width, in CSS pixels, that a map rendered on the server is drawn for (its markers'
 * and names' size): the SVG's viewBox scales the picture to the frame's width, in the frame's
 * fixed aspect ratio. Taken over, it is drawn for the same width once, then for its own.
 */
const RENDERED_FRAME_WIDTH = 640;
/** Movement under which a press is a click, not a drag (CSS pixels). */
const DRAG_THRESHOLD = 5;
/**
 * Pixels per map unit from which the detailed outlines are drawn; the overview's are simplified
 * and quantized to a few units (scripts/build-geometry.mjs), finer than a map at rest shows.
 * Pixels are CSS pixels times the device's pixel ratio, counted up to 2: a finer screen shows a
 * phone's map no larger, and the eye sees no more of its coastlines. A map at rest is at most
 * 40rem wide (0.32 CSS pixels per unit), so it draws the overview; the detail loads one zoom step
 * before it is needed, once the reader zooms in.
 */
const DETAIL_FROM = 0.7;
const DETAIL_PRELOAD_FROM = DETAIL_FROM / ZOOM_STEP;
const MAX_PIXEL_RATIO = 2;

const OAS = new Set<string>(OAS_MEMBER_STATES);

// Projected practice locations, once per list of practices.
const pointsCache = new WeakMap<readonly NormalizedPractice[], MapPoint[]>();

function practicePoints(
  practices: readonly NormalizedPractice[],
  geometry: MapGeometry,
): MapPoint[] {
  let points = pointsCache.get(practices);
  if (!points) {
    points = [];
    // Indexed loops: this runs once per feed, often as the map's code has just arrived and is
    // not yet optimised, where iterators cost most (10,000 practices, a phone: tens of ms).
    for (let i = 0; i < practices.length; i++) {
      const practice = practices[i]!;
      const locations = practice.locations;
      for (let j = 0; j < locations.length; j++) {
        const location = locations[j]!;
        const point = projectPoint(geometry.fit, location.lon, location.lat);
        const x = point[0];
        const y = point[1];
        // A location off the map (Hawaii, a typo) is left out rather than drawn at an edge.
        if (x >= 0 && y >= 0 && x <= geometry.width && y <= geometry.height) {
          points.push({ x, y, id: practice.id });
        }
      }
    }
    pointsCache.set(practices, points);
  }
  return points;
}

const markerKey = (cluster: MapCluster) =>
  `${cluster.ids[0]}@${Math.round(cluster.x)},${Math.round(cluster.y)}`;

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A transform that follows the camera (the camera group's, each marker's), bound in the frame's
 * render and shown between renders by a zoom's preview (see `zoomSoon`) through the same Lit
 * part. The part then holds what the reader sees, so the next render writes the camera it draws
 * whenever that differs from the preview, back to the view before the press included.
 */
class CameraBound extends AsyncDirective {
  private _of?: (camera: MapView) => string;
  private _bound?: Set<CameraBound>;

  render(bound: Set<CameraBound>, of: (camera: MapView) => string, camera: MapView): string {
    this._bound = bound;
    this._of = of;
    if (this.isConnected) bound.add(this);
    return of(camera);
  }

  /** Shows the transform for `camera` until the next render. */
  preview(camera: MapView): void {
    if (this._of) this.setValue(this._of(camera));
  }

  protected override disconnected(): void {
    this._bound?.delete(this);
  }

  protected override reconnected(): void {
    this._bound?.add(this);
  }
}

const cameraBound = directive(CameraBound);

/** The transform of the group that holds the outlines and markers, for a camera. */
const cameraTransform = (camera: MapView) =>
  `translate(${round2(camera.x)} ${round2(camera.y)}) scale(${round2(camera.k)})`;

/** A marker's radius in CSS pixels: one practice, or a cluster with its number. */
const markerRadius = (count: number) =>
  count === 1 ? MARKER_RADIUS : 9 + 2.5 * String(count).length;

const viewBoxOf = (box: { x: number; y: number; width: number; height: number }) =>
  `${round2(box.x)} ${round2(box.y)} ${round2(box.width)} ${round2(box.height)}`;

/** Keeps a drag or pinch going when the pointer leaves the map. */
function capturePointer(element: Element, pointerId: number): void {
  try {
    if (!element.hasPointerCapture(pointerId)) element.setPointerCapture(pointerId);
  } catch {
    // The pointer is already gone (lifted between events): nothing to keep.
  }
}

/** The country or marker an event happened on, if any. */
function targetOf(event: Event): Element | undefined {
  return (event.composedPath() as Element[]).find(
    (node) =>
      node instanceof Element &&
      (node.hasAttribute('data-code') || node.hasAttribute('data-marker')),
  );
}

export class MapFrame implements ReactiveController {
  private readonly _host: Host;
  private readonly _actions: FrameActions;
  private _resize?: ResizeObserver;
  /** Drawn as the server drew it, over its HTML, until the frame is measured (`_hasWidth`). */
  private _rendered = false;
  private _observed?: Element;

  /** Pointers down on the map (two for a pinch), in client coordinates. */
  private readonly _pointers = new Map<number, { x: number; y: number }>();
  private _pressStart?: { x: number; y: number };
  private _dragged = false;
  private _dragging = false;
  private _pinchDistance = 0;

  private _camera: MapView = WHOLE_MAP;
  /** The view at rest (the viewBox), fitted to the scope; and what it and the camera fit. */
  private _home?: MapBox;
  private _homeKey = '';
  private _chosenKey = '';
  /** The country a first tap showed, which a second tap chooses; when the last touch ended. */
  private _tapped?: string;
  private _touchEnded = -Infinity;
  /** Width of the frame in CSS pixels, to size symbols and markers on screen. */
  private _frameWidth = 0;
  /** The frame is drawn empty, to be measured once it is in the page. */
  private _awaitingWidth = false;
  private _tip?: Tip;
  /** The tooltip box's width in CSS pixels: its text's, measured once drawn (`_measureTip`). */
  private _tipWidth = 0;
  /** The country and the marker that take the keyboard focus (roving tabindex). */
  private _focusCode?: string;
  private _focusMarker?: string;

  /**
   * A zoom from the buttons, shown scaled and not yet drawn at its zoom (see `zoomSoon`): the
   * camera it goes to.
   */
  private _pendingCamera?: MapView;
  private _drawn?: Promise<void>;

  /**
   * The camera the drawing is shown at: a zoom's preview until it is drawn, else the camera. A
   * render in between (the buttons' states) keeps the preview; once the view is drawn, or moved
   * elsewhere, the render writes it.
   */
  private get _shownCamera(): MapView {
    return this._pendingCamera ?? this._camera;
  }
  /** The transforms on the page that follow the camera: what a preview scales. */
  private readonly _cameraBound = new Set<CameraBound>();

  /**
   * Settles once what waits for a paint is asked to be drawn: a zoom from the buttons, or the
   * first drawing of a map whose parts were there at once.
   */
  get drawn(): Promise<void> | undefined {
    return this._drawn;
  }

  /** The detailed outlines, once a zoom has asked for them. */
  private _detail?: MapDetail;
  private _detailAsked = false;

  /** The data of the last render, for the handlers. */
  private _data?: FrameData;
  private _order: readonly string[] = [];
  /**
   * The markers of the practices in view at each zoom step met so far (cell size → clusters),
   * for the points they were made of: zooming back to a step draws its markers again without
   * grouping every practice once more.
   */
  private _clusters?: { points: MapPoint[]; byCell: Map<number, MapCluster[]> };
  /**
   * The last placement of targets, callouts and names, with what it was made for (see
   * `_placement`).
   */
  private _placed?: {
    camera: MapView;
    scale: number;
    data: FrameData;
    selected: string;
    placement: Pick<FrameView, 'callouts' | 'targets' | 'labels'>;
  };

  constructor(host: Host, actions: FrameActions) {
    this._host = host;
    this._actions = actions;
    host.addController(this);
    // The overlay's styles come with this code: added to the element's, as Lit adopts them
    // (constructable style sheets, or style elements where those are missing).
    const root = host.renderRoot;
    const own = (host.constructor as { elementStyles?: CSSResultOrNative[] }).elementStyles;
    if (isServer) {
      // Rendered on a server: written into the element's rendered styles.
      if (own && !own.includes(overlayStyles)) own.push(overlayStyles);
    } else if (root instanceof ShadowRoot && own && !own.includes(overlayStyles)) {
      addStyles(root, [overlayStyles]);
    }
  }

  hostConnected(): void {
    this._resize = new ResizeObserver(() => this._measure());
    this._observed = undefined;
    this._host.requestUpdate();
  }

  hostDisconnected(): void {
    this._resize?.disconnect();
    this._resize = undefined;
  }

  hostUpdated(): void {
    // The frame is observed whenever it is a new element (back from the table, say); the
    // observer reports after layout, outside this update.
    const frame = this._host.renderRoot.querySelector('.frame') ?? undefined;
    if (frame !== this._observed) {
      if (this._observed) this._resize?.unobserve(this._observed);
      if (frame) this._resize?.observe(frame);
      this._observed = frame;
    }
    if (frame && this._awaitingWidth) {
      // The empty frame of a map drawn at once (see render), measured: it is painted as it is
      // (the map's room, with whatever chose it, such as a catalogue's Map tab), and the map
      // itself drawn once that frame is painted: its thousands of elements would otherwise keep
      // the tab's press from being seen for a tenth of a second on a phone.
      this._awaitingWidth = false;
      this._frameWidth = frame.clientWidth || FALLBACK_FRAME_WIDTH;
      this._drawn ??= afterNextPaint().then(() => {
        this._drawn = undefined;
        this._host.requestUpdate();
      });
    }
    this._measureTip();
  }

  get canZoomIn(): boolean {
    return (this._pendingCamera ?? this._camera).k < MAX_ZOOM;
  }

  get canZoomOut(): boolean {
    return (this._pendingCamera ?? this._camera).k > 1;
  }

  /**
   * A zoom from the buttons, seen in the very next frame: the drawing as it is, scaled to the new
   * view (the transform of the group that holds the outlines and markers, as tile maps show their
   * tiles during a zoom), each marker kept at its size on screen; then, once that frame is
   * painted, the map drawn at its new zoom (markers regrouped, finer outlines, callouts and names
   * placed again). With ten thousand practices that drawing takes a phone a tenth of a second or
   * more, and until then nothing showed the press. Presses before the drawing add up. The wheel
   * zooms the same way, around the pointer's point (`px`, `py`, in frame units): a turn of the
   * wheel drew the whole map in its own task, about 100 ms at 4x CPU with 10,000 practices.
   */
  zoomSoon(factor: number, px?: number, py?: number): void {
    const from = this._pendingCamera ?? this._camera;
    const size = this._size;
    this._preview(
      zoomAround(from, factor, px ?? size.x + size.width / 2, py ?? size.y + size.height / 2, size),
    );
  }

  /** Back to the view at rest, as `zoomSoon` zooms: scaled at once, drawn after the paint. */
  resetSoon(): void {
    this._preview(WHOLE_MAP);
  }

  private _preview(camera: MapView): void {
    if (!this._cameraBound.size || !this._data) {
      this._set({ camera, tip: undefined });
      return;
    }
    this._pendingCamera = camera;
    // The tooltip goes with the drawing at the new zoom.
    if (this._tip) {
      this._tip = undefined;
      this._tapped = undefined;
    }
    // The drawing as it is, scaled to the new view; markers keep their size on screen, at their
    // places on the scaled map.
    for (const bound of this._cameraBound) bound.preview(camera);
    this._drawn ??= afterNextPaint().then(() => {
      const pending = this._pendingCamera;
      this._drawn = undefined;
      // Another change of view since (a drag, a key) already drew its own.
      if (pending) this._set({ camera: pending });
    });
  }

  /** Zooms around the frame's centre, or the given frame point. */
  zoomBy(factor: number, px?: number, py?: number): void {
    const size = this._size;
    const cx = px ?? size.x + size.width / 2;
    const cy = py ?? size.y + size.height / 2;
    this._set({ camera: zoomAround(this._camera, factor, cx, cy, size) });
  }

  /** Back to the view at rest: the scope, or the whole map. */
  reset(): void {
    this._set({ camera: WHOLE_MAP });
  }

  /**
   * The view at rest for the scope, and the camera for the reader's chosen countries: both
   * follow their countries when those change (a scope narrowed to Peru shows Peru; choosing
   * Mexico and Guatemala zooms on them; choosing none goes back to the view at rest).
   */
  private _fit(data: FrameData): void {
    const homeKey = data.scopeCountries.join(',');
    if (!this._home || homeKey !== this._homeKey || this._data?.geometry !== data.geometry) {
      this._home = homeBox(data.geometry, data.scopeCountries);
      this._homeKey = homeKey;
      this._chosenKey = '';
      this._camera = WHOLE_MAP;
    }
    const chosenKey = [...data.selected].sort().join(',');
    if (chosenKey === this._chosenKey) return;
    this._chosenKey = chosenKey;
    const bounds = unionBounds(
      data.geometry.shapes.flatMap((shape) => {
        const box = data.selected.has(shape.code) ? shapeBounds(shape) : undefined;
        return box ? [box] : [];
      }),
    );
    this._camera = bounds ? cameraFor(bounds, this._home, MAX_ZOOM) : WHOLE_MAP;
  }

  hideTip(): void {
    // Nothing to draw again when no tooltip shows (a zoom button's press draws after the paint).
    if (this._tip) this._set({ tip: undefined });
  }

  private _set(changes: { camera?: MapView; tip?: Tip | undefined }): void {
    if (changes.camera) {
      this._camera = changes.camera;
      this._pendingCamera = undefined;
    }
    if ('tip' in changes) {
      this._tip = changes.tip;
      // A second tap chooses only the country the tooltip shows.
      if (changes.tip?.target !== this._tapped) this._tapped = undefined;
    }
    this._host.requestUpdate();
  }

  private _measure(): void {
    const width = (this._observed as HTMLElement | undefined)?.clientWidth ?? 0;
    if (width && (width !== this._frameWidth || this._rendered)) {
      // Rendered on the server, taken over: now drawn for its own width and screen.
      this._rendered = false;
      this._frameWidth = width;
      this._host.requestUpdate();
    }
  }

  /** Moves the focus once the update under way is rendered. */
  private _focusSoon(selector: string): void {
    void this._host.updateComplete.then(() =>
      this._host.renderRoot.querySelector<SVGElement>(selector)?.focus(),
    );
  }

  /** The view at rest, in map units: the SVG's viewBox. */
  private get _size(): { x: number; y: number; width: number; height: number } {
    const home = this._home;
    if (home) return home;
    const geometry = this._data?.geometry;
    return { x: 0, y: 0, width: geometry?.width ?? 1, height: geometry?.height ?? 1 };
  }

  /** CSS pixels per map unit at the whole-map view. */
  private get _scale(): number {
    return (this._frameWidth || FALLBACK_FRAME_WIDTH) / this._size.width;
  }

  private _clustersNow(): MapCluster[] {
    const data = this._data;
    if (!data) return [];
    const points = practicePoints(data.practices, data.geometry);
    // Cluster at zoom steps of √2, so markers do not regroup at every frame of a pinch.
    const step = Math.SQRT2 ** Math.floor(Math.log(this._camera.k) / Math.log(Math.SQRT2));
    const cell = CLUSTER_CELL / (this._scale * step);
    if (this._clusters?.points !== points) this._clusters = { points, byCell: new Map() };
    const byCell = this._clusters.byCell;
    const known = byCell.get(cell);
    if (known) return known;
    const clusters = clusterPoints(points, cell);
    byCell.set(cell, clusters);
    return clusters;
  }

  private _clusterByKey(key: string): MapCluster | undefined {
    return this._clustersNow().find((cluster) => markerKey(cluster) === key);
  }

  // ----- Choosing -----

  private _openCluster(cluster: MapCluster, fromKeyboard: boolean): void {
    if (cluster.ids.length === 1) {
      this._openPractice(cluster.ids[0]!);
      return;
    }
    const spread = Math.max(cluster.maxX - cluster.minX, cluster.maxY - cluster.minY);
    const k = this._camera.k;
    if (k < MAX_ZOOM && spread * k * this._scale > 1) {
      // Zoom in on the cluster: two steps, or enough to fit its points if that is more.
      const size = this._size;
      const fitK = Math.min(size.width, size.height) / (spread * 1.5);
      const target = Math.min(MAX_ZOOM, Math.max(k * ZOOM_STEP ** 2, Math.min(fitK, k * 8)));
      const centreX = (cluster.minX + cluster.maxX) / 2;
      const centreY = (cluster.minY + cluster.maxY) / 2;
      this._set({ camera: centreOn(centreX, centreY, target, size), tip: undefined });
      if (fromKeyboard) this._focusNearestMarker(cluster.x, cluster.y);
      return;
    }
    this._actions.listPractices(cluster.ids);
  }

  /**
   * Opens a practice: in the widgets, or, when it does not open in place, its page (the
   * keyboard's Enter on a marker that links to it).
   */
  private _openPractice(id: string): void {
    const page = practicePage(this._host, id);
    if (page === undefined || opensInPlace(this._host)) this._actions.openPractice(id);
    // Where the marker's link goes (an embed page's top window, or this one).
    else window.open(page, linkTarget() ?? '_self');
  }

  /** After a zoom from the keyboard, the focus goes to the marker nearest to where it was. */
  private _focusNearestMarker(x: number, y: number): void {
    let best: MapCluster | undefined;
    for (const cluster of this._clustersNow()) {
      if (!best || Math.hypot(cluster.x - x, cluster.y - y) < Math.hypot(best.x - x, best.y - y)) {
        best = cluster;
      }
    }
    if (!best) return;
    this._focusMarker = markerKey(best);
    this._focusSoon(`[data-marker="${CSS.escape(this._focusMarker)}"]`);
  }

  // ----- Pointer -----

  /** A client point to frame units (the SVG's viewBox). */
  private _toFrameUnits(clientX: number, clientY: number): [number, number] {
    const rect = this._host.renderRoot.querySelector('svg.map')?.getBoundingClientRect();
    if (!rect?.width) return [0, 0];
    const size = this._size;
    return [
      size.x + ((clientX - rect.left) * size.width) / rect.width,
      size.y + ((clientY - rect.top) * size.height) / rect.height,
    ];
  }

  /** Whether the keyboard focus is on the map (the map itself, a country or a marker). */
  private get _mapFocused(): boolean {
    const active = (this._host.renderRoot as ShadowRoot).activeElement;
    return !!active?.closest('svg.map');
  }

  private readonly _onWheel = (event: WheelEvent): void => {
    // Over a map that shows the whole continent and does not have the focus, the wheel scrolls
    // the page; a pinch on a touchpad (ctrlKey), a map zoomed in or a focused map zoom instead.
    const atWhole = this._camera.k <= 1;
    if (!event.ctrlKey && atWhole && (!this._mapFocused || event.deltaY > 0)) return;
    event.preventDefault();
    const factor = Math.exp(-Math.max(-100, Math.min(100, event.deltaY)) * 0.005);
    // Seen scaled in the next frame, drawn at its zoom after that paint, as the buttons zoom;
    // turns before the drawing add up.
    this.zoomSoon(factor, ...this._toFrameUnits(event.clientX, event.clientY));
  };

  private readonly _onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this._pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this._pointers.size === 1) {
      this._pressStart = { x: event.clientX, y: event.clientY };
      this._dragged = false;
    } else if (this._pointers.size === 2) {
      const [a, b] = [...this._pointers.values()];
      this._pinchDistance = Math.hypot(a!.x - b!.x, a!.y - b!.y);
      this._dragged = true;
      for (const id of this._pointers.keys()) {
        capturePointer(event.currentTarget as Element, id);
      }
    }
  };

  private readonly _onPointerMove = (event: PointerEvent): void => {
    const previous = this._pointers.get(event.pointerId);
    if (!previous) {
      if (event.pointerType === 'mouse') this._showTipAt(event);
      return;
    }
    const current = { x: event.clientX, y: event.clientY };
    this._pointers.set(event.pointerId, current);
    const rect = (event.currentTarget as Element).getBoundingClientRect();
    const unitsPerPixel = rect.width ? this._size.width / rect.width : 1;

    if (this._pointers.size >= 2) {
      const [a, b] = [...this._pointers.values()];
      const distance = Math.hypot(a!.x - b!.x, a!.y - b!.y);
      if (this._pinchDistance > 0 && distance > 0) {
        this.zoomBy(
          distance / this._pinchDistance,
          ...this._toFrameUnits((a!.x + b!.x) / 2, (a!.y + b!.y) / 2),
        );
      }
      this._pinchDistance = distance;
      // Both fingers moving together pan: each finger's share of the movement.
      const dx = ((current.x - previous.x) / 2) * unitsPerPixel;
      const dy = ((current.y - previous.y) / 2) * unitsPerPixel;
      this._set({ camera: panBy(this._camera, dx, dy, this._size), tip: undefined });
      return;
    }

    const start = this._pressStart;
    if (!start) return;
    if (!this._dragged) {
      if (Math.hypot(current.x - start.x, current.y - start.y) < DRAG_THRESHOLD) return;
      // Nothing to pan on the whole map: the press stays a click.
      if (this._camera.k <= 1) return;
      this._dragged = true;
      this._dragging = true;
      capturePointer(event.currentTarget as Element, event.pointerId);
    }
    const dx = (current.x - previous.x) * unitsPerPixel;
    const dy = (current.y - previous.y) * unitsPerPixel;
    this._set({ camera: panBy(this._camera, dx, dy, this._size), tip: undefined });
  };

  private readonly _onPointerUp = (event: PointerEvent): void => {
    this._pointers.delete(event.pointerId);
    if (event.pointerType === 'touch') this._touchEnded = performance.now();
    // A tap shows what a mouse would show on hover.
    if (event.pointerType !== 'mouse' && !this._dragged && this._pointers.size === 0) {
      this._showTipAt(event);
    }
    if (this._pointers.size === 0) {
      this._dragging = false;
      this._pressStart = undefined;
      this._host.requestUpdate();
    } else {
      // One finger left after a pinch: it pans from where it is now.
      this._pinchDistance = 0;
    }
  };

  private readonly _onPointerLeave = (event: PointerEvent): void => {
    // The tooltip of a focused country or marker stays; a hovered one goes with the mouse.
    if (event.pointerType === 'mouse' && !this._pointers.size && !this._mapFocused) {
      this._set({ tip: undefined });
    }
  };

  /** The tooltip follows the mouse over countries and markers, and goes where a finger taps. */
  private _showTipAt(event: PointerEvent): void {
    const element = targetOf(event);
    if (!element) {
      if (this._tip) this._set({ tip: undefined });
      return;
    }
    const [fx, fy] = this._toFrameUnits(event.clientX, event.clientY);
    const { k, x, y } = this._camera;
    const code = element.getAttribute('data-code');
    this._set({
      tip: {
        text: element.getAttribute('aria-label') ?? (code ? this._labelOf(code) : ''),
        target: element.getAttribute('data-code') ?? element.getAttribute('data-marker')!,
        x: (fx - x) / k,
        y: (fy - y) / k,
      },
    });
  }

  private readonly _onClick = (event: MouseEvent): void => {
    if (this._dragged) {
      this._dragged = false;
      // A drag that ends on a marker's link does not follow it.
      event.preventDefault();
      return;
    }
    const element = targetOf(event);
    const marker = element?.getAttribute('data-marker');
    const code = element?.getAttribute('data-code');
    if (marker) {
      // A marker linking to its practice's page: a new tab or window is the browser's, and so is
      // a plain click when the practice does not open in place.
      if (element!.localName === 'a' && !takeLinkClick(event, this._host, () => {})) {
        return;
      }
      const cluster = this._clusterByKey(marker);
      if (cluster) this._openCluster(cluster, false);
    } else if (code) {
      this._focusCode = code;
      // On a touch screen there is no hover: a first tap shows the country's name and count
      // (the tooltip, shown as the finger lifted), a second tap on it chooses it.
      const pointerType = (event as Partial<PointerEvent>).pointerType;
      const byTouch = pointerType
        ? pointerType === 'touch'
        : performance.now() - this._touchEnded < TAP_CLICK_DELAY;
      if (byTouch && this._tapped !== code) {
        this._tapped = code;
        if (this._tip?.target !== code) this._showTipOn(element!);
        return;
      }
      this._tapped = undefined;
      this._actions.chooseCountry(code);
    }
  };

  /** The tooltip of a country, at its label point. */
  private _showTipOn(element: Element): void {
    const code = element.getAttribute('data-code');
    const shape = this._data?.geometry.shapes.find((candidate) => candidate.code === code);
    if (!code || !shape) return;
    const text = element.getAttribute('aria-label') ?? this._labelOf(code);
    this._set({ tip: { text, target: code, x: shape.x, y: shape.y } });
    this._tapped = code;
  }

  /** A country's name and number of practices, as its button says. */
  private _labelOf(code: string): string {
    const data = this._data;
    if (!data) return code;
    return formatMessage(data.strings.mapCountryCount, {
      country: countryName(data.lang, code),
      practices: formatPlural(data.lang, data.strings.practices, data.counts.get(code) ?? 0),
    });
  }

  // ----- Keyboard -----

  private readonly _onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as Element;
    const code = target.getAttribute('data-code');
    const marker = target.getAttribute('data-marker');
    if (event.ctrlKey || event.metaKey || event.altKey) return;

    // Zoom keys work anywhere on the map, around what has the focus.
    if (['+', '=', '-', '_', '0'].includes(event.key)) {
      event.preventDefault();
      if (event.key === '0') {
        this.reset();
        return;
      }
      const factor = event.key === '+' || event.key === '=' ? ZOOM_STEP : 1 / ZOOM_STEP;
      const cluster = marker ? this._clusterByKey(marker) : undefined;
      const point = code ? this._data?.geometry.shapes.find((s) => s.code === code) : cluster;
      if (point) this.zoomBy(factor, ...toFrame(this._camera, point.x, point.y));
      else this.zoomBy(factor);
      // A focused country keeps its tooltip, anchored on the map; markers regroup.
      if (cluster) {
        this._set({ tip: undefined });
        this._focusNearestMarker(cluster.x, cluster.y);
      }
      return;
    }

    if (code) {
      this._onCountryKey(event, code);
    } else if (marker) {
      this._onMarkerKey(event, marker);
    } else if (event.target === event.currentTarget) {
      // The map itself: arrows pan, Home shows the whole map.
      const step = this._size.width / 8;
      const moves: Record<string, [number, number]> = {
        ArrowLeft: [step, 0],
        ArrowRight: [-step, 0],
        ArrowUp: [0, step],
        ArrowDown: [0, -step],
      };
      const move = moves[event.key];
      if (move) {
        event.preventDefault();
        this._set({ camera: panBy(this._camera, move[0], move[1], this._size) });
      } else if (event.key === 'Home') {
        event.preventDefault();
        this.reset();
      }
    }
  };

  /** The next item of a roving list for an arrow, Home or End key; undefined for other keys. */
  private _nextOf<T>(items: readonly T[], index: number, key: string): T | undefined {
    const count = items.length;
    switch (key) {
      case 'ArrowDown':
      case 'ArrowRight':
        return items[(index + 1) % count];
      case 'ArrowUp':
      case 'ArrowLeft':
        return items[(index - 1 + count) % count];
      case 'Home':
        return items[0];
      case 'End':
        return items[count - 1];
    }
    return undefined;
  }

  private _onCountryKey(event: KeyboardEvent, code: string): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this._actions.chooseCountry(code);
      return;
    }
    const next = this._nextOf(this._order, this._order.indexOf(code), event.key);
    if (!next) return;
    event.preventDefault();
    this._focusCode = next;
    const shape = this._data?.geometry.shapes.find((s) => s.code === next);
    const size = this._size;
    // A country out of view at this zoom comes into view.
    if (shape && !isInFrame(this._camera, shape.x, shape.y, size, size.width / 20)) {
      this._camera = centreOn(shape.x, shape.y, this._camera.k, size);
    }
    this._host.requestUpdate();
    this._focusSoon(`[data-code="${next}"][role="button"]`);
  }

  private _onMarkerKey(event: KeyboardEvent, key: string): void {
    const clusters = this._clustersNow().filter((c) =>
      isInFrame(this._camera, c.x, c.y, this._size),
    );
    const index = clusters.findIndex((c) => markerKey(c) === key);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (clusters[index]) this._openCluster(clusters[index], true);
      return;
    }
    const next = this._nextOf(clusters, index, event.key);
    if (!next) return;
    event.preventDefault();
    this._focusMarker = markerKey(next);
    this._host.requestUpdate();
    this._focusSoon(`[data-marker="${CSS.escape(this._focusMarker)}"]`);
  }

  private readonly _onFocusIn = (event: FocusEvent): void => {
    const target = event.target as Element;
    const code = target.getAttribute('data-code');
    const marker = target.getAttribute('data-marker');
    const point = code
      ? this._data?.geometry.shapes.find((shape) => shape.code === code)
      : marker
        ? this._clusterByKey(marker)
        : undefined;
    if (code) this._focusCode = code;
    if (marker) this._focusMarker = marker;
    if (point) {
      const text = target.getAttribute('aria-label') ?? '';
      this._set({ tip: { text, target: (code ?? marker)!, x: point.x, y: point.y } });
    }
  };

  private readonly _onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Element | null;
    if (!next?.matches('[data-code], [data-marker]')) this._set({ tip: undefined });
  };

  /**
   * Measures the tooltip's text, drawn at the width its box had before; when the box must change
   * (another text), the map is drawn again at once, before the frame is painted.
   */
  private _measureTip(): void {
    const text = this._host.renderRoot.querySelector<SVGTextElement>('.tip-box text');
    if (!text || !this._tip) return;
    const width = text.getComputedTextLength() + TIP_PADDING * 2;
    if (Math.abs(width - this._tipWidth) < 0.5) return;
    this._tipWidth = width;
    // An update of its own, once this one has finished.
    queueMicrotask(() => this._host.requestUpdate());
  }

  // ----- Render -----

  /**
   * The practices too close together to tell apart (see `FrameActions.listPractices`), as a
   * list beside the map; `close` is the list's close button. Only the frame fills that list,
   * so its code comes with the frame's.
   */
  renderPlaces(list: PlacesList, close: () => void): TemplateResult {
    const { ids, feed, strings, lang } = list;
    const practices = ids
      .map((id) => feed.practices.find((p) => p.id === id))
      .filter((p): p is NormalizedPractice => p !== undefined);
    const title = formatMessage(strings.mapClusterLabel, {
      practices: formatPlural(lang, strings.practices, practices.length),
    });
    return html`<section class="places" aria-labelledby="places-title">
      <div class="places-head">
        <p class="places-title" id="places-title">${title}</p>
        <button class="close" type="button" @click=${close}>${strings.mapClose}</button>
      </div>
      <ul>
        ${practices.map((practice) => {
          const localized = localizeWithLang(practice.title, lang, feed.language);
          const other = localized && localized.lang.split('-')[0] !== lang.split('-')[0];
          return html`<li>
            ${this._renderPlace(practice, localized?.text ?? practice.id, other ? localized.lang : undefined)}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** One practice of the list: a link to its page when it has one, else a button. */
  private _renderPlace(
    practice: NormalizedPractice,
    title: string,
    lang: string | undefined,
  ): TemplateResult {
    const open = () => this._actions.openPractice(practice.id);
    return (
      renderOpenLink(this._host, practice.id, lang, title, open, 'link-button') ??
      html`<button class="link-button" type="button" lang=${ifDefined(lang)} @click=${open}>
        ${title}
      </button>`
    );
  }

  render(data: FrameData): TemplateResult {
    this._fit(data);
    this._data = data;
    if (!this._hasWidth()) return this._renderUnmeasured(data.geometry);
    return this._renderMap(data, this._view(data));
  }

  /**
   * Whether the frame's width is known: it sizes the markers and their clusters. The first time,
   * the frame that held the loading message gives it, and the observer reports changes after
   * that. A map drawn at once (its data and outlines already there) has no frame yet: it draws an
   * empty one, measured as soon as it is in the page (hostUpdated), and the map right after,
   * before the frame is painted, rather than drawing everything twice.
   */
  private _hasWidth(): boolean {
    if (this._frameWidth) return true;
    // Rendered on a server, and taken over in the page (the server's drawing in the frame, the
    // host's first update): drawn for the nominal width, as the server did, then measured.
    if (
      isServer ||
      (!this._host.hasUpdated && this._host.renderRoot.querySelector('.frame > svg.map'))
    ) {
      this._rendered = !isServer;
      this._frameWidth = RENDERED_FRAME_WIDTH;
      return true;
    }
    const frame = this._host.renderRoot.querySelector('.frame');
    if (!frame) {
      this._awaitingWidth = true;
      return false;
    }
    // Hidden (no width): drawn for a phone's width, until the observer reports one.
    this._frameWidth = frame.clientWidth || FALLBACK_FRAME_WIDTH;
    return true;
  }

  /** The empty frame of a map drawn at once, to be measured (see `_hasWidth`). */
  private _renderUnmeasured(_geometry: MapGeometry): TemplateResult {
    const size = this._size;
    return html`<svg class="map" viewBox=${viewBoxOf(size)} aria-hidden="true">
      <rect class="sea" x=${size.x} y=${size.y} width=${size.width} height=${size.height}></rect>
    </svg>`;
  }

  /** Whether a country can be chosen on the map: a member state, or one the data speaks of. */
  private _interactive(data: FrameData, code: string): boolean {
    return OAS.has(code) || (data.counts.get(code) ?? 0) > 0 || data.selected.has(code);
  }

  /**
   * Where else in a country's outline its target fits, clear of the obstacles, when its label
   * point is taken (a marker in the middle of Peru): the nearest such point to the label point.
   */
  private _elsewhereInside(
    item: { x: number; y: number; shape: MapShape },
    obstacles: readonly Rect[],
    pxPerUnit: number,
    toPx: (mx: number, my: number) => [number, number],
    frame: { readonly width: number; readonly height: number },
  ): { x: number; y: number } | undefined {
    const half = DRAWN_TARGET / 2;
    let best: { x: number; y: number } | undefined;
    let bestDistance = Infinity;
    for (const point of innerPoints(item.shape)) {
      const room = point.room * pxPerUnit;
      if (!squareFits(room, DRAWN_TARGET)) continue;
      const [x, y] = toPx(point.x, point.y);
      if (x < half || y < half || x > frame.width - half || y > frame.height - half) continue;
      const distance = Math.hypot(x - item.x, y - item.y);
      if (distance >= bestDistance) continue;
      if (clearTarget({ x, y }, DRAWN_TARGET / 2, obstacles, DRAWN_TARGET)) {
        best = { x, y };
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * Where each country in view is chosen (its own outline, or a callout when it is too small to
   * hit there), and the names written on the map, in CSS pixels of the frame.
   */
  private _targets(
    data: FrameData,
    clusters: readonly MapCluster[],
    scale: number,
  ): Pick<FrameView, 'callouts' | 'targets' | 'labels'> {
    const { geometry, counts, lang } = data;
    const camera = this._camera;
    const size = this._size;
    const frame = { width: size.width * scale, height: size.height * scale };
    const pxPerUnit = scale * camera.k;
    const toPx = (mx: number, my: number): [number, number] => {
      const [fx, fy] = toFrame(camera, mx, my);
      return [(fx - size.x) * scale, (fy - size.y) * scale];
    };
    const markerBoxes: Rect[] = clusters.map((cluster) => {
      const [x, y] = toPx(cluster.x, cluster.y);
      const r = markerRadius(cluster.ids.length) + 2;
      return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
    });
    const small: { code: string; x: number; y: number }[] = [];
    let large: { code: string; x: number; y: number; room: number; shape: MapShape }[] = [];
    for (const shape of geometry.shapes) {
      if (!this._interactive(data, shape.code)) continue;
      const [x, y] = toPx(shape.x, shape.y);
      if (x < 0 || y < 0 || x > frame.width || y > frame.height) continue;
      const room = innerRadius(shape) * pxPerUnit;
      if (squareFits(room, DRAWN_TARGET)) large.push({ code: shape.code, x, y, room, shape });
      else small.push({ code: shape.code, x, y });
    }
    let callouts = placeCallouts(small, frame);
    let targets = new Map<string, { x: number; y: number }>();
    for (;;) {
      // A country whose room is taken by markers or callouts gets a callout too.
      // Targets are placed roomiest first, each clear of those placed before it.
      const obstacles: Rect[] = [...markerBoxes, ...callouts];
      targets = new Map();
      const crowded: typeof large = [];
      for (const item of [...large].sort((a, b) => b.room - a.room)) {
        const centre =
          clearTarget(item, item.room, obstacles, DRAWN_TARGET) ??
          this._elsewhereInside(item, obstacles, pxPerUnit, toPx, frame);
        if (centre) {
          targets.set(item.code, centre);
          const half = DRAWN_TARGET / 2;
          obstacles.push({
            x: centre.x - half,
            y: centre.y - half,
            width: DRAWN_TARGET,
            height: DRAWN_TARGET,
          });
        } else crowded.push(item);
      }
      if (crowded.length === 0) break;
      small.push(...crowded);
      large = large.filter((item) => !crowded.includes(item));
      callouts = placeCallouts(small, frame);
    }
    // Names of countries with practices, inside the outline where it has room (a callout's code
    // names the others, and its tooltip and button say the name); most practices first, none
    // over another.
    const candidates: (LabelCandidate & { count: number })[] = [];
    const labelSize = (text: string) => ({
      width: text.length * LABEL_CHAR_WIDTH + 4,
      height: LABEL_FONT + 4,
    });
    for (const item of large) {
      const count = counts.get(item.code) ?? 0;
      if (count === 0) continue;
      const text = countryName(lang, item.code);
      candidates.push({
        code: item.code,
        text,
        x: item.x,
        y: item.y,
        room: item.room,
        count,
        ...labelSize(text),
      });
    }
    candidates.sort((a, b) => b.count - a.count);
    const labels = placeLabels(candidates, [...markerBoxes, ...callouts]);
    return { callouts, targets, labels };
  }

  /**
   * The targets, callouts and names for this render, placed again (`_targets`) only when they
   * can have changed: not when a tooltip comes or goes, and while the reader drags the map at one
   * zoom, the last placement moves with the map. What a drag brings into view gets its target once
   * the pointer is released.
   */
  private _placement(
    data: FrameData,
    clusters: readonly MapCluster[],
    scale: number,
  ): Pick<FrameView, 'callouts' | 'targets' | 'labels'> {
    const camera = this._camera;
    const last = this._placed;
    const selected = [...data.selected].join(',');
    if (
      last &&
      // The same countries, practices and names (the frame's data is a new object each time).
      last.data.geometry === data.geometry &&
      last.data.counts === data.counts &&
      last.data.lang === data.lang &&
      last.selected === selected &&
      last.scale === scale &&
      last.camera.k === camera.k
    ) {
      if (last.camera.x === camera.x && last.camera.y === camera.y) return last.placement;
      if (this._dragging) {
        const dx = (camera.x - last.camera.x) * scale;
        const dy = (camera.y - last.camera.y) * scale;
        const { callouts, targets, labels } = last.placement;
        return {
          // The callouts stay in their columns along the sides; their leader lines follow.
          callouts: callouts.map((c) => ({
            ...c,
            anchorX: c.anchorX + dx,
            anchorY: c.anchorY + dy,
          })),
          targets: new Map(
            [...targets].map(([code, centre]) => [code, { x: centre.x + dx, y: centre.y + dy }]),
          ),
          labels: labels.map((label) => ({ ...label, x: label.x + dx, y: label.y + dy })),
        };
      }
    }
    const placement = this._targets(data, clusters, scale);
    this._placed = { camera, scale, data, selected, placement };
    return placement;
  }

  /** What this render shows at the camera's zoom: keyboard targets, markers, outlines, sizes. */
  private _view(data: FrameData): FrameView {
    const { geometry, counts, selected } = data;
    const camera = this._camera;
    const scale = this._scale;
    // Countries a keyboard goes through, north to south: those with practices, and chosen ones.
    this._order = geometry.shapes
      .filter((shape) => (counts.get(shape.code) ?? 0) > 0 || selected.has(shape.code))
      .sort((a, b) => a.y - b.y || a.x - b.x)
      .map((shape) => shape.code);
    const focusCode =
      this._focusCode && this._order.includes(this._focusCode) ? this._focusCode : this._order[0];
    const clusters = this._clustersNow().filter((cluster) =>
      isInFrame(camera, cluster.x, cluster.y, this._size, -CLUSTER_CELL / scale),
    );
    const focusMarker =
      this._focusMarker && clusters.some((c) => markerKey(c) === this._focusMarker)
        ? this._focusMarker
        : clusters[0] && markerKey(clusters[0]);
    const active = this._tip?.target;
    const shapesByCode = new Map(geometry.shapes.map((shape) => [shape.code, shape]));
    // Outlines of chosen and highlighted countries go over every country.
    const outlined = [...selected].flatMap((code) => shapesByCode.get(code) ?? []);
    const activeShape = active === undefined ? undefined : shapesByCode.get(active);
    if (activeShape && !selected.has(activeShape.code)) outlined.push(activeShape);
    // (A server's drawing, and the same drawing where it is taken over, are for one pixel a unit.)
    const pixelRatio =
      isServer || this._rendered ? 1 : Math.min(window.devicePixelRatio || 1, MAX_PIXEL_RATIO);
    return {
      scale,
      focusCode,
      focusMarker,
      active,
      clusters,
      outlined,
      ...this._placement(data, clusters, scale),
      outline: this._outlines(scale * camera.k * pixelRatio, camera.k > 1),
    };
  }

  private _renderMap(data: FrameData, view: FrameView): TemplateResult {
    const { geometry, selected, strings } = data;
    const { outline, active } = view;
    const camera = this._camera;
    const size = this._size;
    const callingOut = new Set(view.callouts.map((callout) => callout.code));
    return html`<svg
        class="map ${camera.k > 1 ? 'zoomed' : ''} ${this._dragging ? 'dragging' : ''}"
        viewBox=${viewBoxOf(size)}
        role="group"
        aria-label=${strings.mapLabel}
        aria-describedby="map-help"
        tabindex="0"
        @keydown=${this._onKeyDown}
        @click=${this._onClick}
        @pointerdown=${this._onPointerDown}
        @pointermove=${this._onPointerMove}
        @pointerup=${this._onPointerUp}
        @pointercancel=${this._onPointerUp}
        @pointerleave=${this._onPointerLeave}
        @wheel=${this._onWheel}
        @focusin=${this._onFocusIn}
        @focusout=${this._onFocusOut}
      >
        <rect class="sea" x=${size.x} y=${size.y} width=${size.width} height=${size.height}></rect>
        <g
          class="camera"
          transform=${cameraBound(this._cameraBound, cameraTransform, this._shownCamera)}
        >
          ${geometry.shapes.map((shape) =>
            this._renderShape(
              data,
              shape,
              outline(shape),
              view.focusCode,
              callingOut.has(shape.code),
            ),
          )}
          ${view.outlined.map(
            (shape) =>
              // A halo under the line, so that it stands out on the lightest and darkest fills.
              svg`<path class="halo" d=${outline(shape)}></path><path
                class="outline ${shape.code === active ? 'active' : ''} ${selected.has(shape.code) ? 'selected' : ''}"
                d=${outline(shape)}
              ></path>`,
          )}
          ${view.clusters.map((cluster) =>
            this._renderMarker(data, cluster, view.focusMarker, active),
          )}
        </g>
        ${this._renderOverlay(data, view)} ${this._renderTip(view.scale)}
      </svg>
      <p id="map-help" hidden>${strings.mapKeyboardHelp}</p>`;
  }

  /**
   * The path data of each shape at this many pixels per map unit: the overview's, or the
   * detail's once it is worth drawing (asked for when it is, or a zoom step before, as the
   * reader zooms in).
   */
  private _outlines(pixelsPerUnit: number, zoomed: boolean): (shape: MapShape) => string {
    const near = pixelsPerUnit >= (zoomed ? DETAIL_PRELOAD_FROM : DETAIL_FROM);
    if (near && !this._detailAsked) {
      this._detailAsked = true;
      loadMapDetail().then(
        (detail) => {
          this._detail = detail;
          this._host.requestUpdate();
        },
        () => {
          // The overview stays; the next zoom asks again.
          this._detailAsked = false;
        },
      );
    }
    const detail = pixelsPerUnit >= DETAIL_FROM ? this._detail : undefined;
    return (shape) => detail?.[shape.code] ?? shape.d;
  }

  private _renderShape(
    data: FrameData,
    shape: MapShape,
    d: string,
    focusCode: string | undefined,
    calledOut: boolean,
  ) {
    const { code } = shape;
    const count = data.counts.get(code) ?? 0;
    const chosen = data.selected.has(code);
    // Countries and territories outside the OAS are context, unless the feed has practices there.
    if (count === 0 && !chosen && !OAS.has(code)) {
      if (LEFT_OUT_UNLESS_USED.has(code) && !data.scopeCountries.includes(code)) return nothing;
      return svg`<path class="other" d=${d} aria-hidden="true"></path>`;
    }
    const shade = `country c${choroplethClass(count, data.breaks)}`;
    if (calledOut) {
      // Its callout is the button; the outline still answers a pointer that finds it.
      return svg`<g class=${shade} data-code=${code} aria-hidden="true"><path d=${d}></path></g>`;
    }
    const label = formatMessage(data.strings.mapCountryCount, {
      country: countryName(data.lang, code),
      practices: formatPlural(data.lang, data.strings.practices, count),
    });
    return svg`<g
      class=${shade}
      data-code=${code}
      role="button"
      aria-label=${label}
      aria-pressed=${chosen ? 'true' : 'false'}
      tabindex=${ifDefined(count > 0 || chosen ? (code === focusCode ? '0' : '-1') : undefined)}
    >
      <path d=${d}></path>
    </g>`;
  }

  /**
   * What is drawn in CSS pixels over the map: the callouts of small countries with their leader
   * lines, the names of countries, and (invisible) each country's target square, which tests
   * and tools read as \`[data-target]\`.
   */
  private _renderOverlay(data: FrameData, view: FrameView) {
    const size = this._size;
    const scale = view.scale;
    const { counts, selected, strings, lang, breaks } = data;
    return svg`<g class="overlay" transform="translate(${round2(size.x)} ${round2(size.y)}) scale(${1 / scale})">
      ${view.callouts.map((callout) => {
        const { code } = callout;
        const quiet = !counts.get(code) && !selected.has(code) && code !== view.active;
        if (quiet && size.width * scale < EVERY_LEADER_FROM) return nothing;
        const onLeft = callout.x + callout.width / 2 < (size.width * scale) / 2;
        const endX = onLeft ? callout.x + callout.width : callout.x;
        const endY = callout.y + callout.height / 2;
        return svg`<path class="leader" aria-hidden="true" d="M${round2(callout.anchorX)} ${round2(callout.anchorY)}L${round2(endX)} ${round2(endY)}"></path>
          <circle class="leader-end" aria-hidden="true" cx=${round2(callout.anchorX)} cy=${round2(callout.anchorY)} r="2.5"></circle>`;
      })}
      ${view.labels.map(
        (label) =>
          svg`<text class="label" aria-hidden="true" x=${round2(label.x)} y=${round2(label.y)}>${label.text}</text>`,
      )}
      ${[...view.targets].map(
        ([code, centre]) =>
          svg`<rect class="target" data-target=${code} x=${round2(centre.x - DRAWN_TARGET / 2)} y=${round2(centre.y - DRAWN_TARGET / 2)} width=${DRAWN_TARGET} height=${DRAWN_TARGET}></rect>`,
      )}
      ${view.callouts.map((callout) => {
        const { code } = callout;
        const count = counts.get(code) ?? 0;
        const chosen = selected.has(code);
        const label = formatMessage(strings.mapCountryCount, {
          country: countryName(lang, code),
          practices: formatPlural(lang, strings.practices, count),
        });
        // The code is drawn beside the button, not in it: its name says the country's.
        return svg`<g class="callout-item"><g
          class="country callout c${choroplethClass(count, breaks)} ${chosen ? 'selected' : ''} ${code === view.active ? 'active' : ''}"
          data-code=${code}
          role="button"
          aria-label=${label}
          aria-pressed=${chosen ? 'true' : 'false'}
          tabindex=${ifDefined(count > 0 || chosen ? (code === view.focusCode ? '0' : '-1') : undefined)}
        >
          <rect data-target=${code} x=${round2(callout.x)} y=${round2(callout.y)} width=${callout.width} height=${callout.height} rx="4"></rect>
          </g>
        <text class="callout-code" aria-hidden="true" x=${round2(callout.x + callout.width / 2)} y=${round2(callout.y + callout.height / 2)}>${code}</text></g>`;
      })}
    </g>`;
  }

  private _renderMarker(
    data: FrameData,
    cluster: MapCluster,
    focusMarker: string | undefined,
    active: string | undefined,
  ) {
    const { strings, lang, feed } = data;
    const key = markerKey(cluster);
    const count = cluster.ids.length;
    let name: string;
    if (count === 1) {
      const practice = practiceById(feed, cluster.ids[0]!);
      const title = practice && localizeWithLang(practice.title, lang, feed.language)?.text;
      name = formatMessage(strings.openPractice, { title: title ?? cluster.ids[0]! });
    } else {
      name = formatMessage(strings.mapClusterLabel, {
        practices: formatPlural(lang, strings.practices, count),
      });
    }
    const radius = markerRadius(count);
    const place = `translate(${round2(cluster.x)} ${round2(cluster.y)})`;
    const scale = this._scale;
    const transform = cameraBound(
      this._cameraBound,
      (camera) => `${place} scale(${1 / (scale * camera.k)})`,
      this._shownCamera,
    );
    const page = count === 1 ? practicePage(this._host, cluster.ids[0]!) : undefined;
    // A practice with a page of its own: its marker is a link to it (a new tab, a crawler).
    if (page !== undefined) {
      return svg`<a
        class="marker ${key === active ? 'active' : ''}"
        data-marker=${key}
        href=${page}
        target=${ifDefined(linkTarget())}
        aria-label=${name}
        tabindex=${key === focusMarker ? '0' : '-1'}
        transform=${transform}
      >
        <circle r=${radius}></circle>
      </a>`;
    }
    return svg`<g
      class="marker ${key === active ? 'active' : ''}"
      data-marker=${key}
      role="button"
      aria-label=${name}
      tabindex=${key === focusMarker ? '0' : '-1'}
      transform=${transform}
    >
      <circle r=${radius}></circle>
      ${count > 1 ? svg`<text aria-hidden="true">${formatNumber(lang, count)}</text>` : nothing}
    </g>`;
  }

  /** The tooltip, sized to its text and kept inside the frame. */
  private _renderTip(scale: number) {
    const tip = this._tip;
    if (!tip) return nothing;
    const [fx, fy] = toFrame(this._camera, tip.x, tip.y);
    const width = this._tipWidth;
    const size = this._size;
    const frameWidth = size.width * scale;
    const anchorX = (fx - size.x) * scale;
    const left = Math.min(Math.max(anchorX - width / 2, 4), Math.max(4, frameWidth - width - 4));
    // Above its anchor, or below it when there is no room above.
    const top = (fy - size.y) * scale - TIP_HEIGHT - 12 < 4 ? 14 : -TIP_HEIGHT - 12;
    // Scaled so that its units are CSS pixels: the tooltip keeps its size at any zoom.
    return svg`<g
      class="tip"
      aria-hidden="true"
      transform="translate(${round2(fx)} ${round2(fy)}) scale(${1 / scale})"
    >
      <g class="tip-box" transform="translate(${round2(left - anchorX)} ${top})">
        <rect rx="4" width=${width} height=${TIP_HEIGHT}></rect>
        <text x=${TIP_PADDING} y="13">${tip.text}</text>
      </g>
    </g>`;
  }
}
