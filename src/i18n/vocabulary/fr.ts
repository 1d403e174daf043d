import type { VocabularyTable } from './types.js';

/** French labels of every vocabulary value of the feed format. */
export const fr: VocabularyTable = {
  settings: {
    urban: 'Urbain',
    rural: 'Rural',
    both: 'Urbain et rural',
  },
  levels: {
    'early-childhood': 'Petite enfance',
    primary: 'Primaire',
    secondary: 'Secondaire',
    higher: 'Enseignement supérieur',
    adult: 'Éducation des adultes',
    'non-formal': 'Éducation non formelle',
  },
  objectives: {
    'digital-skills': 'Compétences numériques',
    'curriculum-enrichment': 'Enrichissement des programmes',
    'inclusive-education': 'Éducation inclusive',
    'teacher-training': 'Formation des enseignants',
    'personalized-learning': 'Apprentissage personnalisé',
    'digital-citizenship': 'Citoyenneté numérique',
  },
  organizationTypes: {
    school: 'École',
    government: 'Pouvoirs publics',
    'civil-society': 'Société civile',
    university: 'Université',
    international: 'Organisation internationale',
    private: 'Secteur privé',
    other: 'Autre',
  },
  criteria: {
    equity: 'Équité',
    systematization: 'Systématisation',
    replicability: 'Reproductibilité',
    innovation: 'Innovation',
    sustainability: 'Durabilité',
    community: 'Participation communautaire',
  },
};
