/**
 * The words of the generated site's own pages (the page around a practice, the catalogue page,
 * the language chooser), in the four interface languages. Kept apart from the widgets' string
 * tables: only the site generator, which runs in Node, needs them, so no widget loads them.
 */
export interface SiteStrings {
  /** The language's own name, in the language chooser. */
  readonly languageName: string;
  /** The Open Graph locale (`ll_CC`) for link previews. */
  readonly ogLocale: string;
  /** The link from a practice's page back to the catalogue. */
  readonly allPractices: string;
  /** The catalogue's title when the feed gives none. */
  readonly defaultTitle: string;
  /** The heading of the index of every practice on the catalogue page. */
  readonly indexHeading: string;
  /** The language chooser's accessible name. */
  readonly otherLanguages: string;
  /** `{date}`: the feed's last update. */
  readonly updatedOn: string;
  /** `{publisher}`: who publishes the feed. */
  readonly publishedBy: string;
  /** The link to the feed itself. */
  readonly feedLink: string;
  /** The heading of the root page that lets a reader choose a language. */
  readonly chooseLanguage: string;
  // The embed pages (`<lang>/embed/*.html`, `<lang>/<id>/embed.html`): each page's title names
  // its widget, before the catalogue's title.
  /** The embed page of the list of practices. */
  readonly embedList: string;
  /** The embed page of the map. */
  readonly embedMap: string;
  /** The embed page of the figures. */
  readonly embedStats: string;
  /** The embed page of the whole catalogue (search, filters, list, map, figures). */
  readonly embedCatalog: string;
}

export const SITE_STRINGS: Readonly<Record<'es' | 'en' | 'pt' | 'fr', SiteStrings>> = {
  es: {
    languageName: 'Español',
    ogLocale: 'es_LA',
    allPractices: 'Todas las prácticas',
    defaultTitle: 'Catálogo de buenas prácticas',
    indexHeading: 'Índice de las prácticas',
    otherLanguages: 'Otros idiomas',
    updatedOn: 'Actualizado el {date}',
    publishedBy: 'Publicado por {publisher}',
    feedLink: 'Los datos (JSON)',
    chooseLanguage: 'Elija un idioma',
    embedList: 'Lista de prácticas',
    embedMap: 'Mapa',
    embedStats: 'Cifras',
    embedCatalog: 'Catálogo',
  },
  en: {
    languageName: 'English',
    ogLocale: 'en_US',
    allPractices: 'All practices',
    defaultTitle: 'Catalogue of good practices',
    indexHeading: 'Index of the practices',
    otherLanguages: 'Other languages',
    updatedOn: 'Updated on {date}',
    publishedBy: 'Published by {publisher}',
    feedLink: 'The data (JSON)',
    chooseLanguage: 'Choose a language',
    embedList: 'List of practices',
    embedMap: 'Map',
    embedStats: 'Figures',
    embedCatalog: 'Catalogue',
  },
  pt: {
    languageName: 'Português',
    ogLocale: 'pt_BR',
    allPractices: 'Todas as práticas',
    defaultTitle: 'Catálogo de boas práticas',
    indexHeading: 'Índice das práticas',
    otherLanguages: 'Outros idiomas',
    updatedOn: 'Atualizado em {date}',
    publishedBy: 'Publicado por {publisher}',
    feedLink: 'Os dados (JSON)',
    chooseLanguage: 'Escolha um idioma',
    embedList: 'Lista de práticas',
    embedMap: 'Mapa',
    embedStats: 'Números',
    embedCatalog: 'Catálogo',
  },
  fr: {
    languageName: 'Français',
    ogLocale: 'fr_FR',
    allPractices: 'Toutes les pratiques',
    defaultTitle: 'Catalogue de bonnes pratiques',
    indexHeading: 'Index des pratiques',
    otherLanguages: 'Autres langues',
    updatedOn: 'Mis à jour le {date}',
    publishedBy: 'Publié par {publisher}',
    feedLink: 'Les données (JSON)',
    chooseLanguage: 'Choisissez une langue',
    embedList: 'Liste des pratiques',
    embedMap: 'Carte',
    embedStats: 'Chiffres',
    embedCatalog: 'Catalogue',
  },
};

export type SiteLanguage = keyof typeof SITE_STRINGS;

export const SITE_LANGUAGES = Object.keys(SITE_STRINGS) as readonly SiteLanguage[];

export const isSiteLanguage = (value: string): value is SiteLanguage =>
  Object.hasOwn(SITE_STRINGS, value);
