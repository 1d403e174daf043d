import { expect, fixture, html } from '@open-wc/testing';
import { interfaceLanguage, isLanguageTag, resolveLanguage } from '../../src/i18n/languages.js';

/** Runs `body` with `<html lang>` set to `lang` (or removed for `null`), then restores it. */
async function withDocumentLang(lang: string | null, body: () => void | Promise<void>) {
  const root = document.documentElement;
  const saved = root.getAttribute('lang');
  if (lang === null) root.removeAttribute('lang');
  else root.setAttribute('lang', lang);
  try {
    await body();
  } finally {
    if (saved === null) root.removeAttribute('lang');
    else root.setAttribute('lang', saved);
  }
}

describe('interfaceLanguage', () => {
  it('keeps an interface language as it is', () => {
    expect(interfaceLanguage('es')).to.equal('es');
    expect(interfaceLanguage('en')).to.equal('en');
    expect(interfaceLanguage('pt')).to.equal('pt');
    expect(interfaceLanguage('fr')).to.equal('fr');
  });

  it('maps a regional tag to its base language', () => {
    expect(interfaceLanguage('pt-BR')).to.equal('pt');
    expect(interfaceLanguage('fr-CA')).to.equal('fr');
    expect(interfaceLanguage('es-419')).to.equal('es');
    expect(interfaceLanguage('en-GB')).to.equal('en');
    expect(interfaceLanguage('pt_BR')).to.equal('pt');
  });

  it('ignores letter case and surrounding spaces', () => {
    expect(interfaceLanguage('ES')).to.equal('es');
    expect(interfaceLanguage(' PT-br ')).to.equal('pt');
  });

  it('falls back to English for other languages and for junk', () => {
    expect(interfaceLanguage('qu')).to.equal('en');
    expect(interfaceLanguage('gn-PY')).to.equal('en');
    expect(interfaceLanguage('')).to.equal('en');
    expect(interfaceLanguage('not a tag!')).to.equal('en');
  });
});

describe('resolveLanguage', () => {
  it("uses the element's own lang", async () => {
    const el = await fixture(html`<div lang="en"><span lang="pt-BR"></span></div>`);
    expect(resolveLanguage(el.querySelector('span')!)).to.equal('pt-BR');
  });

  it('uses the nearest ancestor with a lang', async () => {
    const el = await fixture(html`
      <section lang="es">
        <div lang="fr-CA">
          <p><span></span></p>
        </div>
      </section>
    `);
    expect(resolveLanguage(el.querySelector('span')!)).to.equal('fr-CA');
  });

  it('skips an empty lang and keeps walking up', async () => {
    const el = await fixture(
      html`<div lang="pt">
        <p lang=""><span lang=" "></span></p>
      </div>`,
    );
    expect(resolveLanguage(el.querySelector('span')!)).to.equal('pt');
  });

  it("finds the page's lang from inside another component's shadow root", async () => {
    const outer = await fixture(html`<div lang="es-MX"><div class="host"></div></div>`);
    const host = outer.querySelector('.host')!;
    const inner = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(inner);
    // A second level of shadow DOM, as when one widget renders inside another.
    const nested = document.createElement('span');
    inner.attachShadow({ mode: 'closed' }).append(nested);

    expect(resolveLanguage(inner)).to.equal('es-MX');
    expect(resolveLanguage(nested)).to.equal('es-MX');
  });

  it('prefers a lang set inside the shadow root over the page', async () => {
    const outer = await fixture(html`<div lang="es"><div class="host"></div></div>`);
    const wrapper = document.createElement('div');
    wrapper.lang = 'fr';
    const inner = document.createElement('span');
    wrapper.append(inner);
    outer.querySelector('.host')!.attachShadow({ mode: 'open' }).append(wrapper);
    expect(resolveLanguage(inner)).to.equal('fr');
  });

  it('uses <html lang> when no ancestor has one', async () => {
    await withDocumentLang('pt-BR', async () => {
      const el = await fixture(html`<div><span></span></div>`);
      expect(resolveLanguage(el.querySelector('span')!)).to.equal('pt-BR');
    });
  });

  it('uses <html lang> for an element not yet in the page', async () => {
    await withDocumentLang('fr', () => {
      const detached = document.createElement('div');
      detached.append(document.createElement('span'));
      expect(resolveLanguage(detached.firstElementChild!)).to.equal('fr');
    });
  });

  it("falls back to the browser's language", async () => {
    await withDocumentLang(null, async () => {
      const el = await fixture(html`<div></div>`);
      const browserLanguage = navigator.languages[0] || navigator.language;
      expect(browserLanguage).to.be.a('string').and.not.be.empty;
      // A browser language that is not a language tag (WebKitGTK under `LANG=C` says "C") is
      // passed over, as the language of a page would be.
      const expected = isLanguageTag(browserLanguage) ? browserLanguage : 'en';
      expect(resolveLanguage(el)).to.equal(expected);
    });
  });

  it('falls back to English when nothing says', async () => {
    const el = await fixture(html`<div></div>`);
    // Own properties shadow Navigator.prototype's getters for the length of this test.
    Object.defineProperty(navigator, 'languages', { configurable: true, value: [] });
    Object.defineProperty(navigator, 'language', { configurable: true, value: '' });
    try {
      await withDocumentLang('', () => {
        expect(resolveLanguage(el)).to.equal('en');
      });
    } finally {
      delete (navigator as { languages?: unknown }).languages;
      delete (navigator as { language?: unknown }).language;
    }
    expect(navigator.language).to.not.equal('');
  });
});
