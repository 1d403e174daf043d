import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { geoProjection } from 'd3-geo';
import { OAS_MEMBER_STATES, isCountryCode } from '../../src/data/countries.js';
import { expandGeometry } from '../../src/data/map-geometry.js';
import { MAP_GEOMETRY } from '../../src/data/map-geometry.generated.js';
import { MAP_DETAIL } from '../../src/data/map-geometry-detail.generated.js';
import { PROJECTION_CENTER, projectPoint, projectRaw } from '../../src/data/map-projection.js';

/** The rings of compact path data (`M x y l dx dy … z`), as absolute points. */
function rings(d: string): [number, number][][] {
  return d
    .split('z')
    .filter(Boolean)
    .map((ring) => {
      const numbers = ring.match(/-?\d+/g)!.map(Number);
      const points: [number, number][] = [[numbers[0]!, numbers[1]!]];
      for (let i = 2; i < numbers.length; i += 2) {
        const [x, y] = points.at(-1)!;
        points.push([x + numbers[i]!, y + numbers[i + 1]!]);
      }
      return points;
    });
}

/** Even-odd point-in-path test over every ring. */
function insidePath(d: string, x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const shapeOf = (code: string) => MAP_GEOMETRY.shapes.find((shape) => shape.code === code);

test('every OAS member state is on the map, small island states included', () => {
  const missing = OAS_MEMBER_STATES.filter((code) => !shapeOf(code));
  assert.deepEqual(missing, []);
  for (const code of ['AG', 'BB', 'DM', 'GD', 'KN', 'LC', 'VC']) {
    assert.equal(shapeOf(code)!.small, true, `${code} gets a symbol, to be seen and hit`);
  }
  for (const code of ['BR', 'CA', 'US', 'MX', 'CO']) {
    assert.equal(shapeOf(code)!.small, false, `${code} is big enough to hit`);
  }
});

test('every shape has a valid code, once, and path data inside the map, at both levels', () => {
  const codes = MAP_GEOMETRY.shapes.map((shape) => shape.code);
  assert.equal(new Set(codes).size, codes.length);
  assert.deepEqual(Object.keys(MAP_DETAIL).sort(), [...codes].sort(), 'the detail has every shape');
  for (const shape of MAP_GEOMETRY.shapes) {
    assert.ok(isCountryCode(shape.code), shape.code);
    for (const d of [shape.d, MAP_DETAIL[shape.code]!]) {
      assert.match(d, /^(M-?\d+ -?\d+l[-\d ]+z)+$/, shape.code);
      for (const [x, y] of rings(d).flat()) {
        assert.ok(x >= 0 && x <= MAP_GEOMETRY.width, `${shape.code} x ${x}`);
        assert.ok(y >= 0 && y <= MAP_GEOMETRY.height, `${shape.code} y ${y}`);
      }
    }
    // The label point is inside the shape (a symbol or tooltip points at the country).
    if (!shape.small) {
      assert.ok(insidePath(MAP_DETAIL[shape.code]!, shape.x, shape.y), `${shape.code} label`);
    }
  }
});

test('the overview is the detail simplified: half its size or less, the same places', () => {
  const overview = MAP_GEOMETRY.shapes.reduce((sum, shape) => sum + shape.d.length, 0);
  const detail = Object.values(MAP_DETAIL).reduce((sum, d) => sum + d.length, 0);
  assert.ok(overview * 2 <= detail, `${overview} against ${detail} characters`);
  // Each big shape's label point is still inside its overview outline.
  for (const shape of MAP_GEOMETRY.shapes.filter((s) => !s.small)) {
    const xs = rings(shape.d)
      .flat()
      .map(([x]) => x);
    if (Math.max(...xs) - Math.min(...xs) < 40) continue;
    assert.ok(insidePath(shape.d, shape.x, shape.y), `${shape.code} label in the overview`);
  }
});

test('the overview arrives in coarser units and is scaled to map units on load', () => {
  const source = readFileSync('src/data/map-geometry.generated.ts', 'utf8');
  const unit = Number(/unit: (\d+),/.exec(source)?.[1]);
  assert.ok(unit > 1, 'the generated overview is written in coarser units');
  const written = /code: 'CO',[^}]*d: '([^']+)'/.exec(source)![1]!;
  const loaded = shapeOf('CO')!.d;
  assert.deepEqual(
    rings(loaded),
    rings(written).map((ring) => ring.map(([x, y]) => [x * unit, y * unit])),
  );
  // Every number scales, signs included; a unit of 1 is the geometry as it is.
  const compact = {
    width: 10,
    height: 10,
    fit: { scale: 1, translateX: 0, translateY: 0 },
    shapes: [{ code: 'XX', x: 3, y: 4, small: false, d: 'M1 2l3-1-2 0z' }],
  };
  assert.equal(expandGeometry({ ...compact, unit: 3 }).shapes[0]!.d, 'M3 6l9-3-6 0z');
  assert.equal(expandGeometry({ ...compact, unit: 3 }).shapes[0]!.x, 3, 'label points stay');
  assert.equal(expandGeometry({ ...compact, unit: 1 }).shapes[0]!.d, 'M1 2l3-1-2 0z');
});

test('the geometry is no territory of the other continents', () => {
  for (const code of ['FR', 'NL', 'RU', 'GB', 'ES', 'PT']) assert.equal(shapeOf(code), undefined);
  assert.ok(shapeOf('GF'), 'French Guiana is split out of France');
});

test('markers projected at run time land where the build put the outlines', () => {
  const { fit } = MAP_GEOMETRY;
  const d3 = geoProjection(projectRaw)
    .center([PROJECTION_CENTER.lon, PROJECTION_CENTER.lat])
    .scale(fit.scale)
    .translate([fit.translateX, fit.translateY]);
  for (const [lon, lat] of [
    [-74.08, 4.6], // Bogotá
    [-43.2, -22.9], // Rio de Janeiro
    [-79.38, 43.65], // Toronto
    [-61.75, 12.05], // St. George's, Grenada
    [-68.3, -54.8], // Ushuaia
  ] as const) {
    const [x, y] = projectPoint(fit, lon, lat);
    const [ex, ey] = d3([lon, lat])!;
    assert.ok(Math.abs(x - ex) < 1e-6 && Math.abs(y - ey) < 1e-6, `${lon},${lat}`);
  }
  // And capitals projected at run time fall inside their country's outline from the build.
  for (const [code, lon, lat] of [
    ['CO', -74.08, 4.6],
    ['BR', -47.9, -15.8],
    ['CA', -75.7, 45.4],
    ['MX', -99.13, 19.43],
    ['AR', -58.4, -34.6],
    ['JM', -76.8, 18.0],
  ] as const) {
    const [x, y] = projectPoint(fit, lon, lat);
    assert.ok(insidePath(shapeOf(code)!.d, x, y), `${code}'s capital is inside ${code}`);
    assert.ok(insidePath(MAP_DETAIL[code]!, x, y), `${code}'s capital is inside detailed ${code}`);
  }
});

test('north is up and east is right', () => {
  const { fit } = MAP_GEOMETRY;
  const [, yNorth] = projectPoint(fit, -75, 40);
  const [, ySouth] = projectPoint(fit, -75, -30);
  const [xWest] = projectPoint(fit, -100, 0);
  const [xEast] = projectPoint(fit, -50, 0);
  assert.ok(yNorth < ySouth);
  assert.ok(xWest < xEast);
});

test('the committed geometry is what the build script makes', () => {
  const run = spawnSync(process.execPath, ['scripts/build-geometry.mjs', '--check'], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

test('the map frame reserves the geometry’s proportions before it loads', () => {
  const styles = readFileSync('src/components/practice-map/practice-map.styles.ts', 'utf8');
  const ratio = /aspect-ratio: (\d+) \/ (\d+);/.exec(styles);
  assert.ok(ratio, 'the frame has an aspect ratio');
  assert.deepEqual([Number(ratio[1]), Number(ratio[2])], [MAP_GEOMETRY.width, MAP_GEOMETRY.height]);
});
