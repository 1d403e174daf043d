import { expect } from '@open-wc/testing';
import { installHydration } from '../../../src/components/shared/hydrate-support.js';
import { until, useCannedFetch } from '../../helpers.js';

/*
 * `<practice-catalog>` takes over HTML rendered by `practice-feed render --element catalog`
 * (fixtures made by test/fixtures/rendered/make.mjs): its parts (header, filters, list and its
 * cards) keep their nodes, no loading state shows at any frame or change of nodes, the boxes
 * keep their size, and a feed given inline is never requested. The hydration support is
 * installed before the elements are defined, as the page's gate does.
 */
installHydration();
await import('../../../src/define.js');

const FIXTURES = '/test/fixtures/rendered/';
const feedText = await (await fetch(`${FIXTURES}feed.json`)).text();
const rendered = async (name: string) => (await fetch(`${FIXTURES}${name}`)).text();
const STALE = 'the same nodes (a stale fixture? see test/fixtures/rendered/make.mjs)';

type Hydrated = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> };

function place(markup: string): HTMLElement {
  const box = document.createElement('div');
  document.body.append(box);
  box.setHTMLUnsafe(markup);
  return box;
}

/** The catalogue's parts, through its shadow root and its inner `<practice-feed>`. */
function partsOf(catalog: Element) {
  const root = catalog.shadowRoot!;
  const list = root.querySelector('practice-list') as Hydrated | null;
  const cards = [...(list?.shadowRoot?.querySelectorAll('practice-card') ?? [])] as Hydrated[];
  return {
    feed: root.querySelector('practice-feed') as Hydrated | null,
    header: root.querySelector('practice-catalog-header') as Hydrated | null,
    filters: root.querySelector('practice-filters') as Hydrated | null,
    list,
    cards,
    headings: cards.map((card) => card.shadowRoot?.querySelector('.title') ?? null),
  };
}

const skeletonIn = (root: ParentNode | null | undefined): boolean =>
  !!root?.querySelector('.skeleton, .skeleton-line, [aria-busy="true"]');

/**
 * Watches the catalogue and its drawn parts until every one has taken its rendered HTML over,
 * at every animation frame and (unless `framesOnly`: what is painted) at every change of their
 * nodes.
 */
async function watchTakeover(catalog: Hydrated, framesOnly = false) {
  const seen = { skeleton: false, empty: false };
  const drawn = () => {
    const { header, filters, list, cards } = partsOf(catalog);
    return [catalog, header, filters, list, ...cards].filter(Boolean) as Hydrated[];
  };
  const look = () => {
    for (const el of drawn()) {
      if (skeletonIn(el.shadowRoot)) seen.skeleton = true;
      if (!el.shadowRoot?.querySelector('div, article, section, ul, form, search, p'))
        seen.empty = true;
    }
  };
  const observers = (framesOnly ? [] : drawn()).map((el) => {
    const observer = new MutationObserver(look);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
    return observer;
  });
  let frame = 0;
  const tick = () => {
    look();
    frame = requestAnimationFrame(tick);
  };
  tick();
  await until(() => drawn().every((el) => el.hasUpdated), 8000);
  for (const el of drawn()) await el.updateComplete;
  look();
  cancelAnimationFrame(frame);
  for (const observer of observers) observer.disconnect();
  return seen;
}

const rect = (el: Element) => {
  const { x, y, width, height } = el.getBoundingClientRect();
  return { x, y, width, height };
};

function expectSameRect(now: ReturnType<typeof rect>, before: ReturnType<typeof rect>) {
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    expect(now[key], key).to.be.closeTo(before[key], 0.01);
  }
}

let box: HTMLElement | undefined;
afterEach(() => {
  box?.remove();
  box = undefined;
});

/** The rendered controls that need the script (`.scripted`), through the parts' roots. */
function scriptedIn(root: Element): Element[] {
  const found: Element[] = [];
  for (const element of root.shadowRoot?.querySelectorAll('*') ?? []) {
    if (element.classList.contains('scripted')) found.push(element);
    found.push(...scriptedIn(element));
  }
  return found;
}
const shown = (control: Element) => getComputedStyle(control).visibility === 'visible';
const nameOf = (control: Element) => `${control.localName}.${[...control.classList].join('.')}`;

describe('a rendered catalogue taken over', () => {
  it('keeps its parts, its cards and their headings, shows no loading state and asks for no inline feed', async () => {
    const requests = useCannedFetch({});
    box = place(await rendered('catalog-inline.html'));
    const catalog = box.querySelector('practice-catalog') as Hydrated;
    const before = partsOf(catalog);
    expect(before.cards.length, 'every practice of the scope rendered').to.equal(2);
    expect(before.headings.every(Boolean)).to.equal(true);
    expect(before.header && before.filters && before.list).to.exist;
    // Rects before the script's parts have run: the rendered boxes.
    const rects = [catalog, before.header!, before.filters!, before.list!, ...before.cards].map(
      rect,
    );
    const seen = await watchTakeover(catalog);
    expect(seen.skeleton, 'a loading state showed').to.equal(false);
    expect(seen.empty, 'a part was empty for a moment').to.equal(false);
    const after = partsOf(catalog);
    expect(after.feed, STALE).to.equal(before.feed);
    expect(after.header, STALE).to.equal(before.header);
    expect(after.filters, STALE).to.equal(before.filters);
    expect(after.list, STALE).to.equal(before.list);
    expect(after.cards, STALE).to.deep.equal(before.cards);
    expect(after.headings, STALE).to.deep.equal(before.headings);
    [catalog, after.header!, after.filters!, after.list!, ...after.cards].forEach((el, i) =>
      expectSameRect(rect(el), rects[i]!),
    );
    expect(requests).to.deep.equal([]);
    // Taken over, not just left there: the catalogue answers the reader.
    const tab = catalog.shadowRoot!.querySelector<HTMLButtonElement>('#tab-stats')!;
    tab.click();
    await until(() => !!catalog.shadowRoot!.querySelector('practice-stats'));
    expect(catalog.shadowRoot!.querySelector('#panel-list')!.hasAttribute('hidden')).to.equal(true);
  });

  it('on a phone, a rendered header keeps no room beyond its content: the filters start right under it, before and after the takeover', async () => {
    useCannedFetch({});
    // The blank between the header's content and the filters: the layout's one gap (1rem).
    const blank = (catalog: Element) => {
      const { header, filters } = partsOf(catalog);
      const content = header!.shadowRoot!.querySelector('.head')!.getBoundingClientRect();
      return filters!.getBoundingClientRect().top - content.bottom;
    };
    box = place(await rendered('catalog-inline.html'));
    box.style.width = '360px';
    const catalog = box.querySelector('practice-catalog') as Hydrated;
    const rendered360 = blank(catalog);
    const filtersTop = rect(partsOf(catalog).filters!);
    await watchTakeover(catalog);
    expect(rendered360, 'rendered').to.be.within(0, 17);
    expect(blank(catalog), 'taken over').to.be.within(0, 17);
    expectSameRect(rect(partsOf(catalog).filters!), filtersTop);
    box.remove();
    // Drawn by the script, the header keeps its room for a longer title: its content comes with
    // the feed, and giving the room back then would move what is below.
    box = place(
      `<practice-catalog lang="es"><script type="application/json">${feedText}</script></practice-catalog>`,
    );
    box.style.width = '360px';
    const drawn = box.querySelector('practice-catalog') as Hydrated;
    // Firefox may define the element a moment after the markup is placed.
    await until(
      () => !!drawn.shadowRoot && !!partsOf(drawn).header?.shadowRoot?.querySelector('.title'),
      8000,
    );
    expect(blank(drawn), 'drawn by the script').to.be.above(48);
  });

  it('keeps the rendered catalogue on screen while its src loads, then takes it over', async () => {
    let answer: (value: string) => void = () => {};
    const body = new Promise<string>((resolve) => (answer = resolve));
    const requests: string[] = [];
    const { setFetch } = await import('../../../src/feed/request.js');
    setFetch(async (url) => {
      requests.push(url);
      return new Response(await body, { headers: { 'Content-Type': 'application/json' } });
    });
    box = place(await rendered('catalog-src.html'));
    const catalog = box.querySelector('practice-catalog') as Hydrated;
    const before = partsOf(catalog);
    const watching = watchTakeover(catalog);
    await until(() => requests.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(before.list!.hasUpdated, 'the list taken over before its data').to.equal(false);
    expect(partsOf(catalog).cards).to.deep.equal(before.cards);
    // Defined, but not yet taken over (the filters and the list wait for the feed): their
    // controls, which would do nothing, are not shown; the catalogue's own tabs, taken over
    // already, are shown and work.
    const controls = scriptedIn(catalog);
    const takenOver = (control: Element) =>
      !!((control.getRootNode() as ShadowRoot).host as Hydrated).hasUpdated;
    expect(controls.filter((c) => !takenOver(c)).length, 'controls waiting').to.be.at.least(4);
    expect(
      controls.filter((c) => shown(c) !== takenOver(c)).map(nameOf),
      'shown before their takeover, or hidden after it',
    ).to.deep.equal([]);
    answer(feedText);
    const seen = await watching;
    expect(
      scriptedIn(catalog)
        .filter((c) => !shown(c))
        .map(nameOf),
      'hidden after',
    ).to.deep.equal([]);
    expect(seen.skeleton, 'a loading state showed').to.equal(false);
    expect(partsOf(catalog).headings, STALE).to.deep.equal(before.headings);
    expect(requests).to.have.length(1);
  });

  it('renders again in place, with one warning, when the page asks for another language', async () => {
    useCannedFetch({});
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const markup = (await rendered('catalog-inline.html')).replace(
        '<practice-catalog lang="es"',
        '<practice-catalog lang="en"',
      );
      box = place(markup);
      const catalog = box.querySelector('practice-catalog') as Hydrated;
      // Rendered afresh: new nodes, drawn in the task that found the mismatch. What is painted
      // (each animation frame) is never blank nor a loading state.
      const seen = await watchTakeover(catalog, true);
      expect(seen.skeleton, 'a loading state showed').to.equal(false);
      expect(seen.empty, 'a blank frame').to.equal(false);
      await until(() =>
        (partsOf(catalog).headings[0]?.textContent ?? '').includes('STEAM Without'),
      );
      expect(catalog.shadowRoot!.querySelector('#tab-list')!.textContent!.trim()).to.equal(
        'Practices',
      );
      expect(warnings.filter((w) => w.includes('rendered HTML'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});
