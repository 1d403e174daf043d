/**
 * Where a reader points or taps to choose a country, and where its name goes: pure geometry in
 * CSS pixels of the map's frame, tested without a browser.
 *
 * A country large enough on screen is its own target: a square of at least `TARGET_SIZE` whose
 * inscribed disc is inside its outline, clear of markers, callouts and the other targets. A smaller one (the Lesser Antilles, Central
 * America on a phone) gets a callout: a labelled box of `CALLOUT_SIZE` in a column along the
 * frame's nearer side, linked to the country by a leader line. Callouts of a column are laid out
 * one under the other, so they never overlap; a column that would overflow the frame is split
 * into two (or more) side by side.
 */
import type { MapShape } from './map-geometry.js';

/** The smallest target a pointer or a finger gets, in CSS pixels (WCAG 2.2, 2.5.8). */
export const TARGET_SIZE = 24;
/** A callout's box, in CSS pixels. */
export const CALLOUT_SIZE = 28;
/** The room between callouts, and between a callout and the frame's edge. */
export const CALLOUT_GAP = 4;

/** A box in CSS pixels of the frame. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A point of the frame in CSS pixels, and what it stands for. */
export interface Anchor {
  readonly code: string;
  readonly x: number;
  readonly y: number;
}

/** A callout: its box (top-left corner and size) and the point it links to. */
export interface Callout extends Rect {
  readonly code: string;
  readonly anchorX: number;
  readonly anchorY: number;
}

const radiusCache = new WeakMap<MapShape, number>();

/**
 * The square of the distance from a point to a segment: compared squared, and the root taken once
 * per outline (`outlineDistance`), since a map's first drawing measures thousands of points
 * against every edge of the countries in view.
 */
function segmentDistanceSquared(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length)) : 0;
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return ex * ex + ey * ey;
}

/** A shape's outline as rings of points ([x0, y0, x1, y1, …], each closed), in map units. */
function shapeRings(shape: MapShape): number[][] {
  let rings = ringCache.get(shape);
  if (rings) return rings;
  rings = [];
  let ring: number[] = [];
  let x = 0;
  let y = 0;
  const close = () => {
    if (ring.length >= 4) rings!.push(ring);
    ring = [];
  };
  const commands = /([MLlZz])([^MLlZz]*)/g;
  for (let match = commands.exec(shape.d); match; match = commands.exec(shape.d)) {
    const command = match[1]!;
    if (command === 'z' || command === 'Z') {
      close();
      continue;
    }
    const numbers = (match[2]!.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      if (command === 'M' && i === 0) {
        close();
        x = numbers[0]!;
        y = numbers[1]!;
      } else {
        x = command === 'l' ? x + numbers[i]! : numbers[i]!;
        y = command === 'l' ? y + numbers[i + 1]! : numbers[i + 1]!;
      }
      ring.push(x, y);
    }
  }
  close();
  ringCache.set(shape, rings);
  return rings;
}

const ringCache = new WeakMap<MapShape, number[][]>();

/** The distance from a point to a shape's outline, in map units. */
function outlineDistance(rings: readonly number[][], px: number, py: number): number {
  let nearest = Infinity;
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r]!;
    for (let i = 0; i < ring.length; i += 2) {
      const j = (i + 2) % ring.length;
      const squared = segmentDistanceSquared(
        px,
        py,
        ring[i]!,
        ring[i + 1]!,
        ring[j]!,
        ring[j + 1]!,
      );
      if (squared < nearest) nearest = squared;
    }
  }
  return Math.sqrt(nearest);
}

/** Whether a point is inside a shape (even-odd rule over all its rings). */
function insideShape(rings: readonly number[][], px: number, py: number): boolean {
  let inside = false;
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r]!;
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const xi = ring[i]!;
      const yi = ring[i + 1]!;
      const xj = ring[j]!;
      const yj = ring[j + 1]!;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * The radius of the largest circle around the shape's label point (`x`, `y`, inside its largest
 * part) that no edge of the shape crosses, in map units: how much room the shape has there.
 */
export function innerRadius(shape: MapShape): number {
  let radius = radiusCache.get(shape);
  if (radius !== undefined) return radius;
  radius = outlineDistance(shapeRings(shape), shape.x, shape.y);
  if (!Number.isFinite(radius)) radius = 0;
  radiusCache.set(shape, radius);
  return radius;
}

/** A point inside a shape and its room there (the distance to the outline), in map units. */
export interface InnerPoint {
  readonly x: number;
  readonly y: number;
  readonly room: number;
}

const innerPointCache = new WeakMap<MapShape, readonly InnerPoint[]>();

/** Points sampled across a shape's box on each side. */
const INNER_GRID = 24;

/**
 * Points inside a shape, on a grid across its box, with their room: the other places a target
 * may go when the label point is taken by a practice's marker (Peru, Mexico). Computed once per
 * shape, and only for the shapes that need it.
 */
export function innerPoints(shape: MapShape): readonly InnerPoint[] {
  let points = innerPointCache.get(shape);
  if (points) return points;
  const rings = shapeRings(shape);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      minX = Math.min(minX, ring[i]!);
      maxX = Math.max(maxX, ring[i]!);
      minY = Math.min(minY, ring[i + 1]!);
      maxY = Math.max(maxY, ring[i + 1]!);
    }
  }
  const step = Math.max(maxX - minX, maxY - minY) / INNER_GRID;
  const found: InnerPoint[] = [];
  if (step > 0) {
    for (let y = minY + step / 2; y < maxY; y += step) {
      for (let x = minX + step / 2; x < maxX; x += step) {
        if (insideShape(rings, x, y)) found.push({ x, y, room: outlineDistance(rings, x, y) });
      }
    }
  }
  points = found;
  innerPointCache.set(shape, points);
  return points;
}

/**
 * Whether a target of `size` fits in a country's room (a circle of `radius`): when the disc
 * inscribed in the target square does. The square's corners may then reach a few pixels past the
 * outline (at most 0.21 of its side), over sea or a neighbour's edge; since the target is drawn
 * over the shapes, a press there still chooses the country whose target it is. Asking the whole
 * square to fit would send Venezuela, Colombia or Peru to a callout at every width, crowding the
 * map with leader lines for countries a reader can plainly point at.
 */
export const squareFits = (radius: number, size = TARGET_SIZE) => radius >= size / 2;

/** Whether two boxes share any area. */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Tops for boxes of `size` wanted at `wanted` (sorted), between `min` and `max` (the last top),
 * `gap` apart: each as near as it can be to where it is wanted, in the same order, never
 * overlapping. The caller gives no more boxes than fit.
 */
function stack(wanted: readonly number[], size: number, gap: number, min: number, max: number) {
  const tops = wanted.map((top) => Math.min(max, Math.max(min, top)));
  for (let i = 1; i < tops.length; i++) tops[i] = Math.max(tops[i]!, tops[i - 1]! + size + gap);
  const last = tops.length - 1;
  if (last >= 0 && tops[last]! > max) {
    tops[last] = max;
    for (let i = last - 1; i >= 0; i--) tops[i] = Math.min(tops[i]!, tops[i + 1]! - size - gap);
  }
  return tops;
}

/**
 * Callouts for the anchors (points of the frame, in CSS pixels): each in a column along the
 * frame's nearer side, its box centred on its anchor's height where the others leave room.
 */
export function placeCallouts(
  anchors: readonly Anchor[],
  frame: { readonly width: number; readonly height: number },
  size = CALLOUT_SIZE,
  gap = CALLOUT_GAP,
): Callout[] {
  const capacity = Math.max(1, Math.floor((frame.height - gap) / (size + gap)));
  const callouts: Callout[] = [];
  // The columns share the anchors west and east of their median (or of the frame's middle,
  // when that is further east): the isthmus and the Pacific coast to the left, the Caribbean
  // and the Atlantic to the right, with leader lines that cross little of the map.
  const xs = anchors.map((anchor) => anchor.x).sort((a, b) => a - b);
  const median = xs.length ? xs[Math.floor((xs.length - 1) / 2)]! : 0;
  const split = Math.max(median, frame.width / 2);
  for (const side of ['left', 'right'] as const) {
    const items = anchors
      .filter((anchor) => anchor.x < split === (side === 'left'))
      .sort((a, b) => a.y - b.y || a.x - b.x);
    const columns = Math.ceil(items.length / capacity);
    for (let column = 0; column < columns; column++) {
      // Every `columns`-th item, so that each column spans the whole height, as its anchors do.
      const members = items.filter((_, index) => index % columns === column);
      const tops = stack(
        members.map((anchor) => anchor.y - size / 2),
        size,
        gap,
        gap,
        frame.height - gap - size,
      );
      const offset = gap + column * (size + gap);
      const x = side === 'left' ? offset : frame.width - offset - size;
      members.forEach((anchor, index) => {
        callouts.push({
          code: anchor.code,
          x,
          y: tops[index]!,
          width: size,
          height: size,
          anchorX: anchor.x,
          anchorY: anchor.y,
        });
      });
    }
  }
  return callouts;
}

/**
 * The centre of a target square of `size` for a country whose room on screen is a circle of
 * `room` CSS pixels around `anchor`: the anchor itself, or the point nearest to it in that circle
 * where the square is clear of every obstacle (markers, callouts); undefined when there is none.
 */
export function clearTarget(
  anchor: { readonly x: number; readonly y: number },
  room: number,
  obstacles: readonly Rect[],
  size = TARGET_SIZE,
): { x: number; y: number } | undefined {
  const reach = room - size / 2;
  if (reach < 0) return undefined;
  const clear = (x: number, y: number) => {
    const square = { x: x - size / 2, y: y - size / 2, width: size, height: size };
    return !obstacles.some((obstacle) => rectsOverlap(square, obstacle));
  };
  if (clear(anchor.x, anchor.y)) return { x: anchor.x, y: anchor.y };
  const step = size / 4;
  for (let distance = step; distance <= reach; distance += step) {
    const around = Math.max(8, Math.round((2 * Math.PI * distance) / step));
    for (let i = 0; i < around; i++) {
      const angle = (2 * Math.PI * i) / around;
      const x = anchor.x + distance * Math.cos(angle);
      const y = anchor.y + distance * Math.sin(angle);
      if (clear(x, y)) return { x, y };
    }
  }
  return undefined;
}

/** A name that may be written on the map, where it would go, and how much room it has. */
export interface LabelCandidate {
  readonly code: string;
  readonly text: string;
  /** The centre of the text, in CSS pixels. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The room around the centre (a circle's radius), in CSS pixels. */
  readonly room: number;
}

/**
 * The names that are written: each one that fits in its room, clear of the obstacles and of
 * the names written before it (in the order given: the most practices first).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Rect[] = [],
): LabelCandidate[] {
  const placed: LabelCandidate[] = [];
  const boxOf = (label: LabelCandidate): Rect => ({
    x: label.x - label.width / 2,
    y: label.y - label.height / 2,
    width: label.width,
    height: label.height,
  });
  for (const candidate of candidates) {
    // At its point, or a line above or below it when a marker or a name is there.
    for (const shift of [0, -1.2, 1.2]) {
      const dy = shift * candidate.height;
      const label = { ...candidate, y: candidate.y + dy };
      if (Math.hypot(label.width / 2, Math.abs(dy) + label.height / 2) > label.room) continue;
      const box = boxOf(label);
      if (obstacles.some((obstacle) => rectsOverlap(box, obstacle))) continue;
      if (placed.some((other) => rectsOverlap(box, boxOf(other)))) continue;
      placed.push(label);
      break;
    }
  }
  return placed;
}
