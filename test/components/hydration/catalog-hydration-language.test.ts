import { expect } from '@open-wc/testing';
import { installHydration } from '../../../src/components/shared/hydrate-support.js';
import { loadLanguage, setLanguageLoader } from '../../../src/i18n/language-packs.js';
import { until, useCannedFetch } from '../../helpers.js';

/*
 * Rendered HTML in Spanish whose strings' chunk cannot be had (a reader whose connection failed
 * after the page came): what the server wrote stays, readable and in Spanish, rather than drawn
 * again in English, and is taken over once the strings come. Its own file: Spanish must not be
 * loaded before the page is placed.
 */
installHydration();
setLanguageLoader('es', () => Promise.reject(new Error('offline')));
await import('../../../src/define.js');

const FIXTURES = '/test/fixtures/rendered/';

type Hydrated = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> };

describe('a rendered catalogue whose language cannot be had', () => {
  it('stays as the server wrote it, in its language, and is taken over once the strings come', async () => {
    const requests = useCannedFetch({});
    const box = document.createElement('div');
    document.body.append(box);
    box.setHTMLUnsafe(await (await fetch(`${FIXTURES}catalog-inline.html`)).text());
    try {
      const catalog = box.querySelector('practice-catalog') as Hydrated;
      const list = catalog.shadowRoot!.querySelector('practice-list') as Hydrated;
      const firstCard = list.shadowRoot!.querySelector('practice-card')!;
      const heading = firstCard.shadowRoot!.querySelector('.title')!;
      const headingText = heading.textContent;
      const tabList = catalog.shadowRoot!.querySelector('#tab-list')!;
      // The chunk failed: a while later, still the server's nodes and words.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(catalog.shadowRoot!.querySelector('#tab-list') === tabList, 'the same tab').to.equal(
        true,
      );
      expect(tabList.textContent!.trim()).to.equal('Prácticas');
      expect(heading.textContent).to.equal(headingText);
      expect(catalog.hasUpdated, 'taken over in English').to.equal(false);
      await expect(catalog).to.be.accessible();
      // The strings come (the connection is back): taken over, the same nodes, and it answers.
      setLanguageLoader('es');
      await loadLanguage('es');
      await until(() => catalog.hasUpdated && list.hasUpdated, 8000);
      expect(catalog.shadowRoot!.querySelector('#tab-list') === tabList, 'the same tab').to.equal(
        true,
      );
      expect(
        list.shadowRoot!.querySelector('practice-card') === firstCard,
        'the same card',
      ).to.equal(true);
      expect(heading.textContent).to.equal(headingText);
      expect(requests).to.deep.equal([]);
      catalog.shadowRoot!.querySelector<HTMLButtonElement>('#tab-stats')!.click();
      await until(() => !!catalog.shadowRoot!.querySelector('practice-stats'));
      expect(catalog.shadowRoot!.querySelector('#panel-list')!.hasAttribute('hidden')).to.equal(
        true,
      );
    } finally {
      box.remove();
      setLanguageLoader('es');
    }
  });
});
