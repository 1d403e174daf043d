import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { resetPageState } from '../../src/data/page-state.js';
import { setFetch } from '../../src/feed/request.js';
import {
  isLanguageLoaded,
  languagePack,
  loadLanguage,
  onLanguageLoaded,
  setLanguageLoader,
  setLanguageWait,
} from '../../src/i18n/language-packs.js';
import { en } from '../../src/i18n/strings/en.js';
import { fr } from '../../src/i18n/strings/fr.js';
import { pt } from '../../src/i18n/strings/pt.js';
import { pack as frenchPack } from '../../src/i18n/packs/fr.js';

/** Every feed request answers one practice, `title`, in `country`. */
function serveOnePractice(title: string, country: string): void {
  setFetch(
    async () =>
      new Response(
        JSON.stringify({
          version: 1,
          practices: [{ id: 'a', title, countries: [country], setting: 'urban' }],
        }),
      ),
  );
}

/** Waits until `predicate` holds, or `timeout` ms have passed (the assertions after tell). */
async function waitFor(predicate: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!predicate() && performance.now() - start < timeout) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// This file does not import test/helpers.ts, which loads every language up front: here the
// languages arrive as they do on a page.
describe('language packs', () => {
  after(() => resetPageState());

  it('ships English in the entry and loads another language on demand', async () => {
    expect(isLanguageLoaded('en-GB')).to.equal(true);
    expect(isLanguageLoaded('pt-BR')).to.equal(false);
    let heard = 0;
    const stop = onLanguageLoaded(() => heard++);
    // Until Portuguese arrives, the interface speaks English.
    expect(languagePack('pt-BR').strings).to.equal(en);
    await loadLanguage('pt');
    stop();
    expect(isLanguageLoaded('pt-BR')).to.equal(true);
    expect(languagePack('pt-BR').strings).to.equal(pt);
    expect(heard).to.equal(1);
  });

  it('gives languages without strings of their own English, with nothing to load', async () => {
    expect(isLanguageLoaded('qu')).to.equal(true);
    expect(languagePack('qu').strings).to.equal(en);
    await loadLanguage('gn');
  });

  it('keeps a widget loading until its language arrives, then renders in it', async () => {
    serveOnePractice('Titre', 'HT');
    const card = await fixture(
      html`<practice-card src="/feed.json" practice-id="a" lang="fr"></practice-card>`,
    );
    // French is not loaded yet: the card shows its skeleton, not English labels.
    expect(card.shadowRoot!.querySelector('.skeleton')).to.exist;
    await loadLanguage('fr');
    await waitFor(() => !!card.shadowRoot!.querySelector('article'));
    expect(card.shadowRoot!.textContent).to.include(fr.countries);
    expect(card.shadowRoot!.textContent).to.include('Haïti');
  });

  it('keeps what a drawn catalogue shows while another language arrives, then draws it in that one', async () => {
    resetPageState();
    serveOnePractice('Title', 'BR');
    const catalog = await fixture<HTMLElement>(
      html`<practice-catalog src="/feed.json" lang="en"></practice-catalog>`,
    );
    const list = () => catalog.shadowRoot!.querySelector('practice-list');
    const card = () => list()?.shadowRoot?.querySelector('practice-card');
    await waitFor(() => !!card()?.shadowRoot?.querySelector('article'));
    const article = card()!.shadowRoot!.querySelector('article')!;
    expect(article.textContent).to.include('Brazil');
    // Anything that shows a loading state while Portuguese is on its way is noted.
    const skeletons: string[] = [];
    const watch = (root: ShadowRoot | null | undefined) =>
      root &&
      new MutationObserver(() => {
        if (root.querySelector('.skeleton, [role="status"].card'))
          skeletons.push(root.host.localName);
      }).observe(root, { subtree: true, childList: true });
    [catalog.shadowRoot, list()?.shadowRoot, card()?.shadowRoot].forEach(watch);
    expect(isLanguageLoaded('pt')).to.equal(false);
    catalog.setAttribute('lang', 'pt');
    await new Promise((resolve) => setTimeout(resolve));
    await (catalog as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const tab = () => catalog.shadowRoot!.querySelector('#tab-list')?.textContent?.trim();
    // Until Portuguese arrives, as it was: in English, the same card.
    if (!isLanguageLoaded('pt')) {
      expect(tab()).to.equal(en.catalogViewList);
      expect(card()!.shadowRoot!.querySelector('article')).to.equal(article);
    }
    await loadLanguage('pt');
    await waitFor(() => !!card()?.shadowRoot?.textContent?.includes('Brasil'));
    expect(card()!.shadowRoot!.textContent).to.include('Brasil');
    expect(tab()).to.equal(pt.catalogViewList);
    expect(skeletons, 'a loading state shown meanwhile').to.deep.equal([]);
  });

  it('keeps it so for a second at most when the strings do not come, then shows its loading state', async () => {
    resetPageState();
    // French never answers (a stalled connection).
    setLanguageLoader('fr', () => new Promise(() => {}));
    serveOnePractice('Title', 'HT');
    const list = await fixture<HTMLElement>(
      html`<practice-list src="/feed.json" lang="en"></practice-list>`,
    );
    await waitFor(() => !!list.shadowRoot!.querySelector('practice-card'));
    list.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(list.shadowRoot!.querySelector('practice-card'), 'kept at first').to.exist;
    const asked = performance.now();
    await waitFor(() => !!list.shadowRoot!.querySelector('.skeleton'));
    expect(list.shadowRoot!.querySelector('.skeleton'), 'its loading state, in time').to.exist;
    expect(performance.now() - asked).to.be.below(1500);
    resetPageState();
  });
  /** The catalogue's tab labels, and the title of its first card (empty while it loads). */
  function catalogueShows(catalog: HTMLElement): { tabs: string[]; title: string } {
    const tabs = [...catalog.shadowRoot!.querySelectorAll('[role="tab"]')].map(
      (tab) => tab.textContent?.trim() ?? '',
    );
    const card = catalog
      .shadowRoot!.querySelector('practice-list')
      ?.shadowRoot?.querySelector('practice-card');
    const title = card?.shadowRoot?.querySelector('[part="title"]')?.textContent ?? '';
    return { tabs, title: title.trim() };
  }

  it('shows the practices in English when the reader’s strings cannot be had, and asks again only when the data changes', async () => {
    resetPageState();
    let asked = 0;
    setLanguageLoader('fr', () => {
      asked++;
      return Promise.reject(new Error('offline'));
    });
    serveOnePractice('Titre', 'HT');
    const catalog = await fixture<HTMLElement>(
      html`<practice-catalog src="/feed.json" lang="fr"></practice-catalog>`,
    );
    await waitFor(() => catalogueShows(catalog).title === 'Titre');
    expect(catalogueShows(catalog)).to.deep.equal({
      tabs: [en.catalogViewList, en.catalogViewMap, en.catalogViewStats],
      title: 'Titre',
    });
    await expect(catalog).to.be.accessible();
    // Drawing in English does not loop on requests: the parts asked when their data changed (a
    // few asks), and no more after.
    const asksSoFar = asked;
    expect(asksSoFar).to.be.within(1, 5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(asked).to.equal(asksSoFar);
    // The strings, once they can be had, draw it in French.
    setLanguageLoader('fr', async () => frenchPack);
    await loadLanguage('fr');
    await waitFor(() => catalogueShows(catalog).tabs[0] === fr.catalogViewList);
    expect(catalogueShows(catalog).tabs[0]).to.equal(fr.catalogViewList);
    expect(catalogueShows(catalog).title).to.equal('Titre');
    resetPageState();
  });

  it('stops waiting for strings that do not come, and draws in them when they come late', async () => {
    resetPageState();
    setLanguageWait(400);
    let asked = 0;
    let answer!: (pack: typeof frenchPack) => void;
    setLanguageLoader('fr', () => {
      asked++;
      return new Promise((resolve) => (answer = resolve));
    });
    serveOnePractice('Titre', 'HT');
    const catalog = await fixture<HTMLElement>(
      html`<practice-catalog src="/feed.json" lang="fr"></practice-catalog>`,
    );
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 150));
    // Still waited for: the loading state, no English.
    expect(catalogueShows(catalog)).to.deep.equal({ tabs: [], title: '' });
    await waitFor(() => catalogueShows(catalog).title === 'Titre');
    expect(performance.now() - started, 'drawn once the wait is over').to.be.below(1500);
    expect(catalogueShows(catalog).tabs[0]).to.equal(en.catalogViewList);
    // One request, still open: not asked again while it is.
    expect(asked).to.equal(1);
    answer(frenchPack);
    await waitFor(() => catalogueShows(catalog).tabs[0] === fr.catalogViewList);
    expect(catalogueShows(catalog).tabs[0]).to.equal(fr.catalogViewList);
    await expect(catalog).to.be.accessible();
    resetPageState();
  });
});
