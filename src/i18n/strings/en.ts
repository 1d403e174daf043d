import type { UiStrings } from './types.js';

/** English interface strings (American spelling, as the OAS writes it). */
export const en = {
  loading: 'Loading practices…',
  retry: 'Try again',

  errorNetwork: 'Check your internet connection and try again.',
  errorTimeout: 'The server is taking too long to respond. Try again in a moment.',
  errorHttp: 'The server answered with error {status}.',
  errorParse: 'The data file is damaged or is not valid JSON.',
  errorFormat: 'The data file does not have the expected format.',
  errorUnsupportedVersion: 'The data file uses a format version that is not supported.',
  errorNoSource: 'No data source has been set for this widget.',
  errorTitle: 'The practices could not be loaded',

  practiceNotFound: 'The practice “{id}” is not in this catalog.',
  savedDataFrom: 'Showing data saved on {date}.',

  countries: 'Countries',
  place: 'Place',
  organization: 'Organization',
  organizationType: 'Type of organization',
  setting: 'Setting',
  levels: 'Education levels',
  objectives: 'Objectives',
  audiences: 'Target groups',
  tags: 'Keywords',
  description: 'Description',
  reach: 'Reach',
  startYear: 'Start year',
  whyGoodPractice: 'Why it is a good practice',
  learnMore: 'Learn more',
  learnMoreAbout: 'Learn more about {title}',
  openPractice: 'View details: {title}',
  opensInNewTab: '(opens in a new tab)',

  participants: { one: '{count} participant', other: '{count} participants' },
  institutions: { one: '{count} institution', other: '{count} institutions' },
  practices: { one: '{count} practice', other: '{count} practices' },
} as const satisfies UiStrings;
