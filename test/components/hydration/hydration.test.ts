import { expect } from '@open-wc/testing';
import { installHydration } from '../../../src/components/shared/hydrate-support.js';
import { resetPageState } from '../../../src/data/page-state.js';
import { until, useCannedFetch } from '../../helpers.js';
import { isUnavailable } from '../../../src/components/shared/rendered-unavailable.js';

/*
 * The elements take over HTML rendered by `practice-feed render` (fixtures made by
 * test/fixtures/rendered/make.mjs): the same nodes, no loading state in between, no change of
 * size, no request for a feed given inline; a render that does not match is replaced in place.
 * The hydration support is installed before the elements are defined, as the page's gate does.
 */
installHydration();
await import('../../../src/define.js');

const FIXTURES = '/test/fixtures/rendered/';
const feedText = await (await fetch(`${FIXTURES}feed.json`)).text();
const rendered = async (name: string) => (await fetch(`${FIXTURES}${name}`)).text();
// The fixtures must be rendered from today's templates: after a change to what an element
// renders, `npm run build && node test/fixtures/rendered/make.mjs` writes them again (a stale
// fixture is rendered afresh, with a console warning, and the node checks below fail).
const STALE = 'the same nodes (a stale fixture? see test/fixtures/rendered/make.mjs)';

type Hydrated = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> };

/** Puts rendered HTML in the page (declarative shadow roots attach as it is parsed). */
function place(markup: string): HTMLElement {
  const box = document.createElement('div');
  document.body.append(box);
  box.setHTMLUnsafe(markup);
  return box;
}

const skeletonIn = (root: ParentNode | null | undefined): boolean =>
  !!root?.querySelector('.skeleton, .skeleton-line, [aria-busy="true"]');

/**
 * Watches an element's shadow root until it has taken the rendered HTML over: at every
 * animation frame, and at every change of its nodes (so a loading state that came and went
 * between two frames is seen too). Resolves with what was seen.
 */
async function watchTakeover(element: Hydrated, extra: () => Element[] = () => []) {
  const seen = { skeleton: false, empty: false, frames: 0 };
  const look = () => {
    for (const el of [element, ...extra()]) {
      const root = el.shadowRoot;
      if (skeletonIn(root)) seen.skeleton = true;
      if (root && !root.querySelector('div, article, section, ul')) seen.empty = true;
    }
  };
  const observer = new MutationObserver(look);
  observer.observe(element.shadowRoot!, { childList: true, subtree: true });
  let frame = 0;
  const tick = () => {
    look();
    seen.frames++;
    frame = requestAnimationFrame(tick);
  };
  tick();
  await until(() => element.hasUpdated, 5000);
  await element.updateComplete;
  for (const el of extra()) await (el as Hydrated).updateComplete;
  look();
  cancelAnimationFrame(frame);
  observer.disconnect();
  return seen;
}

const size = (el: Element) => {
  const { width, height } = el.getBoundingClientRect();
  return { width, height };
};

/**
 * The size of `tag` as the rendered HTML shows it before any script: the same markup with the
 * outer elements under names no script defines, so that it stays as it was written.
 */
function renderedSize(markup: string, tag: string) {
  // The outer elements only: those inside wait for their host (defer-hydration) as rendered.
  let copy = markup;
  for (const outer of ['practice-feed', tag]) {
    const open = copy.indexOf(`<${outer}`);
    const close = copy.lastIndexOf(`</${outer}>`);
    if (open < 0 || close < 0) continue;
    copy =
      `${copy.slice(0, open)}<unscripted-${copy.slice(open + 1, close)}</unscripted-` +
      copy.slice(close + 2);
  }
  reference = place(copy);
  return size(reference.querySelector(`unscripted-${tag}`)!);
}

/** The same box, within a hundredth of a pixel (Firefox lays out in fractions of 1/60 px). */
function expectSameSize(now: ReturnType<typeof size>, before: ReturnType<typeof size>) {
  expect(now.width).to.be.closeTo(before.width, 0.01);
  expect(now.height).to.be.closeTo(before.height, 0.01);
}

let box: HTMLElement | undefined;
let reference: HTMLElement | undefined;
afterEach(() => {
  box?.remove();
  reference?.remove();
  box = reference = undefined;
});

describe('rendered HTML taken over', () => {
  it('keeps a card’s nodes, shows no loading state and asks for no feed given inline', async () => {
    const requests = useCannedFetch({});
    const markup = await rendered('card-inline.html');
    const before = renderedSize(markup, 'practice-card');
    box = place(markup);
    const card = box.querySelector('practice-card') as Hydrated;
    const heading = card.shadowRoot!.querySelector('.title')!;
    const article = card.shadowRoot!.querySelector('article')!;
    expect(heading.textContent).to.contain('STEAM sin barreras');
    const seen = await watchTakeover(card);
    expect(seen.skeleton, 'a loading state showed').to.equal(false);
    expect(seen.empty, 'the card was empty for a moment').to.equal(false);
    expect(card.shadowRoot!.querySelector('.title')).to.equal(heading);
    expect(card.shadowRoot!.querySelector('article')).to.equal(article);
    expectSameSize(size(card), before);
    expect(requests).to.deep.equal([]);
    // Taken over, not just left there: the element now answers the reader.
    card.setAttribute('lang', 'en');
    await card.updateComplete;
    await until(() => heading.textContent!.includes('STEAM Without Barriers'));
    expect(card.shadowRoot!.querySelector('.title')).to.equal(heading);
  });

  it('keeps a list’s cards and their headings, with the feed inline', async () => {
    const requests = useCannedFetch({});
    const markup = await rendered('list-inline.html');
    const before = renderedSize(markup, 'practice-list');
    box = place(markup);
    const list = box.querySelector('practice-list') as Hydrated;
    const cardsOf = () => [...list.shadowRoot!.querySelectorAll('practice-card')];
    const cards = cardsOf();
    expect(cards).to.have.length(2);
    const headings = cards.map((card) => card.shadowRoot!.querySelector('.title'));
    expect(headings.every(Boolean)).to.equal(true);
    const seen = await watchTakeover(list, cardsOf);
    await until(() => cardsOf().every((card) => (card as Hydrated).hasUpdated));
    expect(seen.skeleton, 'a loading state showed').to.equal(false);
    expect(cardsOf(), STALE).to.deep.equal(cards);
    expect(cardsOf().map((card) => card.shadowRoot!.querySelector('.title'))).to.deep.equal(
      headings,
    );
    expectSameSize(size(list), before);
    expect(requests).to.deep.equal([]);
  });

  it('keeps the figures’ nodes, with the feed inline', async () => {
    const requests = useCannedFetch({});
    const markup = await rendered('stats-inline.html');
    const before = renderedSize(markup, 'practice-stats');
    box = place(markup);
    const stats = box.querySelector('practice-stats') as Hydrated;
    const firstBar = stats.shadowRoot!.querySelector('.bar')!;
    expect(firstBar).to.exist;
    const seen = await watchTakeover(stats);
    expect(seen.skeleton, 'a loading state showed').to.equal(false);
    expect(stats.shadowRoot!.contains(firstBar)).to.equal(true);
    expectSameSize(size(stats), before);
    expect(requests).to.deep.equal([]);
  });

  it('keeps the rendered list on screen while its src loads, and takes it over once there', async () => {
    let answer: (value: string) => void = () => {};
    const body = new Promise<string>((resolve) => (answer = resolve));
    const requests: string[] = [];
    const { setFetch } = await import('../../../src/feed/request.js');
    setFetch(async (url) => {
      requests.push(url);
      return new Response(await body, { headers: { 'Content-Type': 'application/json' } });
    });
    box = place(await rendered('list-src.html'));
    const list = box.querySelector('practice-list') as Hydrated;
    const cards = [...list.shadowRoot!.querySelectorAll('practice-card')];
    const watching = watchTakeover(list);
    await until(() => requests.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(list.hasUpdated, 'taken over before its data').to.equal(false);
    expect(list.shadowRoot!.querySelectorAll('practice-card')).to.have.length(2);
    answer(feedText);
    const seen = await watching;
    expect(seen.skeleton).to.equal(false);
    expect([...list.shadowRoot!.querySelectorAll('practice-card')]).to.deep.equal(cards);
    expect(requests).to.have.length(1);
  });

  it('leaves the rendered practices readable when its src cannot be had', async () => {
    // What the wait for data costs when the data never comes: the rendered practices stay as
    // they are (no blank, no loading state), though their controls wait for a feed.
    const requests = useCannedFetch({});
    const markup = (await rendered('list-src.html')).replace(
      '/feeds/rendered.json',
      '/feeds/never-there.json',
    );
    box = place(markup);
    const list = box.querySelector('practice-list') as unknown as Hydrated & {
      loadState: { status: string };
    };
    const cards = [...list.shadowRoot!.querySelectorAll('practice-card')];
    const titles = cards.map((card) =>
      card.shadowRoot!.querySelector('.title')!.textContent!.trim(),
    );
    const seen = { skeleton: false };
    const observer = new MutationObserver(() => {
      seen.skeleton ||= skeletonIn(list.shadowRoot);
    });
    observer.observe(list.shadowRoot!, { childList: true, subtree: true });
    await until(() => requests.length > 0 && list.loadState.status === 'error');
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(seen.skeleton, 'a loading state showed').to.equal(false);
    const now = [...list.shadowRoot!.querySelectorAll('practice-card')];
    expect(now, STALE).to.deep.equal(cards);
    expect(titles.every(Boolean)).to.equal(true);
    expect(
      now.map((card) => card.shadowRoot!.querySelector('.title')!.textContent!.trim()),
    ).to.deep.equal(titles);
    expect(now.every((card) => card.getBoundingClientRect().height > 0)).to.equal(true);
  });

  it('renders again in place, with a warning, when the feed is not the one rendered', async () => {
    useCannedFetch({});
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      // A newer feed in the page than the one the HTML was rendered from: another title.
      const markup = (await rendered('card-inline.html')).replace(
        'STEAM sin barreras',
        'STEAM sin fronteras',
      );
      box = place(markup);
      const card = box.querySelector('practice-card') as Hydrated;
      const seen = await watchTakeover(card);
      expect(seen.skeleton).to.equal(false);
      expect(seen.empty, 'a blank frame').to.equal(false);
      const heading = card.shadowRoot!.querySelector('.title')!;
      expect(heading.textContent).to.contain('STEAM sin fronteras');
      // The rendered styles stayed: the card is still drawn as a card.
      expect(getComputedStyle(card.shadowRoot!.querySelector('article')!).display).to.not.equal(
        'inline',
      );
      expect(warnings.filter((w) => w.includes('rendered HTML'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('renders again in place when the page asks for another language', async () => {
    useCannedFetch({});
    resetPageState();
    const warn = console.warn;
    console.warn = () => {};
    try {
      const markup = (await rendered('card-inline.html')).replace(
        '<practice-feed lang="es">',
        '<practice-feed lang="en">',
      );
      box = place(markup);
      const card = box.querySelector('practice-card') as Hydrated;
      card.setAttribute('lang', 'en');
      const seen = await watchTakeover(card);
      expect(seen.skeleton).to.equal(false);
      await until(() =>
        card.shadowRoot!.querySelector('.title')!.textContent!.includes('STEAM Without'),
      );
    } finally {
      console.warn = warn;
    }
  });
});

/** The rendered list at its `src`, under an address of its own (no saved copy, no shared load). */
async function placeListAt(address: string) {
  box = place((await rendered('list-src.html')).replace('/feeds/rendered.json', address));
  return box.querySelector('practice-list') as unknown as Hydrated & {
    loadState: { status: string };
  };
}

const cardsIn = (list: Element) => [...list.shadowRoot!.querySelectorAll('practice-card')];
const noticeIn = (list: Element) =>
  list.shadowRoot!.querySelector<HTMLElement>('.rendered-unavailable [part="notice"]');
/** The controls of the list and of its cards, and whether each can be used. */
const controlsIn = (list: Element) =>
  [list, ...cardsIn(list)].flatMap((element) =>
    [...element.shadowRoot!.querySelectorAll<HTMLElement>('select, button, summary')].filter(
      (control) => !control.closest('dialog, .rendered-unavailable'),
    ),
  );
const usable = (control: HTMLElement) =>
  !(control as HTMLButtonElement).disabled && control.getAttribute('aria-disabled') !== 'true';
const rect = (element: Element) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
};
/** The boxes of what a reader reads in the list: the toolbar, its items, the cards, titles. */
const readBoxes = (list: Element) =>
  [
    ...list.shadowRoot!.querySelectorAll('.toolbar, .toolbar > *, select, li'),
    ...cardsIn(list).flatMap((card) => [...card.shadowRoot!.querySelectorAll('article, .title')]),
  ].map(rect);

describe('rendered HTML whose feed cannot be had', () => {
  it('keeps the practices as they are, says so with a retry, and shows its controls unavailable', async () => {
    const shifts: PerformanceEntry[] = [];
    const layoutShifts = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
    const observer = layoutShifts
      ? new PerformanceObserver((entries) => shifts.push(...entries.getEntries()))
      : undefined;
    const requests = useCannedFetch({});
    const list = await placeListAt('/feeds/offline-a.json');
    const cards = cardsIn(list);
    const titles = cards.map((card) => card.shadowRoot!.querySelector('.title'));
    const controls = controlsIn(list);
    // The sort, the downloads and its two buttons, the cards' two "open" buttons.
    expect(controls.length).to.be.at.least(5);
    expect(controls.every(usable)).to.equal(true);
    const boxes = readBoxes(list);
    observer?.observe({ type: 'layout-shift' });

    await until(() => requests.length > 0 && !!noticeIn(list), 5000);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    observer?.disconnect();

    const notice = noticeIn(list)!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.closest('[lang]')!.getAttribute('lang')).to.equal('es');
    expect(notice.textContent).to.contain('Puede que estas prácticas no sean las más recientes');
    const retry = notice.querySelector('button')!;
    expect(retry.textContent!.trim()).to.equal('Reintentar');
    expect(usable(retry)).to.equal(true);
    // Every control unavailable, and the reason reachable from it.
    expect(controls.every((control) => !usable(control))).to.equal(true);
    // Shown, though not taken over: the wait for the takeover hides no control past a failure.
    const scripted = list.shadowRoot!.querySelectorAll('.scripted');
    expect(scripted.length).to.be.at.least(1);
    for (const control of scripted) {
      expect(getComputedStyle(control).visibility, control.className).to.equal('visible');
    }
    for (const control of controls) {
      const reason = (control.getRootNode() as ShadowRoot).getElementById(
        control.getAttribute('aria-describedby') ?? '',
      );
      expect(reason?.textContent, control.outerHTML).to.contain('Puede que estas prácticas');
    }
    // The content as it was: the same nodes, the same boxes, nothing shifted.
    expect(cardsIn(list), STALE).to.deep.equal(cards);
    expect(cards.map((card) => card.shadowRoot!.querySelector('.title'))).to.deep.equal(titles);
    expect(readBoxes(list)).to.deep.equal(boxes);
    // The notice follows the content: nothing the reader reads is under it or moved by it.
    const last = cards.at(-1)!.getBoundingClientRect().bottom;
    expect(notice.getBoundingClientRect().top).to.be.at.least(last);
    expect(
      shifts.map((entry) => (entry as PerformanceEntry & { value: number }).value),
    ).to.deep.equal([]);
    expect(list.hasUpdated).to.equal(false);
    await expect(list).to.be.accessible();
  });

  it('takes the HTML over once Retry brings the feed, with the same nodes and no notice', async () => {
    let online = false;
    const requests = useCannedFetch({
      '/feeds/offline-b.json': () => (online ? { text: feedText } : { fail: true }),
    });
    const list = await placeListAt('/feeds/offline-b.json');
    const cards = cardsIn(list);
    const boxes = readBoxes(list);
    await until(() => !!noticeIn(list), 5000);
    online = true;
    noticeIn(list)!.querySelector('button')!.click();
    await until(() => list.hasUpdated, 5000);
    await list.updateComplete;
    await until(() => cardsIn(list).every((card) => (card as Hydrated).hasUpdated));
    expect(requests).to.have.length(2);
    expect(noticeIn(list)).to.equal(null);
    expect(list.shadowRoot!.querySelector('.rendered-unavailable')).to.equal(null);
    expect(cardsIn(list), STALE).to.deep.equal(cards);
    expect(readBoxes(list)).to.deep.equal(boxes);
    expect(controlsIn(list).every(usable)).to.equal(true);
    expect(
      controlsIn(list).filter((control) => control.hasAttribute('aria-describedby')),
    ).to.deep.equal([]);
    // Taken over: a card's "open" now opens the practice.
    cards[0]!.shadowRoot!.querySelector<HTMLButtonElement>('.open')!.click();
    await until(() => list.shadowRoot!.querySelector('dialog')!.open);
  });

  it('tries by itself when the connection comes back, once, and takes the HTML over', async () => {
    let online = false;
    const requests = useCannedFetch({
      '/feeds/offline-c.json': () => (online ? { text: feedText } : { fail: true }),
    });
    const list = await placeListAt('/feeds/offline-c.json');
    await until(() => !!noticeIn(list), 5000);
    expect(requests).to.have.length(1);
    online = true;
    window.dispatchEvent(new Event('online'));
    await until(() => list.hasUpdated, 5000);
    await list.updateComplete;
    expect(requests).to.have.length(2);
    expect(isUnavailable(list)).to.equal(false);
    expect(noticeIn(list)).to.equal(null);
    expect(controlsIn(list).every(usable)).to.equal(true);
  });
});

describe('rendered list before any script', () => {
  it('keeps its toolbar’s lines while its sort control is being parsed', async () => {
    // A browser may paint rendered HTML with the select partly parsed (no option yet, or
    // some): the toolbar must be laid out as it will be once the select is whole.
    const markup = await rendered('list-src.html');
    renderedSize(markup, 'practice-list');
    reference!.style.width = '328px';
    const root = reference!.querySelector('unscripted-practice-list')!.shadowRoot!;
    const items = () => [...root.querySelectorAll('.toolbar > *')].map(rect);
    const whole = items();
    const select = root.querySelector('select')!;
    const options = [...select.options];
    expect(options.length).to.equal(3);
    for (const count of [0, 1, 2]) {
      select.replaceChildren(...options.slice(0, count));
      expect(items(), `${count} options parsed`).to.deep.equal(whole);
    }
  });
});
