import type { UiStrings } from './types.js';

/**
 * Spanish interface strings, as written in Latin America. The reader is addressed as "usted",
 * the register of ministries and the OAS.
 *
 * `many` is the CLDR form for exact millions, which take "de": "1.000.000 de participantes".
 */
export const es = {
  loading: 'Cargando prácticas…',
  retry: 'Reintentar',

  errorNetwork: 'Revise su conexión a internet e intente de nuevo.',
  errorTimeout: 'El servidor está tardando demasiado en responder. Intente de nuevo en un momento.',
  errorHttp: 'El servidor respondió con el error {status}.',
  errorParse: 'El archivo de datos está dañado o no es un JSON válido.',
  errorFormat: 'El archivo de datos no tiene el formato esperado.',
  errorUnsupportedVersion: 'El archivo de datos usa una versión de formato no compatible.',
  errorNoSource: 'No se indicó ninguna fuente de datos para este widget.',
  errorTitle: 'No se pudieron cargar las prácticas',

  practiceNotFound: 'La práctica “{id}” no está en este catálogo.',
  savedDataFrom: 'Se muestran datos guardados el {date}.',

  countries: 'Países',
  place: 'Lugar',
  organization: 'Organización',
  organizationType: 'Tipo de organización',
  setting: 'Zona',
  levels: 'Niveles educativos',
  objectives: 'Objetivos',
  audiences: 'Público destinatario',
  tags: 'Palabras clave',
  description: 'Descripción',
  reach: 'Alcance',
  startYear: 'Año de inicio',
  whyGoodPractice: 'Por qué es una buena práctica',
  learnMore: 'Más información',
  learnMoreAbout: 'Más información sobre {title}',
  openPractice: 'Ver detalles: {title}',
  opensInNewTab: '(se abre en una pestaña nueva)',

  participants: {
    one: '{count} participante',
    many: '{count} de participantes',
    other: '{count} participantes',
  },
  institutions: {
    one: '{count} institución',
    many: '{count} de instituciones',
    other: '{count} instituciones',
  },
  practices: {
    one: '{count} práctica',
    many: '{count} de prácticas',
    other: '{count} prácticas',
  },

  // Exploring: <practice-filters> and <practice-list>.
  facetCountry: 'País',
  facetSetting: 'Zona',
  facetLevel: 'Nivel educativo',
  facetObjective: 'Objetivo',
  facetOrganizationType: 'Tipo de organización',
  facetYear: 'Año de inicio',
  search: 'Buscar prácticas',
  searchPlaceholder: 'Título, lugar, organización, palabra clave…',
  filters: 'Filtros',
  showFilters: 'Mostrar filtros ({count})',
  hideFilters: 'Ocultar filtros',
  clearAll: 'Quitar todo',
  clearFilters: 'Quitar filtros',
  resultsCount: {
    one: '{count} práctica',
    many: '{count} de prácticas',
    other: '{count} prácticas',
  },
  resultsOfTotal: '{shown} de {total}',
  noMatches: 'Ninguna práctica coincide con estos filtros.',
  noPractices: 'No hay prácticas para mostrar.',
  sortBy: 'Ordenar por',
  sortRelevance: 'Relevancia',
  sortTitle: 'Título',
  sortCountry: 'País',
  sortYear: 'Más recientes',
  pagination: 'Páginas de resultados',
  previousPage: 'Anterior',
  nextPage: 'Siguiente',
  pageOf: 'Página {page} de {pages}',
  goToPage: 'Página {page}',
  download: 'Descargar',
  downloadCsv: 'Hoja de cálculo (CSV)',
  downloadJson: 'Datos (JSON)',
  cite: 'Citar',
  copyCitation: 'Copiar cita',
  citationCopied: 'Cita copiada.',
  citationUpdated: 'Datos del {date}',
  citationAccessed: 'Consultado el {date}',
  close: 'Cerrar',
  practiceDetails: 'Detalle de la práctica',

  // practice-stats
  statsPractices: 'Prácticas',
  statsParticipantsReached: 'Participantes alcanzados',
  statsInstitutionsReached: 'Instituciones alcanzadas',
  statsReachNote:
    'Participantes e instituciones alcanzados: suma de las cifras que informan las prácticas.',
  statsFilterHint:
    'Elija una barra para ver solo las prácticas con ese valor; elíjala de nuevo para deshacerlo.',
  statsShowTable: 'Ver tabla',
  statsHideTable: 'Ocultar tabla',
  statsShare: 'Porcentaje de prácticas',
  statsOverlapNote:
    'Una práctica puede contar en varios valores, por eso los porcentajes suman más del {percent}.',
  statsBarLabel: '{label}: {practices}, {share}',
} as const satisfies UiStrings;
