// The views an element shows after a reader's action, in both themes: the map as a table, the
// figures with their tables shown, a practice open in the list's dialog.
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import { sampleFeed, until, useCannedFetch } from '../helpers.js';
import { contrastFailures, deepElements, deepText } from './deep-dom.js';
import { settled } from './inclusion-suite.js';

const FEED_URL = '/feeds/practices.json';

describe('inclusion: views after a reader’s action', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`the map as a table passes axe and contrast, in the ${theme} theme`, async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const map = await settled(
        html`<practice-map src=${FEED_URL} lang="en" theme=${theme} view="table"></practice-map>`,
      );
      expect(deepElements(map).some((node) => node.localName === 'table')).to.equal(true);
      await expect(map).to.be.accessible();
      expect(contrastFailures(map)).to.deep.equal([]);
    });

    it(`the figures with their tables shown pass axe and contrast, in the ${theme} theme`, async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const stats = await settled(
        html`<practice-stats src=${FEED_URL} lang="en" theme=${theme}></practice-stats>`,
      );
      const toggles = deepElements(stats).filter(
        (node): node is HTMLButtonElement =>
          node instanceof HTMLButtonElement && node.getAttribute('aria-expanded') === 'false',
      );
      expect(toggles.length).to.be.greaterThan(0);
      toggles.forEach((toggle) => toggle.click());
      await until(() => toggles.every((toggle) => toggle.getAttribute('aria-expanded') === 'true'));
      // And in numbers, the other measure.
      deepElements(stats)
        .find(
          (node): node is HTMLButtonElement =>
            node instanceof HTMLButtonElement && node.textContent!.trim() === 'Number',
        )!
        .click();
      await until(() => (stats as HTMLElement).getAttribute('measure') === 'count');
      await expect(stats).to.be.accessible();
      expect(contrastFailures(stats)).to.deep.equal([]);
    });

    it(`a practice open in the list passes axe and contrast, in the ${theme} theme`, async () => {
      useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
      const list = await settled(
        html`<practice-list src=${FEED_URL} lang="en" theme=${theme}></practice-list>`,
      );
      const opener = list
        .shadowRoot!.querySelector('practice-card')!
        .shadowRoot!.querySelector('button')!;
      opener.click();
      const dialog = list.shadowRoot!.querySelector('dialog')!;
      await until(() => dialog.open);
      await until(() => deepText(dialog).includes('Why it is a good practice'));
      await expect(list).to.be.accessible();
      expect(contrastFailures(dialog)).to.deep.equal([]);
    });
  }
});
