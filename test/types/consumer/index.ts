// A project that installs practice-widgets from npm: classes, events, data layer, registration.
import 'practice-widgets/define';
import 'practice-widgets/components/practice-card/define';
import { PracticeCard, PracticeSelectEvent, validateFeed, type CardLayout } from 'practice-widgets';
// The feed document's type: from the data layer, since `PracticeFeed` in the main entry point is
// the <practice-feed> element's class.
import {
  csvToFeed,
  practicesToCsv,
  type CsvProblem,
  type PracticeFeed,
} from 'practice-widgets/data';
import { PracticeList } from 'practice-widgets/components/practice-list/practice-list';

const feed: PracticeFeed = {
  version: 1,
  language: 'es',
  practices: [
    { id: 'digital-seed', title: 'Semilla Digital', countries: ['CO'], setting: 'rural' },
  ],
};

// Tag names give their classes.
const card = document.createElement('practice-card');
const isCard: PracticeCard = card;
card.practiceId = 'digital-seed';
const layout: CardLayout = 'compact';
card.layout = layout;
card.feed = feed;
// @ts-expect-error: a card's layout is "full" or "compact".
card.layout = 'wide';

// Events are typed by name.
card.addEventListener('practice-select', (event) => {
  const id: string = event.detail.id;
  console.log(id, event instanceof PracticeSelectEvent);
});
document.addEventListener('practice-feed-load', (event) => {
  for (const warning of event.detail.warnings) console.log(warning.path, warning.reason);
});

const list = document.querySelector('practice-list');
if (list instanceof PracticeList) list.pageSize = 24;

// The data layer: validation and the spreadsheet convention.
const { feed: normalized, warnings } = validateFeed(feed);
const csv: string = practicesToCsv(normalized.practices, normalized.language);
const problems: readonly CsvProblem[] = csvToFeed(csv).problems;
console.log(isCard, warnings.length, problems.length);
