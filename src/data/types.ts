/**
 * Types of the practice feed, version 1 (FEED-FORMAT.md), as published and as normalized.
 *
 * The published types describe the JSON a publisher writes; the normalized types describe what
 * the validator hands to the rest of the library: every rule already applied, every URL absolute
 * and safe, every LocalizedText turned into a map of non-empty strings.
 */

/** A BCP 47 language tag, e.g. `es`, `pt-BR`, `qu`. */
export type LanguageTag = string;

/** A string in the feed's `language`, or a map from language tag to string. */
export type LocalizedText = string | { readonly [lang: LanguageTag]: string };

export type Setting = 'urban' | 'rural' | 'both';

/** Labels a feed adds for extra vocabulary values and for its keywords, per vocabulary and value. */
export interface FeedVocabularies {
  readonly levels?: { readonly [value: string]: LocalizedText };
  readonly objectives?: { readonly [value: string]: LocalizedText };
  readonly organizationTypes?: { readonly [value: string]: LocalizedText };
  readonly criteria?: { readonly [value: string]: LocalizedText };
  readonly settings?: { readonly [value: string]: LocalizedText };
  /** Labels of the practices' free keywords (`tags`), per keyword. */
  readonly tags?: { readonly [keyword: string]: LocalizedText };
}

/** One practice as written in a feed. */
export interface Practice {
  readonly id: string;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  readonly description?: LocalizedText;
  readonly countries: readonly string[];
  readonly place?: LocalizedText;
  readonly locations?: readonly { readonly lat: number; readonly lon: number }[];
  readonly setting: Setting;
  readonly levels?: readonly string[];
  readonly objectives?: readonly string[];
  readonly organization?: { readonly name: string; readonly type?: string; readonly url?: string };
  readonly audiences?: readonly LocalizedText[];
  readonly tags?: readonly string[];
  readonly reach?: {
    readonly participants?: number;
    readonly institutions?: number;
    readonly note?: LocalizedText;
  };
  readonly year?: number;
  readonly criteria?: { readonly [criterion: string]: LocalizedText };
  readonly url?: string;
  readonly image?: { readonly src: string; readonly alt: LocalizedText };
}

/** A feed document as written by a publisher. */
export interface PracticeFeed {
  readonly version: 1;
  readonly title?: LocalizedText;
  readonly description?: LocalizedText;
  readonly publisher?: { readonly name: string; readonly url?: string };
  readonly updated?: string;
  readonly language?: LanguageTag;
  readonly license?: string;
  readonly vocabularies?: FeedVocabularies;
  readonly practices: readonly Practice[];
}

/**
 * Normalized text: language tag → non-empty string. A plain string in the feed becomes
 * `{ [feed.language]: text }`. Never empty: a LocalizedText with no usable value is treated as
 * missing.
 */
export type Text = { readonly [lang: LanguageTag]: string };

export interface Location {
  readonly lat: number;
  readonly lon: number;
}

/** A practice after validation: only valid fields, absolute http(s) URLs, normalized texts. */
export interface NormalizedPractice {
  readonly id: string;
  readonly title: Text;
  readonly summary?: Text;
  readonly description?: Text;
  readonly countries: readonly string[];
  readonly place?: Text;
  readonly locations: readonly Location[];
  readonly setting: Setting;
  readonly levels: readonly string[];
  readonly objectives: readonly string[];
  readonly organization?: { readonly name: string; readonly type?: string; readonly url?: string };
  readonly audiences: readonly Text[];
  readonly tags: readonly string[];
  readonly reach?: {
    readonly participants?: number;
    readonly institutions?: number;
    readonly note?: Text;
  };
  readonly year?: number;
  /** Criterion key → explanation, in the feed's order. */
  readonly criteria: readonly { readonly key: string; readonly text: Text }[];
  readonly url?: string;
  readonly image?: { readonly src: string; readonly alt: Text };
}

/** Vocabulary labels a feed adds, normalized. */
export interface VocabularyLabels {
  readonly levels: { readonly [value: string]: Text };
  readonly objectives: { readonly [value: string]: Text };
  readonly organizationTypes: { readonly [value: string]: Text };
  readonly criteria: { readonly [value: string]: Text };
  readonly settings: { readonly [value: string]: Text };
  /** Labels of free keywords (`tags`); a keyword without one is shown in a readable form. */
  readonly tags: { readonly [keyword: string]: Text };
}

/** A feed after validation. */
export interface NormalizedFeed {
  readonly version: 1;
  readonly title?: Text;
  readonly description?: Text;
  readonly publisher?: { readonly name: string; readonly url?: string };
  /** `YYYY-MM-DD`, only when valid. */
  readonly updated?: string;
  /** The language of plain-string texts; `es` when the feed does not say. */
  readonly language: LanguageTag;
  readonly license?: string;
  readonly vocabularies: VocabularyLabels;
  readonly practices: readonly NormalizedPractice[];
  /** The address the feed was read from, when known (relative URLs were resolved against it). */
  readonly sourceUrl?: string;
}

/** What kind of problem a warning reports. */
export type FeedWarningCode =
  | 'skipped-record' // a practice broke a rule for a required field and was left out
  | 'duplicate-id' // a practice repeated an earlier id and was left out
  | 'dropped-field' // an optional field was invalid and was removed
  | 'unsafe-url' // a URL was not http(s) or was malformed, and was removed
  | 'unknown-value'; // a vocabulary value has no label; kept and shown as written

/**
 * One skipped or repaired record or field. Reported once, in the console and in the
 * `practice-feed-load` event's detail.
 */
export interface FeedWarning {
  /** Position of the practice in `practices`, or `null` for a document-level field. */
  readonly index: number | null;
  /** The practice's id, when it has a usable one. */
  readonly id?: string;
  /** JSON path of the offending value, e.g. `practices[4].setting`. */
  readonly path: string;
  readonly code: FeedWarningCode;
  /** A short English sentence saying what is wrong and what was done. */
  readonly reason: string;
}

export interface FeedValidationResult {
  readonly feed: NormalizedFeed;
  readonly warnings: readonly FeedWarning[];
}

/** Why a feed is unusable as a whole. */
export type FeedFormatErrorCode =
  | 'not-object' // the document is not a JSON object
  | 'unsupported-version' // `version` missing or not 1
  | 'no-practices'; // `practices` missing or not an array

/** A fatal problem with the feed document: nothing in it can be shown. */
export class FeedFormatError extends Error {
  override readonly name = 'FeedFormatError';
  readonly code: FeedFormatErrorCode;

  constructor(code: FeedFormatErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
