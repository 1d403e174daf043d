import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { PracticeCatalog } from '../../../src/components/practice-catalog/practice-catalog.js';
import { uiStrings } from '../../../src/i18n/messages.js';
import { until, useCannedFetch } from '../../helpers.js';

const FEED_URL = '/feeds/practices.json';

const isShown = (element: Element | null) =>
  !!element && (element as HTMLElement).getClientRects().length > 0;

function shadowRoots(root: ShadowRoot): ShadowRoot[] {
  const roots = [root];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) roots.push(...shadowRoots(element.shadowRoot));
  }
  return roots;
}

const shownBoxes = (catalog: PracticeCatalog, selector: string) =>
  shadowRoots(catalog.shadowRoot!).flatMap((root) =>
    [...root.querySelectorAll(selector)].filter(isShown),
  );

describe('<practice-catalog> with every part left out', () => {
  for (const without of [
    ['without-header', 'without-list', 'without-map', 'without-stats', 'without-filters'],
    ['without-header', 'without-list', 'without-map', 'without-stats'],
  ]) {
    it(`gives one message, with one retry, when the feed fails (${without.join(' ')})`, async () => {
      useCannedFetch({ [FEED_URL]: { status: 502 } });
      const catalog = await fixture<PracticeCatalog>(
        html`<practice-catalog
          src=${FEED_URL}
          lang="es"
          ?without-header=${without.includes('without-header')}
          ?without-list=${without.includes('without-list')}
          ?without-map=${without.includes('without-map')}
          ?without-stats=${without.includes('without-stats')}
          ?without-filters=${without.includes('without-filters')}
        ></practice-catalog>`,
      );
      await until(() => shownBoxes(catalog, '.load-error').length > 0, 8000);
      // Let every part draw what it would.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(shownBoxes(catalog, '.load-error')).to.have.length(1);
      const retries = shownBoxes(catalog, 'button').filter(
        (button) => button.textContent!.trim() === uiStrings('es').retry,
      );
      expect(retries).to.have.length(1);
      await expect(catalog).to.be.accessible();
    });
  }
});
