// The map as a reader meets it: every OAS member state is a target of at least 24×24 CSS px
// that a click at its centre chooses, on a phone and on a laptop, and the view at rest shows
// the member states, not Greenland.
import { readFileSync } from 'node:fs';

/** The 35 member states, as the library lists them (src/data/countries.ts). */
const OAS_MEMBER_STATES = [
  ...readFileSync(new URL('../../../src/data/countries.ts', import.meta.url), 'utf8')
    .split('export const OAS_MEMBER_STATES = [')[1]
    .split(']')[0]
    .matchAll(/'([A-Z]{2})'/g),
].map((match) => match[1]);

const PATH = '/test/e2e/reader/map.html';

export function pages({ pageHtml, FEED }) {
  return [[PATH, pageHtml('Map', `<practice-map src="${FEED}" lang="en"></practice-map>`)]];
}

export async function run({ openPage, waitFor, check }) {
  check('map: the list of OAS member states has 35', OAS_MEMBER_STATES.length === 35);
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ]) {
    const at = `${viewport.width} px`;
    const { page } = await openPage(PATH, viewport);
    await page.evaluate(() => document.querySelector('practice-map').scrollIntoView());
    const drawn = await waitFor(
      page,
      () => !!document.querySelector('practice-map')?.shadowRoot?.querySelector('[data-target]'),
    );
    check(`map at ${at}: draws its targets`, drawn);
    if (!drawn) {
      await page.close?.();
      continue;
    }
    check(
      `map at ${at}: the view at rest leaves Greenland out`,
      await page.evaluate(
        () => !document.querySelector('practice-map').shadowRoot.querySelector('[data-code="GL"]'),
      ),
    );
    const problems = await page.evaluate(async (codes) => {
      const map = document.querySelector('practice-map');
      const root = map.shadowRoot;
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const found = [];
      for (const code of codes) {
        const target = root.querySelector(`[data-target="${code}"]`);
        if (!target) {
          found.push(`${code}: no target`);
          continue;
        }
        target.scrollIntoView({ block: 'center' });
        await frame();
        const box = target.getBoundingClientRect();
        if (box.width < 24 || box.height < 24) {
          found.push(`${code}: ${box.width.toFixed(1)}×${box.height.toFixed(1)} px`);
        }
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const hit = root.elementFromPoint(x, y)?.closest('[data-code]');
        if (hit?.getAttribute('data-code') !== code) {
          found.push(`${code}: its centre finds ${hit?.getAttribute('data-code') ?? 'nothing'}`);
          continue;
        }
        const chosen = new Promise((resolve) => {
          map.addEventListener('practice-filter-change', (event) => resolve(event.detail), {
            once: true,
          });
          setTimeout(() => resolve(undefined), 3000);
        });
        hit.dispatchEvent(
          new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }),
        );
        const detail = await chosen;
        const countries = detail?.filters?.country ?? [];
        if (countries.length !== 1 || countries[0] !== code) {
          found.push(`${code}: a click chose ${JSON.stringify(countries)}`);
        }
        // Undo the choice, for the next country (the map zooms back to its view at rest).
        await map.updateComplete;
        const undone = new Promise((resolve) => {
          map.addEventListener('practice-filter-change', () => resolve(), { once: true });
          setTimeout(resolve, 3000);
        });
        root
          .querySelector(`[data-code="${code}"][role="button"]`)
          ?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await undone;
        await map.updateComplete;
        await frame();
      }
      return found;
    }, OAS_MEMBER_STATES);
    check(
      `map at ${at}: every OAS member state is a target of 24×24 px or more that a click at its centre chooses`,
      problems.length === 0,
      problems.slice(0, 6).join('; '),
    );
    await page.close?.();
  }
}
