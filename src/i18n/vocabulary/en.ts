import type { VocabularyTable } from './types.js';

/** English labels of every vocabulary value of the feed format. */
export const en: VocabularyTable = {
  settings: {
    urban: 'Urban',
    rural: 'Rural',
    both: 'Urban and rural',
  },
  levels: {
    'early-childhood': 'Early childhood',
    primary: 'Primary',
    secondary: 'Secondary',
    higher: 'Higher education',
    adult: 'Adult education',
    'non-formal': 'Non-formal education',
  },
  objectives: {
    'digital-skills': 'Digital skills',
    'curriculum-enrichment': 'Curriculum enrichment',
    'inclusive-education': 'Inclusive education',
    'teacher-training': 'Teacher training',
    'personalized-learning': 'Personalized learning',
    'digital-citizenship': 'Digital citizenship',
  },
  organizationTypes: {
    school: 'School',
    government: 'Government',
    'civil-society': 'Civil society',
    university: 'University',
    international: 'International organization',
    private: 'Private sector',
    other: 'Other',
  },
  criteria: {
    equity: 'Equity',
    systematization: 'Systematization',
    replicability: 'Replicability',
    innovation: 'Innovation',
    sustainability: 'Sustainability',
    community: 'Community involvement',
  },
};
