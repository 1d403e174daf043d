/**
 * Groups the map's point markers that would overlap at the current zoom. Pure and DOM-free:
 * points are in map coordinates, and the caller gives the cell size in those units (a marker's
 * size on screen divided by the current scale), so that clusters split as the reader zooms in.
 */

/** One practice location, in map coordinates. */
export interface MapPoint {
  readonly x: number;
  readonly y: number;
  /** The practice's id; a practice with several locations has several points. */
  readonly id: string;
}

/** A marker: one practice, or several practices close together. */
export interface MapCluster {
  /** Where the marker goes: the mean of its points. */
  readonly x: number;
  readonly y: number;
  /** The practices in it, each once. */
  readonly ids: readonly string[];
  /** The extent of its points, to zoom to when the reader opens it. */
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

interface Cell {
  col: number;
  row: number;
  sumX: number;
  sumY: number;
  points: MapPoint[];
  merged: boolean;
}

/**
 * Clusters points in one pass over a grid of `cellSize` squares, then merges neighbouring
 * cells whose centres are closer than a cell (two points a pixel apart on either side of a grid
 * line would otherwise draw two overlapping markers). Linear in the number of points: 10,000
 * points take a few milliseconds. The result is in a stable order (top to bottom, then left to
 * right), which is also the order a keyboard moves through the markers.
 */
export function clusterPoints(points: readonly MapPoint[], cellSize: number): MapCluster[] {
  const size = cellSize > 0 ? cellSize : 1;
  // Cells by column, then row: numbers, not a string key per point (with ten thousand points, a
  // map's first drawing spent about half of its clustering building and hashing those strings).
  const columns = new Map<number, Map<number, Cell>>();
  const all: Cell[] = [];
  const cellAt = (col: number, row: number) => columns.get(col)?.get(row);
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    const col = Math.floor(point.x / size);
    const row = Math.floor(point.y / size);
    let rows = columns.get(col);
    if (!rows) {
      rows = new Map();
      columns.set(col, rows);
    }
    let cell = rows.get(row);
    if (!cell) {
      cell = { col, row, sumX: 0, sumY: 0, points: [], merged: false };
      rows.set(row, cell);
      all.push(cell);
    }
    cell.sumX += point.x;
    cell.sumY += point.y;
    cell.points.push(point);
  }

  // The fullest cells absorb their close neighbours first.
  const ordered = all.sort((a, b) => b.points.length - a.points.length);
  const groups: Cell[][] = [];
  for (const cell of ordered) {
    if (cell.merged) continue;
    cell.merged = true;
    const group = [cell];
    const cx = cell.sumX / cell.points.length;
    const cy = cell.sumY / cell.points.length;
    for (let dc = -1; dc <= 1; dc++) {
      for (let dr = -1; dr <= 1; dr++) {
        const other = cellAt(cell.col + dc, cell.row + dr);
        if (!other || other.merged) continue;
        const ox = other.sumX / other.points.length;
        const oy = other.sumY / other.points.length;
        if (Math.hypot(ox - cx, oy - cy) < size) {
          other.merged = true;
          group.push(other);
        }
      }
    }
    groups.push(group);
  }

  const clusters = groups.map((group) => {
    let count = 0;
    let sumX = 0;
    let sumY = 0;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const ids = new Set<string>();
    for (const cell of group) {
      const cellPoints = cell.points;
      count += cellPoints.length;
      for (let i = 0; i < cellPoints.length; i++) {
        const point = cellPoints[i]!;
        sumX += point.x;
        sumY += point.y;
        if (point.x < minX) minX = point.x;
        if (point.y < minY) minY = point.y;
        if (point.x > maxX) maxX = point.x;
        if (point.y > maxY) maxY = point.y;
        ids.add(point.id);
      }
    }
    return {
      x: sumX / count,
      y: sumY / count,
      ids: [...ids],
      minX,
      minY,
      maxX,
      maxY,
    };
  });
  return clusters.sort((a, b) => a.y - b.y || a.x - b.x);
}
