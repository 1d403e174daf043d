import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAP_GEOMETRY } from '../../src/data/map-geometry.generated.js';
import {
  CALLOUT_SIZE,
  TARGET_SIZE,
  clearTarget,
  innerRadius,
  placeCallouts,
  placeLabels,
  rectsOverlap,
  squareFits,
} from '../../src/data/map-targets.js';

const shape = (code: string) => MAP_GEOMETRY.shapes.find((s) => s.code === code)!;

test('a country’s room around its label point: wide for Brazil, tiny for Saint Lucia', () => {
  assert.ok(innerRadius(shape('BR')) > 100);
  assert.ok(innerRadius(shape('LC')) < 5);
  // A target of 24 px fits a room of 12 px: its inscribed disc does.
  assert.equal(squareFits(12), true);
  assert.equal(squareFits(11.9), false);
});

test('callouts never overlap, stay in the frame and are at least 24 px, however many', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          x: fc.double({ min: 0, max: 320, noNaN: true }),
          y: fc.double({ min: 0, max: 470, noNaN: true }),
        }),
        { maxLength: 40 },
      ),
      fc.integer({ min: 300, max: 1300 }),
      (points, width) => {
        const frame = { width, height: width * 1.47 };
        const anchors = points.map((p, i) => ({
          code: `C${i}`,
          x: (p.x * width) / 320,
          y: (p.y * frame.height) / 470,
        }));
        const callouts = placeCallouts(anchors, frame);
        assert.equal(callouts.length, anchors.length);
        for (const [i, a] of callouts.entries()) {
          assert.ok(a.width >= TARGET_SIZE && a.height >= TARGET_SIZE);
          assert.ok(a.x >= 0 && a.y >= 0 && a.x + a.width <= frame.width + 1e-9);
          assert.ok(a.y + a.height <= frame.height + 1e-9);
          for (const b of callouts.slice(i + 1)) assert.equal(rectsOverlap(a, b), false);
        }
      },
    ),
  );
});

test('a callout sits beside its anchor, on the nearer side, as near its height as it can', () => {
  const frame = { width: 360, height: 530 };
  const [west] = placeCallouts([{ code: 'GT', x: 100, y: 200 }], frame);
  assert.equal(west!.x, 4);
  assert.equal(west!.y, 200 - CALLOUT_SIZE / 2);
  const callouts = placeCallouts(
    [
      { code: 'LC', x: 300, y: 300 },
      { code: 'VC', x: 301, y: 302 },
    ],
    frame,
  );
  assert.deepEqual(
    callouts.map((c) => [c.code, c.x + c.width]),
    [
      ['LC', 356],
      ['VC', 356],
    ],
  );
  assert.ok(callouts[1]!.y >= callouts[0]!.y + CALLOUT_SIZE);
});

test('a target square keeps clear of markers and callouts, inside the country’s room', () => {
  assert.deepEqual(clearTarget({ x: 100, y: 100 }, 40, []), { x: 100, y: 100 });
  const marker = { x: 94, y: 94, width: 12, height: 12 };
  const moved = clearTarget({ x: 100, y: 100 }, 40, [marker])!;
  const square = { x: moved.x - 12, y: moved.y - 12, width: 24, height: 24 };
  assert.equal(rectsOverlap(square, marker), false);
  assert.ok(Math.hypot(moved.x - 100, moved.y - 100) + 12 <= 40 + 1e-9);
  assert.equal(clearTarget({ x: 100, y: 100 }, 10, []), undefined);
  assert.equal(clearTarget({ x: 100, y: 100 }, 12.5, [marker]), undefined);
});

test('names are written only where they fit, never over each other', () => {
  const label = (code: string, x: number, width: number, room: number) => ({
    code,
    text: code,
    x,
    y: 50,
    width,
    height: 15,
    room,
  });
  const placed = placeLabels([
    label('BR', 100, 60, 80),
    label('PE', 120, 60, 80),
    label('CL', 300, 60, 10),
    label('AR', 300, 60, 80),
  ]);
  // Chile's name does not fit in it; Peru's moves a line off Brazil's.
  assert.deepEqual(
    placed.map((l) => l.code),
    ['BR', 'PE', 'AR'],
  );
  assert.notEqual(placed[1]!.y, 50);
  for (const [i, a] of placed.entries()) {
    for (const b of placed.slice(i + 1)) {
      const box = (l: typeof a) => ({
        x: l.x - l.width / 2,
        y: l.y - l.height / 2,
        width: l.width,
        height: l.height,
      });
      assert.equal(rectsOverlap(box(a), box(b)), false);
    }
  }
  // A name with no room a line away either is left out.
  assert.deepEqual(
    placeLabels([label('BR', 100, 60, 80), label('PE', 120, 60, 36)]).map((l) => l.code),
    ['BR'],
  );
  // A name moves a line off a marker, where its room allows, else is left out.
  const marker = { x: 290, y: 45, width: 10, height: 10 };
  const [moved] = placeLabels([label('AR', 300, 60, 80)], [marker]);
  assert.equal(
    rectsOverlap({ x: moved!.x - 30, y: moved!.y - 7.5, width: 60, height: 15 }, marker),
    false,
  );
  assert.deepEqual(placeLabels([label('AR', 300, 60, 34)], [marker]), []);
});
