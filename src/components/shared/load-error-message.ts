import { FeedLoadError } from '../../feed/load-error.js';
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
