import type { UiStrings } from './types.js';

/**
 * Portuguese interface strings, as written in Brazil ("você", "arquivo", "aba"). Education
 * terms follow Brazilian usage.
 *
 * `many` is the CLDR form for exact millions, which take "de": "1.000.000 de participantes".
 */
export const pt = {
  loading: 'Carregando práticas…',
  retry: 'Tentar novamente',

  errorNetwork: 'Verifique sua conexão com a internet e tente novamente.',
  errorTimeout: 'O servidor está demorando muito para responder. Tente novamente em instantes.',
  errorHttp: 'O servidor respondeu com o erro {status}.',
  errorParse: 'O arquivo de dados está corrompido ou não é um JSON válido.',
  errorFormat: 'O arquivo de dados não tem o formato esperado.',
  errorUnsupportedVersion: 'O arquivo de dados usa uma versão de formato não suportada.',
  errorNoSource: 'Nenhuma fonte de dados foi definida para este widget.',
  errorAddress: 'O endereço do arquivo de dados não é válido.',
  errorTooLarge: 'O arquivo de dados é grande demais para ser exibido.',
  errorForeignFeed:
    'Outro script desta página usa o nome practice-feed, então este widget não pode ler seus dados.',
  errorTitle: 'Não foi possível carregar as práticas',

  practiceNotFound: 'A prática “{id}” não está neste catálogo.',
  savedDataFrom: 'Exibindo dados salvos em {date}.',
  savedDataUndated: 'Exibindo dados salvos anteriormente neste dispositivo.',

  countries: 'Países',
  place: 'Local',
  organization: 'Organização',
  organizationType: 'Tipo de organização',
  setting: 'Zona',
  levels: 'Níveis de ensino',
  objectives: 'Objetivos',
  audiences: 'Público-alvo',
  tags: 'Palavras-chave',
  description: 'Descrição',
  reach: 'Alcance',
  startYear: 'Ano de início',
  whyGoodPractice: 'Por que é uma boa prática',
  learnMore: 'Saiba mais',
  learnMoreAbout: 'Saiba mais sobre {title}',
  openPractice: 'Ver detalhes: {title}',
  opensInNewTab: '(abre em uma nova aba)',

  participants: {
    one: '{count} participante',
    many: '{count} de participantes',
    other: '{count} participantes',
  },
  institutions: {
    one: '{count} instituição',
    many: '{count} de instituições',
    other: '{count} instituições',
  },
  practices: {
    one: '{count} prática',
    many: '{count} de práticas',
    other: '{count} práticas',
  },

  // Exploring: <practice-filters> and <practice-list>.
  facetCountry: 'País',
  facetSetting: 'Zona',
  facetLevel: 'Nível de ensino',
  facetObjective: 'Objetivo',
  facetOrganizationType: 'Tipo de organização',
  facetYear: 'Ano de início',
  search: 'Buscar práticas',
  searchPlaceholder: 'Título, local, tema…',
  filters: 'Filtros',
  clearAll: 'Limpar tudo',
  clearFilters: 'Limpar filtros',
  chosenFilters: 'Filtros escolhidos',
  removeFilter: 'Remover o filtro {filter}',
  facetShowMore: {
    one: 'Mostrar mais {count} opção',
    many: 'Mostrar mais {count} de opções',
    other: 'Mostrar mais {count} opções',
  },
  facetShowFewer: 'Mostrar menos opções',
  facetFind: 'Procurar uma opção',
  facetMoreMatches: {
    one: 'Mais {count} opção corresponde: digite mais para encontrá-la.',
    many: 'Mais {count} de opções correspondem: digite mais para restringi-las.',
    other: 'Mais {count} opções correspondem: digite mais para restringi-las.',
  },
  facetNoMatch: 'Nenhuma opção corresponde.',
  resultsCount: {
    one: '{count} prática',
    many: '{count} de práticas',
    other: '{count} práticas',
  },
  resultsOfTotal: '{shown} de {total}',
  noMatches: 'Nenhuma prática corresponde a estes filtros.',
  noPractices: 'Não há práticas para mostrar.',
  sortBy: 'Ordenar por',
  sortRelevance: 'Relevância',
  sortTitle: 'Título',
  sortCountry: 'País',
  sortYear: 'Mais recentes',
  pagination: 'Páginas de resultados',
  previousPage: 'Anterior',
  nextPage: 'Próxima',
  pageOf: 'Página {page} de {pages}',
  goToPage: 'Página {page}',
  download: 'Baixar',
  downloadCsv: 'Planilha (CSV)',
  downloadJson: 'Dados (JSON)',
  cite: 'Citar',
  copyCitation: 'Copiar citação',
  citationCopied: 'Citação copiada.',
  downloadFailed: 'Não foi possível preparar o arquivo: verifique a conexão e tente novamente.',
  citationUpdated: 'Dados de {date}',
  citationAccessed: 'Acesso em {date}',
  close: 'Fechar',
  practiceDetails: 'Detalhes da prática',

  // practice-stats
  statsCountries: {
    one: '{count} país',
    many: '{count} de países',
    other: '{count} países',
  },
  statsParticipantsReached: {
    one: '{count} participante alcançado',
    many: '{count} de participantes alcançados',
    other: '{count} participantes alcançados',
  },
  statsInstitutionsReached: {
    one: '{count} instituição alcançada',
    many: '{count} de instituições alcançadas',
    other: '{count} instituições alcançadas',
  },
  statsNoValues: 'Nenhuma destas práticas informa este dado.',
  statsPractices: 'Práticas',
  statsReachNote:
    'Participantes e instituições alcançados: soma dos números informados pelas práticas.',
  statsFilterHint:
    'Escolha uma barra para ver apenas as práticas com esse valor; escolha-a de novo para desfazer.',
  statsShare: 'Porcentagem das práticas',
  statsMoreValues: {
    one: 'Mais {count} valor, com menos práticas, não é desenhado; os filtros permitem encontrá-lo.',
    many: 'Mais {count} de valores, cada um com menos práticas, não são desenhados; os filtros permitem encontrá-los.',
    other:
      'Mais {count} valores, cada um com menos práticas, não são desenhados; os filtros permitem encontrá-los.',
  },
  statsOverlapNote:
    'Uma prática pode contar em vários valores, por isso as porcentagens somam mais de {percent}.',
  statsBarLabel: '{label}: {first}, {second}',
  // practice-stats: the measure switch and the table toggle
  statsTable: 'Tabela',
  statsMeasure: 'As barras mostram',
  statsMeasureShare: 'Porcentagem',
  statsMeasureCount: 'Número',
  // <practice-map>
  mapLabel: 'Mapa de práticas por país',
  mapKeyboardHelp:
    'As setas movem o mapa, + e − aproximam e afastam, 0 mostra o mapa inteiro. Com Tab você chega aos países: as setas passam de um para outro e Enter escolhe um.',
  mapZoomIn: 'Aproximar',
  mapZoomOut: 'Afastar',
  mapReset: 'Ver o mapa inteiro',
  mapShowTable: 'Ver como tabela',
  mapShowMap: 'Ver como mapa',
  mapCountryCount: '{country}: {practices}',
  mapLegendTitle: 'Práticas por país',
  mapLegendNone: 'Nenhuma',
  mapRange: '{from}–{to}',
  mapLegendPractice: 'Uma prática',
  mapLegendCluster: 'Várias práticas próximas',
  mapClusterLabel: '{practices} nesta área',
  mapClose: 'Fechar',
  mapLoading: 'Carregando o mapa…',
  mapError: 'Não foi possível carregar o mapa.',
  mapErrorHint: 'A tabela mostra os mesmos números.',
  mapColumnCountry: 'País',
  mapColumnPractices: 'Práticas',
  // <practice-catalog>: its header, its views and its one message.
  catalogViews: 'Visualizações',
  catalogViewList: 'Práticas',
  catalogViewMap: 'Mapa',
  catalogViewStats: 'Números',
  catalogPublisher: 'Publicado por {publisher}',
  catalogUpdated: 'Atualizado em {date}',
  // <practice-list>: the open practice's previous / next and its link.
  previousPractice: 'Prática anterior',
  nextPractice: 'Próxima prática',
  practicePosition: '{position} de {total}',
  copyLink: 'Copiar link',
  linkCopied: 'Link copiado.',
  linkCopyManual: 'Copie este link:',
  // <practice-filters>: compact facets, their panels and the filters sheet.
  facetButtonChosen: '{facet} ({count})',
  filtersDone: 'Pronto',
  filtersShowResults: {
    one: 'Ver {count} prática',
    many: 'Ver {count} de práticas',
    other: 'Ver {count} práticas',
  },
  // Rendered HTML whose feed cannot be had (hydration support).
  renderedUnavailable:
    'Estas práticas podem não ser as mais recentes. Para ordená-las e abri-las é preciso conexão.',
} as const satisfies UiStrings;
