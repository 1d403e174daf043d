import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localize, localizeWithLang } from '../../src/data/localized-text.js';

const all = {
  'pt-BR': 'pt-BR',
  pt: 'pt',
  fr: 'fr',
  es: 'es',
  en: 'en',
  qu: 'qu',
};

describe('localize', () => {
  it('prefers the reader language exactly', () => {
    assert.equal(localize(all, 'pt-BR', 'fr'), 'pt-BR');
  });

  it('matches the language tag whatever its case', () => {
    assert.equal(localize({ 'pt-BR': 'Olá', es: 'Hola' }, 'pt-br'), 'Olá');
  });

  it('falls back to the base language of the reader language', () => {
    const text = { ...all, 'pt-BR': '' };
    assert.equal(localize(text, 'pt-BR', 'fr'), 'pt');
    assert.equal(localize({ pt: 'pt', fr: 'fr', es: 'es' }, 'pt-BR', 'fr'), 'pt');
  });

  it('takes a regional variant of the base language when the base itself is absent', () => {
    assert.equal(localize({ 'pt-PT': 'Olá', es: 'Hola' }, 'pt-BR'), 'Olá');
  });

  it('then the feed language', () => {
    assert.equal(localize({ fr: 'fr', es: 'es', en: 'en' }, 'pt-BR', 'fr'), 'fr');
  });

  it('then Spanish', () => {
    assert.equal(localize({ en: 'en', es: 'es', qu: 'qu' }, 'pt-BR', 'fr'), 'es');
  });

  it('then English', () => {
    assert.equal(localize({ qu: 'qu', en: 'en' }, 'pt-BR', 'fr'), 'en');
  });

  it('then the first value there is', () => {
    assert.equal(localize({ qu: 'Yachay', gn: 'Arandu' }, 'pt-BR', 'fr'), 'Yachay');
  });

  it('counts empty strings as missing at every step', () => {
    assert.equal(
      localize({ 'pt-BR': '', pt: '', fr: '', es: '', en: '', qu: 'qu' }, 'pt-BR', 'fr'),
      'qu',
    );
    assert.equal(localize({ 'pt-BR': '', pt: 'pt' }, 'pt-BR'), 'pt');
    assert.equal(localize({ es: '' }, 'es'), undefined);
  });

  it('uses Spanish as the feed language when none is given', () => {
    assert.equal(localize({ en: 'en', es: 'es' }, 'de'), 'es');
  });

  it('gives nothing for a missing text', () => {
    assert.equal(localize(undefined, 'es'), undefined);
    assert.equal(localize({}, 'es'), undefined);
  });

  it('says which language the chosen string is in', () => {
    assert.deepEqual(localizeWithLang({ qu: 'Yachay', es: 'Saber' }, 'en'), {
      text: 'Saber',
      lang: 'es',
    });
    assert.deepEqual(localizeWithLang({ 'pt-BR': 'Olá' }, 'pt'), { text: 'Olá', lang: 'pt-BR' });
  });
});
