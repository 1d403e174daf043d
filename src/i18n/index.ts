/**
 * The language layer: which language an element speaks, its interface strings, vocabulary
 * labels, and cached `Intl` formatting.
 */
export {
  DEFAULT_INTERFACE_LANGUAGE,
  INTERFACE_LANGUAGES,
  interfaceLanguage,
  resolveLanguage,
  type InterfaceLanguage,
} from './languages.js';
export {
  formatMessage,
  formatPlural,
  t,
  tPlural,
  uiStrings,
  type MessageKey,
  type PluralKey,
} from './messages.js';
export type { PluralMessage, UiStrings } from './strings/types.js';
export {
  collator,
  countryName,
  formatDate,
  formatList,
  formatNumber,
  formatPercent,
  pluralCategory,
} from './format.js';
export { vocabularyLabel } from './vocabulary-labels.js';
export {
  isLanguageLoaded,
  languagePack,
  loadLanguage,
  onLanguageLoaded,
  type LanguagePack,
} from './language-packs.js';
export type { VocabularyTable } from './vocabulary/types.js';
