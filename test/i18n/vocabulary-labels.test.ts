import { expect } from '@open-wc/testing';
import type { VocabularyLabels } from '../../src/data/types.js';
import { VOCABULARIES, type VocabularyName } from '../../src/data/vocabularies.js';
import { INTERFACE_LANGUAGES } from '../../src/i18n/languages.js';
import { vocabularyLabel } from '../../src/i18n/vocabulary-labels.js';
import { languagePack, loadLanguage } from '../../src/i18n/language-packs.js';

const values: Record<VocabularyName, readonly string[]> = VOCABULARIES;

const emptyVocabularies: VocabularyLabels = {
  settings: {},
  levels: {},
  objectives: {},
  organizationTypes: {},
  tags: {},
  criteria: {},
};

describe('vocabulary labels', () => {
  before(() => Promise.all(INTERFACE_LANGUAGES.map((lang) => loadLanguage(lang))));

  for (const vocabulary of Object.keys(values) as VocabularyName[]) {
    it(`label every ${vocabulary} value in every interface language, and nothing else`, () => {
      for (const lang of INTERFACE_LANGUAGES) {
        const table = languagePack(lang).vocabulary[vocabulary];
        expect(Object.keys(table).sort(), `${vocabulary} ${lang}`).to.deep.equal(
          [...values[vocabulary]].sort(),
        );
        for (const value of values[vocabulary]) {
          const label = vocabularyLabel(lang, vocabulary, value);
          expect(label.trim(), `${vocabulary}.${value} ${lang}`).to.not.equal('');
          expect(label, `${vocabulary}.${value} ${lang}`).to.not.equal(value);
        }
      }
    });
  }

  it('gives the built-in label for the interface language', () => {
    expect(vocabularyLabel('en', 'settings', 'both')).to.equal('Urban and rural');
    expect(vocabularyLabel('es', 'settings', 'both')).to.equal('Urbana y rural');
    expect(vocabularyLabel('pt-BR', 'levels', 'secondary')).to.equal('Ensino médio');
    expect(vocabularyLabel('fr-CA', 'objectives', 'teacher-training')).to.equal(
      'Formation des enseignants',
    );
    expect(vocabularyLabel('qu', 'criteria', 'equity')).to.equal('Equity');
  });

  it('prefers the built-in label over one the feed gives for the same value', () => {
    const feed = {
      language: 'es',
      vocabularies: { ...emptyVocabularies, criteria: { equity: { es: 'Justicia' } } },
    };
    expect(vocabularyLabel('es', 'criteria', 'equity', feed)).to.equal('Equidad');
  });

  it("uses the feed's label for a value of its own, in the reader's language", () => {
    const feed = {
      language: 'es',
      vocabularies: {
        ...emptyVocabularies,
        objectives: {
          stem: { es: 'Educación STEM', en: 'STEM education', 'pt-BR': 'Educação STEM' },
        },
        levels: { 'teacher-education': { es: 'Formación inicial docente' } },
      },
    };
    expect(vocabularyLabel('en', 'objectives', 'stem', feed)).to.equal('STEM education');
    expect(vocabularyLabel('pt-BR', 'objectives', 'stem', feed)).to.equal('Educação STEM');
    // No French label: the feed's own language comes next.
    expect(vocabularyLabel('fr', 'objectives', 'stem', feed)).to.equal('Educación STEM');
    expect(vocabularyLabel('en', 'levels', 'teacher-education', feed)).to.equal(
      'Formación inicial docente',
    );
  });

  it('follows the full content tag for feed labels', () => {
    const feed = {
      language: 'es',
      vocabularies: {
        ...emptyVocabularies,
        objectives: { 'mother-tongue': { es: 'Lengua materna', qu: 'Mama simi' } },
      },
    };
    expect(vocabularyLabel('qu', 'objectives', 'mother-tongue', feed)).to.equal('Mama simi');
  });

  it('shows a value without any label as written', () => {
    expect(vocabularyLabel('es', 'objectives', 'stem')).to.equal('stem');
    expect(vocabularyLabel('en', 'levels', 'constructor')).to.equal('constructor');
    const feed = { language: 'es', vocabularies: emptyVocabularies };
    expect(vocabularyLabel('es', 'objectives', 'stem', feed)).to.equal('stem');
    expect(vocabularyLabel('en', 'levels', 'toString', feed)).to.equal('toString');
  });
});
