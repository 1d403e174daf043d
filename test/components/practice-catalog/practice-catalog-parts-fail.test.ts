import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { PracticeCatalog } from '../../../src/components/practice-catalog/practice-catalog.js';
import { uiStrings } from '../../../src/i18n/messages.js';
import { sampleFeed, until, useCannedFetch } from '../../helpers.js';

/*
 * The catalogue's header and one message come in a chunk of their own (catalog-parts), imported
 * when a catalogue first connects. Here that import fails, as it does when the chunk cannot be
 * had (offline, a missing file): its evaluation throws, once for this whole test page (a module
 * that failed stays failed, and every later import of it is refused too).
 */
const define = customElements.define.bind(customElements);
customElements.define = (name, constructor, options) => {
  if (name.startsWith('practice-catalog-')) throw new Error('catalog-parts could not be had');
  define(name, constructor, options);
};

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

const part = (catalog: PracticeCatalog, selector: string) =>
  catalog.shadowRoot!.querySelector<HTMLElement>(selector);

describe('<practice-catalog> when its header and message cannot be loaded', () => {
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => window.removeEventListener('unhandledrejection', onRejection));
  afterEach(async () => {
    // Any rejection left unhandled is reported after a turn of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rejections).to.deep.equal([]);
  });

  it('shows the practices: nothing waits for the missing parts', async () => {
    useCannedFetch({ [FEED_URL]: { json: sampleFeed() } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="en"></practice-catalog>`,
    );
    const list = () => part(catalog, 'practice-list');
    await until(() => !!list()?.shadowRoot?.querySelector('[part="count"]'));
    // The list counts for itself, as it does on its own; the tabs still switch.
    expect(list()!.shadowRoot!.querySelector('[part="count"]')!.textContent).to.include(
      '2 practices',
    );
    // No empty room is kept for the header that cannot come.
    await until(() => part(catalog, 'practice-catalog-header') === null);
    expect(part(catalog, 'practice-catalog-message')).to.equal(null);
    expect(isShown(part(catalog, '[role="tablist"]'))).to.equal(true);
  });

  it('lets each part show its own error, with its retry, when the feed fails', async () => {
    useCannedFetch({ [FEED_URL]: { status: 502 } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog src=${FEED_URL} lang="es"></practice-catalog>`,
    );
    await until(() => shownBoxes(catalog, '.load-error').length >= 2, 8000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The filters and the list: each its own message and retry, none left waiting.
    expect(shownBoxes(catalog, '.load-error')).to.have.length(2);
    const retries = shownBoxes(catalog, 'button').filter(
      (button) => button.textContent!.trim() === uiStrings('es').retry,
    );
    expect(retries).to.have.length(2);
    expect(shownBoxes(catalog, '[role="status"] .skeleton-line, .skeleton')).to.have.length(0);
  });

  it('shows the feed’s own error when every part is left out', async () => {
    useCannedFetch({ [FEED_URL]: { status: 502 } });
    const catalog = await fixture<PracticeCatalog>(
      html`<practice-catalog
        src=${FEED_URL}
        lang="es"
        without-header
        without-filters
        without-list
        without-map
        without-stats
      ></practice-catalog>`,
    );
    await until(() => shownBoxes(catalog, '.load-error').length > 0, 8000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shownBoxes(catalog, '.load-error')).to.have.length(1);
  });
});
