import { localize } from '../data/localized-text.js';
import type { Setting, VocabularyLabels } from '../data/types.js';
import type {
  Criterion,
  Level,
  Objective,
  OrganizationType,
  VocabularyName,
} from '../data/vocabularies.js';
import { interfaceLanguage, type InterfaceLanguage } from './languages.js';

/** One label per value and interface language; a missing one is a type error. */
type LabelTable<Value extends string> = Readonly<
  Record<InterfaceLanguage, Readonly<Record<Value, string>>>
>;

// "both" means a practice runs in urban and rural areas alike, and reads that way.
const settings: LabelTable<Setting> = {
  es: { urban: 'Urbana', rural: 'Rural', both: 'Urbana y rural' },
  en: { urban: 'Urban', rural: 'Rural', both: 'Urban and rural' },
  pt: { urban: 'Urbana', rural: 'Rural', both: 'Urbana e rural' },
  fr: { urban: 'Urbain', rural: 'Rural', both: 'Urbain et rural' },
};

// Portuguese uses Brazil's own names for the stages of schooling.
const levels: LabelTable<Level> = {
  es: {
    'early-childhood': 'Primera infancia',
    primary: 'Primaria',
    secondary: 'Secundaria',
    higher: 'Educación superior',
    adult: 'Educación de personas adultas',
    'non-formal': 'Educación no formal',
  },
  en: {
    'early-childhood': 'Early childhood',
    primary: 'Primary',
    secondary: 'Secondary',
    higher: 'Higher education',
    adult: 'Adult education',
    'non-formal': 'Non-formal education',
  },
  pt: {
    'early-childhood': 'Educação infantil',
    primary: 'Ensino fundamental',
    secondary: 'Ensino médio',
    higher: 'Ensino superior',
    adult: 'Educação de jovens e adultos',
    'non-formal': 'Educação não formal',
  },
  fr: {
    'early-childhood': 'Petite enfance',
    primary: 'Primaire',
    secondary: 'Secondaire',
    higher: 'Enseignement supérieur',
    adult: 'Éducation des adultes',
    'non-formal': 'Éducation non formelle',
  },
};

const objectives: LabelTable<Objective> = {
  es: {
    'digital-skills': 'Competencias digitales',
    'curriculum-enrichment': 'Enriquecimiento curricular',
    'inclusive-education': 'Educación inclusiva',
    'teacher-training': 'Formación docente',
    'personalized-learning': 'Aprendizaje personalizado',
    'digital-citizenship': 'Ciudadanía digital',
  },
  en: {
    'digital-skills': 'Digital skills',
    'curriculum-enrichment': 'Curriculum enrichment',
    'inclusive-education': 'Inclusive education',
    'teacher-training': 'Teacher training',
    'personalized-learning': 'Personalized learning',
    'digital-citizenship': 'Digital citizenship',
  },
  pt: {
    'digital-skills': 'Competências digitais',
    'curriculum-enrichment': 'Enriquecimento curricular',
    'inclusive-education': 'Educação inclusiva',
    'teacher-training': 'Formação de professores',
    'personalized-learning': 'Aprendizagem personalizada',
    'digital-citizenship': 'Cidadania digital',
  },
  fr: {
    'digital-skills': 'Compétences numériques',
    'curriculum-enrichment': 'Enrichissement des programmes',
    'inclusive-education': 'Éducation inclusive',
    'teacher-training': 'Formation des enseignants',
    'personalized-learning': 'Apprentissage personnalisé',
    'digital-citizenship': 'Citoyenneté numérique',
  },
};

const organizationTypes: LabelTable<OrganizationType> = {
  es: {
    school: 'Escuela',
    government: 'Gobierno',
    'civil-society': 'Sociedad civil',
    university: 'Universidad',
    international: 'Organismo internacional',
    private: 'Sector privado',
    other: 'Otro',
  },
  en: {
    school: 'School',
    government: 'Government',
    'civil-society': 'Civil society',
    university: 'University',
    international: 'International organization',
    private: 'Private sector',
    other: 'Other',
  },
  pt: {
    school: 'Escola',
    government: 'Governo',
    'civil-society': 'Sociedade civil',
    university: 'Universidade',
    international: 'Organismo internacional',
    private: 'Setor privado',
    other: 'Outro',
  },
  fr: {
    school: 'École',
    government: 'Pouvoirs publics',
    'civil-society': 'Société civile',
    university: 'Université',
    international: 'Organisation internationale',
    private: 'Secteur privé',
    other: 'Autre',
  },
};

const criteria: LabelTable<Criterion> = {
  es: {
    equity: 'Equidad',
    systematization: 'Sistematización',
    replicability: 'Replicabilidad',
    innovation: 'Innovación',
    sustainability: 'Sostenibilidad',
    community: 'Participación comunitaria',
  },
  en: {
    equity: 'Equity',
    systematization: 'Systematization',
    replicability: 'Replicability',
    innovation: 'Innovation',
    sustainability: 'Sustainability',
    community: 'Community involvement',
  },
  pt: {
    equity: 'Equidade',
    systematization: 'Sistematização',
    replicability: 'Replicabilidade',
    innovation: 'Inovação',
    sustainability: 'Sustentabilidade',
    community: 'Participação comunitária',
  },
  fr: {
    equity: 'Équité',
    systematization: 'Systématisation',
    replicability: 'Reproductibilité',
    innovation: 'Innovation',
    sustainability: 'Durabilité',
    community: 'Participation communautaire',
  },
};

/** The built-in labels, per vocabulary, interface language and value. */
export const VOCABULARY_LABELS: Readonly<Record<VocabularyName, LabelTable<string>>> = {
  settings,
  levels,
  objectives,
  organizationTypes,
  criteria,
};

/**
 * The label of a vocabulary value for a reader of `lang`:
 * 1. the library's own label in the interface language (`pt-BR` → Portuguese), for the values
 *    the feed format defines;
 * 2. else the label the feed gives in its `vocabularies`, localized for the full tag (a feed
 *    may label an extra value in Quechua, or in Portuguese from Portugal);
 * 3. else the value as written, as the feed format requires for unknown values.
 */
export function vocabularyLabel(
  lang: string,
  vocabulary: VocabularyName,
  value: string,
  feed?: { readonly vocabularies: VocabularyLabels; readonly language: string },
): string {
  const builtIn = VOCABULARY_LABELS[vocabulary][interfaceLanguage(lang)];
  // hasOwn, so a value such as `constructor` is never looked up on Object.prototype.
  if (Object.hasOwn(builtIn, value)) return builtIn[value]!;
  if (feed) {
    const feedLabels = feed.vocabularies[vocabulary];
    const text = Object.hasOwn(feedLabels, value) ? feedLabels[value] : undefined;
    const label = localize(text, lang, feed.language);
    if (label) return label;
  }
  return value;
}
