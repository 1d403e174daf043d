import type { UiStrings } from './types.js';

/**
 * French interface strings. The reader is addressed as "vous".
 *
 * Typography: curly apostrophes, and a narrow no-break space (U+202F, written `\u202f`) inside
 * « » and before a colon, so a line never breaks there. In French the singular covers 0 and 1
 * ("0 participant"); `many` is the CLDR form for exact millions, which take "de":
 * "1 000 000 de participants".
 */
export const fr = {
  loading: 'Chargement des pratiques…',
  retry: 'Réessayer',

  errorNetwork: 'Vérifiez votre connexion Internet, puis réessayez.',
  errorTimeout: 'Le serveur met trop de temps à répondre. Réessayez dans un instant.',
  errorHttp: 'Le serveur a répondu par l’erreur {status}.',
  errorParse: 'Le fichier de données est endommagé ou n’est pas un JSON valide.',
  errorFormat: 'Le fichier de données n’a pas le format attendu.',
  errorUnsupportedVersion:
    'Le fichier de données utilise une version de format qui n’est pas prise en charge.',
  errorNoSource: 'Aucune source de données n’a été définie pour ce widget.',
  errorAddress: 'L’adresse du fichier de données n’est pas valide.',
  errorTooLarge: 'Le fichier de données est trop volumineux pour être affiché.',
  errorForeignFeed:
    'Un autre script de cette page utilise le nom practice-feed, ce widget ne peut donc pas lire ses données.',
  errorTitle: 'Impossible de charger les pratiques',

  practiceNotFound: 'La pratique «\u202f{id}\u202f» ne figure pas dans ce catalogue.',
  savedDataFrom: 'Vous consultez des données enregistrées le {date}.',
  savedDataUndated: 'Vous consultez des données enregistrées auparavant sur cet appareil.',

  countries: 'Pays',
  place: 'Lieu',
  organization: 'Organisation',
  organizationType: 'Type d’organisation',
  setting: 'Milieu',
  levels: 'Niveaux d’enseignement',
  objectives: 'Objectifs',
  audiences: 'Publics cibles',
  tags: 'Mots-clés',
  description: 'Description',
  reach: 'Portée',
  startYear: 'Année de lancement',
  whyGoodPractice: 'Pourquoi c’est une bonne pratique',
  learnMore: 'En savoir plus',
  learnMoreAbout: 'En savoir plus sur {title}',
  openPractice: 'Voir le détail\u202f: {title}',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',

  participants: {
    one: '{count} participant',
    many: '{count} de participants',
    other: '{count} participants',
  },
  institutions: {
    one: '{count} établissement',
    many: '{count} d’établissements',
    other: '{count} établissements',
  },
  practices: {
    one: '{count} pratique',
    many: '{count} de pratiques',
    other: '{count} pratiques',
  },

  // Exploring: <practice-filters> and <practice-list>.
  facetCountry: 'Pays',
  facetSetting: 'Milieu',
  facetLevel: 'Niveau d’enseignement',
  facetObjective: 'Objectif',
  facetOrganizationType: 'Type d’organisation',
  facetYear: 'Année de lancement',
  search: 'Rechercher des pratiques',
  searchPlaceholder: 'Titre, lieu, mot-clé…',
  filters: 'Filtres',
  clearAll: 'Tout effacer',
  clearFilters: 'Effacer les filtres',
  chosenFilters: 'Filtres choisis',
  removeFilter: 'Retirer le filtre {filter}',
  facetShowMore: {
    one: 'Afficher {count} autre choix',
    many: 'Afficher {count} d’autres choix',
    other: 'Afficher {count} autres choix',
  },
  facetShowFewer: 'Afficher moins de choix',
  facetFind: 'Chercher un choix',
  facetMoreMatches: {
    one: '{count} autre choix correspond : précisez la recherche pour le trouver.',
    many: '{count} d’autres choix correspondent : précisez la recherche.',
    other: '{count} autres choix correspondent : précisez la recherche.',
  },
  facetNoMatch: 'Aucun choix ne correspond.',
  resultsCount: {
    one: '{count} pratique',
    many: '{count} de pratiques',
    other: '{count} pratiques',
  },
  resultsOfTotal: '{shown} sur {total}',
  noMatches: 'Aucune pratique ne correspond à ces filtres.',
  noPractices: 'Aucune pratique à afficher.',
  sortBy: 'Trier par',
  sortRelevance: 'Pertinence',
  sortTitle: 'Titre',
  sortCountry: 'Pays',
  sortYear: 'Plus récentes',
  pagination: 'Pages de résultats',
  previousPage: 'Précédente',
  nextPage: 'Suivante',
  pageOf: 'Page {page} sur {pages}',
  goToPage: 'Page {page}',
  download: 'Télécharger',
  downloadCsv: 'Tableur (CSV)',
  downloadJson: 'Données (JSON)',
  cite: 'Citer',
  copyCitation: 'Copier la citation',
  citationCopied: 'Citation copiée.',
  downloadFailed: 'Le fichier n’a pas pu être préparé\u202f: vérifiez la connexion et réessayez.',
  citationUpdated: 'Données du {date}',
  citationAccessed: 'Consulté le {date}',
  close: 'Fermer',
  practiceDetails: 'Détails de la pratique',

  // practice-stats
  statsCountries: {
    one: '{count} pays',
    many: '{count} de pays',
    other: '{count} pays',
  },
  statsParticipantsReached: {
    one: '{count} participant touché',
    many: '{count} de participants touchés',
    other: '{count} participants touchés',
  },
  statsInstitutionsReached: {
    one: '{count} établissement touché',
    many: '{count} d’établissements touchés',
    other: '{count} établissements touchés',
  },
  statsNoValues: 'Aucune de ces pratiques ne donne cette information.',
  statsPractices: 'Pratiques',
  statsReachNote:
    'Participants et établissements touchés : somme des chiffres déclarés par les pratiques.',
  statsFilterHint:
    'Choisissez une barre pour n’afficher que les pratiques ayant cette valeur ; choisissez-la à nouveau pour annuler.',
  statsShare: 'Part des pratiques',
  statsMoreValues: {
    one: '{count} autre valeur, avec moins de pratiques, n’est pas dessinée ; les filtres permettent de la trouver.',
    many: '{count} d’autres valeurs, chacune avec moins de pratiques, ne sont pas dessinées ; les filtres permettent de les trouver.',
    other:
      '{count} autres valeurs, chacune avec moins de pratiques, ne sont pas dessinées ; les filtres permettent de les trouver.',
  },
  statsOverlapNote:
    'Une pratique peut compter dans plusieurs valeurs : la somme des parts dépasse donc {percent}.',
  statsBarLabel: '{label} : {first}, {second}',
  // practice-stats: the measure switch and the table toggle
  statsTable: 'Tableau',
  statsMeasure: 'Les barres montrent',
  statsMeasureShare: 'Part',
  statsMeasureCount: 'Nombre',
  // <practice-map>
  mapLabel: 'Carte des pratiques par pays',
  mapKeyboardHelp:
    'Les flèches déplacent la carte, + et − zooment, 0 affiche toute la carte. La touche Tab mène aux pays\u202f: les flèches passent de l’un à l’autre et Entrée en choisit un.',
  mapZoomIn: 'Zoom avant',
  mapZoomOut: 'Zoom arrière',
  mapReset: 'Afficher toute la carte',
  mapShowTable: 'Afficher en tableau',
  mapShowMap: 'Afficher en carte',
  mapCountryCount: '{country}\u202f: {practices}',
  mapLegendTitle: 'Pratiques par pays',
  mapLegendNone: 'Aucune',
  mapRange: '{from}–{to}',
  mapLegendPractice: 'Une pratique',
  mapLegendCluster: 'Plusieurs pratiques proches',
  mapClusterLabel: '{practices} dans cette zone',
  mapClose: 'Fermer',
  mapLoading: 'Chargement de la carte…',
  mapError: 'La carte n’a pas pu être chargée.',
  mapErrorHint: 'Le tableau présente les mêmes chiffres.',
  mapColumnCountry: 'Pays',
  mapColumnPractices: 'Pratiques',
  // <practice-catalog>: its header, its views and its one message.
  catalogViews: 'Vues',
  catalogViewList: 'Pratiques',
  catalogViewMap: 'Carte',
  catalogViewStats: 'Chiffres',
  catalogPublisher: 'Publié par {publisher}',
  catalogUpdated: 'Mis à jour le {date}',
  // <practice-list>: the open practice's previous / next and its link.
  previousPractice: 'Pratique précédente',
  nextPractice: 'Pratique suivante',
  practicePosition: '{position} sur {total}',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié.',
  linkCopyManual: 'Copiez ce lien :',
  // <practice-filters>: compact facets, their panels and the filters sheet.
  facetButtonChosen: '{facet} ({count})',
  filtersDone: 'Terminé',
  filtersShowResults: {
    one: 'Voir {count} pratique',
    many: 'Voir {count} de pratiques',
    other: 'Voir {count} pratiques',
  },
  // Rendered HTML whose feed cannot be had (hydration support).
  renderedUnavailable:
    'Ces pratiques ne sont peut-être pas les plus récentes. Pour les trier et les ouvrir, il faut une connexion.',
} as const satisfies UiStrings;
