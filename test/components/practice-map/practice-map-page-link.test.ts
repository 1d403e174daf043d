import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { PracticeMap } from '../../../src/components/practice-map/practice-map.js';
import type { PracticeFeed } from '../../../src/components/practice-feed/practice-feed.js';
import { clickPrevented as click, sampleFeed, until, useCannedFetch } from '../../helpers.js';

const FEED_URL = '/feeds/practices.json';
const STEAM = 'steam-without-barriers';

const marker = (map: PracticeMap) => map.shadowRoot!.querySelector<SVGElement>('[data-marker]');

async function mapIn(
  template: ReturnType<typeof html>,
): Promise<{ map: PracticeMap; feed: PracticeFeed }> {
  useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
  const feed = await fixture<PracticeFeed>(template);
  const map = feed.querySelector<PracticeMap>('practice-map')!;
  map.scrollIntoView();
  await until(() => !!marker(map));
  return { map, feed };
}

describe('<practice-map> markers linking to practice pages (practice-url)', () => {
  it("is a link to the practice's page, opened in place by a plain click", async () => {
    const { map, feed } = await mapIn(
      html`<practice-feed src=${FEED_URL} lang="en" practice-url="/en/practices/{id}/">
        <practice-map></practice-map>
      </practice-feed>`,
    );
    const link = marker(map)!;
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal(`/en/practices/${STEAM}/`);
    expect(link.getAttribute('aria-label')).to.equal('View details: STEAM Without Barriers');
    expect(click(link, { ctrlKey: true })).to.equal(false);
    expect(click(link, { shiftKey: true })).to.equal(false);
    expect(feed.openPracticeId).to.equal(null);
    expect(click(link)).to.equal(true);
    expect(feed.openPracticeId).to.equal(STEAM);
    await expect(map).to.be.accessible();
  });

  it('is followed on a plain click with open-in="page"', async () => {
    const { map, feed } = await mapIn(
      html`<practice-feed src=${FEED_URL} lang="en" practice-url="/en/{id}/" open-in="page">
        <practice-map></practice-map>
      </practice-feed>`,
    );
    expect(click(marker(map)!)).to.equal(false);
    expect(feed.openPracticeId).to.equal(null);
  });

  it('stays a button with a hostile template', async () => {
    const { map } = await mapIn(
      html`<practice-feed src=${FEED_URL} lang="en" practice-url="javascript:alert('{id}')">
        <practice-map></practice-map>
      </practice-feed>`,
    );
    expect(marker(map)!.localName).to.equal('g');
    expect(marker(map)!.getAttribute('role')).to.equal('button');
    expect(map.shadowRoot!.querySelector('[href]')).to.equal(null);
  });
});
