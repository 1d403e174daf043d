import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { canEmulateMedia } from '../../setup/commands.js';
import '../../../src/define.js';
import type { PracticeMap } from '../../../src/components/practice-map/practice-map.js';
import type { PracticeFeed } from '../../../src/components/practice-feed/practice-feed.js';
import { OAS_MEMBER_STATES } from '../../../src/data/countries.js';
import { EMPTY_FILTERS } from '../../../src/data/query.js';
import type { Practice, PracticeFeed as PublishedFeed } from '../../../src/data/types.js';
import { setGeometryLoader } from '../../../src/feed/geometry.js';
import { MAP_GEOMETRY } from '../../../src/data/map-geometry.generated.js';
import { MAP_DETAIL } from '../../../src/data/map-geometry-detail.generated.js';
import { uiStrings } from '../../../src/i18n/messages.js';
import { sampleFeed, shadowText, until, useCannedFetch } from '../../helpers.js';

const FEED_URL = '/feeds/practices.json';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A feed of practices with only what the map reads. */
function feedOf(
  practices: (Pick<Practice, 'id' | 'countries'> & Partial<Practice>)[],
): PublishedFeed {
  return {
    version: 1,
    language: 'en',
    practices: practices.map((practice) => ({
      title: `Practice ${practice.id}`,
      setting: 'urban',
      ...practice,
    })),
  };
}

const root = (map: PracticeMap) => map.shadowRoot!;
const country = (map: PracticeMap, code: string) =>
  root(map).querySelector<SVGGElement>(`[data-code="${code}"][role="button"]`);
const markers = (map: PracticeMap) => [...root(map).querySelectorAll<SVGGElement>('[data-marker]')];
const zoomGroup = (map: PracticeMap) => root(map).querySelector('svg.map > g')!;
const zoomOf = (map: PracticeMap) =>
  Number(/scale\(([\d.]+)\)/.exec(zoomGroup(map).getAttribute('transform')!)![1]);
// As written, French no-break spaces included.
const tipText = (map: PracticeMap) =>
  (root(map).querySelector('.tip text')?.textContent ?? '').trim();
const button = (map: PracticeMap, name: string) => {
  const found = [...root(map).querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) => candidate.getAttribute('aria-label') === name || text(candidate) === name,
  );
  if (!found) throw new Error(`No button ${name}`);
  return found;
};

async function loadedMap(template: ReturnType<typeof html>): Promise<PracticeMap> {
  const element = await fixture<HTMLElement>(template);
  const map =
    element.localName === 'practice-map'
      ? (element as PracticeMap)
      : element.querySelector<PracticeMap>('practice-map')!;
  // The outlines load when the map nears the viewport: earlier fixtures of a test stay above.
  map.scrollIntoView();
  await until(() => !!map.shadowRoot?.querySelector('svg.map, table'));
  await map.updateComplete;
  return map;
}

/** A map in a <practice-feed> of the sample feed, in English, loaded; and that feed. */
async function mapInSampleFeed(): Promise<{ map: PracticeMap; feed: PracticeFeed }> {
  useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
  const map = await loadedMap(
    html`<practice-feed src=${FEED_URL} lang="en"><practice-map></practice-map></practice-feed>`,
  );
  return { map, feed: map.closest<PracticeFeed>('practice-feed')! };
}

/**
 * Where a country's label point is on screen, for the mouse, at the whole-map view; the map is
 * scrolled so that the point is in the viewport.
 */
function onScreen(map: PracticeMap, code: string): [number, number] {
  // The centre of its target: a square inside its outline, or its callout beside the map.
  const target = root(map).querySelector(`[data-target="${code}"]`)!;
  window.scrollBy(0, centreOf(target)[1] - window.innerHeight / 2);
  return centreOf(target);
}

/** The centre of an element on screen. */
function centreOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

// Each test starts with the real outline loaders and none loaded (test/helpers.ts).

/** Counts the loads of the outlines from now on. */
function countGeometryLoads(): { count: number } {
  const loads = { count: 0 };
  setGeometryLoader(() => {
    loads.count++;
    return Promise.resolve(MAP_GEOMETRY);
  });
  return loads;
}

/** A map 3000 px down a scrolling box 300 px tall: far from the reader's sight. */
async function mapFarBelow(): Promise<{ page: HTMLDivElement; map: PracticeMap }> {
  const page = await fixture<HTMLDivElement>(
    html`<div style="height: 300px; overflow: auto">
      <div style="height: 3000px"></div>
      <practice-map src=${FEED_URL} lang="en"></practice-map>
    </div>`,
  );
  return { page, map: page.querySelector<PracticeMap>('practice-map')! };
}

describe('<practice-map>', () => {
  describe('loading', () => {
    it('reserves the map’s final size while the feed loads, and is announced', async () => {
      useCannedFetch({ [FEED_URL]: { hang: true } });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 360px">
          <practice-map src=${FEED_URL} lang="en"></practice-map>
        </div>`,
      );
      const map = wrapper.querySelector<PracticeMap>('practice-map')!;
      await map.updateComplete;
      const status = root(map).querySelector('[role="status"]')!;
      expect(text(status)).to.equal(uiStrings('en').loading);
      const frame = root(map).querySelector('.frame')!.getBoundingClientRect();
      expect(frame.width).to.be.closeTo(360, 1);
      expect(frame.height / frame.width).to.be.closeTo(
        MAP_GEOMETRY.height / MAP_GEOMETRY.width,
        0.01,
      );
      await expect(map).to.be.accessible();
    });

    it('shows the counts and legend while the outlines load, in the same space', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      let release!: () => void;
      setGeometryLoader(
        () =>
          new Promise((resolve) => {
            release = () => resolve(MAP_GEOMETRY);
          }),
      );
      const map = await fixture<PracticeMap>(
        html`<practice-map src=${FEED_URL} lang="es"></practice-map>`,
      );
      await until(() => !!root(map).querySelector('.frame-status'));
      const frame = root(map).querySelector('.frame')!;
      const before = frame.getBoundingClientRect();
      expect(text(root(map).querySelector('.frame-status'))).to.equal('Cargando el mapa…');
      expect(text(root(map).querySelector('.legend'))).to.include('Prácticas por país');
      expect(button(map, 'Acercar').disabled).to.equal(true);
      await expect(map).to.be.accessible();

      release();
      await until(() => !!root(map).querySelector('svg.map'));
      const after = root(map).querySelector('.frame')!.getBoundingClientRect();
      expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
    });

    it('fetches the outlines only when the map nears the viewport', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const loads = countGeometryLoads();
      const { page, map } = await mapFarBelow();
      await until(() => !!root(map).querySelector('.frame-status'));
      // Give an observer every chance to report.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(loads.count).to.equal(0);

      page.scrollTop = 3000;
      await until(() => !!root(map).querySelector('svg.map'));
      expect(loads.count).to.equal(1);
    });

    it('draws a map added after the page has the outlines at once, wherever it is', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const loads = countGeometryLoads();
      const first = await loadedMap(html`<practice-map src=${FEED_URL} lang="en"></practice-map>`);
      first.remove();
      const { map } = await mapFarBelow();
      // No frame waiting for an observer: the first render after the feed draws the map.
      await until(() => !!root(map).querySelector('svg.map .country'));
      expect(loads.count).to.equal(1);
    });
  });

  describe('error', () => {
    it('says what went wrong with the feed in the reader’s language and retries', async () => {
      let answer: { status: number } | { json: unknown } = { status: 503 };
      const requests = useCannedFetch({ [FEED_URL]: () => answer });
      const map = await fixture<PracticeMap>(
        html`<practice-map src=${FEED_URL} lang="pt"></practice-map>`,
      );
      await until(() => !!root(map).querySelector('.load-error'));
      expect(shadowText(map)).to.include('503');
      await expect(map).to.be.accessible();

      answer = { json: sampleFeed() };
      const failed = requests.length;
      root(map).querySelector<HTMLButtonElement>('.load-error button')!.click();
      await until(() => !!root(map).querySelector('svg.map'));
      expect(requests.length).to.be.greaterThan(failed);
    });

    it('says when the outlines could not be loaded, keeps the table, and retries', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      setGeometryLoader(() => Promise.reject(new TypeError('Failed to fetch')));
      const map = await fixture<PracticeMap>(
        html`<practice-map src=${FEED_URL} lang="en"></practice-map>`,
      );
      await until(() => !!root(map).querySelector('.frame-status.error'));
      const status = root(map).querySelector('.frame-status.error')!;
      expect(text(status)).to.include('The map could not be loaded.');
      expect(text(status)).to.include('The table shows the same numbers.');
      await expect(map).to.be.accessible();

      // The same numbers are there as a table.
      button(map, 'Show as table').click();
      await map.updateComplete;
      expect(root(map).querySelector('table')).to.not.equal(null);
      button(map, 'Show as map').click();
      await map.updateComplete;

      setGeometryLoader();
      button(map, 'Try again').click();
      await until(() => !!root(map).querySelector('svg.map'));
    });
  });

  describe('empty', () => {
    it('says there are no practices when its scope leaves none, with nothing to clear', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(
        html`<practice-map src=${FEED_URL} country="US" lang="en"></practice-map>`,
      );
      const notice = root(map).querySelector('.notice')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(text(notice)).to.equal(uiStrings('en').noPractices);
      expect(notice.querySelector('button')).to.equal(null);
      // Every country reads zero, and none is in the keyboard's path.
      expect(country(map, 'US')!.getAttribute('aria-label')).to.equal('United States: 0 practices');
      expect(root(map).querySelectorAll('[data-code][tabindex]')).to.have.length(0);
      await expect(map).to.be.accessible();
    });

    it('says no practices match the reader’s filters, and clears them', async () => {
      const { map, feed } = await mapInSampleFeed();
      feed.setFilters({ ...EMPTY_FILTERS, setting: ['rural'], objective: ['teacher-training'] });
      await until(() => !!root(map).querySelector('.notice'));
      expect(text(root(map).querySelector('.notice p'))).to.equal(uiStrings('en').noMatches);
      await expect(map).to.be.accessible();

      button(map, 'Clear filters').click();
      // Drawn at once; handed to the feed after the next paint, which updateComplete covers.
      await map.updateComplete;
      await until(() => !root(map).querySelector('.notice'));
      expect(feed.filters).to.deep.equal(EMPTY_FILTERS);
    });
  });

  describe('loaded', () => {
    it('names every OAS member state, small island states included, with its count', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(html`<practice-map src=${FEED_URL} lang="en"></practice-map>`);
      for (const code of OAS_MEMBER_STATES) {
        const element = country(map, code);
        expect(element, code).to.not.equal(null);
        expect(element!.getAttribute('role')).to.equal('button');
        expect(element!.getAttribute('aria-label')).to.match(/^[^:]+: \d+ practices?$/);
      }
      // A regional practice counts in each of its countries.
      expect(country(map, 'CO')!.getAttribute('aria-label')).to.equal('Colombia: 1 practice');
      for (const code of ['BO', 'EC', 'AR', 'PY']) {
        expect(country(map, code)!.getAttribute('aria-label')).to.match(/: 1 practice$/);
      }
      expect(country(map, 'GD')!.getAttribute('aria-label')).to.equal('Grenada: 0 practices');
      // Small island states get a callout big enough to see and hit, with their code.
      const grenada = root(map).querySelector('[data-target="GD"]')!.getBoundingClientRect();
      expect(grenada.width).to.be.at.least(24);
      expect(grenada.height).to.be.at.least(24);
      expect(root(map).querySelector('.callout-code')).to.not.equal(null);
      // Territories outside the OAS with no practice are context, not controls; Greenland is
      // left out of the map.
      expect(root(map).querySelector('[data-code="GL"]')).to.equal(null);
      expect(root(map).querySelectorAll('path.other').length).to.be.greaterThan(5);
      // Nothing is styled inline: a strict Content-Security-Policy allows all of it.
      expect(root(map).querySelectorAll('[style]')).to.have.length(0);
      await expect(map).to.be.accessible();
    });

    it('shades countries by their number of practices, as the legend says', async () => {
      const practices = [
        ...Array.from({ length: 20 }, (_, i) => ({ id: `mx-${i}`, countries: ['MX'] })),
        ...Array.from({ length: 5 }, (_, i) => ({ id: `pe-${i}`, countries: ['PE'] })),
        { id: 'cl-1', countries: ['CL'] },
      ];
      useCannedFetch({ [FEED_URL]: { json: feedOf(practices) } });
      const map = await loadedMap(html`<practice-map src=${FEED_URL} lang="en"></practice-map>`);
      const legend = [...root(map).querySelectorAll('.legend li')].map((item) => [
        item.querySelector('.swatch')?.getAttribute('class'),
        text(item),
      ]);
      expect(legend).to.deep.equal([
        ['swatch c0', 'None'],
        ['swatch c1', '1'],
        ['swatch c2', '2'],
        ['swatch c3', '3–4'],
        ['swatch c4', '5–9'],
        ['swatch c5', '10–20'],
      ]);
      const fill = (code: string) =>
        getComputedStyle(root(map).querySelector(`g[data-code="${code}"] > path`)!).fill;
      const swatch = (step: number) =>
        getComputedStyle(root(map).querySelector(`.legend .swatch.c${step}`)!).backgroundColor;
      expect(fill('MX')).to.equal(swatch(5));
      expect(fill('PE')).to.equal(swatch(4));
      expect(fill('CL')).to.equal(swatch(1));
      expect(fill('BR')).to.equal(swatch(0));
    });

    it('counts only what its scope and the other filters leave', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(
        html`<practice-map src=${FEED_URL} country="CO,PE" lang="en"></practice-map>`,
      );
      expect(country(map, 'CO')!.getAttribute('aria-label')).to.equal('Colombia: 1 practice');
      expect(country(map, 'AR')!.getAttribute('aria-label')).to.equal('Argentina: 0 practices');
    });

    it('speaks es, pt and fr: names, counts and controls', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const expected = {
        es: ['Colombia: 1 práctica', 'Ver como tabla', 'Prácticas por país'],
        pt: ['Colômbia: 1 prática', 'Ver como tabela', 'Práticas por país'],
        fr: ['Colombie\u202f: 1 pratique', 'Afficher en tableau', 'Pratiques par pays'],
      } as const;
      for (const [lang, [name, toggle, legend]] of Object.entries(expected)) {
        const map = await loadedMap(
          html`<practice-map src=${FEED_URL} lang=${lang}></practice-map>`,
        );
        expect(country(map, 'CO')!.getAttribute('aria-label'), lang).to.equal(name);
        expect(button(map, toggle)).to.exist;
        expect(text(root(map).querySelector('.legend-title')), lang).to.equal(legend);
        expect(root(map).querySelector('svg.map')!.getAttribute('aria-label')).to.equal(
          uiStrings(lang).mapLabel,
        );
      }
    });
  });

  describe('choosing a country', () => {
    it('filters this map alone when it stands alone, and fires practice-filter-change', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(html`<practice-map src=${FEED_URL} lang="en"></practice-map>`);
      expect(markers(map)).to.have.length(1);
      setTimeout(() =>
        country(map, 'EC')!.dispatchEvent(new MouseEvent('click', { bubbles: true })),
      );
      const event = await oneEvent(map, 'practice-filter-change');
      expect(event.detail.filters).to.deep.equal({ ...EMPTY_FILTERS, country: ['EC'] });
      expect(event.bubbles && event.composed).to.equal(true);
      await map.updateComplete;
      expect(country(map, 'EC')!.getAttribute('aria-pressed')).to.equal('true');
      // Other countries keep their counts, to choose instead; the markers follow the choice.
      expect(country(map, 'CO')!.getAttribute('aria-label')).to.equal('Colombia: 1 practice');
      expect(markers(map)).to.have.length(0);
      expect(root(map).querySelectorAll('.outline.selected')).to.have.length(1);
      await expect(map).to.be.accessible();

      // Choosing it again undoes the choice.
      setTimeout(() =>
        country(map, 'EC')!.dispatchEvent(new MouseEvent('click', { bubbles: true })),
      );
      const undo = await oneEvent(map, 'practice-filter-change');
      expect(undo.detail.filters.country).to.deep.equal([]);
    });

    it('filters every widget of the enclosing feed, with the mouse', async () => {
      const { map, feed } = await mapInSampleFeed();
      await sendMouse({ type: 'click', position: onScreen(map, 'AR') });
      await until(() => feed.filters.country.length === 1);
      expect(feed.filters.country).to.deep.equal(['AR']);
      await map.updateComplete;
      expect(country(map, 'AR')!.getAttribute('aria-pressed')).to.equal('true');

      // Filters set elsewhere show on the map.
      feed.setFilters({ ...EMPTY_FILTERS, country: ['CO'] });
      await until(() => country(map, 'CO')!.getAttribute('aria-pressed') === 'true');
      expect(country(map, 'AR')!.getAttribute('aria-pressed')).to.equal('false');
    });

    it('shows a tooltip with the country’s name and count on hover', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(html`<practice-map src=${FEED_URL} lang="es"></practice-map>`);
      await sendMouse({ type: 'move', position: onScreen(map, 'BR') });
      await until(() => tipText(map) !== '');
      expect(tipText(map)).to.equal('Brasil: 0 prácticas');
      // The tooltip sits inside the frame, sized to its text.
      const tip = root(map).querySelector('.tip rect')!.getBoundingClientRect();
      const frame = root(map).querySelector('.frame')!.getBoundingClientRect();
      expect(tip.width).to.be.greaterThan(60);
      expect(tip.left).to.be.at.least(frame.left);
      expect(tip.right).to.be.at.most(frame.right);
      await sendMouse({ type: 'move', position: [0, 0] });
      await until(() => tipText(map) === '');
    });
  });

  describe('targets', () => {
    for (const width of [320, 768, 1280]) {
      it(`gives every OAS member state a target of 24 px or more, chosen at its centre, at ${width} px`, async () => {
        useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
        const map = await loadedMap(
          html`<div style="width: ${width}px">
            <practice-map src=${FEED_URL} lang="en"></practice-map>
          </div>`,
        );
        const boxes = OAS_MEMBER_STATES.map((code) => {
          const target = root(map).querySelector(`[data-target="${code}"]`);
          expect(target, code).to.not.equal(null);
          return { code, box: target!.getBoundingClientRect() };
        });
        for (const [i, { code, box }] of boxes.entries()) {
          expect(box.width, code).to.be.at.least(24);
          expect(box.height, code).to.be.at.least(24);
          for (const other of boxes.slice(i + 1)) {
            const apart =
              box.right <= other.box.left ||
              other.box.right <= box.left ||
              box.bottom <= other.box.top ||
              other.box.bottom <= box.top;
            expect(apart, `${code} and ${other.code}`).to.equal(true);
          }
        }
        // What a pointer at a target's centre finds is that country.
        for (const { code } of boxes) {
          const [x, y] = onScreen(map, code);
          const found = root(map).elementFromPoint(x, y)?.closest('[data-code]');
          expect(found?.getAttribute('data-code'), code).to.equal(code);
        }
        // And a click there chooses it: Saint Lucia, not Saint Vincent.
        setTimeout(() => void sendMouse({ type: 'click', position: onScreen(map, 'LC') }));
        const event = await oneEvent(map, 'practice-filter-change');
        expect(event.detail.filters.country).to.deep.equal(['LC']);
        await expect(map).to.be.accessible();
      });
    }

    it("on a phone, draws the leader lines of countries with practices, another's while it is pointed at", async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(
        html`<div style="width: 320px">
          <practice-map src=${FEED_URL} lang="en"></practice-map>
        </div>`,
      );
      const callouts = [...root(map).querySelectorAll('.callout')];
      const counted = callouts.filter(
        (callout) => !/: 0 practices$/.test(callout.getAttribute('aria-label')!),
      );
      expect(callouts.length, 'every small member state keeps its callout').to.be.greaterThan(
        counted.length,
      );
      expect(counted.length).to.be.greaterThan(0);
      const leaders = () => root(map).querySelectorAll('.leader').length;
      expect(leaders()).to.equal(counted.length);
      // Jamaica (no practice in this feed): its line shows while the reader points at it.
      expect(root(map).querySelector('.callout[data-code="JM"]')).to.not.equal(null);
      await sendMouse({ type: 'move', position: onScreen(map, 'JM') });
      await until(() => tipText(map) === 'Jamaica: 0 practices');
      expect(leaders()).to.equal(counted.length + 1);
      await sendMouse({ type: 'move', position: [0, 0] });
      await until(() => leaders() === counted.length);
    });

    it('fits the view to its scope, without Greenland or the rest of the continent', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(
        html`<div style="width: 360px">
          <practice-map src=${FEED_URL} country="PE" lang="en"></practice-map>
        </div>`,
      );
      const view = root(map).querySelector<SVGSVGElement>('svg.map')!.viewBox.baseVal;
      const peru = MAP_GEOMETRY.shapes.find((shape) => shape.code === 'PE')!;
      expect(view.width).to.be.below(MAP_GEOMETRY.width / 3);
      expect(peru.x).to.be.within(view.x, view.x + view.width);
      expect(peru.y).to.be.within(view.y, view.y + view.height);
      expect(root(map).querySelector('[data-code="GL"]')).to.equal(null);
      // Peru has its target.
      await until(() => !!root(map).querySelector('[data-target="PE"]'));
    });

    it('zooms on the countries the reader chooses, and back when none is chosen', async () => {
      const { map, feed } = await mapInSampleFeed();
      feed.setFilters({ ...EMPTY_FILTERS, country: ['CO'] });
      await until(() => zoomOf(map) > 2);
      feed.setFilters(EMPTY_FILTERS);
      await until(() => zoomOf(map) === 1);
    });
  });

  describe('hidden, then shown', () => {
    it('measures its frame when it first becomes visible, and after a resize', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(
        html`<div style="width: 1000px">
          <practice-map src=${FEED_URL} lang="en"></practice-map>
        </div>`,
      );
      const wrapper = map.parentElement!;
      const callout = () => root(map).querySelector('[data-target="LC"]')!.getBoundingClientRect();
      const frameWidth = () => root(map).querySelector('.frame')!.getBoundingClientRect().width;
      // A callout is drawn at 28 CSS px (within 2: Firefox draws it about 29 px, its frame's
      // measure and the SVG's scale differing by a few per cent), whatever the frame's width.
      const drawnRight = () => Math.abs(callout().width - 28) < 2;
      await until(drawnRight);
      // Hidden (as in a tab not chosen), then shown at another width.
      wrapper.hidden = true;
      await map.updateComplete;
      wrapper.style.width = '360px';
      wrapper.hidden = false;
      await until(() => drawnRight() && frameWidth() < 400);
      expect(frameWidth()).to.be.greaterThan(300);
      expect(root(map).querySelector('.frame')!.getBoundingClientRect().height).to.be.greaterThan(
        400,
      );
      wrapper.style.width = '560px';
      await until(() => frameWidth() > 500);
      await until(drawnRight);
    });
  });

  describe('touch', () => {
    it('shows the tooltip where a finger taps, and chooses the country', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(html`<practice-map src=${FEED_URL} lang="fr"></practice-map>`);
      let chosen = 0;
      map.addEventListener('practice-filter-change', () => chosen++);
      const tap = async (code: string) => {
        const [x, y] = onScreen(map, code);
        const target = root(map).elementFromPoint(x, y)!;
        expect(target.closest('[data-code]')!.getAttribute('data-code')).to.equal(code);
        const init = { bubbles: true, composed: true, pointerId: 7, pointerType: 'touch' };
        target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x, clientY: y }));
        target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x, clientY: y }));
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
        await map.updateComplete;
      };
      // A first tap shows the name and count, and chooses nothing.
      await tap('CO');
      expect(tipText(map)).to.equal('Colombie\u202f: 1 pratique');
      expect(chosen).to.equal(0);
      // A first tap on another country shows that one instead.
      await tap('DM');
      expect(tipText(map)).to.equal('Dominique\u202f: 0 pratique');
      expect(chosen).to.equal(0);
      // A second tap on the same country chooses it.
      setTimeout(() => void tap('DM'));
      const event = await oneEvent(map, 'practice-filter-change');
      expect(event.detail.filters.country).to.deep.equal(['DM']);
    });
  });

  describe('keyboard', () => {
    it('goes through the countries with practices north to south and chooses one', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(html`<practice-map src=${FEED_URL} lang="en"></practice-map>`);
      const svgMap = root(map).querySelector<SVGSVGElement>('svg.map')!;
      svgMap.focus();
      expect(svgMap.getAttribute('aria-describedby')).to.equal('map-help');
      expect(text(root(map).querySelector('#map-help'))).to.equal(uiStrings('en').mapKeyboardHelp);

      // One stop for the countries: the northernmost with practices.
      await sendKeys({ press: 'Tab' });
      const focused = () => root(map).activeElement?.getAttribute('data-code');
      expect(focused()).to.equal('CO');
      expect(tipText(map)).to.equal('Colombia: 1 practice');
      const visited = [focused()];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'ArrowDown' });
        await map.updateComplete;
        visited.push(focused());
      }
      expect(visited).to.deep.equal(['CO', 'EC', 'BO', 'PY', 'AR']);
      await sendKeys({ press: 'ArrowDown' });
      await map.updateComplete;
      expect(focused(), 'wraps around').to.equal('CO');
      await sendKeys({ press: 'End' });
      await map.updateComplete;
      expect(focused()).to.equal('AR');

      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = await oneEvent(map, 'practice-filter-change');
      expect(event.detail.filters.country).to.deep.equal(['AR']);
      await sendKeys({ press: 'Space' });
      await map.updateComplete;
      expect(country(map, 'AR')!.getAttribute('aria-pressed')).to.equal('false');
      expect(focused(), 'the focus stays on the country').to.equal('AR');

      // Then one stop for the markers.
      await sendKeys({ press: 'Tab' });
      expect(root(map).activeElement?.getAttribute('aria-label')).to.equal(
        'View details: STEAM Without Barriers',
      );
    });

    it('zooms with + and −, pans with the arrows and resets with 0', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(html`<practice-map src=${FEED_URL} lang="en"></practice-map>`);
      root(map).querySelector<SVGSVGElement>('svg.map')!.focus();
      await sendKeys({ press: '+' });
      await map.updateComplete;
      expect(zoomOf(map)).to.be.greaterThan(1);
      await sendKeys({ press: '+' });
      await map.updateComplete;
      const zoomed = zoomGroup(map).getAttribute('transform');
      await sendKeys({ press: 'ArrowRight' });
      await map.updateComplete;
      expect(zoomGroup(map).getAttribute('transform')).to.not.equal(zoomed);
      await sendKeys({ press: '-' });
      await map.updateComplete;
      expect(zoomOf(map)).to.be.closeTo(1.6, 0.01);
      await sendKeys({ press: '0' });
      await map.updateComplete;
      expect(zoomGroup(map).getAttribute('transform')).to.equal('translate(0 0) scale(1)');
    });

    it('brings a country out of view into view when the focus reaches it', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(html`<practice-map src=${FEED_URL} lang="en"></practice-map>`);
      country(map, 'CO')!.focus();
      for (let i = 0; i < 5; i++) await sendKeys({ press: '+' });
      await map.updateComplete;
      // Read where the frame is now: moving the focus may scroll the page, by an amount each
      // engine chooses. At this zoom a large country overflows the frame (the centre of its box
      // can lie outside while the country fills the view): in the frame means a part in sight.
      const frameBox = () => root(map).querySelector('.frame')!.getBoundingClientRect();
      const inFrame = (code: string) => {
        const frame = frameBox();
        const box = country(map, code)!.querySelector('path')!.getBoundingClientRect();
        return (
          box.right > frame.left + 1 &&
          box.left < frame.right - 1 &&
          box.bottom > frame.top + 1 &&
          box.top < frame.bottom - 1
        );
      };
      expect(inFrame('AR')).to.equal(false);
      await sendKeys({ press: 'End' });
      await map.updateComplete;
      expect(root(map).activeElement?.getAttribute('data-code')).to.equal('AR');
      expect(inFrame('AR')).to.equal(true);
      const frame = frameBox();
      const tip = root(map).querySelector('.tip')!.getBoundingClientRect();
      expect(tip.top).to.be.within(frame.top, frame.bottom);
    });
  });

  describe('zoom and pan', () => {
    it('zooms with the buttons, and the reset shows the whole map', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(html`<practice-map src=${FEED_URL} lang="en"></practice-map>`);
      expect(button(map, 'Zoom out').disabled).to.equal(true);
      button(map, 'Zoom in').click();
      await map.updateComplete;
      expect(zoomOf(map)).to.be.closeTo(1.6, 0.01);
      expect(button(map, 'Zoom out').disabled).to.equal(false);
      button(map, 'Show the whole map').click();
      await map.updateComplete;
      expect(zoomOf(map)).to.equal(1);
    });

    it('draws the overview, and the detailed outlines once zoomed in far enough', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      let detailLoads = 0;
      setGeometryLoader(undefined, () => {
        detailLoads++;
        return Promise.resolve(MAP_DETAIL);
      });
      const map = await loadedMap(
        html`<div style="width: 360px">
          <practice-map src=${FEED_URL} lang="en"></practice-map>
        </div>`,
      );
      const outline = () => root(map).querySelector('g[data-code="CO"] > path')!.getAttribute('d');
      expect(outline()).to.equal(MAP_GEOMETRY.shapes.find((s) => s.code === 'CO')!.d);
      expect(detailLoads, 'a whole map needs no detail').to.equal(0);
      while (!button(map, 'Zoom in').disabled) {
        button(map, 'Zoom in').click();
        await map.updateComplete;
      }
      await until(() => outline() === MAP_DETAIL.CO);
      expect(detailLoads).to.equal(1);
      button(map, 'Show the whole map').click();
      await map.updateComplete;
      expect(outline()).to.equal(MAP_GEOMETRY.shapes.find((s) => s.code === 'CO')!.d);
    });

    it('zooms with the wheel around the pointer, but lets the page scroll over a whole map', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(html`<practice-map src=${FEED_URL} lang="en"></practice-map>`);
      const svgMap = root(map).querySelector<SVGSVGElement>('svg.map')!;
      const [x, y] = centreOf(svgMap);
      const wheel = (init: WheelEventInit) => {
        const event = new WheelEvent('wheel', {
          bubbles: true,
          cancelable: true,
          clientX: x,
          clientY: y,
          ...init,
        });
        svgMap.dispatchEvent(event);
        return event.defaultPrevented;
      };
      expect(wheel({ deltaY: -100 }), 'scrolling the page').to.equal(false);
      await map.updateComplete;
      expect(zoomOf(map)).to.equal(1);

      // A pinch on a touchpad comes as the wheel with ctrlKey.
      expect(wheel({ deltaY: -100, ctrlKey: true })).to.equal(true);
      await map.updateComplete;
      expect(zoomOf(map)).to.be.greaterThan(1.5);
      // The point of the map under the pointer stays under it: the pointer was at the
      // frame's centre, which at rest shows the centre of the view box
      // (within a pixel: the pointer is on whole pixels).
      const [, tx, ty, k] = /translate\((\S+) (\S+)\) scale\((\S+)\)/
        .exec(zoomGroup(map).getAttribute('transform')!)!
        .map(Number);
      const box = svgMap.viewBox.baseVal;
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      expect(cx * k! + tx!).to.be.closeTo(cx, 5);
      expect(cy * k! + ty!).to.be.closeTo(cy, 5);
      // Once zoomed in, the wheel zooms.
      expect(wheel({ deltaY: 100 })).to.equal(true);
    });

    it('pans by dragging, and a drag chooses nothing', async () => {
      const { map, feed } = await mapInSampleFeed();
      button(map, 'Zoom in').click();
      button(map, 'Zoom in').click();
      await map.updateComplete;
      const before = zoomGroup(map).getAttribute('transform');
      const frame = root(map).querySelector('.frame')!;
      frame.scrollIntoView({ block: 'center' });
      const [x, y] = centreOf(frame);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 40, y + 30] });
      await sendMouse({ type: 'move', position: [x + 80, y + 60] });
      await sendMouse({ type: 'up' });
      await map.updateComplete;
      expect(zoomGroup(map).getAttribute('transform')).to.not.equal(before);
      expect(feed.filters.country).to.deep.equal([]);
    });

    it('zooms with a two-finger pinch', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(html`<practice-map src=${FEED_URL} lang="en"></practice-map>`);
      const svgMap = root(map).querySelector<SVGSVGElement>('svg.map')!;
      const [x, y] = centreOf(svgMap);
      const touch = (type: string, pointerId: number, clientX: number) =>
        svgMap.dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            pointerId,
            pointerType: 'touch',
            clientX,
            clientY: y,
            isPrimary: pointerId === 1,
          }),
        );
      touch('pointerdown', 1, x - 20);
      touch('pointerdown', 2, x + 20);
      touch('pointermove', 1, x - 40);
      touch('pointermove', 2, x + 40);
      touch('pointerup', 1, x - 40);
      touch('pointerup', 2, x + 40);
      await map.updateComplete;
      // The fingers moved from 40 px apart to 80 px apart.
      expect(zoomOf(map)).to.be.closeTo(2, 0.01);
    });
  });

  describe('markers', () => {
    const cluster = feedOf([
      { id: 'lima-1', countries: ['PE'], locations: [{ lat: -12.05, lon: -77.04 }] },
      { id: 'lima-2', countries: ['PE'], locations: [{ lat: -12.06, lon: -77.03 }] },
      { id: 'huacho', countries: ['PE'], locations: [{ lat: -11.1, lon: -77.6 }] },
      { id: 'cusco', countries: ['PE'], locations: [{ lat: -13.53, lon: -71.97 }] },
      { id: 'bogota', countries: ['CO'], locations: [{ lat: 4.71, lon: -74.07 }] },
    ]);

    it('opens a practice: practice-select, and the open practice of the enclosing feed', async () => {
      const { map, feed } = await mapInSampleFeed();
      const [marker] = markers(map);
      expect(marker!.getAttribute('aria-label')).to.equal('View details: STEAM Without Barriers');
      setTimeout(() => marker!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
      const event = await oneEvent(map, 'practice-select');
      expect(event.detail.id).to.equal('steam-without-barriers');
      expect(feed.openPracticeId).to.equal('steam-without-barriers');
      // Opening a marker does not choose the country under it.
      expect(feed.filters.country).to.deep.equal([]);
    });

    it('groups close practices into one marker that zooms in, then lists them', async () => {
      useCannedFetch({ [FEED_URL]: { json: cluster } });
      const map = await loadedMap(html`<practice-map src=${FEED_URL} lang="en"></practice-map>`);
      const names = () => markers(map).map((marker) => marker.getAttribute('aria-label'));
      // On the whole map, Lima and Huacho (130 km apart) are one marker; Cusco is another.
      expect(names()).to.deep.equal([
        'View details: Practice bogota',
        '3 practices in this area',
        'View details: Practice cusco',
      ]);
      await expect(map).to.be.accessible();

      // Opened from the keyboard, it zooms in and the focus goes to the nearest marker.
      markers(map)[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => zoomOf(map) > 1);
      await until(() => root(map).activeElement?.hasAttribute('data-marker') === true);
      // Huacho comes apart; two practices in one city stay together until the deepest zoom,
      // then are listed.
      let open = markers(map).find((m) => m.getAttribute('aria-label')!.includes('in this area'));
      for (let i = 0; i < 6 && open; i++) {
        open.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        await map.updateComplete;
        if (root(map).querySelector('.places')) break;
        open = markers(map).find((m) => m.getAttribute('aria-label')!.includes('in this area'));
      }
      expect(names()).to.include('View details: Practice huacho');
      const list = root(map).querySelector('.places')!;
      expect(text(list.querySelector('.places-title'))).to.equal('2 practices in this area');
      const items = [...list.querySelectorAll<HTMLButtonElement>('.link-button')];
      expect(items.map(text)).to.deep.equal(['Practice lima-1', 'Practice lima-2']);
      await until(() => root(map).activeElement === items[0]);
      await expect(map).to.be.accessible();

      setTimeout(() => items[1]!.click());
      const event = await oneEvent(map, 'practice-select');
      expect(event.detail.id).to.equal('lima-2');
      button(map, 'Close').click();
      await map.updateComplete;
      expect(root(map).querySelector('.places')).to.equal(null);
    });

    it('draws 10,000 practices as a bounded number of markers', async () => {
      const many = feedOf(
        Array.from({ length: 10_000 }, (_, i) => ({
          id: `p-${i}`,
          countries: ['BR'],
          locations: [{ lat: -30 + ((i * 37) % 300) / 10, lon: -70 + ((i * 53) % 300) / 10 }],
        })),
      );
      useCannedFetch({ [FEED_URL]: { json: many } });
      const map = await loadedMap(html`<practice-map src=${FEED_URL} lang="en"></practice-map>`);
      const drawn = markers(map);
      expect(drawn.length).to.be.within(2, 300);
      const total = drawn.reduce((sum, marker) => {
        const label = marker.getAttribute('aria-label')!;
        return sum + (label.startsWith('View details') ? 1 : Number(label.replace(/\D/g, '')));
      }, 0);
      expect(total).to.equal(10_000);
    });
  });

  describe('table', () => {
    it('shows the same numbers, sortable, and chooses a country', async () => {
      const { map, feed } = await mapInSampleFeed();
      button(map, 'Show as table').click();
      await map.updateComplete;
      expect(map.view).to.equal('table');
      const table = root(map).querySelector('table')!;
      expect(text(table.querySelector('caption'))).to.equal('Practices per country');
      const rows = () =>
        [...root(map).querySelectorAll('tbody tr')].map((row) => [
          text(row.querySelector('th')),
          text(row.querySelector('td')),
        ]);
      // Every OAS member state, most practices first, ties by name.
      expect(rows()).to.have.length(35);
      expect(rows().slice(0, 6)).to.deep.equal([
        ['Argentina', '1'],
        ['Bolivia', '1'],
        ['Colombia', '1'],
        ['Ecuador', '1'],
        ['Paraguay', '1'],
        ['Antigua & Barbuda', '0'],
      ]);
      const headers = [...table.querySelectorAll('thead th')];
      expect(headers.map((th) => th.getAttribute('aria-sort'))).to.deep.equal([
        'none',
        'descending',
      ]);
      await expect(map).to.be.accessible();

      headers[0]!.querySelector('button')!.click();
      await map.updateComplete;
      expect(headers[0]!.getAttribute('aria-sort')).to.equal('ascending');
      expect(rows()[0]![0]).to.equal('Antigua & Barbuda');
      headers[0]!.querySelector('button')!.click();
      await map.updateComplete;
      expect(rows()[0]![0]).to.equal('Venezuela');

      const colombia = [...root(map).querySelectorAll<HTMLButtonElement>('.row-button')].find(
        (candidate) => text(candidate) === 'Colombia',
      )!;
      colombia.click();
      await until(() => feed.filters.country.includes('CO'));
      await map.updateComplete;
      expect(colombia.getAttribute('aria-pressed')).to.equal('true');
      // Back to the map, as it was left.
      button(map, 'Show as map').click();
      await until(() => !!root(map).querySelector('svg.map'));
      expect(country(map, 'CO')!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('can be the first view, from the view attribute', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await loadedMap(
        html`<practice-map src=${FEED_URL} lang="es" view="table"></practice-map>`,
      );
      expect(root(map).querySelector('svg.map')).to.equal(null);
      expect(text(root(map).querySelector('thead'))).to.include('País');
    });
  });

  describe('looks', () => {
    it('renders in the dark theme with its own colours', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const light = await loadedMap(html`<practice-map src=${FEED_URL} lang="en"></practice-map>`);
      const dark = await loadedMap(
        html`<div style="background: #0f1317">
          <practice-map src=${FEED_URL} lang="en" theme="dark"></practice-map>
        </div>`,
      );
      const colours = (map: PracticeMap) => [
        getComputedStyle(root(map).querySelector('.sea')!).fill,
        getComputedStyle(country(map, 'BR')!.querySelector('path')!).fill,
        getComputedStyle(markers(map)[0]!.querySelector('circle')!).fill,
      ];
      expect(colours(light)).to.deep.equal([
        'rgb(255, 255, 255)',
        'rgb(221, 226, 232)',
        'rgb(181, 71, 8)',
      ]);
      expect(colours(dark)).to.deep.equal([
        'rgb(28, 33, 39)',
        'rgb(56, 64, 74)',
        'rgb(253, 174, 107)',
      ]);
      await expect(dark).to.be.accessible();
    });

    it('pulses while loading, unless the reader prefers reduced motion', async function () {
      // Reduced motion is emulated through the DevTools protocol: Chromium only.
      if (!canEmulateMedia) this.skip();
      useCannedFetch({ [FEED_URL]: { hang: true } });
      const map = await fixture<PracticeMap>(
        html`<practice-map src=${FEED_URL} lang="en"></practice-map>`,
      );
      const animation = () =>
        getComputedStyle(root(map).querySelector('.frame.skeleton')!).animationName;
      expect(animation()).to.equal('practice-pulse');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(animation()).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('fits a 360 px wide screen without scrolling sideways', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 360px">
          <practice-map src=${FEED_URL} lang="es"></practice-map>
        </div>`,
      );
      const map = wrapper.querySelector<PracticeMap>('practice-map')!;
      await until(() => !!root(map).querySelector('svg.map'));
      const right = wrapper.getBoundingClientRect().right;
      for (const element of root(map).querySelectorAll('.layout, button, .legend, .frame')) {
        expect(element.getBoundingClientRect().right).to.be.at.most(right + 0.5);
      }
      for (const control of root(map).querySelectorAll('button')) {
        expect(control.getBoundingClientRect().height).to.be.at.least(24);
      }
      // The table too.
      button(map, 'Ver como tabla').click();
      await map.updateComplete;
      expect(root(map).querySelector('.table-wrap')!.scrollWidth).to.be.at.most(360);
    });
  });
});
