// Synthetic feeds for benchmarks: `count` practices with texts in Spanish and English, several
// countries, vocabularies and locations, shaped like the sample feed. Deterministic.
const COUNTRIES = [
  'AR',
  'BO',
  'BR',
  'CL',
  'CO',
  'CR',
  'DO',
  'EC',
  'GT',
  'HN',
  'MX',
  'PA',
  'PE',
  'PY',
  'SV',
  'UY',
  'JM',
];
const SETTINGS = ['urban', 'rural', 'both'];
const LEVELS = ['early-childhood', 'primary', 'secondary', 'higher', 'adult', 'non-formal'];
const OBJECTIVES = [
  'digital-skills',
  'curriculum-enrichment',
  'inclusive-education',
  'teacher-training',
  'personalized-learning',
  'digital-citizenship',
];
const WORDS_ES = [
  'robótica',
  'lectura',
  'ciudadanía',
  'docentes',
  'comunidad',
  'tabletas',
  'radio',
  'televisión',
  'ciencia',
  'clima',
  'arte',
  'matemáticas',
  'inclusión',
  'rural',
  'indígena',
];
const WORDS_EN = [
  'robotics',
  'reading',
  'citizenship',
  'teachers',
  'community',
  'tablets',
  'radio',
  'television',
  'science',
  'climate',
  'art',
  'mathematics',
  'inclusion',
  'rural',
  'indigenous',
];

export function generateFeed(count) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const some = (list, max) => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list))),
  ];
  const practices = Array.from({ length: count }, (_, i) => {
    const a = Math.floor(random() * WORDS_ES.length);
    const b = Math.floor(random() * WORDS_ES.length);
    const countries = random() < 0.1 ? some(COUNTRIES, 4) : [pick(COUNTRIES)];
    return {
      id: `practice-${i}`,
      title: {
        es: `Proyecto ${WORDS_ES[a]} y ${WORDS_ES[b]} ${i}`,
        en: `${WORDS_EN[a]} and ${WORDS_EN[b]} project ${i}`,
      },
      summary: {
        es: `Una iniciativa de ${WORDS_ES[b]} para escuelas con ${WORDS_ES[a]} y participación de la comunidad.`,
        en: `An initiative on ${WORDS_EN[b]} for schools, with ${WORDS_EN[a]} and community participation.`,
      },
      countries,
      locations: [{ lat: -30 + random() * 50, lon: -100 + random() * 50 }],
      setting: pick(SETTINGS),
      levels: some(LEVELS, 2),
      objectives: some(OBJECTIVES, 3),
      organization: {
        name: `Organización ${i % 300}`,
        type: pick(['school', 'government', 'civil-society', 'university']),
      },
      tags: some(WORDS_EN, 3),
      reach: { participants: Math.floor(random() * 5000), institutions: Math.floor(random() * 40) },
      year: 2005 + Math.floor(random() * 20),
      criteria: {
        equity: { es: 'Llega a quienes más lo necesitan.', en: 'Reaches those who need it most.' },
      },
    };
  });
  return {
    version: 1,
    title: { es: 'Catálogo de prueba', en: 'Test catalogue' },
    publisher: { name: 'Benchmark' },
    updated: '2026-11-28',
    language: 'es',
    practices,
  };
}
