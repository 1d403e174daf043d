/**
 * The shape of one language's interface strings. Every language table must satisfy it, so a
 * missing or misspelt key is a type error.
 *
 * Placeholders are written `{name}` and filled by `formatMessage`. Plural messages are objects
 * keyed by `Intl.PluralRules` categories (`other` required); `{count}` receives the localized
 * number.
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & {
  readonly other: string;
};

export interface UiStrings {
  /** Shown while a feed loads (also the accessible name of skeletons). */
  readonly loading: string;
  /** The retry button after a load error. */
  readonly retry: string;

  // Load errors, one per failure class. `{status}` is the HTTP status code.
  readonly errorNetwork: string;
  readonly errorTimeout: string;
  readonly errorHttp: string;
  readonly errorParse: string;
  readonly errorFormat: string;
  readonly errorUnsupportedVersion: string;
  readonly errorNoSource: string;
  /** `src` is not a web address (`javascript:`, `data:`, malformed). */
  readonly errorAddress: string;
  /** The response passed the element's `max-size`. */
  readonly errorTooLarge: string;
  /** Another script took the name `<practice-feed>`. */
  readonly errorForeignFeed: string;
  /** Heading above a load error message. */
  readonly errorTitle: string;

  /** `{id}`: the practice id that is not in the feed. */
  readonly practiceNotFound: string;
  /** Notice over data shown from the saved copy; `{date}` is a localized date. */
  readonly savedDataFrom: string;
  /** The same notice when the saved copy's date could not be read. */
  readonly savedDataUndated: string;
  /**
   * On a widget cut off at the height it had while loading (so that the page did not move):
   * shows the rest.
   */

  // Card field labels.
  readonly countries: string;
  readonly place: string;
  readonly organization: string;
  readonly organizationType: string;
  readonly setting: string;
  readonly levels: string;
  readonly objectives: string;
  readonly audiences: string;
  readonly tags: string;
  readonly description: string;
  readonly reach: string;
  readonly startYear: string;
  /** Heading of the criteria section: "Why it is a good practice". */
  readonly whyGoodPractice: string;
  /** Link to the practice's page; `{title}` for the accessible name. */
  readonly learnMore: string;
  readonly learnMoreAbout: string;
  /** Accessible name of a compact card's open button; `{title}`. */
  readonly openPractice: string;
  /** Label of a link that opens in a new tab, read after the link text. */
  readonly opensInNewTab: string;

  readonly participants: PluralMessage;
  readonly institutions: PluralMessage;
  readonly practices: PluralMessage;

  // Exploring: <practice-filters> and <practice-list>.
  /** Names of the facets, as headings of filter groups and charts. */
  readonly facetCountry: string;
  readonly facetSetting: string;
  readonly facetLevel: string;
  readonly facetObjective: string;
  readonly facetOrganizationType: string;
  readonly facetYear: string;
  /** Label of the text search box. */
  readonly search: string;
  /** Hint inside the search box. */
  readonly searchPlaceholder: string;
  /** Accessible name of the filters region, and its toggle on narrow screens. */
  readonly filters: string;
  readonly clearAll: string;
  readonly clearFilters: string;
  /** The list of the reader's chosen filters (accessible name). */
  readonly chosenFilters: string;
  /** A chosen filter's chip: `{filter}` is "Country: Peru". */
  readonly removeFilter: string;
  /** Under a facet with more choices than are drawn: shows `{count}` more, with a search. */
  readonly facetShowMore: PluralMessage;
  /** Folds a facet's choices back to the most frequent. */
  readonly facetShowFewer: string;
  /** Label of the search among one facet's choices. */
  readonly facetFind: string;
  /** Under a facet's search: `{count}` matching choices are not drawn. */
  readonly facetMoreMatches: PluralMessage;
  /** Under a facet's search that matches nothing. */
  readonly facetNoMatch: string;
  /** `{count}` is the localized number of results. */
  readonly resultsCount: PluralMessage;
  /** `{shown}` of `{total}` practices, when the scope or filters narrow the catalogue. */
  readonly resultsOfTotal: string;
  readonly noMatches: string;
  readonly noPractices: string;
  readonly sortBy: string;
  readonly sortRelevance: string;
  readonly sortTitle: string;
  readonly sortCountry: string;
  readonly sortYear: string;
  /** Accessible name of the page navigation. */
  readonly pagination: string;
  readonly previousPage: string;
  readonly nextPage: string;
  /** `{page}` of `{pages}`. */
  readonly pageOf: string;
  /** Accessible name of a page button: `{page}`. */
  readonly goToPage: string;
  readonly download: string;
  readonly downloadCsv: string;
  readonly downloadJson: string;
  readonly cite: string;
  readonly copyCitation: string;
  readonly citationCopied: string;
  /** Under the download buttons when the spreadsheet writer could not be loaded (offline). */
  readonly downloadFailed: string;
  /** In a citation: `{date}` of the data. */
  readonly citationUpdated: string;
  /** In a citation: `{date}` the reader accessed the data. */
  readonly citationAccessed: string;
  readonly close: string;
  /** Accessible name of the detail view. */
  readonly practiceDetails: string;

  // practice-stats
  /** Headline figure: the number of countries. */
  readonly statsCountries: PluralMessage;
  /** Headline figure: the sum of the participants the practices report. */
  readonly statsParticipantsReached: PluralMessage;
  /** Headline figure: the sum of the institutions the practices report. */
  readonly statsInstitutionsReached: PluralMessage;
  /** A chart with no bars: no practice of the result has a value for its facet. */
  readonly statsNoValues: string;
  /** The count column of a chart's data table. */
  readonly statsPractices: string;
  /** Under the headline figures: where the reach sums come from. */
  readonly statsReachNote: string;
  /** How the charts filter. */
  readonly statsFilterHint: string;
  /** Column of a chart's data table: the share of practices. */
  readonly statsShare: string;
  /** Under a chart with more values than it draws: `{count}` values left out. */
  readonly statsMoreValues: PluralMessage;
  /** Under a chart whose shares add up to more than `{percent}` (100%, localized). */
  readonly statsOverlapNote: string;
  /**
   * Accessible name of a bar: `{label}`, then its two figures, the one the bars measure
   * `{first}`: "54%" and "97 practices", or the other way round.
   */
  readonly statsBarLabel: string;
  // practice-stats: the measure switch and the table toggle
  /** Names the two buttons that choose what the bars measure. */
  readonly statsMeasure: string;
  /** The bars measure the share of practices, 0 to 100 %. */
  readonly statsMeasureShare: string;
  /** The bars measure the number of practices. */
  readonly statsMeasureCount: string;
  /** Disclosure button of a chart's data table (its state is `aria-expanded`). */
  readonly statsTable: string;

  // <practice-map>
  /** Accessible name of the map. */
  readonly mapLabel: string;
  /** How to use the map from the keyboard: the map's accessible description. */
  readonly mapKeyboardHelp: string;
  readonly mapZoomIn: string;
  readonly mapZoomOut: string;
  /** Back to the whole map. */
  readonly mapReset: string;
  /** The toggle between the map and a table of the same numbers. */
  readonly mapShowTable: string;
  readonly mapShowMap: string;
  /** A country and its count: `{country}`, `{practices}` (a plural, e.g. "40 practices"). */
  readonly mapCountryCount: string;
  /** Heading of the legend and caption of the table. */
  readonly mapLegendTitle: string;
  /** Legend entry for countries with no practice. */
  readonly mapLegendNone: string;
  /** A legend range of counts: `{from}`, `{to}`. */
  readonly mapRange: string;
  /** Legend entries for the point markers. */
  readonly mapLegendPractice: string;
  readonly mapLegendCluster: string;
  /** A marker for several practices close together: `{practices}` ("12 practices"). */
  readonly mapClusterLabel: string;
  /** Closes the list of a marker's practices. */
  readonly mapClose: string;
  /** While the map's outlines load. */
  readonly mapLoading: string;
  /** When the map's outlines could not be loaded, and what still works. */
  readonly mapError: string;
  readonly mapErrorHint: string;
  /** Column headers of the table. */
  readonly mapColumnCountry: string;
  readonly mapColumnPractices: string;

  // <practice-catalog>: its header, its views and its one message.
  /** Names the catalogue's row of views (the tab list). */
  readonly catalogViews: string;
  /** The catalogue's views: the list of practices, the map, the figures. */
  readonly catalogViewList: string;
  readonly catalogViewMap: string;
  readonly catalogViewStats: string;
  /** Who publishes the feed: `{publisher}`. */
  readonly catalogPublisher: string;
  /** When the feed's data last changed: `{date}` (a long date). */
  readonly catalogUpdated: string;
  // <practice-list>: the open practice's previous / next and its link.
  /** Goes to the previous practice of the results, in their order. */
  readonly previousPractice: string;
  /** Goes to the next practice of the results, in their order. */
  readonly nextPractice: string;
  /** The open practice's place in the results: `{position}` of `{total}`. */
  readonly practicePosition: string;
  /** Copies the address that opens the practice. */
  readonly copyLink: string;
  /** Said (politely) once the address is copied. */
  readonly linkCopied: string;
  /** When the browser refuses to copy: the address is shown, selected, for the reader to copy. */
  readonly linkCopyManual: string;
  // <practice-filters>: compact facets, their panels and the filters sheet.
  /** A facet's button (or the sheet's) with `{count}` chosen values: "Country (2)". */
  readonly facetButtonChosen: string;
  /** Closes a facet's panel. */
  readonly filtersDone: string;
  /** Closes the filters sheet: `{count}` practices match the filters. */
  readonly filtersShowResults: PluralMessage;
  // Rendered HTML whose feed cannot be had (hydration support).
  /**
   * Under rendered practices whose feed could not be loaded (beside a Retry button), and the
   * description of the controls disabled meanwhile.
   */
  readonly renderedUnavailable: string;
}
