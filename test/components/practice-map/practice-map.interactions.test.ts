// What the map does at each zoom step and drag move: the work a reader waits for before the next
// frame (bench/inp.mjs measures it; these tests keep the savings from coming undone).
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { PracticeMap } from '../../../src/components/practice-map/practice-map.js';
import { MapFrame } from '../../../src/components/practice-map/map-frame.js';
import { sampleFeed, until, useCannedFetch } from '../../helpers.js';

const FEED_URL = '/feeds/practices.json';

const root = (map: PracticeMap) => map.shadowRoot!;
const zoomGroup = (map: PracticeMap) => root(map).querySelector('svg.map > g')!;
const button = (map: PracticeMap, name: string) => {
  const found = [...root(map).querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) => candidate.getAttribute('aria-label') === name,
  );
  if (!found) throw new Error(`No button ${name}`);
  return found;
};
const centreOf = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
};
/** The frame's private parts, for counting the work done at each drawing. */
type FrameInside = {
  _targets: (...args: unknown[]) => unknown;
  _clustersNow: () => unknown[];
};
const framePrototype = MapFrame.prototype as unknown as FrameInside;

async function loadedMap(): Promise<PracticeMap> {
  useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
  const map = await fixture<PracticeMap>(
    html`<practice-map src=${FEED_URL} lang="en"></practice-map>`,
  );
  map.scrollIntoView();
  await until(() => !!map.shadowRoot?.querySelector('svg.map .country'));
  await map.updateComplete;
  return map;
}

/** Counts the calls of one of the frame's methods until `stop()`. */
function countCalls(name: keyof FrameInside): { count: number; stop: () => void } {
  const original = framePrototype[name];
  const counter = {
    count: 0,
    stop: () => {
      framePrototype[name] = original as never;
    },
  };
  framePrototype[name] = function (this: unknown, ...args: unknown[]) {
    counter.count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as never;
  return counter;
}

describe('practice-map: the work of zooming and dragging', () => {
  it('places the targets and names again neither for a tooltip nor during a drag, only after it', async () => {
    const map = await loadedMap();
    button(map, 'Zoom in').click();
    await map.updateComplete;
    button(map, 'Zoom in').click();
    await map.updateComplete;
    const frame = root(map).querySelector('.frame')!;
    frame.scrollIntoView({ block: 'center' });
    const target = () => root(map).querySelector<SVGRectElement>('rect.target')!;
    const code = target().getAttribute('data-target')!;
    const at = (which: string) =>
      Number(root(map).querySelector(`rect.target[data-target="${which}"]`)?.getAttribute('x'));
    const xBefore = at(code);
    const before = zoomGroup(map).getAttribute('transform');
    const [x, y] = centreOf(frame);
    const placed = countCalls('_targets');
    let pressed = false;
    try {
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      pressed = true;
      for (let step = 1; step <= 4; step++) {
        await sendMouse({ type: 'move', position: [x + step * 10, y + step * 5] });
      }
      await map.updateComplete;
      // The tooltip came and the map moved, its targets with it, without being placed again.
      expect(zoomGroup(map).getAttribute('transform')).to.not.equal(before);
      expect(placed.count).to.equal(0);
      expect(at(code)).to.be.closeTo(xBefore + 40, 1);
      await sendMouse({ type: 'up' });
      pressed = false;
      await map.updateComplete;
      expect(placed.count).to.be.greaterThan(0);
    } finally {
      placed.stop();
      if (pressed) await sendMouse({ type: 'up' });
    }
  });

  it('draws the markers of a zoom step met before without grouping the practices again', async () => {
    const map = await loadedMap();
    const frame = (map as unknown as { _frame: FrameInside })._frame;
    const whole = frame._clustersNow();
    button(map, 'Zoom in').click();
    await map.updateComplete;
    button(map, 'Zoom out').click();
    await map.updateComplete;
    expect(frame._clustersNow()).to.equal(whole);
  });

  it('names no country again when the map zooms', async () => {
    const map = await loadedMap();
    const of = Intl.DisplayNames.prototype.of;
    let asked = 0;
    Intl.DisplayNames.prototype.of = function (this: Intl.DisplayNames, code: string) {
      asked++;
      return of.call(this, code);
    };
    try {
      button(map, 'Zoom in').click();
      await map.updateComplete;
      button(map, 'Zoom out').click();
      await map.updateComplete;
    } finally {
      Intl.DisplayNames.prototype.of = of;
    }
    expect(asked).to.equal(0);
  });
});

describe('practice-map: a zoom button or the wheel seen in the next frame', () => {
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const scaleOf = (element: Element) =>
    Number(/scale\(([\d.e-]+)\)/.exec(element.getAttribute('transform') ?? '')?.[1]);
  const markers = (map: PracticeMap) => [...root(map).querySelectorAll('svg.map .marker')];

  it('shows the map scaled in the frame after the press, and draws it at its zoom after that paint', async () => {
    const map = await loadedMap();
    const before = markers(map);
    expect(before.length).to.be.greaterThan(0);
    const sizes = before.map((marker) => marker.getBoundingClientRect().width);
    const placed = countCalls('_targets');
    try {
      button(map, 'Zoom in').click();
      await nextFrame();
      // The frame about to be painted: the drawing scaled by the step, its markers at their size
      // on screen, and nothing placed or drawn again yet.
      expect(scaleOf(zoomGroup(map))).to.be.closeTo(1.6, 0.01);
      expect(placed.count).to.equal(0);
      expect(markers(map)).to.deep.equal(before);
      before.forEach((marker, i) =>
        expect(marker.getBoundingClientRect().width).to.be.closeTo(sizes[i]!, 0.5),
      );
      await map.updateComplete;
      // Then drawn at the new zoom: the zoom out enabled, the targets placed again.
      expect(placed.count).to.be.greaterThan(0);
      expect(scaleOf(zoomGroup(map))).to.be.closeTo(1.6, 0.01);
      expect(button(map, 'Zoom out').disabled).to.equal(false);
    } finally {
      placed.stop();
    }
  });

  it('zooms with the wheel the same way: scaled in the next frame, drawn at its zoom after it', async () => {
    const map = await loadedMap();
    const svg = root(map).querySelector<SVGSVGElement>('svg.map')!;
    const before = markers(map);
    const placed = countCalls('_targets');
    try {
      const box = svg.getBoundingClientRect();
      // A pinch on a touchpad (the wheel with ctrlKey) zooms even the whole map.
      const event = new WheelEvent('wheel', {
        bubbles: true,
        cancelable: true,
        clientX: box.left + box.width / 2,
        clientY: box.top + box.height / 2,
        deltaY: -100,
        ctrlKey: true,
      });
      svg.dispatchEvent(event);
      expect(event.defaultPrevented, 'the page does not zoom').to.equal(true);
      await nextFrame();
      expect(scaleOf(zoomGroup(map))).to.be.closeTo(Math.exp(0.5), 0.01);
      expect(placed.count, 'nothing drawn again before that frame').to.equal(0);
      expect(markers(map)).to.deep.equal(before);
      await map.updateComplete;
      expect(placed.count, 'then drawn at its zoom').to.be.greaterThan(0);
      expect(scaleOf(zoomGroup(map))).to.be.closeTo(Math.exp(0.5), 0.01);
      expect(button(map, 'Zoom out').disabled).to.equal(false);
    } finally {
      placed.stop();
    }
  });

  it('ends unscaled and drawn right when the view goes back to where it was before the drawing', async () => {
    const map = await loadedMap();
    const svg = root(map).querySelector<SVGElement>('svg.map')!;
    const transforms = () =>
      [zoomGroup(map), ...markers(map)].map((element) => element.getAttribute('transform'));
    const before = transforms();
    const sizes = markers(map).map((marker) => marker.getBoundingClientRect().width);
    button(map, 'Zoom in').click();
    await nextFrame();
    expect(scaleOf(zoomGroup(map))).to.be.closeTo(1.6, 0.01);
    // Before the drawing at the new zoom, the reader's key puts the view back to the whole map:
    // exactly the camera the map was last drawn at.
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: '0', bubbles: true, composed: true }));
    await map.updateComplete;
    await nextFrame();
    await map.updateComplete;
    expect(scaleOf(zoomGroup(map))).to.equal(1);
    expect(transforms()).to.deep.equal(before);
    markers(map).forEach((marker, i) =>
      expect(marker.getBoundingClientRect().width).to.be.closeTo(sizes[i]!, 0.5),
    );
    expect(button(map, 'Zoom out').disabled).to.equal(true);
  });

  it('adds up presses made before the drawing, and the reset goes back to the whole map', async () => {
    const map = await loadedMap();
    button(map, 'Zoom in').click();
    button(map, 'Zoom in').click();
    await map.updateComplete;
    expect(scaleOf(zoomGroup(map))).to.be.closeTo(2.56, 0.01);
    button(map, 'Show the whole map').click();
    await nextFrame();
    expect(scaleOf(zoomGroup(map))).to.equal(1);
    await map.updateComplete;
    expect(scaleOf(zoomGroup(map))).to.equal(1);
    expect(button(map, 'Zoom out').disabled).to.equal(true);
  });
});
