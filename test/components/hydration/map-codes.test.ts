import { expect } from '@open-wc/testing';

/*
 * The rendered map (`practice-feed render --element map`) is drawn for a 640 px frame and
 * scaled to the page's by its SVG's `viewBox`: on a 360 px phone everything in it is drawn at
 * 56 %. The small countries' codes beside the map (their callouts) would be 6 px letters there;
 * before and without the script, they are drawn larger so that they read at about 9 px, and
 * stay inside their boxes. Read in a frame whose registry defines nothing (no script), as a
 * phone without scripts shows it. (Fixture made by test/fixtures/rendered/make.mjs.)
 */
const markup = await (await fetch('/test/fixtures/rendered/map-inline.html')).text();

async function withoutScript(width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="es" style="overflow: hidden"><body style="margin: 0">${markup}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/**
 * Each callout's code: its letters' size on screen (the font size times the drawing's scale) and
 * whether its width on screen (its advance, which every engine measures alike) fits its box.
 */
function codes(frame: HTMLIFrameElement) {
  const root = frame.contentDocument!.querySelector('practice-map')!.shadowRoot!;
  return [...root.querySelectorAll('.callout-item')].map((item) => {
    const text = item.querySelector<SVGTextElement>('.callout-code')!;
    const scale = text.getScreenCTM()!.a;
    const box = item.querySelector('.callout rect')!.getBoundingClientRect().width;
    const width = text.getComputedTextLength() * scale;
    return {
      code: text.textContent!.trim(),
      size: parseFloat(getComputedStyle(text).fontSize) * scale,
      // Two bold capitals touch the box's sides at most (the halo keeps them legible).
      fits: width <= box * 1.15,
      widths: [Math.round(width), Math.round(box)],
    };
  });
}

describe('the rendered map’s callout codes without the script', () => {
  // Without the rule: 5.5, 6.2 and 8.3 px (11 px scaled by the width over 640).
  for (const [width, least] of [
    [320, 8.3],
    [360, 8.9],
    [480, 10],
  ] as const) {
    it(`read at ${width} px: letters of at least ${least} px, inside their boxes`, async () => {
      frame = await withoutScript(width);
      const seen = codes(frame);
      expect(seen.length).to.be.above(5);
      for (const { code, size, fits, widths } of seen) {
        expect(size, `${code} at ${width} px`).to.be.at.least(least);
        expect(fits, `${code} fits its box at ${width} px: ${widths.join(' in ')}`).to.equal(true);
      }
    });
  }
});
