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
} from '../../src/i18n/language-packs.js';
import { en } from '../../src/i18n/strings/en.js';
import { fr } from '../../src/i18n/strings/fr.js';
import { pt } from '../../src/i18n/strings/pt.js';

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
});
