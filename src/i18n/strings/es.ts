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
  errorAddress: 'La dirección del archivo de datos no es válida.',
  errorTooLarge: 'El archivo de datos es demasiado grande para mostrarlo.',
  errorForeignFeed:
    'Otro script de esta página usa el nombre practice-feed, así que este widget no puede leer sus datos.',
  errorTitle: 'No se pudieron cargar las prácticas',

  practiceNotFound: 'La práctica “{id}” no está en este catálogo.',
  savedDataFrom: 'Se muestran datos guardados el {date}.',
  savedDataUndated: 'Se muestran datos guardados antes en este dispositivo.',

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
  searchPlaceholder: 'Título, lugar, tema…',
  filters: 'Filtros',
  clearAll: 'Quitar todo',
  clearFilters: 'Quitar filtros',
  chosenFilters: 'Filtros elegidos',
  removeFilter: 'Quitar el filtro {filter}',
  facetShowMore: {
    one: 'Mostrar {count} opción más',
    many: 'Mostrar {count} de opciones más',
    other: 'Mostrar {count} opciones más',
  },
  facetShowFewer: 'Mostrar menos opciones',
  facetFind: 'Buscar una opción',
  facetMoreMatches: {
    one: 'Coincide {count} opción más: escriba más para encontrarla.',
    many: 'Coinciden {count} de opciones más: escriba más para acotarlas.',
    other: 'Coinciden {count} opciones más: escriba más para acotarlas.',
  },
  facetNoMatch: 'Ninguna opción coincide.',
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
  downloadFailed: 'No se pudo preparar el archivo: revise la conexión e inténtelo de nuevo.',
  citationUpdated: 'Datos del {date}',
  citationAccessed: 'Consultado el {date}',
  close: 'Cerrar',
  practiceDetails: 'Detalle de la práctica',

  // practice-stats
  statsCountries: {
    one: '{count} país',
    many: '{count} de países',
    other: '{count} países',
  },
  statsParticipantsReached: {
    one: '{count} participante alcanzado',
    many: '{count} de participantes alcanzados',
    other: '{count} participantes alcanzados',
  },
  statsInstitutionsReached: {
    one: '{count} institución alcanzada',
    many: '{count} de instituciones alcanzadas',
    other: '{count} instituciones alcanzadas',
  },
  statsNoValues: 'Ninguna de estas prácticas indica este dato.',
  statsPractices: 'Prácticas',
  statsReachNote:
    'Participantes e instituciones alcanzados: suma de las cifras que informan las prácticas.',
  statsFilterHint:
    'Elija una barra para ver solo las prácticas con ese valor; elíjala de nuevo para deshacerlo.',
  statsShare: 'Porcentaje de prácticas',
  statsMoreValues: {
    one: 'No se dibuja {count} valor más, con menos prácticas; los filtros permiten encontrarlo.',
    many: 'No se dibujan {count} de valores más, cada uno con menos prácticas; los filtros permiten encontrarlos.',
    other:
      'No se dibujan {count} valores más, cada uno con menos prácticas; los filtros permiten encontrarlos.',
  },
  statsOverlapNote:
    'Una práctica puede contar en varios valores, por eso los porcentajes suman más del {percent}.',
  statsBarLabel: '{label}: {first}, {second}',
  // practice-stats: the measure switch and the table toggle
  statsTable: 'Tabla',
  statsMeasure: 'Las barras muestran',
  statsMeasureShare: 'Porcentaje',
  statsMeasureCount: 'Número',
  // <practice-map>
  mapLabel: 'Mapa de prácticas por país',
  mapKeyboardHelp:
    'Las flechas mueven el mapa, + y − acercan y alejan, 0 muestra el mapa completo. Con Tab se llega a los países: las flechas pasan de uno a otro y Enter elige uno.',
  mapZoomIn: 'Acercar',
  mapZoomOut: 'Alejar',
  mapReset: 'Ver el mapa completo',
  mapShowTable: 'Ver como tabla',
  mapShowMap: 'Ver como mapa',
  mapCountryCount: '{country}: {practices}',
  mapLegendTitle: 'Prácticas por país',
  mapLegendNone: 'Ninguna',
  mapRange: '{from}–{to}',
  mapLegendPractice: 'Una práctica',
  mapLegendCluster: 'Varias prácticas cercanas',
  mapClusterLabel: '{practices} en esta zona',
  mapClose: 'Cerrar',
  mapLoading: 'Cargando el mapa…',
  mapError: 'No se pudo cargar el mapa.',
  mapErrorHint: 'La tabla muestra las mismas cifras.',
  mapColumnCountry: 'País',
  mapColumnPractices: 'Prácticas',
  // <practice-catalog>: its header, its views and its one message.
  catalogViews: 'Vistas',
  catalogViewList: 'Prácticas',
  catalogViewMap: 'Mapa',
  catalogViewStats: 'Cifras',
  catalogPublisher: 'Publicado por {publisher}',
  catalogUpdated: 'Actualizado el {date}',
  // <practice-list>: the open practice's previous / next and its link.
  previousPractice: 'Práctica anterior',
  nextPractice: 'Práctica siguiente',
  practicePosition: '{position} de {total}',
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado.',
  linkCopyManual: 'Copie este enlace:',
  // <practice-filters>: compact facets, their panels and the filters sheet.
  facetButtonChosen: '{facet} ({count})',
  filtersDone: 'Listo',
  filtersShowResults: {
    one: 'Ver {count} práctica',
    many: 'Ver {count} de prácticas',
    other: 'Ver {count} prácticas',
  },
  // Rendered HTML whose feed cannot be had (hydration support).
  renderedUnavailable:
    'Puede que estas prácticas no sean las más recientes. Para ordenarlas y abrirlas hace falta conexión.',
} as const satisfies UiStrings;
