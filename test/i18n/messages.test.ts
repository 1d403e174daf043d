import { loadLanguage } from '../../src/i18n/language-packs.js';
import { expect } from '@open-wc/testing';
import { formatMessage, formatPlural, t, tPlural, uiStrings } from '../../src/i18n/messages.js';
import { en } from '../../src/i18n/strings/en.js';
import { es } from '../../src/i18n/strings/es.js';
import { fr } from '../../src/i18n/strings/fr.js';
import { pt } from '../../src/i18n/strings/pt.js';

const number = (lang: string, n: number) => new Intl.NumberFormat(lang).format(n);

describe('uiStrings', () => {
  before(() => Promise.all(['es', 'pt', 'fr'].map((lang) => loadLanguage(lang))));

  it('gives each interface language its own table', () => {
    expect(uiStrings('es')).to.equal(es);
    expect(uiStrings('en')).to.equal(en);
    expect(uiStrings('pt')).to.equal(pt);
    expect(uiStrings('fr')).to.equal(fr);
  });

  it('follows the base language, then English', () => {
    expect(uiStrings('pt-BR')).to.equal(pt);
    expect(uiStrings('fr-CA')).to.equal(fr);
    expect(uiStrings('qu')).to.equal(en);
    expect(uiStrings('')).to.equal(en);
  });
});

describe('formatMessage', () => {
  it('fills every placeholder, as often as it appears', () => {
    expect(formatMessage('{a} and {b}, then {a}', { a: 'x', b: 2 })).to.equal('x and 2, then x');
  });

  it('leaves a placeholder without a parameter visible', () => {
    expect(formatMessage('Error {status}', {})).to.equal('Error {status}');
  });

  it('inserts values literally, even when they look like placeholders or patterns', () => {
    expect(formatMessage('“{id}”', { id: '{title} $& $1' })).to.equal('“{title} $& $1”');
  });

  it('does not read inherited properties as parameters', () => {
    expect(formatMessage('{constructor}', {})).to.equal('{constructor}');
  });
});

describe('t', () => {
  it('returns a string for the language, with placeholders filled', () => {
    expect(t('es', 'retry')).to.equal(es.retry);
    expect(t('en', 'errorHttp', { status: 503 })).to.equal('The server answered with error 503.');
    expect(t('pt-BR', 'learnMoreAbout', { title: 'Semente Digital' })).to.equal(
      'Saiba mais sobre Semente Digital',
    );
  });
});

describe('formatPlural', () => {
  it('uses the singular for 1 and the plural for 2 in English', () => {
    expect(formatPlural('en', en.participants, 1)).to.equal('1 participant');
    expect(formatPlural('en', en.participants, 2)).to.equal('2 participants');
    expect(formatPlural('en', en.participants, 0)).to.equal('0 participants');
  });

  it('uses the singular for 0 and 1 in French', () => {
    expect(formatPlural('fr', fr.participants, 0)).to.equal('0 participant');
    expect(formatPlural('fr', fr.participants, 1)).to.equal('1 participant');
    expect(formatPlural('fr', fr.participants, 2)).to.equal('2 participants');
  });

  it('formats the count with the grouping of the locale', () => {
    expect(formatPlural('es', es.practices, 1500)).to.equal(`${number('es', 1500)} prácticas`);
    expect(formatPlural('es', es.practices, 15000)).to.equal(`${number('es', 15000)} prácticas`);
    expect(formatPlural('en', en.practices, 1500)).to.equal(`${number('en', 1500)} practices`);
    expect(formatPlural('fr', fr.practices, 1500)).to.equal(`${number('fr', 1500)} pratiques`);
    expect(formatPlural('pt', pt.practices, 1500)).to.equal(`${number('pt', 1500)} práticas`);
  });

  it('groups by the full tag while the words follow the interface language', () => {
    expect(formatPlural('es-MX', es.participants, 15000)).to.equal(
      `${number('es-MX', 15000)} participantes`,
    );
  });

  it('uses the "de" form for exact millions where the language has one', () => {
    expect(formatPlural('es', es.participants, 1_000_000)).to.equal(
      `${number('es', 1_000_000)} de participantes`,
    );
    expect(formatPlural('fr', fr.institutions, 2_000_000)).to.equal(
      `${number('fr', 2_000_000)} d’établissements`,
    );
  });

  it('falls back to the other form when a message lacks the one asked for', () => {
    expect(formatPlural('es', { other: '{count} cosas' }, 1)).to.equal('1 cosas');
  });

  it('takes the plural rules of the table, not of the regional tag', () => {
    // Portuguese from Portugal and Brazil read one table, with one rule for counts.
    expect(tPlural('pt-PT', 'practices', 0)).to.equal('0 práticas');
    expect(tPlural('pt-BR', 'practices', 0)).to.equal('0 práticas');
    expect(tPlural('pt-BR', 'practices', 1)).to.equal('1 prática');
    expect(tPlural('pt-BR', 'practices', 2)).to.equal('2 práticas');
  });

  it('puts 0 in the plural in es, en and pt, and in the singular in fr, in every count string', async () => {
    await Promise.all(['es', 'en', 'pt', 'fr'].map((lang) => loadLanguage(lang)));
    const tables = { es, en, pt, fr } as const;
    for (const [lang, table] of Object.entries(tables)) {
      const counts = Object.entries(table).filter(
        (entry): entry is [string, { other: string; one?: string }] =>
          typeof entry[1] === 'object' && entry[1] !== null && 'other' in entry[1],
      );
      expect(counts.length, lang).to.be.greaterThan(5);
      for (const [key, message] of counts) {
        const zero = formatPlural(lang, message, 0);
        const expected = lang === 'fr' ? (message.one ?? message.other) : message.other;
        expect(zero, `${lang}.${key}`).to.equal(expected.replace('{count}', '0'));
        expect(formatPlural(lang, message, 1), `${lang}.${key}`).to.equal(
          (message.one ?? message.other).replace('{count}', '1'),
        );
        expect(formatPlural(lang, message, 2), `${lang}.${key}`).to.equal(
          message.other.replace('{count}', '2'),
        );
      }
    }
  });

  it('gives English words to a language without its own table', () => {
    expect(tPlural('qu', 'institutions', 1)).to.equal('1 institution');
    expect(tPlural('qu', 'institutions', 30)).to.equal('30 institutions');
  });
});
