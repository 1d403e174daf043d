import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { resetPageState } from '../../src/data/page-state.js';
import { setFetch } from '../../src/feed/request.js';
import {
  isLanguageLoaded,
  languagePack,
  loadLanguage,
  onLanguageLoaded,
} from '../../src/i18n/language-packs.js';
import { en } from '../../src/i18n/strings/en.js';
import { fr } from '../../src/i18n/strings/fr.js';
import { pt } from '../../src/i18n/strings/pt.js';

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
    setFetch(
      async () =>
        new Response(
          JSON.stringify({
            version: 1,
            practices: [{ id: 'a', title: 'Titre', countries: ['HT'], setting: 'urban' }],
          }),
        ),
    );
    const card = await fixture(
      html`<practice-card src="/feed.json" practice-id="a" lang="fr"></practice-card>`,
    );
    // French is not loaded yet: the card shows its skeleton, not English labels.
    expect(card.shadowRoot!.querySelector('.skeleton')).to.exist;
    await loadLanguage('fr');
    const start = performance.now();
    while (!card.shadowRoot!.querySelector('article') && performance.now() - start < 3000) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(card.shadowRoot!.textContent).to.include(fr.countries);
    expect(card.shadowRoot!.textContent).to.include('Haïti');
  });
});
