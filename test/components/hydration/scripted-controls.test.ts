import { expect } from '@open-wc/testing';
import { installHydration } from '../../../src/components/shared/hydrate-support.js';
import { until, useCannedFetch } from '../../helpers.js';

/*
 * Rendered HTML (`practice-feed render`) before and without the script: the controls that act
 * only once the script has defined the elements (the map's zoom and table buttons, the figures'
 * measure switch and table toggles, the list's sort, downloads and pager, the catalogue's tabs,
 * search box and filter buttons) are not shown, and keep their room, so that they appear where
 * the room was when the script takes over. The page without the script is a frame of its own,
 * whose registry defines nothing; the same markup is then taken over in this page. (Fixtures
 * made by test/fixtures/rendered/make.mjs.)
 */
installHydration();
await import('../../../src/define.js');

const FIXTURES = '/test/fixtures/rendered/';
const WIDTH = 360;

type Hydrated = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<boolean> };

/** Every element under `root`, through shadow roots. */
function deepAll(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepAll(element.shadowRoot));
  }
  return found;
}

/** What a reader sees of each control: shown or not, and where, from the widget's corner. */
function controlsOf(widget: Element) {
  const corner = widget.getBoundingClientRect();
  return deepAll(widget.shadowRoot!)
    .filter((element) => element.classList.contains('scripted'))
    .map((element) => {
      const box = element.getBoundingClientRect();
      const view = element.ownerDocument.defaultView!;
      return {
        name: `${element.localName}.${[...element.classList].join('.')}`,
        shown: view.getComputedStyle(element).visibility === 'visible',
        x: box.x - corner.x,
        y: box.y - corner.y,
        width: box.width,
        height: box.height,
      };
    });
}

/** The markup in a frame without the script, `WIDTH` wide (no scroll bar to narrow it). */
async function withoutScript(markup: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${WIDTH}px; height: 900px; border: 0`;
  // The frame is laid out at its width before its page arrives. Under load, WebKit has measured
  // the catalogue's search box a thousand pixels lower, as if its filters had kept the layout of
  // a wide container (a guess; in seven runs under load since this order, none).
  document.body.append(frame);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="es" style="overflow: hidden"><body style="margin: 0">${markup}</body></html>`;
  await loaded;
  // (Measured once laid out at that width and settled: `settledControls`.)
  return frame;
}

/**
 * The controls of the page without the script once its layout has settled: the widget laid out
 * at the frame's full width, and the same positions in two frames running.
 */
async function settledControls(frame: HTMLIFrameElement, widget: Element) {
  const view = frame.contentWindow!;
  const nextFrame = () => new Promise((resolve) => view.requestAnimationFrame(resolve));
  let last = JSON.stringify(controlsOf(widget));
  const start = performance.now();
  while (performance.now() - start < 5000) {
    await nextFrame();
    const now = JSON.stringify(controlsOf(widget));
    if (now === last && Math.round(widget.getBoundingClientRect().width) === WIDTH) break;
    last = now;
  }
  return controlsOf(widget);
}

let cleanup: Element[] = [];
afterEach(() => {
  for (const element of cleanup) element.remove();
  cleanup = [];
});

const CASES = [
  { fixture: 'map-inline.html', tag: 'practice-map', controls: 1, text: 'Prácticas por país' },
  { fixture: 'stats-inline.html', tag: 'practice-stats', controls: 5, text: 'Nivel educativo' },
  { fixture: 'list-inline.html', tag: 'practice-list', controls: 2, text: 'STEAM sin barreras' },
  {
    fixture: 'catalog-inline.html',
    tag: 'practice-catalog',
    controls: 5,
    text: 'STEAM sin barreras',
  },
];

describe('rendered controls that need the script', () => {
  for (const { fixture, tag, controls, text } of CASES) {
    it(`${tag}: hidden with their room kept until the script, then shown in that room`, async () => {
      useCannedFetch({});
      const markup = await (await fetch(`${FIXTURES}${fixture}`)).text();
      const frame = await withoutScript(markup);
      cleanup.push(frame);
      const unscripted = frame.contentDocument!.querySelector(tag)!;
      expect(frame.contentWindow!.customElements.get(tag)).to.equal(undefined);
      const before = await settledControls(frame, unscripted);
      expect(before.length, 'controls').to.be.at.least(controls);
      for (const control of before) {
        expect(control.shown, `${control.name} shown without the script`).to.equal(false);
      }
      // Their room is kept (one at this width, the wide filter buttons, is not laid out at all).
      expect(before.filter((control) => control.width * control.height > 0).length).to.be.at.least(
        controls,
      );
      // The practices and figures themselves are there to read.
      expect(deepAll(unscripted.shadowRoot!).some((el) => el.textContent?.includes(text))).to.equal(
        true,
      );

      const box = document.createElement('div');
      box.style.width = `${WIDTH}px`;
      cleanup.push(box);
      document.body.append(box);
      box.setHTMLUnsafe(markup);
      const widget = box.querySelector(tag)!;
      const drawn = () =>
        [widget, ...deepAll(widget.shadowRoot!)].filter(
          (el) => el.localName.startsWith('practice-') && el.shadowRoot,
        ) as Hydrated[];
      await until(() => drawn().every((el) => el.hasUpdated), 8000);
      for (const el of drawn()) await el.updateComplete;
      const after = controlsOf(widget);
      expect(after.map((control) => control.name)).to.deep.equal(
        before.map((control) => control.name),
      );
      after.forEach((control, i) => {
        expect(control.shown, `${control.name} shown with the script`).to.equal(true);
        // Not laid out at this width, with or without the script.
        if (before[i]!.width * before[i]!.height === 0) {
          expect(control.width * control.height, control.name).to.equal(0);
          return;
        }
        for (const key of ['x', 'y', 'width', 'height'] as const) {
          expect(control[key], `${control.name} ${key}`).to.be.closeTo(before[i]![key], 1);
        }
      });
    });
  }
});
