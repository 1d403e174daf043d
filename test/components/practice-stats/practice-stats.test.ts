import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { canEmulateMedia } from '../../setup/commands.js';
import '../../../src/define.js';
import type { PracticeStats } from '../../../src/components/practice-stats/practice-stats.js';
import type { PracticeFeed } from '../../../src/components/practice-feed/practice-feed.js';
import { EMPTY_FILTERS } from '../../../src/data/query.js';
import type { PracticeFeed as PublishedFeed } from '../../../src/data/types.js';
import { uiStrings } from '../../../src/i18n/messages.js';
import { sampleFeed, shadowText, until, useCannedFetch } from '../../helpers.js';

const FEED_URL = '/feeds/practices.json';
const FIGURES_URL = '/feeds/second-mapping-figures.json';

/** What a reader sees in one bar: its label, count and share. */
interface SeenBar {
  label: string;
  count: string;
  share: string;
  pressed: boolean;
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

function chart(stats: PracticeStats, name: string): HTMLElement {
  const found = [...stats.shadowRoot!.querySelectorAll<HTMLElement>('section.chart')].find(
    (section) => text(section.querySelector('[role="heading"]')) === name,
  );
  if (!found) throw new Error(`No chart named ${name}`);
  return found;
}

/** The bars as drawn in the default measure, shares: the share first, the count after it. */
function bars(section: HTMLElement): SeenBar[] {
  return [...section.querySelectorAll('button.bar')].map((button) => ({
    label: text(button.querySelector('.bar-label')),
    count: text(button.querySelector('.bar-second')),
    share: text(button.querySelector('.bar-first')),
    pressed: button.getAttribute('aria-pressed') === 'true',
  }));
}

function barButton(section: HTMLElement, label: string): HTMLButtonElement {
  const button = [...section.querySelectorAll<HTMLButtonElement>('button.bar')].find(
    (candidate) => text(candidate.querySelector('.bar-label')) === label,
  );
  if (!button) throw new Error(`No bar ${label}`);
  return button;
}

/** Headline figures as the reader reads them: "179 practices", "17 countries"… */
function headline(stats: PracticeStats): string[] {
  return [...stats.shadowRoot!.querySelectorAll('.headline .figure')].map((figure) => text(figure));
}

/** The number of practices the headline shows. */
const practicesShown = (stats: PracticeStats) =>
  text(stats.shadowRoot!.querySelector('.figure .number'));

/** A percentage as written in any of our languages ("54.2%", "54,2 %") as a number. */
const percentValue = (share: string) => Number(share.replace(/[^\d,.]/g, '').replace(',', '.'));

const percent = (lang: string, share: number) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 })
    .format(share)
    .replace(/\s+/g, ' ');

async function loadedStats(template: ReturnType<typeof html>): Promise<PracticeStats> {
  const element = await fixture<HTMLElement>(template);
  const stats =
    element.localName === 'practice-stats'
      ? (element as PracticeStats)
      : element.querySelector<PracticeStats>('practice-stats')!;
  await until(() => !!stats.shadowRoot?.querySelector('.stats:not(.skeleton), .empty'));
  return stats;
}

let figures: PublishedFeed;

before(async () => {
  const response = await fetch(
    new URL('../../fixtures/feeds/second-mapping-figures.json', import.meta.url),
  );
  figures = (await response.json()) as PublishedFeed;
});

describe('<practice-stats>', () => {
  describe('loading', () => {
    it('shows a skeleton that reserves the charts’ space and is announced', async () => {
      useCannedFetch({ [FEED_URL]: { hang: true } });
      const stats = await fixture<PracticeStats>(
        html`<practice-stats src=${FEED_URL} lang="en"></practice-stats>`,
      );
      const skeleton = stats.shadowRoot!.querySelector('.skeleton')!;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(shadowText(stats)).to.equal(uiStrings('en').loading);
      expect(skeleton.querySelectorAll('.chart')).to.have.length(4);
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(600);
      await expect(stats).to.be.accessible();
    });
  });

  describe('error', () => {
    it('says what went wrong in the reader’s language and retries', async () => {
      let answer: { status: number } | { json: unknown } = { status: 503 };
      const requests = useCannedFetch({ [FEED_URL]: () => answer });
      const stats = await fixture<PracticeStats>(
        html`<practice-stats src=${FEED_URL} lang="es"></practice-stats>`,
      );
      await until(() => !!stats.shadowRoot?.querySelector('.load-error'));
      expect(shadowText(stats)).to.include('503');
      const retry = stats.shadowRoot!.querySelector<HTMLButtonElement>('.load-error button')!;
      expect(text(retry)).to.equal('Reintentar');
      await expect(stats).to.be.accessible();

      answer = { json: sampleFeed() };
      retry.click();
      await until(() => !!stats.shadowRoot?.querySelector('.stats:not(.skeleton)'));
      expect(requests).to.have.length(2);
      expect(headline(stats)[0]).to.equal('2 prácticas');
    });
  });

  describe('empty', () => {
    it('says there are no practices when its scope leaves none, with nothing to clear', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const stats = await loadedStats(
        html`<practice-stats src=${FEED_URL} country="US" lang="en"></practice-stats>`,
      );
      const empty = stats.shadowRoot!.querySelector('.empty')!;
      expect(empty.getAttribute('role')).to.equal('status');
      expect(text(empty)).to.equal(uiStrings('en').noPractices);
      expect(empty.querySelector('button')).to.equal(null);
      await expect(stats).to.be.accessible();
    });

    it('says no practices match the reader’s filters, and clears them', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const stats = await loadedStats(
        html`<practice-feed src=${FEED_URL} lang="en">
          <practice-stats></practice-stats>
        </practice-feed>`,
      );
      const feed = stats.closest<PracticeFeed>('practice-feed')!;
      // Rural practices that train teachers: the sample feed has none.
      feed.setFilters({ ...EMPTY_FILTERS, setting: ['rural'], objective: ['teacher-training'] });
      await until(() => !!stats.shadowRoot!.querySelector('.empty'));
      expect(text(stats.shadowRoot!.querySelector('.empty p'))).to.equal(uiStrings('en').noMatches);
      await expect(stats).to.be.accessible();

      const clear = stats.shadowRoot!.querySelector<HTMLButtonElement>('.empty button')!;
      expect(text(clear)).to.equal('Clear filters');
      clear.click();
      // Drawn at once; handed to the feed after the next paint, which updateComplete covers.
      await stats.updateComplete;
      await until(() => !!stats.shadowRoot!.querySelector('.stats:not(.skeleton)'));
      expect(feed.filters).to.deep.equal(EMPTY_FILTERS);
      expect(headline(stats)[0]).to.equal('2 practices');
    });
  });

  describe('the published figures of the Second Mapping', () => {
    // Shares published in the article, per chart and value (in percent).
    const published = {
      setting: { urban: 54, both: 33, rural: 13 },
      level: { secondary: 52, primary: 41 },
      objective: {
        'digital-skills': 65,
        'curriculum-enrichment': 61,
        'inclusive-education': 57.5,
        'teacher-training': 38.5,
        'personalized-learning': 38.5,
      },
    };

    for (const [lang, names, labels] of [
      [
        'en',
        { setting: 'Setting', level: 'Education level', objective: 'Objective' },
        {
          urban: 'Urban',
          both: 'Urban and rural',
          rural: 'Rural',
          secondary: 'Secondary',
          primary: 'Primary',
          'digital-skills': 'Digital skills',
          'curriculum-enrichment': 'Curriculum enrichment',
          'inclusive-education': 'Inclusive education',
          'teacher-training': 'Teacher training',
          'personalized-learning': 'Personalized learning',
        },
      ],
      [
        'es',
        { setting: 'Zona', level: 'Nivel educativo', objective: 'Objetivo' },
        {
          urban: 'Urbana',
          both: 'Urbana y rural',
          rural: 'Rural',
          secondary: 'Secundaria',
          primary: 'Primaria',
          'digital-skills': 'Competencias digitales',
          'curriculum-enrichment': 'Enriquecimiento curricular',
          'inclusive-education': 'Educación inclusiva',
          'teacher-training': 'Formación docente',
          'personalized-learning': 'Aprendizaje personalizado',
        },
      ],
    ] as const) {
      it(`shows 179 practices from 17 countries and the published shares, in ${lang}`, async () => {
        useCannedFetch({ [FIGURES_URL]: { json: figures } });
        const stats = await loadedStats(
          html`<practice-stats src=${FIGURES_URL} lang=${lang}></practice-stats>`,
        );
        const [practices, countries] = headline(stats);
        expect(practices).to.equal(lang === 'es' ? '179 prácticas' : '179 practices');
        expect(countries).to.equal(lang === 'es' ? '17 países' : '17 countries');

        for (const [facet, shares] of Object.entries(published)) {
          const seen = bars(chart(stats, names[facet as keyof typeof names]));
          for (const [value, share] of Object.entries(shares)) {
            const label = labels[value as keyof typeof labels];
            const bar = seen.find((candidate) => candidate.label === label);
            expect(bar, `${facet} ${value}`).to.exist;
            const count = Math.round((share / 100) * 179);
            expect(bar!.count, label).to.equal(String(count));
            // The share the reader sees is the one published, within rounding to whole practices.
            expect(bar!.share, label).to.equal(percent(lang, count / 179));
            expect(Math.abs(percentValue(bar!.share) - share), label).to.be.at.most(0.5);
          }
        }
        // The settings in the vocabulary's order, each practice in one: 97, 23 and 59 of 179.
        expect(bars(chart(stats, names.setting)).map((bar) => bar.count)).to.deep.equal([
          '97',
          '23',
          '59',
        ]);
        await expect(stats).to.be.accessible();
      });
    }

    it('writes the shares Spanish readers expect: "54,2 %"', async () => {
      useCannedFetch({ [FIGURES_URL]: { json: figures } });
      const stats = await loadedStats(
        html`<practice-stats src=${FIGURES_URL} lang="es" facets="setting"></practice-stats>`,
      );
      expect(bars(chart(stats, 'Zona'))[0]!.share).to.equal('54,2 %');
    });

    it('notes where shares add up to more than 100%, and only there', async () => {
      useCannedFetch({ [FIGURES_URL]: { json: figures } });
      const stats = await loadedStats(
        html`<practice-stats src=${FIGURES_URL} lang="en"></practice-stats>`,
      );
      const note = (name: string) => text(chart(stats, name).querySelector('.note'));
      const expected =
        'A practice can count under several values, so the shares add up to more than 100%.';
      expect(note('Education level')).to.equal(expected);
      expect(note('Objective')).to.equal(expected);
      // Three regional initiatives count in several countries.
      expect(note('Country')).to.equal(expected);
      expect(note('Setting')).to.equal('');
    });

    it('sorts countries by count, ties by their name in the reader’s language', async () => {
      useCannedFetch({ [FIGURES_URL]: { json: figures } });
      const en = await loadedStats(
        html`<practice-stats src=${FIGURES_URL} lang="en" facets="country"></practice-stats>`,
      );
      const seenEn = bars(chart(en, 'Country'));
      expect(seenEn).to.have.length(17);
      expect(seenEn.slice(0, 3).map((bar) => [bar.label, bar.count])).to.deep.equal([
        ['Mexico', '29'],
        ['Colombia', '24'],
        ['Peru', '22'],
      ]);
      const counts = seenEn.map((bar) => Number(bar.count));
      expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
      // Bolivia, the Dominican Republic and Paraguay have six practices each.
      const six = (seen: SeenBar[]) =>
        seen.filter((bar) => bar.count === '6').map((bar) => bar.label);
      expect(six(seenEn)).to.deep.equal(['Bolivia', 'Dominican Republic', 'Paraguay']);

      useCannedFetch({ [FIGURES_URL]: { json: figures } });
      const es = await loadedStats(
        html`<practice-stats src=${FIGURES_URL} lang="es" facets="country"></practice-stats>`,
      );
      expect(six(bars(chart(es, 'País')))).to.deep.equal([
        'Bolivia',
        'Paraguay',
        'República Dominicana',
      ]);
    });

    it('sums the reach the practices report into the headline', async () => {
      useCannedFetch({ [FIGURES_URL]: { json: figures } });
      const stats = await loadedStats(
        html`<practice-stats src=${FIGURES_URL} lang="en"></practice-stats>`,
      );
      const sum = (key: 'participants' | 'institutions') =>
        figures.practices.reduce((total, practice) => total + (practice.reach?.[key] ?? 0), 0);
      expect(headline(stats).slice(2)).to.deep.equal([
        `${sum('participants').toLocaleString('en')} participants reached`,
        `${sum('institutions').toLocaleString('en')} institutions reached`,
      ]);
      expect(shadowText(stats)).to.include(
        'Participants and institutions reached: totals of the figures the practices report.',
      );
    });

    it('leaves out reach figures no practice reports, and says nothing about them', async () => {
      const feed = sampleFeed();
      useCannedFetch({
        [FEED_URL]: {
          json: { ...feed, practices: feed.practices.map(({ reach: _, ...rest }) => rest) },
        },
      });
      const stats = await loadedStats(
        html`<practice-stats src=${FEED_URL} lang="en"></practice-stats>`,
      );
      expect(headline(stats)).to.deep.equal(['2 practices', '5 countries']);
      expect(shadowText(stats)).not.to.include('reached');
    });

    it('writes one practice and one country in the singular', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const stats = await loadedStats(
        html`<practice-stats src=${FEED_URL} lang="fr" country="CO"></practice-stats>`,
      );
      expect(headline(stats)).to.deep.equal([
        '1 pratique',
        '1 pays',
        `${new Intl.NumberFormat('fr').format(1500).replace(/\s/g, ' ')} participants touchés`,
        '1 établissement touché',
      ]);
    });
  });

  describe('facets', () => {
    it('draws the charts it is asked for, in order; years ascending', async () => {
      useCannedFetch({ [FIGURES_URL]: { json: figures } });
      const stats = await loadedStats(
        html`<practice-stats
          src=${FIGURES_URL}
          lang="fr"
          facets="year, organization-type, nonsense"
        ></practice-stats>`,
      );
      const names = [...stats.shadowRoot!.querySelectorAll('section.chart [role="heading"]')].map(
        text,
      );
      expect(names).to.deep.equal(['Année de lancement', 'Type d’organisation']);
      const years = bars(chart(stats, 'Année de lancement')).map((bar) => bar.label);
      expect(years).to.deep.equal([
        '2015',
        '2016',
        '2017',
        '2018',
        '2019',
        '2020',
        '2021',
        '2022',
        '2023',
        '2024',
      ]);
      // Organization types in the vocabulary's order.
      expect(bars(chart(stats, 'Type d’organisation')).map((bar) => bar.label)).to.deep.equal([
        'École',
        'Pouvoirs publics',
        'Société civile',
        'Université',
        'Secteur privé',
      ]);
      await expect(stats).to.be.accessible();
    });

    it('names each chart and reads each bar as label, practices and share, in Portuguese', async () => {
      useCannedFetch({ [FIGURES_URL]: { json: figures } });
      const stats = await loadedStats(
        html`<practice-stats src=${FIGURES_URL} lang="pt" facets="setting"></practice-stats>`,
      );
      const section = chart(stats, 'Zona');
      const heading = section.querySelector('[role="heading"]')!;
      expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(heading.getAttribute('aria-level')).to.equal('3');
      // The bar's name is one sentence; the figures drawn beside it are not read twice.
      const urban = barButton(section, 'Urbana');
      expect(text(urban.querySelector('.visually-hidden'))).to.equal(
        `Urbana: ${percent('pt', 97 / 179)}, 97 práticas`,
      );
      for (const drawn of urban.querySelectorAll('.bar-label, .bar-value, svg.track')) {
        expect(drawn.getAttribute('aria-hidden')).to.equal('true');
      }
      expect(headline(stats)[2]).to.equal('61.560 participantes alcançados');
    });
  });

  it('leaves out a chart no practice gives a value for, with no empty frame', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    // The one Paraguayan practice has no start year.
    const both = await loadedStats(
      html`<practice-stats
        src=${FEED_URL}
        lang="es"
        country="PY"
        facets="year,setting"
      ></practice-stats>`,
    );
    const names = [...both.shadowRoot!.querySelectorAll('section.chart [role="heading"]')];
    expect(names.map(text)).to.deep.equal(['Zona']);
    expect(shadowText(both)).not.to.include('Año de inicio');

    // Every chart asked for left out: one line says why, and no switch for bars there are not.
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const none = await loadedStats(
      html`<practice-stats src=${FEED_URL} lang="es" country="PY" facets="year"></practice-stats>`,
    );
    expect(none.shadowRoot!.querySelector('section.chart')).to.equal(null);
    expect(none.shadowRoot!.querySelector('.measure')).to.equal(null);
    expect(shadowText(none)).to.include('Ninguna de estas prácticas indica este dato.');
    expect(headline(none)[0]).to.equal('1 práctica');
    await expect(none).to.be.accessible();
  });

  describe('data tables', () => {
    it('are shown on demand; until then each bar’s button reads its figures', async () => {
      useCannedFetch({ [FIGURES_URL]: { json: figures } });
      const stats = await loadedStats(
        html`<practice-stats src=${FIGURES_URL} lang="en" facets="setting"></practice-stats>`,
      );
      const section = chart(stats, 'Setting');
      const toggle = section.querySelector<HTMLButtonElement>('.table-toggle')!;
      const shown = section.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!;
      // Not drawn twice: the bars' buttons carry the same figures; the bars' drawing is decorative.
      expect(shown.hidden).to.equal(true);
      expect(shown.querySelector('table')).to.equal(null);
      expect(text(barButton(section, 'Urban').querySelector('.visually-hidden'))).to.equal(
        `Urban: ${percent('en', 97 / 179)}, 97 practices`,
      );
      expect(section.querySelector('svg.track')!.getAttribute('aria-hidden')).to.equal('true');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(text(toggle)).to.equal('Table');

      toggle.click();
      await stats.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Table');
      expect(shown.getBoundingClientRect().width).to.be.greaterThan(200);
      const table = shown.querySelector('table')!;
      expect(text(table.querySelector('caption'))).to.equal('Setting');
      const rows = [...table.querySelectorAll('tr')].map((row) =>
        [...row.children].map((cell) => text(cell)),
      );
      // The measured figure first: the share.
      expect(rows).to.deep.equal([
        ['Setting', 'Share of practices', 'Practices'],
        ['Urban', percent('en', 97 / 179), '97'],
        ['Rural', percent('en', 23 / 179), '23'],
        ['Urban and rural', percent('en', 59 / 179), '59'],
      ]);
      await expect(stats).to.be.accessible();

      toggle.click();
      await stats.updateComplete;
      expect(shown.hidden).to.equal(true);
      expect(shown.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('choosing a bar', () => {
    it('filters this element alone when it stands alone, and fires practice-filter-change', async () => {
      useCannedFetch({ [FIGURES_URL]: { json: figures } });
      const stats = await loadedStats(
        html`<practice-stats src=${FIGURES_URL} lang="en"></practice-stats>`,
      );
      const urban = barButton(chart(stats, 'Setting'), 'Urban');
      setTimeout(() => urban.click());
      const event = await oneEvent(stats, 'practice-filter-change');
      expect(event.detail.filters).to.deep.equal({ ...EMPTY_FILTERS, setting: ['urban'] });
      expect(event.bubbles && event.composed).to.equal(true);
      await stats.updateComplete;

      expect(urban.getAttribute('aria-pressed')).to.equal('true');
      expect(practicesShown(stats)).to.equal('97');
      // Screen readers hear the new number of practices.
      expect(text(stats.shadowRoot!.querySelector('[role="status"]'))).to.equal('97 practices');
      // The chart of the chosen facet still shows the other settings, to choose instead or too;
      // the other charts follow the choice.
      const setting = bars(chart(stats, 'Setting'));
      expect(setting.map((bar) => [bar.count, bar.pressed])).to.deep.equal([
        ['97', true],
        ['23', false],
        ['59', false],
      ]);
      const levels = bars(chart(stats, 'Education level'));
      const urbanPractices = figures.practices.filter((practice) => practice.setting === 'urban');
      const urbanSecondary = urbanPractices.filter((practice) =>
        practice.levels?.includes('secondary'),
      ).length;
      expect(levels.find((bar) => bar.label === 'Secondary')!.count).to.equal(
        String(urbanSecondary),
      );
      expect(levels.find((bar) => bar.label === 'Secondary')!.share).to.equal(
        percent('en', urbanSecondary / 97),
      );
      await expect(stats).to.be.accessible();

      // Choosing it again undoes the choice.
      urban.click();
      await stats.updateComplete;
      expect(urban.getAttribute('aria-pressed')).to.equal('false');
      expect(practicesShown(stats)).to.equal('179');
    });

    it('works from the keyboard: Enter and Space', async () => {
      useCannedFetch({ [FIGURES_URL]: { json: figures } });
      const stats = await loadedStats(
        html`<practice-stats src=${FIGURES_URL} lang="en" facets="setting"></practice-stats>`,
      );
      const section = chart(stats, 'Setting');
      const rural = barButton(section, 'Rural');
      rural.focus();
      await sendKeys({ press: 'Enter' });
      await stats.updateComplete;
      expect(rural.getAttribute('aria-pressed')).to.equal('true');
      expect(practicesShown(stats)).to.equal('23');
      // Focus stays on the bar, so the reader can go on.
      expect(stats.shadowRoot!.activeElement).to.equal(rural);

      await sendKeys({ press: 'Tab' });
      expect(stats.shadowRoot!.activeElement).to.equal(barButton(section, 'Urban and rural'));
      await sendKeys({ press: 'Space' });
      await stats.updateComplete;
      expect(practicesShown(stats)).to.equal(String(23 + 59));

      const toggle = section.querySelector<HTMLButtonElement>('.table-toggle')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await stats.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    });

    it('filters every widget of the enclosing feed, and follows filters set elsewhere', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const stats = await loadedStats(
        html`<practice-feed src=${FEED_URL} lang="en">
          <practice-stats facets="country,objective"></practice-stats>
        </practice-feed>`,
      );
      const feed = stats.closest<PracticeFeed>('practice-feed')!;
      expect(headline(stats).slice(0, 2)).to.deep.equal(['2 practices', '5 countries']);
      // The feed's filters and list announce the count; the stats do not repeat it.
      expect(stats.shadowRoot!.querySelector('[role="status"]')).to.equal(null);

      setTimeout(() => barButton(chart(stats, 'Country'), 'Colombia').click());
      const event = await oneEvent(feed, 'practice-filter-change');
      expect(event.detail.filters.country).to.deep.equal(['CO']);
      expect(feed.filters.country).to.deep.equal(['CO']);
      await until(() => practicesShown(stats) === '1');
      expect(headline(stats)[1]).to.equal('1 country');

      feed.setFilters({ ...EMPTY_FILTERS, objective: ['teacher-training'] });
      await until(() => headline(stats)[1] === '4 countries');
      expect(barButton(chart(stats, 'Objective'), 'Teacher training').ariaPressed).to.equal('true');
      // The country choice went with the new filters: Colombia has no teacher training.
      expect(bars(chart(stats, 'Country')).map((bar) => bar.label)).to.deep.equal([
        'Argentina',
        'Bolivia',
        'Ecuador',
        'Paraguay',
      ]);
    });

    it('keeps a chosen value with no practices left, so it can be unchosen', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const stats = await loadedStats(
        html`<practice-feed src=${FEED_URL} lang="en">
          <practice-stats facets="setting,objective"></practice-stats>
        </practice-feed>`,
      );
      const feed = stats.closest<PracticeFeed>('practice-feed')!;
      // No practice of the feed has the objective "stem" (e.g. a value left in a shared link).
      feed.setFilters({ ...EMPTY_FILTERS, objective: ['teacher-training', 'stem'] });
      await until(() => practicesShown(stats) === '1');
      const objective = bars(chart(stats, 'Objective'));
      expect(objective.find((bar) => bar.label === 'stem')).to.deep.equal({
        label: 'stem',
        count: '0',
        share: '0%',
        pressed: true,
      });
      barButton(chart(stats, 'Objective'), 'stem').click();
      await until(() => bars(chart(stats, 'Objective')).every((bar) => bar.label !== 'stem'));
      expect(feed.filters.objective).to.deep.equal(['teacher-training']);
    });
  });

  describe('looks', () => {
    it('renders in the dark theme with its own colours', async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const light = await loadedStats(
        html`<practice-stats src=${FEED_URL} lang="en"></practice-stats>`,
      );
      // On a dark page, as a page that chooses the dark theme is.
      const dark = await loadedStats(
        html`<div style="background: #0f1317">
          <practice-stats src=${FEED_URL} lang="en" theme="dark"></practice-stats>
        </div>`,
      );
      const colours = (stats: PracticeStats) => {
        const chartBox = stats.shadowRoot!.querySelector('.chart')!;
        return [
          getComputedStyle(chartBox).backgroundColor,
          getComputedStyle(stats.shadowRoot!.querySelector('rect.fill')!).fill,
        ];
      };
      expect(colours(light)).to.deep.equal(['rgb(255, 255, 255)', 'rgb(11, 92, 173)']);
      expect(colours(dark)).to.deep.equal(['rgb(28, 33, 39)', 'rgb(138, 184, 245)']);
      await expect(dark).to.be.accessible();
    });

    it('fits a 360 px wide screen without scrolling sideways', async () => {
      useCannedFetch({ [FIGURES_URL]: { json: figures } });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 360px">
          <practice-stats
            src=${FIGURES_URL}
            lang="es"
            facets="setting,level,objective,country,organization-type,year"
          ></practice-stats>
        </div>`,
      );
      const stats = wrapper.querySelector('practice-stats')!;
      await until(() => !!stats.shadowRoot?.querySelector('.stats:not(.skeleton)'));
      const root = stats.shadowRoot!.querySelector<HTMLElement>('.stats')!;
      expect(root.scrollWidth).to.be.at.most(360);
      for (const button of stats.shadowRoot!.querySelectorAll<HTMLElement>('button')) {
        const box = button.getBoundingClientRect();
        expect(box.right - wrapper.getBoundingClientRect().left).to.be.at.most(360);
        // Every control is large enough to touch.
        expect(box.height).to.be.at.least(24);
      }
      // Two headline figures side by side.
      const figuresBoxes = [...stats.shadowRoot!.querySelectorAll('.figure')].map((figure) =>
        Math.round(figure.getBoundingClientRect().top),
      );
      expect(figuresBoxes[0]).to.equal(figuresBoxes[1]);
    });

    it('moves bars smoothly, unless the reader prefers reduced motion', async function () {
      // Reduced motion is emulated through the DevTools protocol: Chromium only.
      if (!canEmulateMedia) this.skip();
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const stats = await loadedStats(
        html`<practice-stats src=${FEED_URL} lang="en"></practice-stats>`,
      );
      const duration = () =>
        getComputedStyle(stats.shadowRoot!.querySelector('rect.fill')!).transitionDuration;
      expect(duration()).not.to.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(duration()).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });
});
