import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { installHydration } from '../../../src/components/shared/hydrate-support.js';
import { until, useCannedFetch } from '../../helpers.js';

/*
 * A map rendered on the server (`practice-feed render --element map`): drawn for a nominal
 * width, its SVG's viewBox scaling the drawing to the frame, which keeps its aspect ratio. Seen
 * before any script (its countries and counts), then taken over: the same frame and outlines,
 * no change of size, and drawn again in place for the frame's own width. (Fixture made by
 * test/fixtures/rendered/make.mjs.)
 */
installHydration();
await import('../../../src/define.js');

const FIXTURES = '/test/fixtures/rendered/';
const markup = await (await fetch(`${FIXTURES}map-inline.html`)).text();

type Hydrated = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> };

let box: HTMLElement | undefined;
afterEach(async () => {
  box?.remove();
  box = undefined;
  await setViewport({ width: 800, height: 600 });
});

const place = (html: string) => {
  const element = document.createElement('div');
  document.body.append(element);
  element.setHTMLUnsafe(html);
  return element;
};

const rect = (element: Element) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
};

/** The markers' radius on screen, in CSS pixels. */
const markerRadius = (root: ShadowRoot) => {
  const marker = root.querySelector('.marker circle, .marker')!;
  return marker.getBoundingClientRect().width / 2;
};

for (const width of [360, 1280]) {
  describe(`a map rendered on the server, at ${width} px`, () => {
    it('shows its countries and counts before the script, then is taken over in place: same nodes, same box, drawn for its width', async () => {
      await setViewport({ width, height: 900 });
      const requests = useCannedFetch({});
      // Before any script: the same markup under a name no script defines.
      const reference = place(
        markup
          .replaceAll('<practice-feed', '<unscripted-feed')
          .replaceAll('</practice-feed>', '</unscripted-feed>')
          .replace('<practice-map', '<unscripted-map')
          .replace('</practice-map>', '</unscripted-map>'),
      );
      const unscripted = reference.querySelector('unscripted-map')!;
      const before = {
        host: rect(unscripted),
        frame: rect(unscripted.shadowRoot!.querySelector('.frame')!),
        svg: rect(unscripted.shadowRoot!.querySelector('.frame > svg.map')!),
      };
      // Visible: a map as wide as its frame, shaded countries, and the legend's counts.
      expect(before.svg.width).to.be.closeTo(before.frame.width - 2, 2);
      expect(before.svg.height).to.be.greaterThan(200);
      expect(unscripted.shadowRoot!.querySelectorAll('.frame path').length).to.be.greaterThan(20);
      expect(unscripted.shadowRoot!.querySelector('.legend')!.textContent).to.match(/\d/);
      const nominalRadius = markerRadius(unscripted.shadowRoot!);
      reference.remove();

      box = place(markup);
      const map = box.querySelector('practice-map') as Hydrated;
      const root = map.shadowRoot!;
      const frame = root.querySelector('.frame')!;
      const svg = root.querySelector('.frame > svg.map')!;
      const paths = [...root.querySelectorAll('.frame path')];
      await until(() => map.hasUpdated, 10_000);
      await map.updateComplete;
      // Taken over: the same frame, drawing and outlines, in the same box.
      expect(root.querySelector('.frame'), 'the frame was drawn again').to.equal(frame);
      expect(root.querySelector('.frame > svg.map'), 'the map was drawn again').to.equal(svg);
      expect(rect(map)).to.deep.equal(before.host);
      expect(rect(frame)).to.deep.equal(before.frame);
      // Then drawn for the frame's own width: the markers at their size on screen.
      await until(() => Math.abs(markerRadius(root) - nominalRadius) > 0.3, 5000);
      expect(root.querySelector('.frame > svg.map')).to.equal(svg);
      const kept = [...root.querySelectorAll('.frame path')].filter((path) => paths.includes(path));
      expect(kept.length, 'outlines kept').to.be.greaterThan(paths.length / 2);
      expect(rect(map)).to.deep.equal(before.host);
      expect(requests).to.deep.equal([]);
      await expect(map).to.be.accessible();
    });
  });
}
