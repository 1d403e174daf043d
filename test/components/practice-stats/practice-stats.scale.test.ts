// What a reader compares and reads off the charts: one scale for every chart (shares or
// numbers), the switch between them, a grid whose last row is full, chart headers that wrap
// cleanly in every language, and text kept off the edge of filled areas.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { PracticeStats } from '../../../src/components/practice-stats/practice-stats.js';
import type { PracticeFeed as PublishedFeed } from '../../../src/data/types.js';
import { until, useCannedFetch } from '../../helpers.js';

const FIGURES_URL = '/feeds/second-mapping-figures.json';
const ALL = 'setting,level,objective,country,organization-type,year';

let figures: PublishedFeed;

before(async () => {
  const response = await fetch(
    new URL('../../fixtures/feeds/second-mapping-figures.json', import.meta.url),
  );
  figures = (await response.json()) as PublishedFeed;
});

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A share or number as written in English ("54.2%", "1,234") as a number. */
const numberIn = (written: string) => Number(written.replace(/[^\d.]/g, ''));

async function settled(stats: PracticeStats): Promise<PracticeStats> {
  await until(() => !!stats.shadowRoot?.querySelector('.stats:not(.skeleton), .empty'));
  // One frame for the layout of the grid.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return stats;
}

async function statsIn(width: number, attributes: { facets?: string; lang?: string } = {}) {
  useCannedFetch({ [FIGURES_URL]: { json: figures } });
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`width: ${width}px`}>
      <practice-stats
        src=${FIGURES_URL}
        lang=${attributes.lang ?? 'en'}
        facets=${attributes.facets ?? 'setting,level,objective,country'}
      ></practice-stats>
    </div>`,
  );
  return settled(wrapper.querySelector<PracticeStats>('practice-stats')!);
}

interface DrawnBar {
  chart: string;
  first: string;
  second: string;
  fill: number;
  rail: number;
}

/** Every bar as drawn: its chart, its figures, and the lengths of its fill and rail in px. */
function drawnBars(stats: PracticeStats): DrawnBar[] {
  return [...stats.shadowRoot!.querySelectorAll<HTMLElement>('section.chart')].flatMap((section) =>
    [...section.querySelectorAll('button.bar')].map((button) => ({
      chart: text(section.querySelector('[role="heading"]')),
      first: text(button.querySelector('.bar-first')),
      second: text(button.querySelector('.bar-second')),
      fill: button.querySelector('rect.fill')!.getBoundingClientRect().width,
      rail: button.querySelector('rect.rail')!.getBoundingClientRect().width,
    })),
  );
}

/** The charts' boxes grouped by row: each row's left and right edges against the grid's. */
function rows(stats: PracticeStats): { left: number; right: number; cards: number }[] {
  const grid = stats.shadowRoot!.querySelector('.charts')!.getBoundingClientRect();
  const byTop = new Map<number, DOMRect[]>();
  for (const card of stats.shadowRoot!.querySelectorAll('section.chart')) {
    const box = card.getBoundingClientRect();
    const top = Math.round(box.top);
    byTop.set(top, [...(byTop.get(top) ?? []), box]);
  }
  return [...byTop.values()].map((boxes) => ({
    left: Math.min(...boxes.map((box) => box.left)) - grid.left,
    right: grid.right - Math.max(...boxes.map((box) => box.right)),
    cards: boxes.length,
  }));
}

describe('<practice-stats> scale and layout', () => {
  describe('one scale for every chart', () => {
    for (const width of [360, 1280]) {
      it(`draws each bar as its share of 0 to 100 %, the same rail in every chart, at ${width} px`, async () => {
        const stats = await statsIn(width);
        const drawn = drawnBars(stats);
        expect(drawn.length).to.be.greaterThan(30);
        const rail = drawn[0]!.rail;
        expect(rail).to.be.greaterThan(150);
        for (const bar of drawn) {
          // Every rail as long as every other, in charts that span a row too.
          expect(Math.abs(bar.rail - rail), `${bar.chart} ${bar.first}`).to.be.below(1);
          // The share shown is rounded to 0.1 %: the fill is that share of the rail, within 1 px.
          const share = numberIn(bar.first) / 100;
          expect(Math.abs(bar.fill - share * rail), `${bar.chart} ${bar.first}`).to.be.at.most(1);
        }
        // 33 % is a third of the rail, whatever the chart's largest value.
        const both = drawn.find((bar) => bar.chart === 'Setting' && bar.first === '33%')!;
        const mexico = drawn.find((bar) => bar.chart === 'Country')!;
        expect(both.fill / rail).to.be.closeTo(59 / 179, 0.005);
        expect(mexico.fill / rail).to.be.closeTo(29 / 179, 0.005);
      });
    }

    it('shows the scale: 0, 50 and 100 % under the bars, and notes where shares overlap', async () => {
      const stats = await statsIn(1280);
      const section = stats.shadowRoot!.querySelector<HTMLElement>('section.chart')!;
      const ticks = section.querySelector('.axis .ticks')!;
      expect([...ticks.children].map(text)).to.deep.equal(['0%', '50%', '100%']);
      const axis = ticks.getBoundingClientRect();
      const rail = section.querySelector('rect.rail')!.getBoundingClientRect();
      // The first and last figures at the rail's ends, the middle one about its middle.
      const [zero, half, whole] = [...ticks.children].map((tick) => tick.getBoundingClientRect());
      expect(Math.abs(zero!.left - rail.left)).to.be.below(1);
      expect(Math.abs(whole!.right - rail.right)).to.be.below(1);
      expect(Math.abs((half!.left + half!.right) / 2 - (rail.left + rail.right) / 2)).to.be.below(
        1,
      );
      expect(axis.top).to.be.at.least(rail.bottom);
      // The axis is for the eye; each bar's name reads its figures.
      expect(section.querySelector('.axis')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('keeps a small value visible: 1 practice of 179 still has a mark', async () => {
      const stats = await statsIn(360, { facets: 'country' });
      const jamaica = [...stats.shadowRoot!.querySelectorAll('button.bar')].find((button) =>
        text(button).startsWith('Jamaica'),
      )!;
      expect(jamaica.querySelector('rect.sliver')!.getBoundingClientRect().width).to.equal(2);
    });
  });

  describe('the Share / Number switch', () => {
    it('switches every chart, its labels, names, axis and tables to numbers, on one scale', async () => {
      const stats = await statsIn(1280);
      const group = stats.shadowRoot!.querySelector<HTMLElement>('.measure')!;
      expect(group.getAttribute('role')).to.equal('group');
      const label = stats.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
      expect(text(label)).to.equal('Bars show');
      const [share, number] = [...group.querySelectorAll('button')];
      expect([text(share!), text(number!)]).to.deep.equal(['Share', 'Number']);
      expect(share!.getAttribute('aria-pressed')).to.equal('true');
      expect(number!.getAttribute('aria-pressed')).to.equal('false');

      // From the keyboard.
      number!.focus();
      await sendKeys({ press: 'Space' });
      await stats.updateComplete;
      expect(stats.measure).to.equal('count');
      expect(stats.getAttribute('measure')).to.equal('count');
      expect(number!.getAttribute('aria-pressed')).to.equal('true');
      expect(share!.getAttribute('aria-pressed')).to.equal('false');

      const drawn = drawnBars(stats);
      const rail = drawn[0]!.rail;
      for (const bar of drawn) {
        // The number first, on a scale of 0 to the 179 practices in view.
        const count = numberIn(bar.first);
        expect(bar.second).to.match(/%$/);
        expect(
          Math.abs(bar.fill - (count / 179) * rail),
          `${bar.chart} ${bar.first}`,
        ).to.be.at.most(1);
      }
      const urban = stats.shadowRoot!.querySelector('button.bar')!;
      expect(text(urban.querySelector('.visually-hidden'))).to.equal('Urban: 97 practices, 54.2%');
      const ticks = stats.shadowRoot!.querySelector('.axis .ticks')!;
      expect([...ticks.children].map(text)).to.deep.equal(['0', '89.5', '179']);

      const toggle = stats.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!;
      toggle.click();
      await stats.updateComplete;
      const rowsSeen = [...stats.shadowRoot!.querySelectorAll('table tr')].map((row) =>
        [...row.children].map(text),
      );
      expect(rowsSeen.slice(0, 2)).to.deep.equal([
        ['Setting', 'Practices', 'Share of practices'],
        ['Urban', '97', '54.2%'],
      ]);
      await expect(stats).to.be.accessible();

      share!.click();
      await stats.updateComplete;
      expect(stats.getAttribute('measure')).to.equal('share');
      expect(text(stats.shadowRoot!.querySelector('.bar-first'))).to.equal('54.2%');
    });

    it('starts with numbers from the attribute; an unknown value is the default, shares', async () => {
      useCannedFetch({ [FIGURES_URL]: { json: figures } });
      const counted = await settled(
        await fixture<PracticeStats>(
          html`<practice-stats src=${FIGURES_URL} lang="es" measure="count"></practice-stats>`,
        ),
      );
      expect(text(counted.shadowRoot!.querySelector('.bar-first'))).to.equal('97');
      expect(
        counted.shadowRoot!.querySelector('.measure button[aria-pressed="true"]')!.textContent,
      ).to.include('Número');

      useCannedFetch({ [FIGURES_URL]: { json: figures } });
      const odd = await settled(
        await fixture<PracticeStats>(
          html`<practice-stats src=${FIGURES_URL} lang="es" measure="nonsense"></practice-stats>`,
        ),
      );
      expect(text(odd.shadowRoot!.querySelector('.bar-first'))).to.equal('54,2 %');
    });

    it('still filters when a bar is chosen in numbers; the scale follows the practices counted', async () => {
      const stats = await statsIn(1280);
      stats.measure = 'count';
      await stats.updateComplete;
      const rural = [...stats.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.bar')].find(
        (button) => text(button.querySelector('.bar-label')) === 'Rural',
      )!;
      rural.click();
      await stats.updateComplete;
      expect(rural.getAttribute('aria-pressed')).to.equal('true');
      expect(text(stats.shadowRoot!.querySelector('.figure .number'))).to.equal('23');
      // The setting chart still counts all 179 (to choose others), so the scale stays 0 to 179.
      const ticks = stats.shadowRoot!.querySelector('.axis .ticks')!;
      expect(text(ticks.lastElementChild)).to.equal('179');
      // The bars ease to their new lengths in a quarter of a second (waited for as a condition:
      // a busy machine delays the animation's frames).
      const offBy = () => {
        const drawn = drawnBars(stats);
        const rail = drawn[0]!.rail;
        return Math.max(
          ...drawn.map((bar) => Math.abs(bar.fill - (numberIn(bar.first) / 179) * rail)),
        );
      };
      await until(() => offBy() <= 1, 5000).catch(() => undefined);
      expect(offBy()).to.be.at.most(1);
    });
  });

  describe('a grid with no lone card', () => {
    const facetLists = [
      'setting',
      'setting,level',
      'setting,level,objective',
      'setting,level,objective,country',
      'setting,level,objective,country,organization-type',
      ALL,
    ];
    for (const width of [320, 700, 1000, 1280]) {
      it(`fills the last row with 1 to 6 charts at ${width} px`, async () => {
        for (const facets of facetLists) {
          const stats = await statsIn(width, { facets });
          const seen = rows(stats);
          for (const row of seen) {
            const where = `${facets} at ${width} px: ${JSON.stringify(seen)}`;
            expect(Math.abs(row.left), where).to.be.below(1);
            expect(Math.abs(row.right), where).to.be.below(1);
          }
          // Bars keep one length of rail in the charts that span.
          const lengths = drawnBars(stats).map((bar) => bar.rail);
          expect(Math.max(...lengths) - Math.min(...lengths), facets).to.be.below(1);
        }
      });
    }

    it('fills the rows inside <practice-catalog> (its Figures view)', async () => {
      for (const width of [768, 1280]) {
        useCannedFetch({ [FIGURES_URL]: { json: figures } });
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style=${`width: ${width}px`}>
            <practice-catalog src=${FIGURES_URL} lang="fr" view="stats"></practice-catalog>
          </div>`,
        );
        const catalog = wrapper.firstElementChild as HTMLElement;
        await until(() => !!catalog.shadowRoot?.querySelector('practice-stats'), 8000);
        const stats = catalog.shadowRoot!.querySelector<PracticeStats>('practice-stats')!;
        await settled(stats);
        for (const row of rows(stats)) {
          expect(Math.abs(row.left), `${width}`).to.be.below(1);
          expect(Math.abs(row.right), `${width}`).to.be.below(1);
        }
      }
    });
  });

  describe('chart headers', () => {
    for (const lang of ['es', 'en', 'pt', 'fr']) {
      it(`keep the name and the table button on one line when they fit, else the button below at its start, in ${lang}`, async () => {
        for (const width of [320, 360, 768, 1280]) {
          const stats = await statsIn(width, { lang, facets: ALL });
          for (const head of stats.shadowRoot!.querySelectorAll<HTMLElement>('.chart-head')) {
            const name = head.querySelector<HTMLElement>('.chart-name')!;
            const button = head.querySelector<HTMLElement>('.table-toggle')!;
            const box = head.getBoundingClientRect();
            const nameBox = name.getBoundingClientRect();
            const buttonBox = button.getBoundingClientRect();
            const where = `${lang} ${width} px: ${text(name)}`;
            // The button at its natural size: one line of text, never stretched.
            expect(buttonBox.height, where).to.be.below(48);
            expect(buttonBox.width, where).to.be.below(box.width * 0.75);
            // The width the name needs on one line.
            const range = document.createRange();
            range.selectNodeContents(name);
            const needed = range.getBoundingClientRect().width;
            const fits = needed + buttonBox.width + 8 <= box.width;
            if (fits) {
              expect(buttonBox.top, where).to.be.below(nameBox.bottom);
              expect(Math.abs(buttonBox.right - box.right), where).to.be.below(1);
            } else {
              // Below the name, aligned with its start.
              expect(buttonBox.top, where).to.be.at.least(nameBox.bottom - 1);
              expect(Math.abs(buttonBox.left - nameBox.left), where).to.be.below(1);
            }
          }
        }
      });
    }
  });

  describe('filled areas', () => {
    for (const theme of ['light', 'dark']) {
      it(`keep their text off the edge, in the ${theme} theme and with the page’s tokens`, async () => {
        useCannedFetch({ [FIGURES_URL]: { json: figures } });
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 360px; --practice-space: 0.5rem; --practice-radius: 0">
            <practice-stats src=${FIGURES_URL} lang="fr" theme=${theme}></practice-stats>
          </div>`,
        );
        const stats = await settled(wrapper.querySelector<PracticeStats>('practice-stats')!);
        const bar = stats.shadowRoot!.querySelector<HTMLButtonElement>('button.bar')!;
        bar.click();
        await stats.updateComplete;
        const filled = [
          stats.shadowRoot!.querySelector('.measure button[aria-pressed="true"]')!,
          stats.shadowRoot!.querySelector('button.bar[aria-pressed="true"]')!,
          ...stats.shadowRoot!.querySelectorAll('.figure'),
        ];
        for (const area of filled) {
          const box = area.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(area);
          for (const line of range.getClientRects()) {
            if (line.width === 0) continue;
            const where = `${area.className} ${text(area)}`;
            expect(line.left - box.left, where).to.be.at.least(4);
            expect(box.right - line.right, where).to.be.at.least(4);
            expect(line.top - box.top, where).to.be.at.least(2);
            expect(box.bottom - line.bottom, where).to.be.at.least(2);
          }
        }
        await expect(stats).to.be.accessible();
      });
    }
  });
});
