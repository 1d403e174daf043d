#!/usr/bin/env node
// `npm run geometry`: prepares the map of <practice-map> from Natural Earth data (public
// domain, through the world-atlas package) and writes src/data/map-geometry.generated.ts.
//
// Every country and territory of the Americas is taken from the 1:50m layer (the 1:110m one
// lacks most Caribbean island states), simplified on the sphere with its borders kept shared,
// projected with the map's own projection (src/data/map-projection.ts, the same function that
// places point markers at run time), quantized to whole map units and written as compact SVG
// path data. The browser projects nothing but markers and ships no geometry library.
//
// Two levels of detail, as a tiled map has: the overview (map-geometry.generated.ts), simplified
// and quantized for a map at rest, which every map loads; and the detail
// (map-geometry-detail.generated.ts), which a map loads only once it is drawn large enough to
// show the difference: when the reader zooms in, or on a very large map.
//
// Run it again only when the source data, the projection or the settings below change; the
// generated module is committed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoCentroid, geoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { format, resolveConfig } from 'prettier';
import { tsImport } from 'tsx/esm/api';

const { PROJECTION_CENTER, projectPoint, projectRaw } = await tsImport(
  '../src/data/map-projection.ts',
  import.meta.url,
);
const { OAS_MEMBER_STATES } = await tsImport('../src/data/countries.ts', import.meta.url);

const OUTPUT = fileURLToPath(new URL('../src/data/map-geometry.generated.ts', import.meta.url));
const DETAIL_OUTPUT = fileURLToPath(
  new URL('../src/data/map-geometry-detail.generated.ts', import.meta.url),
);

/**
 * Width of the map's coordinate space; the height follows from the shapes. Coordinates are
 * whole units: at 2000 a unit is about 5 km, finer than the simplified outlines at the deepest
 * zoom, and 24 KiB of gzip for the whole map (1000 gives 16 KiB but visible steps when zoomed).
 */
const WIDTH = 2000;
/** Empty margin around the shapes, in map units. */
const PADDING = 16;
/**
 * Simplification thresholds: the smallest triangle area kept, in steradians. The detail keeps
 * what a unit can show (at 2000 units a unit is about 5 km). The overview keeps triangles of
 * about 650 km², about one square CSS pixel on a phone-sized map (a map unit is a fifth of a CSS
 * pixel there) and a few on a desktop's: the size of the map at rest. map-frame.ts switches to
 * the detail before a zoom makes the difference visible.
 */
const DETAIL_WEIGHT = 1e-7;
const OVERVIEW_WEIGHT = 1.6e-5;
/**
 * The overview's coordinates are whole multiples of this many map units: written in those
 * coarser units, its numbers are shorter (a quarter less to download, gzipped), and the map
 * scales them back when it loads them (`expandGeometry` in src/data/map-geometry.ts).
 */
const OVERVIEW_UNIT = 2;
/** Parts smaller than this (in square map units) are left out, except a shape's largest. */
const MIN_PART_AREA = 6;
/** Shapes smaller than this (square map units) get a symbol, to be seen and hit. */
const SMALL_SHAPE_AREA = 120;

/** ISO 3166-1 numeric (Natural Earth's ids in world-atlas) to alpha-2, for the Americas. */
// prettier-ignore
const CODES = {
  '028': 'AG', '032': 'AR', '044': 'BS', '052': 'BB', '060': 'BM', '068': 'BO', '076': 'BR',
  '084': 'BZ', '092': 'VG', '124': 'CA', '136': 'KY', '152': 'CL', '170': 'CO', '188': 'CR',
  '192': 'CU', '212': 'DM', '214': 'DO', '218': 'EC', '222': 'SV', '238': 'FK', '304': 'GL',
  '308': 'GD', '320': 'GT', '328': 'GY', '332': 'HT', '340': 'HN', '388': 'JM', '484': 'MX',
  '500': 'MS', '531': 'CW', '533': 'AW', '534': 'SX', '558': 'NI', '591': 'PA', '600': 'PY',
  '604': 'PE', '630': 'PR', '652': 'BL', '659': 'KN', '660': 'AI', '662': 'LC', '663': 'MF',
  '666': 'PM', '670': 'VC', '740': 'SR', '780': 'TT', '796': 'TC', '840': 'US', '850': 'VI',
  '858': 'UY', '862': 'VE',
  // Countries elsewhere whose territories in the Americas have their own codes: each part
  // is given the code of the region box it falls in (below), and parts outside every box are
  // left out.
  '250': 'FR', '528': 'NL',
};

/** Region boxes [west, south, east, north] in degrees, for parts of FR and NL. */
const TERRITORIES = {
  FR: { GF: [-55, 1, -51, 7], GP: [-62, 15.8, -60.9, 16.6], MQ: [-61.3, 14.3, -60.7, 15] },
  NL: { BQ: [-69, 11.9, -62.8, 17.8] },
};

/** Whether a part (by its centroid) belongs on a map of the Americas. */
function inAmericas(code, [lon, lat]) {
  // Hawaii is in Oceania, and the Aleutians' far west would stretch the map across the Pacific.
  if (code === 'US' && (lon < -172 || lon > 0 || (lat < 30 && lon < -140))) return false;
  return lon < -10 && lon > -180;
}

const round = (value) => Math.round(value);

// 1. The source topology, with only the Americas' geometries; simplification keeps shared
// borders shared, so neighbours still meet.
const require = createRequire(import.meta.url);
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const topology = {
  ...atlas,
  objects: {
    countries: {
      ...atlas.objects.countries,
      geometries: atlas.objects.countries.geometries.filter((g) => g.id in CODES),
    },
  },
};
const presimplified = presimplify(topology, sphericalTriangleArea);

// 2. Polygons per code, territories split out, far-away parts dropped: at a level of detail.
function polygonsAt(minWeight) {
  const simplified = simplify(presimplified, minWeight);
  const polygonsByCode = new Map();
  for (const country of feature(simplified, simplified.objects.countries).features) {
    const code = CODES[country.id];
    const polygons =
      country.geometry.type === 'Polygon'
        ? [country.geometry.coordinates]
        : country.geometry.type === 'MultiPolygon'
          ? country.geometry.coordinates
          : [];
    for (const polygon of polygons) {
      const centroid = geoCentroid({ type: 'Polygon', coordinates: polygon });
      let partCode = code;
      if (code in TERRITORIES) {
        const [lon, lat] = centroid;
        partCode = Object.entries(TERRITORIES[code]).find(
          ([, [w, s, e, n]]) => lon >= w && lon <= e && lat >= s && lat <= n,
        )?.[0];
        if (!partCode) continue;
      }
      if (!inAmericas(partCode, centroid)) continue;
      if (!polygonsByCode.has(partCode)) polygonsByCode.set(partCode, []);
      polygonsByCode.get(partCode).push(polygon);
    }
  }
  return polygonsByCode;
}
const polygonsByCode = polygonsAt(DETAIL_WEIGHT);
const overviewPolygons = polygonsAt(OVERVIEW_WEIGHT);

// 3. The projection, fitted to the map's width.
const collection = {
  type: 'FeatureCollection',
  features: [...polygonsByCode.values()].map((coordinates) => ({
    type: 'Feature',
    geometry: { type: 'MultiPolygon', coordinates },
  })),
};
// The raw projection puts its own centre at 0,0, so d3's centre is the same point and d3's
// translate is exactly the offset that projectPoint adds at run time.
const projection = geoProjection(projectRaw)
  .center([PROJECTION_CENTER.lon, PROJECTION_CENTER.lat])
  .fitWidth(WIDTH - 2 * PADDING, collection);
projection.translate([projection.translate()[0] + PADDING, projection.translate()[1] + PADDING]);
const fit = {
  scale: projection.scale(),
  translateX: projection.translate()[0],
  translateY: projection.translate()[1],
};
for (const point of [
  [-74, 4.6],
  [-150, 61],
  [-68, -54],
]) {
  const [x, y] = projection(point);
  const [rx, ry] = projectPoint(fit, ...point);
  if (Math.hypot(x - rx, y - ry) > 1e-6) throw new Error('projectPoint disagrees with d3-geo');
}

// 4. Rings in whole map units, and compact path data.
const ringArea = (ring) => {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  }
  return Math.abs(sum) / 2;
};

/** A ring in whole multiples of `unit` map units, written in those units. */
function projectRing(ring, unit = 1) {
  const points = [];
  for (const coordinate of ring) {
    const [x, y] = projection(coordinate).map((value) => round(value / unit));
    const last = points.at(-1);
    if (!last || last[0] !== x || last[1] !== y) points.push([x, y]);
  }
  if (points.length > 1 && points[0][0] === points.at(-1)[0] && points[0][1] === points.at(-1)[1]) {
    points.pop();
  }
  return points;
}

/** `M x y l dx dy dx dy … z`: relative moves keep the numbers short. */
function pathData(ring) {
  let d = `M${ring[0][0]} ${ring[0][1]}l`;
  for (let i = 1; i < ring.length; i++) {
    const dx = ring[i][0] - ring[i - 1][0];
    const dy = ring[i][1] - ring[i - 1][1];
    d += `${i > 1 && dx >= 0 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
  }
  return `${d}z`;
}

/** A point well inside a ring: the candidate of a grid farthest from the ring's edges. */
function innerPoint(ring) {
  const inside = ([x, y]) => {
    let result = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
    }
    return result;
  };
  const edgeDistance = ([x, y]) => {
    let best = Infinity;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j];
      const [bx, by] = ring[i];
      const length = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = length
        ? Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length))
        : 0;
      best = Math.min(best, Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)));
    }
    return best;
  };
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best = [(x0 + x1) / 2, (y0 + y1) / 2];
  let bestDistance = inside(best) ? edgeDistance(best) : -1;
  const steps = 24;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const candidate = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
      if (!inside(candidate)) continue;
      const distance = edgeDistance(candidate);
      if (distance > bestDistance) [best, bestDistance] = [candidate, distance];
    }
  }
  return best.map(round);
}

/**
 * The rings of a country's polygons worth drawing, largest first, in units of `unit` map units;
 * areas are in square map units. The largest part always stays, however small: an island state
 * is never left out. An island smaller than a unit becomes a small diamond at its centroid.
 */
function partsOf(polygons, unit = 1) {
  const rings = polygons
    .flatMap((polygon) => polygon.map((ring) => projectRing(ring, unit)))
    .filter((ring) => ring.length >= 3)
    .map((ring) => ({ ring, area: ringArea(ring) * unit * unit }))
    .sort((a, b) => b.area - a.area);
  const kept = rings.filter((part, i) => i === 0 || part.area >= MIN_PART_AREA);
  if (kept.length === 0) {
    const [cx, cy] = projection(geoCentroid({ type: 'MultiPolygon', coordinates: polygons })).map(
      (value) => round(value / unit),
    );
    const ring = [
      [cx, cy - 1],
      [cx + 1, cy],
      [cx, cy + 1],
      [cx - 1, cy],
    ];
    kept.push({ ring, area: ringArea(ring) });
  }
  return kept;
}

const shapes = [];
let height = 0;
for (const [code, polygons] of polygonsByCode) {
  const kept = partsOf(polygons);
  const area = kept.reduce((sum, part) => sum + part.area, 0);
  const [x, y] = innerPoint(kept[0].ring);
  for (const { ring } of kept) height = Math.max(height, ...ring.map((p) => p[1]));
  shapes.push({
    code,
    // The overview's outline of the same polygons, in its coarser units; where, name and size
    // come from the detail.
    d: partsOf(overviewPolygons.get(code), OVERVIEW_UNIT)
      .map(({ ring }) => pathData(ring))
      .join(''),
    detail: kept.map(({ ring }) => pathData(ring)).join(''),
    x,
    y,
    small: area < SMALL_SHAPE_AREA,
    area,
  });
}
shapes.sort((a, b) => b.area - a.area || a.code.localeCompare(b.code));
height = Math.ceil(height + PADDING);

const missing = OAS_MEMBER_STATES.filter((code) => !shapes.some((shape) => shape.code === code));
if (missing.length) throw new Error(`OAS member states missing from the map: ${missing}`);

const body = shapes
  .map(
    ({ code, d, x, y, small }) =>
      `    { code: '${code}', x: ${x}, y: ${y}, small: ${small}, d: '${d}' },`,
  )
  .join('\n');
const source = `// Generated by scripts/build-geometry.mjs from Natural Earth 1:50m data (public domain),
// through the world-atlas package. Do not edit: run \`npm run geometry\`.
import { expandGeometry, type MapGeometry } from './map-geometry.js';

/** The overview: every map loads it. Its path data is written in units of ${OVERVIEW_UNIT} map units. */
export const MAP_GEOMETRY: MapGeometry = expandGeometry({
  width: ${WIDTH},
  height: ${height},
  fit: { scale: ${fit.scale}, translateX: ${fit.translateX}, translateY: ${fit.translateY} },
  unit: ${OVERVIEW_UNIT},
  shapes: [
${body}
  ],
});
`;
const detailSource = `// Generated by scripts/build-geometry.mjs from Natural Earth 1:50m data (public domain),
// through the world-atlas package. Do not edit: run \`npm run geometry\`.
import type { MapDetail } from './map-geometry.js';

/** The detailed outlines, by code: a map loads them once the reader zooms in. */
export const MAP_DETAIL: MapDetail = {
${shapes.map(({ code, detail }) => `  ${code}: '${detail}',`).join('\n')}
};
`;
// Formatted as the repository's other sources, so that a format check passes on them.
const outputs = [
  [OUTPUT, source],
  [DETAIL_OUTPUT, detailSource],
];
const formatted = await Promise.all(
  outputs.map(async ([file, text]) => [
    file,
    await format(text, { ...(await resolveConfig(file)), filepath: file }),
  ]),
);
if (process.argv.includes('--check')) {
  // Tests run this: the committed modules must be what the script makes from its sources.
  const stale = formatted.filter(
    ([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text,
  );
  for (const [file] of stale) console.log(`${file} is out of date: run npm run geometry.`);
  if (!stale.length) console.log('The map geometry is up to date.');
  process.exit(stale.length ? 1 : 0);
}
for (const [file, text] of formatted) writeFileSync(file, text);

const kib = (file) => `${relative('.', file)} ${(readFileSync(file).length / 1024).toFixed(1)} KiB`;
console.log(
  `${shapes.length} shapes, viewBox 0 0 ${WIDTH} ${height}, ` +
    `${shapes
      .filter((s) => s.small)
      .map((s) => s.code)
      .join(' ')} drawn small; ` +
    `overview ${kib(OUTPUT)}, detail ${kib(DETAIL_OUTPUT)}`,
);
