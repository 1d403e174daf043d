import { FeedLoadError } from '../../feed/load-error.js';
import { isLanguageLoaded, loadLanguage } from '../../i18n/language-packs.js';
import { interfaceLanguage } from '../../i18n/languages.js';
import { formatMessage, uiStrings } from '../../i18n/messages.js';

/** What went wrong with a feed, in the reader's language. */
export function loadErrorMessage(lang: string, error: unknown): string {
  const strings = uiStrings(lang);
  if (!(error instanceof FeedLoadError)) return strings.errorNetwork;
  switch (error.kind) {
    case 'network':
      return strings.errorNetwork;
    case 'timeout':
      return strings.errorTimeout;
    case 'http':
      return formatMessage(strings.errorHttp, { status: error.status ?? '' });
    case 'parse':
      return strings.errorParse;
    case 'format':
      return error.formatCode === 'unsupported-version'
        ? strings.errorUnsupportedVersion
        : strings.errorFormat;
    case 'no-source':
      return strings.errorNoSource;
    case 'address':
      return strings.errorAddress;
    case 'too-large':
      return strings.errorTooLarge;
    case 'foreign-feed':
      return strings.errorForeignFeed;
  }
}

/** Interface languages whose strings have been asked for, whether they came or not. */
const languagesTried = new Set<string>();

/**
 * Whether a message for the reader can be written in `lang` now: its strings are loaded, or
 * loading them has already been tried (and failed: English then). Otherwise starts loading them
 * and calls `whenReady` once that settles, so that an event fired at once (bad inline JSON, an
 * invalid address) still speaks the reader's language.
 */
export function messageLanguageReady(lang: string, whenReady: () => void): boolean {
  const language = interfaceLanguage(lang);
  if (isLanguageLoaded(lang) || languagesTried.has(language)) return true;
  void loadLanguage(lang).then(() => {
    languagesTried.add(language);
    whenReady();
  });
  return false;
}
