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
  /** Heading above a load error message. */
  readonly errorTitle: string;

  /** `{id}`: the practice id that is not in the feed. */
  readonly practiceNotFound: string;
  /** Notice over data shown from the saved copy; `{date}` is a localized date. */
  readonly savedDataFrom: string;

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
}
