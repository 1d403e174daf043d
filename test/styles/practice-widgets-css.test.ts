import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { useCannedFetch } from '../helpers.js';
import { engine } from '../setup/commands.js';

/*
 * The page stylesheet (src/styles/practice-widgets.css) reserves, for each element not yet
 * defined, the box its loading state will take. Here, in every engine: each element, with the
 * attributes that change its loading state, at the widths that matter, is measured first
 * undefined and styled by the sheet (with fallback content inside, which must not count), then
 * defined and loading a feed that never comes. The two boxes must agree within a pixel.
 */

const FEED = '/feeds/never.json';
const WIDTHS = [320, 360, 768, 1280];
const CASES = [
  'practice-card',
  'practice-card layout="compact"',
  'practice-filters',
  'practice-filters facets="country,year,organization-type"',
  'practice-map',
  'practice-stats',
  'practice-stats facets="country"',
  'practice-stats facets="year,setting"',
  'practice-list',
  'practice-list page-size="5"',
  'practice-list page-size="40"',
  'practice-catalog',
  'practice-catalog page-size="8" facets="country,level"',
  'practice-catalog without-filters',
  'practice-catalog without-map without-stats',
  'practice-catalog without-list',
  'practice-catalog without-filters without-map without-stats without-list',
  'practice-catalog without-header view="map"',
  'practice-catalog view="stats" without-list',
  'practice-catalog without-header without-filters without-map without-stats without-list',
];

const FALLBACK =
  '<p><a href="https://example.org/practices">See the practices on the publisher\'s site, ' +
  'a link long enough to wrap over several lines on a phone</a></p> and some text';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function place(width: number, markup: string): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'sheet-test';
  wrapper.style.width = `${width}px`;
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  return wrapper.firstElementChild as HTMLElement;
}

/** Every Lit element in and under `root`, shadow roots included. */
function litElements(root: Element): (Element & { updateComplete?: Promise<unknown> })[] {
  const found: Element[] = [root];
  const shadow = root.shadowRoot;
  if (shadow) for (const child of shadow.querySelectorAll('*')) found.push(...litElements(child));
  return found;
}

async function settled(element: HTMLElement): Promise<void> {
  // Rendering a catalogue creates its parts, which render in turn.
  for (let round = 0; round < 4; round++) {
    await Promise.all(litElements(element).map((el) => el.updateComplete));
    await nextFrame();
  }
}

/** Each case at `width`: its loading box against the box the sheet reserved before. */
async function mismatchesAt(width: number): Promise<string[]> {
  const mismatches: string[] = [];
  for (const attributes of CASES) {
    const tag = attributes.split(' ')[0]!;
    const element = place(width, `<${attributes} src="${FEED}" lang="en">${FALLBACK}</${tag}>`);
    await settled(element);
    const loading = element.getBoundingClientRect().height;
    const before = reserved.get(`${attributes} @${width}`)!;
    if (!(Math.abs(loading - before) <= 1)) {
      mismatches.push(
        `<${attributes}>: ${before.toFixed(1)} px before, ${loading.toFixed(1)} px loading`,
      );
    }
    element.parentElement!.remove();
  }
  return mismatches;
}

/** The box each case's sheet reserved, by case and width, measured before anything is defined. */
const reserved = new Map<string, number>();

describe('practice-widgets.css', function () {
  // Twenty cases at four widths, twice, in three engines on a shared machine.
  this.timeout(120_000);

  let keeper: HTMLElement | undefined;
  let feedBox: { display: string; script: string; text: boolean } | undefined;

  before(async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/src/styles/practice-widgets.css';
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
    });
    document.head.append(link);
    await loaded;
    // Nothing is defined yet: every box is the sheet's.
    for (const width of WIDTHS) {
      await setViewport({ width, height: 900 });
      for (const attributes of CASES) {
        const tag = attributes.split(' ')[0]!;
        const element = place(width, `<${attributes} src="${FEED}" lang="en">${FALLBACK}</${tag}>`);
        expect(customElements.get(tag), tag).to.equal(undefined);
        reserved.set(`${attributes} @${width}`, element.getBoundingClientRect().height);
        element.parentElement!.remove();
      }
    }
    const feed = place(
      360,
      '<practice-feed><script type="application/json">{"version":1,"practices":[]}</script>' +
        '<p>Text inside the feed</p></practice-feed>',
    );
    feedBox = {
      display: getComputedStyle(feed).display,
      script: getComputedStyle(feed.querySelector('script')!).display,
      text: feed.querySelector('p')!.getBoundingClientRect().height > 0,
    };
    feed.parentElement!.remove();
    await import('../../src/define.js');
    // WebKit (2.50) evaluates a shared style sheet's media queries again after a resize only
    // while some element holds it (a known bug, see the README): one filters element stays.
    useCannedFetch({ [FEED]: { hang: true } });
    keeper = place(300, `<practice-filters src="${FEED}" lang="en"></practice-filters>`);
    keeper.parentElement!.style.position = 'absolute';
    keeper.parentElement!.style.left = '-10000px';
  });

  after(async () => {
    keeper?.parentElement!.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('shows the content of <practice-feed> and hides its inline feed, as once defined', () => {
    expect(feedBox).to.deep.equal({ display: 'block', script: 'none', text: true });
  });

  for (const width of WIDTHS) {
    it(`gives each element at ${width} px the box of its loading state`, async () => {
      useCannedFetch({ [FEED]: { hang: true } });
      await setViewport({ width, height: 900 });
      let mismatches = await mismatchesAt(width);
      if (mismatches.length > 0 && engine === 'webkit') {
        // The same WebKit bug as above, seen on a loaded machine even with the keeper: a defined
        // element drawn with the media queries of the width before. One more resize, with the
        // keeper holding the sheets, has WebKit evaluate them again; a real mismatch stays.
        await setViewport({ width: width + 1, height: 900 });
        await setViewport({ width, height: 900 });
        mismatches = await mismatchesAt(width);
      }
      expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
    });
  }
});
