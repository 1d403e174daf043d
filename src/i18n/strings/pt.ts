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
  errorTitle: 'Não foi possível carregar as práticas',

  practiceNotFound: 'A prática “{id}” não está neste catálogo.',
  savedDataFrom: 'Exibindo dados salvos em {date}.',

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
} as const satisfies UiStrings;
