import type { InterfaceLanguage } from '../i18n/languages.js';

/**
 * The configurator's own words, one typed table per language: a missing translation is a type
 * error. Apart from the widgets' tables, since the widgets never show these. `{name}` marks a
 * value put in by `fill`.
 */
export interface ConfiguratorStrings {
  readonly pageTitle: string;
  readonly intro: string;
  readonly pageLanguage: string;
  /** A link, on narrow screens, from the top of the page to the code. */
  readonly jumpToCode: string;
  readonly choose: string;
  readonly whatToShow: string;
  readonly widgetCatalog: string;
  readonly widgetCard: string;
  readonly widgetList: string;
  readonly widgetMap: string;
  readonly widgetStats: string;
  readonly feedAddress: string;
  readonly feedHint: string;
  readonly feedLoading: string;
  /** `{count}`: the number of practices. */
  readonly feedLoaded: string;
  readonly feedFailed: string;
  readonly practice: string;
  readonly practiceSearch: string;
  readonly practiceNoMatch: string;
  readonly widgetLanguage: string;
  readonly colours: string;
  readonly themeLight: string;
  readonly themeDark: string;
  readonly themeAuto: string;
  readonly scope: string;
  readonly scopeHint: string;
  readonly countries: string;
  readonly setting: string;
  readonly settingAll: string;
  readonly levels: string;
  readonly objectives: string;
  readonly text: string;
  readonly textHint: string;
  readonly parts: string;
  readonly partFilters: string;
  readonly partMap: string;
  readonly partStats: string;
  readonly partList: string;
  readonly filterFacets: string;
  readonly facetCountry: string;
  readonly facetSetting: string;
  readonly facetLevel: string;
  readonly facetObjective: string;
  readonly facetOrganizationType: string;
  readonly facetYear: string;
  readonly copyHeading: string;
  readonly snippetKind: string;
  readonly snippetScript: string;
  readonly snippetScriptHint: string;
  readonly snippetIframe: string;
  readonly snippetIframeHint: string;
  readonly snippetShortcode: string;
  readonly snippetShortcodeHint: string;
  readonly code: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyBySelection: string;
  readonly previewHeading: string;
  readonly previewWidth: string;
  readonly widthPhone: string;
  readonly widthTablet: string;
  readonly widthFull: string;
  /** `{url}`: the bundle's address. */
  readonly hostedAt: string;
  /** In place of the code while the feed's address is missing or not http(s). */
  readonly codeNeedsFeed: string;
  /** The iframe's `title`, in the widget's language. */
  readonly iframeTitle: string;
  /**
   * The fallback link's text, in the widget's language; `{title}`: the catalogue's title,
   * `{site}`: its publisher or host.
   */
  readonly fallbackLink: string;
  /** Above the iframe's fallback link, in the widget's language. */
  readonly resizeComment: string;
}

const en: ConfiguratorStrings = {
  pageTitle: 'Put the catalogue of good practices on your site',
  intro:
    'Choose what to show, check the preview, then copy the code into your page or your CMS. Nothing you choose is sent anywhere.',
  pageLanguage: 'Language of this page',
  jumpToCode: 'Go to the code',
  choose: 'Choose',
  whatToShow: 'What to show',
  widgetCatalog: 'The whole catalogue',
  widgetCard: 'One practice',
  widgetList: 'A list of practices',
  widgetMap: 'A map',
  widgetStats: 'Figures and charts',
  feedAddress: 'Address of the data (feed)',
  feedHint: 'A practice feed in JSON, version 1, served with CORS.',
  feedLoading: 'Reading the feed…',
  feedLoaded: 'Practices in the feed: {count}.',
  feedFailed: 'The feed could not be read. Check the address; the preview shows why.',
  practice: 'Practice',
  practiceSearch: 'Find a practice',
  practiceNoMatch: 'No practice matches.',
  widgetLanguage: 'Language of the widget',
  colours: 'Colours',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeAuto: "Follow the reader's device",
  scope: 'Only these practices',
  scopeHint: 'Nothing chosen: all of them.',
  countries: 'Countries',
  setting: 'Setting',
  settingAll: 'All',
  levels: 'Education levels',
  objectives: 'Objectives',
  text: 'Words',
  textHint: 'Only practices that mention these words.',
  parts: 'Parts of the catalogue',
  partFilters: 'Filters',
  partMap: 'Map',
  partStats: 'Figures',
  partList: 'List',
  filterFacets: 'Filters offered to readers',
  facetCountry: 'Country',
  facetSetting: 'Setting',
  facetLevel: 'Education level',
  facetObjective: 'Objective',
  facetOrganizationType: 'Type of organization',
  facetYear: 'Year',
  copyHeading: 'Copy the code',
  snippetKind: 'How your site takes it',
  snippetScript: 'Script tag',
  snippetScriptHint: 'Recommended, where your page may hold a script.',
  snippetIframe: 'Iframe',
  snippetIframeHint: 'Where scripts are not allowed but iframes are.',
  snippetShortcode: 'WordPress shortcode',
  snippetShortcodeHint: 'With the Practice widgets plugin: any author may paste it.',
  code: 'Code',
  copy: 'Copy',
  copied: 'Copied. Paste it into your page.',
  copyBySelection: 'Selected: press Ctrl+C (or ⌘C) to copy.',
  previewHeading: 'Preview',
  previewWidth: 'Width',
  widthPhone: 'Phone, 360 px',
  widthTablet: 'Tablet, 600 px',
  widthFull: 'Full width',
  hostedAt: 'The code loads the library from {url}.',
  codeNeedsFeed: 'Write the address of the data (feed) first: the code needs it.',
  iframeTitle: 'Good practices in digital education',
  fallbackLink: '{title}: {site}',
  resizeComment: 'Optional: lets the iframe take the height of its content',
};

const es: ConfiguratorStrings = {
  pageTitle: 'Ponga el catálogo de buenas prácticas en su sitio',
  intro:
    'Elija qué mostrar, revise la vista previa y copie el código en su página o su CMS. Nada de lo que elija se envía a ningún lugar.',
  pageLanguage: 'Idioma de esta página',
  jumpToCode: 'Ir al código',
  choose: 'Elegir',
  whatToShow: 'Qué mostrar',
  widgetCatalog: 'El catálogo completo',
  widgetCard: 'Una práctica',
  widgetList: 'Una lista de prácticas',
  widgetMap: 'Un mapa',
  widgetStats: 'Cifras y gráficos',
  feedAddress: 'Dirección de los datos (feed)',
  feedHint: 'Un feed de prácticas en JSON, versión 1, servido con CORS.',
  feedLoading: 'Leyendo el feed…',
  feedLoaded: 'Prácticas en el feed: {count}.',
  feedFailed: 'No se pudo leer el feed. Revise la dirección; la vista previa indica el motivo.',
  practice: 'Práctica',
  practiceSearch: 'Buscar una práctica',
  practiceNoMatch: 'Ninguna práctica coincide.',
  widgetLanguage: 'Idioma del widget',
  colours: 'Colores',
  themeLight: 'Claros',
  themeDark: 'Oscuros',
  themeAuto: 'Según el dispositivo del lector',
  scope: 'Solo estas prácticas',
  scopeHint: 'Sin elegir nada: todas.',
  countries: 'Países',
  setting: 'Ámbito',
  settingAll: 'Todos',
  levels: 'Niveles educativos',
  objectives: 'Objetivos',
  text: 'Palabras',
  textHint: 'Solo las prácticas que mencionan estas palabras.',
  parts: 'Partes del catálogo',
  partFilters: 'Filtros',
  partMap: 'Mapa',
  partStats: 'Cifras',
  partList: 'Lista',
  filterFacets: 'Filtros que se ofrecen a los lectores',
  facetCountry: 'País',
  facetSetting: 'Ámbito',
  facetLevel: 'Nivel educativo',
  facetObjective: 'Objetivo',
  facetOrganizationType: 'Tipo de organización',
  facetYear: 'Año',
  copyHeading: 'Copiar el código',
  snippetKind: 'Cómo lo acepta su sitio',
  snippetScript: 'Etiqueta script',
  snippetScriptHint: 'Recomendada, si su página admite un script.',
  snippetIframe: 'Iframe',
  snippetIframeHint: 'Si no se admiten scripts pero sí iframes.',
  snippetShortcode: 'Shortcode de WordPress',
  snippetShortcodeHint: 'Con el plugin Practice widgets: cualquier autor puede pegarlo.',
  code: 'Código',
  copy: 'Copiar',
  copied: 'Copiado. Péguelo en su página.',
  copyBySelection: 'Seleccionado: pulse Ctrl+C (o ⌘C) para copiar.',
  previewHeading: 'Vista previa',
  previewWidth: 'Ancho',
  widthPhone: 'Teléfono, 360 px',
  widthTablet: 'Tableta, 600 px',
  widthFull: 'Ancho completo',
  hostedAt: 'El código carga la biblioteca desde {url}.',
  codeNeedsFeed: 'Escriba primero la dirección de los datos (feed): el código la necesita.',
  iframeTitle: 'Buenas prácticas en educación digital',
  fallbackLink: '{title}: {site}',
  resizeComment: 'Opcional: el iframe toma la altura de su contenido',
};

const pt: ConfiguratorStrings = {
  pageTitle: 'Coloque o catálogo de boas práticas no seu site',
  intro:
    'Escolha o que mostrar, confira a prévia e copie o código para a sua página ou o seu CMS. Nada do que você escolhe é enviado a lugar nenhum.',
  pageLanguage: 'Idioma desta página',
  jumpToCode: 'Ir para o código',
  choose: 'Escolher',
  whatToShow: 'O que mostrar',
  widgetCatalog: 'O catálogo completo',
  widgetCard: 'Uma prática',
  widgetList: 'Uma lista de práticas',
  widgetMap: 'Um mapa',
  widgetStats: 'Números e gráficos',
  feedAddress: 'Endereço dos dados (feed)',
  feedHint: 'Um feed de práticas em JSON, versão 1, servido com CORS.',
  feedLoading: 'Lendo o feed…',
  feedLoaded: 'Práticas no feed: {count}.',
  feedFailed: 'Não foi possível ler o feed. Confira o endereço; a prévia mostra o motivo.',
  practice: 'Prática',
  practiceSearch: 'Buscar uma prática',
  practiceNoMatch: 'Nenhuma prática corresponde.',
  widgetLanguage: 'Idioma do widget',
  colours: 'Cores',
  themeLight: 'Claras',
  themeDark: 'Escuras',
  themeAuto: 'Conforme o dispositivo do leitor',
  scope: 'Somente estas práticas',
  scopeHint: 'Nada escolhido: todas.',
  countries: 'Países',
  setting: 'Contexto',
  settingAll: 'Todos',
  levels: 'Etapas de ensino',
  objectives: 'Objetivos',
  text: 'Palavras',
  textHint: 'Somente as práticas que mencionam estas palavras.',
  parts: 'Partes do catálogo',
  partFilters: 'Filtros',
  partMap: 'Mapa',
  partStats: 'Números',
  partList: 'Lista',
  filterFacets: 'Filtros oferecidos aos leitores',
  facetCountry: 'País',
  facetSetting: 'Contexto',
  facetLevel: 'Etapa de ensino',
  facetObjective: 'Objetivo',
  facetOrganizationType: 'Tipo de organização',
  facetYear: 'Ano',
  copyHeading: 'Copiar o código',
  snippetKind: 'Como o seu site o aceita',
  snippetScript: 'Tag script',
  snippetScriptHint: 'Recomendada, se a sua página aceita um script.',
  snippetIframe: 'Iframe',
  snippetIframeHint: 'Se scripts não são aceitos, mas iframes sim.',
  snippetShortcode: 'Shortcode do WordPress',
  snippetShortcodeHint: 'Com o plugin Practice widgets: qualquer autor pode colá-lo.',
  code: 'Código',
  copy: 'Copiar',
  copied: 'Copiado. Cole-o na sua página.',
  copyBySelection: 'Selecionado: pressione Ctrl+C (ou ⌘C) para copiar.',
  previewHeading: 'Prévia',
  previewWidth: 'Largura',
  widthPhone: 'Celular, 360 px',
  widthTablet: 'Tablet, 600 px',
  widthFull: 'Largura total',
  hostedAt: 'O código carrega a biblioteca de {url}.',
  codeNeedsFeed: 'Escreva primeiro o endereço dos dados (feed): o código precisa dele.',
  iframeTitle: 'Boas práticas em educação digital',
  fallbackLink: '{title}: {site}',
  resizeComment: 'Opcional: o iframe assume a altura do seu conteúdo',
};

const fr: ConfiguratorStrings = {
  pageTitle: 'Mettez le catalogue de bonnes pratiques sur votre site',
  intro:
    "Choisissez quoi montrer, vérifiez l'aperçu, puis copiez le code dans votre page ou votre CMS. Rien de ce que vous choisissez n'est envoyé nulle part.",
  pageLanguage: 'Langue de cette page',
  jumpToCode: 'Aller au code',
  choose: 'Choisir',
  whatToShow: 'Quoi montrer',
  widgetCatalog: 'Le catalogue entier',
  widgetCard: 'Une pratique',
  widgetList: 'Une liste de pratiques',
  widgetMap: 'Une carte',
  widgetStats: 'Chiffres et graphiques',
  feedAddress: 'Adresse des données (flux)',
  feedHint: 'Un flux de pratiques en JSON, version 1, servi avec CORS.',
  feedLoading: 'Lecture du flux…',
  feedLoaded: 'Pratiques dans le flux : {count}.',
  feedFailed: "Le flux n'a pas pu être lu. Vérifiez l'adresse ; l'aperçu indique pourquoi.",
  practice: 'Pratique',
  practiceSearch: 'Trouver une pratique',
  practiceNoMatch: 'Aucune pratique ne correspond.',
  widgetLanguage: 'Langue du widget',
  colours: 'Couleurs',
  themeLight: 'Claires',
  themeDark: 'Sombres',
  themeAuto: "Selon l'appareil du lecteur",
  scope: 'Seulement ces pratiques',
  scopeHint: 'Rien de choisi : toutes.',
  countries: 'Pays',
  setting: 'Milieu',
  settingAll: 'Tous',
  levels: "Niveaux d'enseignement",
  objectives: 'Objectifs',
  text: 'Mots',
  textHint: 'Seulement les pratiques qui mentionnent ces mots.',
  parts: 'Parties du catalogue',
  partFilters: 'Filtres',
  partMap: 'Carte',
  partStats: 'Chiffres',
  partList: 'Liste',
  filterFacets: 'Filtres proposés aux lecteurs',
  facetCountry: 'Pays',
  facetSetting: 'Milieu',
  facetLevel: "Niveau d'enseignement",
  facetObjective: 'Objectif',
  facetOrganizationType: "Type d'organisation",
  facetYear: 'Année',
  copyHeading: 'Copier le code',
  snippetKind: 'Ce que votre site accepte',
  snippetScript: 'Balise script',
  snippetScriptHint: 'Recommandée, si votre page accepte un script.',
  snippetIframe: 'Iframe',
  snippetIframeHint: 'Si les scripts sont refusés mais les iframes acceptées.',
  snippetShortcode: 'Shortcode WordPress',
  snippetShortcodeHint: "Avec l'extension Practice widgets : tout auteur peut le coller.",
  code: 'Code',
  copy: 'Copier',
  copied: 'Copié. Collez-le dans votre page.',
  copyBySelection: 'Sélectionné : appuyez sur Ctrl+C (ou ⌘C) pour copier.',
  previewHeading: 'Aperçu',
  previewWidth: 'Largeur',
  widthPhone: 'Téléphone, 360 px',
  widthTablet: 'Tablette, 600 px',
  widthFull: 'Pleine largeur',
  hostedAt: 'Le code charge la bibliothèque depuis {url}.',
  codeNeedsFeed: 'Écrivez d’abord l’adresse des données (flux) : le code en a besoin.',
  iframeTitle: 'Bonnes pratiques en éducation numérique',
  fallbackLink: '{title} : {site}',
  resizeComment: "Facultatif : l'iframe prend la hauteur de son contenu",
};

export const CONFIGURATOR_STRINGS: Readonly<Record<InterfaceLanguage, ConfiguratorStrings>> = {
  en,
  es,
  pt,
  fr,
};

/** A string with its `{name}` places filled. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (place, name: string) =>
    name in values ? String(values[name]) : place,
  );
}
