// Content in the languages a feed has: the fallback order of the feed format, each text marked
// with the language it is written in, with a held-out feed in Portuguese, French and Quechua.
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import { loadLanguage } from '../../src/i18n/language-packs.js';
import { useCannedFetch } from '../helpers.js';
import { deepElements, deepText } from './deep-dom.js';
import { settled } from './inclusion-suite.js';

const HELD_OUT_URL = '/feeds/held-out.json';

describe('inclusion: content in the languages a feed has', () => {
  let heldOut: unknown;

  before(async () => {
    const response = await fetch('/test/fixtures/feeds/held-out.json');
    heldOut = await response.json();
  });

  // Each test starts as a new page, with no language loaded.
  beforeEach(() => Promise.all(['es', 'pt', 'fr'].map(loadLanguage)));

  /** The card's title: its text and the language it is marked as written in. */
  async function title(id: string, lang: string) {
    useCannedFetch({ [HELD_OUT_URL]: { json: heldOut } });
    const card = await settled(
      html`<practice-card src=${HELD_OUT_URL} practice-id=${id} lang=${lang}></practice-card>`,
    );
    const heading = card.shadowRoot!.querySelector('[role="heading"]')!;
    const marked = heading.closest('[lang]')!.getAttribute('lang');
    return { card, text: heading.textContent!.trim(), lang: marked };
  }

  it('shows Quechua to a Quechua reader, with an interface that falls back', async () => {
    const { card, text, lang } = await title('yachay-llika', 'qu');
    expect(text).to.equal('Yachay Llika: runasimipi yachakuy');
    expect(lang).to.equal('qu');
    await expect(card).to.be.accessible();
  });

  it('gives a Portuguese reader the Spanish title of a practice written in Quechua and Spanish', async () => {
    const { text, lang } = await title('yachay-llika', 'pt');
    expect(text).to.equal('Red del Saber: aprender en quechua');
    expect(lang).to.equal('es');
  });

  it('gives a French reader the Brazilian title, from the feed’s language (pt)', async () => {
    const { card, text, lang } = await title('robotica-ribeirinha', 'fr');
    expect(text).to.equal('Robótica nas escolas ribeirinhas');
    expect(lang).to.equal('pt-BR');
    await expect(card).to.be.accessible();
  });

  it('gives a French reader the Canadian French title through the base language', async () => {
    const { text, lang } = await title('classe-numerique-nunavik', 'fr');
    expect(text).to.equal('Classe numérique du Nunavik');
    // French either way: the reader's own language tag is enough for a screen reader.
    expect(lang).to.match(/^fr\b/);
  });

  it('reads a plain string as written in the feed’s language (pt)', async () => {
    const { text, lang } = await title('rede-professores-cone-sul', 'en');
    expect(text).to.equal('Rede de Professores Inovadores do Cone Sul');
    expect(lang).to.equal('pt');
  });

  it('shows markup in a title as text, never as an element', async () => {
    const { card, text } = await title('territorio-digital-gt', 'fr');
    expect(text).to.include('<img src=x onerror=alert(1)>');
    expect(card.shadowRoot!.querySelector('img[src="x"]')).to.equal(null);
  });

  for (const lang of ['pt', 'fr', 'qu']) {
    it(`lists the held-out feed for a ${lang} reader, every title marked with its language`, async () => {
      useCannedFetch({ [HELD_OUT_URL]: { json: heldOut } });
      const list = await settled(
        html`<practice-list src=${HELD_OUT_URL} lang=${lang}></practice-list>`,
      );
      const text = deepText(list);
      expect(text).to.include('Rede de Professores Inovadores do Cone Sul');
      for (const node of deepElements(list)) {
        if (!/^H[1-6]$/.test(node.tagName)) continue;
        expect(node.closest('[lang]'), node.textContent!).not.to.equal(null);
      }
      await expect(list).to.be.accessible();
    });
  }
});
