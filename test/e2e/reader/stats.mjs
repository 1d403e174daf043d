// The figures as a reader compares them: a page with <practice-stats> of the 179 practices of the
// second mapping, at 360 and 1280 px. Every bar's length is its share of one rail as long in
// every chart (within 1 px), no chart is drawn without data, and the last row of the grid is full.
// A second element shows the demo's feed, which gives no start year: its year chart is left out.
const FIGURES = '/test/fixtures/feeds/second-mapping-figures.json';
const PAGE = '/test/e2e/pages/reader-stats.html';
const ALL = 'setting,level,objective,country,organization-type,year';

export function pages({ pageHtml, FEED }) {
  return [
    [
      PAGE,
      pageHtml(
        'The figures',
        `<practice-stats id="figures" src="${FIGURES}" facets="${ALL}"></practice-stats>
        <practice-stats id="demo" src="${FEED}" facets="setting,year,objective"></practice-stats>`,
      ),
    ],
  ];
}

/** What the page shows: per chart its name and bars, per bar its share and lengths, the rows. */
function measure(selector) {
  const stats = document.querySelector(selector);
  const root = stats.shadowRoot;
  const text = (element) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const grid = root.querySelector('.charts').getBoundingClientRect();
  const charts = [...root.querySelectorAll('section.chart')].map((section) => {
    const box = section.getBoundingClientRect();
    return {
      name: text(section.querySelector('[role="heading"]')),
      top: Math.round(box.top),
      left: box.left - grid.left,
      right: grid.right - box.right,
      bars: [...section.querySelectorAll('button.bar')].map((button) => ({
        share: Number(text(button.querySelector('.bar-first')).replace(/[^\d.]/g, '')) / 100,
        fill: button.querySelector('rect.fill').getBoundingClientRect().width,
        rail: button.querySelector('rect.rail').getBoundingClientRect().width,
      })),
    };
  });
  return charts;
}

export async function run({ openPage, waitFor, check }) {
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ]) {
    const where = `at ${viewport.width} px`;
    const { page } = await openPage(PAGE, viewport);
    const loaded = await waitFor(page, () =>
      [...document.querySelectorAll('practice-stats')].every(
        (stats) => !!stats.shadowRoot?.querySelector('.stats:not(.skeleton) section.chart'),
      ),
    );
    // The bars ease to their length; a frame after the transition.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 400)));
    const seen = { charts: loaded ? await page.evaluate(measure, '#figures') : [] };
    const demo = loaded ? await page.evaluate(measure, '#demo') : [];
    await page.close();

    const bars = seen.charts.flatMap((chart) => chart.bars.map((bar) => ({ ...bar, chart })));
    const rail = bars[0]?.rail ?? 0;
    const off = bars.filter(
      (bar) =>
        Math.abs(bar.rail - rail) >= 1 ||
        // A share is shown to 0.1 %; a value with practices has a mark of at least 2 px.
        Math.abs(bar.fill - bar.share * rail) > 1,
    );
    check(
      `figures: bar lengths are proportional to the shares across charts, ${where}`,
      loaded && bars.length > 30 && rail > 100 && off.length === 0,
      loaded
        ? off
            .slice(0, 5)
            .map(
              (bar) =>
                `${bar.chart.name} ${(bar.share * 100).toFixed(1)}%: ${bar.fill.toFixed(1)} of ${bar.rail.toFixed(1)} px`,
            )
            .join('; ') || `${bars.length} bars, rail ${rail}`
        : 'the figures never showed',
    );
    // Six charts with data; the demo's feed gives no start year: that chart is left out.
    const names = (charts) => charts.map((chart) => chart.name).join(', ');
    const empty = [...seen.charts, ...demo].filter((chart) => chart.bars.length === 0);
    check(
      `figures: no chart without data, ${where}`,
      loaded &&
        empty.length === 0 &&
        seen.charts.length === 6 &&
        names(demo) === 'Setting, Objective',
      `charts: ${names(seen.charts)}; ${names(demo)}`,
    );
    const gaps = [seen.charts, demo].flatMap((charts) => {
      const rows = new Map();
      for (const chart of charts) rows.set(chart.top, [...(rows.get(chart.top) ?? []), chart]);
      return [...rows.values()].filter(
        (row) =>
          Math.min(...row.map((chart) => chart.left)) >= 1 ||
          Math.min(...row.map((chart) => chart.right)) >= 1,
      );
    });
    check(
      `figures: no lone card, every row of charts is full, ${where}`,
      loaded && seen.charts.length > 0 && demo.length > 0 && gaps.length === 0,
      gaps.map((row) => row.map((chart) => chart.name).join(' + ')).join('; '),
    );
  }
}
