import { expect } from '@open-wc/testing';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../src/i18n/languages.js';
import { en } from '../../src/i18n/strings/en.js';
import { es } from '../../src/i18n/strings/es.js';
import { fr } from '../../src/i18n/strings/fr.js';
import { pt } from '../../src/i18n/strings/pt.js';
import type { PluralMessage, UiStrings } from '../../src/i18n/strings/types.js';

const tables: Record<InterfaceLanguage, UiStrings> = { es, en, pt, fr };
const keys = Object.keys(en).sort() as (keyof UiStrings)[];

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

const isPlural = (value: string | PluralMessage): value is PluralMessage =>
  typeof value === 'object';

describe('interface string tables', () => {
  for (const lang of INTERFACE_LANGUAGES) {
    it(`${lang} has every key, each with a non-empty value`, () => {
      const table = tables[lang];
      expect(Object.keys(table).sort()).to.deep.equal(keys);
      for (const key of keys) {
        const value = table[key];
        const texts = isPlural(value) ? Object.values(value) : [value];
        expect(texts, `${lang}.${key}`).to.not.be.empty;
        for (const text of texts) expect(text.trim(), `${lang}.${key}`).to.not.equal('');
      }
    });

    it(`${lang} uses the same placeholders as English in every message`, () => {
      for (const key of keys) {
        const value = tables[lang][key];
        const reference = tables.en[key];
        if (isPlural(value) || isPlural(reference)) continue;
        expect(placeholders(value), `${lang}.${key}`).to.deep.equal(placeholders(reference));
      }
    });

    it(`${lang} plural messages have exactly the forms Intl knows for ${lang}, each with {count}`, () => {
      const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
      for (const key of keys) {
        const value = tables[lang][key];
        if (!isPlural(value)) continue;
        expect(Object.keys(value).sort(), `${lang}.${key}`).to.deep.equal(categories);
        for (const text of Object.values(value)) {
          expect(placeholders(text), `${lang}.${key}`).to.deep.equal(['count']);
        }
      }
    });
  }

  it('plural and plain keys agree across languages', () => {
    for (const key of keys) {
      const kinds = INTERFACE_LANGUAGES.map((lang) => typeof tables[lang][key]);
      expect(new Set(kinds).size, key).to.equal(1);
    }
  });

  it('French keeps no-break spaces inside guillemets and before colons', () => {
    for (const key of keys) {
      const value = fr[key];
      for (const text of isPlural(value) ? Object.values(value) : [value]) {
        expect(text, `fr.${key}`).to.not.match(/[^\u00a0\u202f][:;!?»]|«[^\u00a0\u202f]/);
      }
    }
  });
});
