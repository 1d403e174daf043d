// A strict Content-Security-Policy (`style-src 'self'`) refuses `style="…"` attributes: no
// element may render one, in any state. (The end-to-end check in test/e2e loads the built
// bundle under that policy and counts violation reports.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PracticeFeed } from '../../src/components/practice-feed/practice-feed.js';
import { EMPTY_FILTERS } from '../../src/data/query.js';
import { writeSavedCopy } from '../../src/feed/saved-copy.js';
import { sampleFeed, until } from '../helpers.js';
import {
  absolute,
  answer,
  controlledNetwork,
  deepElements,
  displayElementTags,
  elementAttributes,
  settled,
  shadowRoots,
} from './support.js';

const STEAM = 'steam-without-barriers';

function withStyle(root: Element): string[] {
  return deepElements(root)
    .filter((element) => element.hasAttribute('style'))
    .map((element) => `<${element.localName} style="${element.getAttribute('style')}">`);
}

async function everyElement(src: string, extra: Record<string, string> = {}) {
  const tags = await displayElementTags();
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  for (const tag of tags) {
    for (const theme of ['light', 'dark']) {
      const element = document.createElement(tag);
      element.setAttribute('src', src);
      element.setAttribute('theme', theme);
      const attributes = { ...elementAttributes(tag, STEAM), ...extra };
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      root.append(element);
    }
  }
  return root;
}

describe('no inline style attributes, in any state', function () {
  this.timeout(20_000);

  it('while loading', async () => {
    controlledNetwork(answer.hang());
    const root = await everyElement('/styles/loading.json');
    await Promise.all(
      [...root.children].map((element) => (element as PracticeFeed).updateComplete),
    );
    expect(deepElements(root).length).to.be.greaterThan(root.children.length * 3);
    expect(withStyle(root)).to.deep.equal([]);
  });

  it('after an error', async () => {
    controlledNetwork(answer.status(404));
    const root = await everyElement('/styles/missing.json');
    await Promise.all([...root.children].map(settled));
    expect(withStyle(root)).to.deep.equal([]);
  });

  it('loaded, standalone and inside a feed, with a practice open and with no match', async () => {
    controlledNetwork(answer.json(sampleFeed()));
    const root = await everyElement('/styles/loaded.json', { layout: 'compact' });
    await Promise.all([...root.children].map(settled));
    expect(withStyle(root)).to.deep.equal([]);

    const tags = await displayElementTags();
    const feed = await fixture<PracticeFeed>(
      html`<practice-feed src="/styles/loaded.json" lang="pt"></practice-feed>`,
    );
    for (const tag of tags) {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(elementAttributes(tag, STEAM))) {
        element.setAttribute(name, value);
      }
      feed.append(element);
    }
    await Promise.all([...feed.children].map(settled));
    feed.openPracticeId = STEAM;
    await feed.updateComplete;
    await Promise.all([...feed.children].map(settled));
    expect(withStyle(feed)).to.deep.equal([]);
    feed.openPracticeId = null;
    feed.setFilters({ ...EMPTY_FILTERS, q: 'no practice says this' });
    await feed.updateComplete;
    await Promise.all([...feed.children].map(settled));
    expect(withStyle(feed)).to.deep.equal([]);
  });

  it('with the saved-data notice', async () => {
    const src = '/styles/saved.json';
    const text = JSON.stringify(sampleFeed());
    await writeSavedCopy(absolute(src), { text, base: absolute(src), savedAt: Date.now() });
    controlledNetwork(answer.fail());
    const root = await everyElement(src);
    await until(() =>
      [...root.children].every((element) =>
        shadowRoots(element).some((shadow) => shadow.querySelector('.saved-notice')),
      ),
    );
    expect(withStyle(root)).to.deep.equal([]);
  });
});
