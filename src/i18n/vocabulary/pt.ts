import type { VocabularyTable } from './types.js';

/** Portuguese (Brazil) labels of every vocabulary value of the feed format. */
export const pt: VocabularyTable = {
  settings: {
    urban: 'Urbana',
    rural: 'Rural',
    both: 'Urbana e rural',
  },
  levels: {
    'early-childhood': 'Educação infantil',
    primary: 'Ensino fundamental',
    secondary: 'Ensino médio',
    higher: 'Ensino superior',
    adult: 'Educação de jovens e adultos',
    'non-formal': 'Educação não formal',
  },
  objectives: {
    'digital-skills': 'Competências digitais',
    'curriculum-enrichment': 'Enriquecimento curricular',
    'inclusive-education': 'Educação inclusiva',
    'teacher-training': 'Formação de professores',
    'personalized-learning': 'Aprendizagem personalizada',
    'digital-citizenship': 'Cidadania digital',
  },
  organizationTypes: {
    school: 'Escola',
    government: 'Governo',
    'civil-society': 'Sociedade civil',
    university: 'Universidade',
    international: 'Organismo internacional',
    private: 'Setor privado',
    other: 'Outro',
  },
  criteria: {
    equity: 'Equidade',
    systematization: 'Sistematização',
    replicability: 'Replicabilidade',
    innovation: 'Inovação',
    sustainability: 'Sustentabilidade',
    community: 'Participação comunitária',
  },
};
