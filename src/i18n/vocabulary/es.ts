import type { VocabularyTable } from './types.js';

/** Spanish labels of every vocabulary value of the feed format. */
export const es: VocabularyTable = {
  settings: {
    urban: 'Urbana',
    rural: 'Rural',
    both: 'Urbana y rural',
  },
  levels: {
    'early-childhood': 'Primera infancia',
    primary: 'Primaria',
    secondary: 'Secundaria',
    higher: 'Educación superior',
    adult: 'Educación de personas adultas',
    'non-formal': 'Educación no formal',
  },
  objectives: {
    'digital-skills': 'Competencias digitales',
    'curriculum-enrichment': 'Enriquecimiento curricular',
    'inclusive-education': 'Educación inclusiva',
    'teacher-training': 'Formación docente',
    'personalized-learning': 'Aprendizaje personalizado',
    'digital-citizenship': 'Ciudadanía digital',
  },
  organizationTypes: {
    school: 'Escuela',
    government: 'Gobierno',
    'civil-society': 'Sociedad civil',
    university: 'Universidad',
    international: 'Organismo internacional',
    private: 'Sector privado',
    other: 'Otro',
  },
  criteria: {
    equity: 'Equidad',
    systematization: 'Sistematización',
    replicability: 'Replicabilidad',
    innovation: 'Innovación',
    sustainability: 'Sostenibilidad',
    community: 'Participación comunitaria',
  },
};
