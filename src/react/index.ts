/*
 * React components for the practice widgets, made with `@lit/react`: `<PracticeCatalog
 * feed={feed} onPracticeSelect={…} />`. Each passes the props its element has (`feed`,
 * `practice`, `pageSize`…) as properties, the others as attributes, and adds each `on…` prop
 * as a listener for the element's event. Works in React 18 and 19. Importing this module
 * registers the seven elements.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import '../components/practice-feed/define.js';
import '../components/practice-card/define.js';
import '../components/practice-list/define.js';
import '../components/practice-filters/define.js';
import '../components/practice-stats/define.js';
import '../components/practice-map/define.js';
import '../components/practice-catalog/define.js';
import { PracticeFeed as PracticeFeedElement } from '../components/practice-feed/practice-feed.js';
import { PracticeCard as PracticeCardElement } from '../components/practice-card/practice-card.js';
import { PracticeList as PracticeListElement } from '../components/practice-list/practice-list.js';
import { PracticeFilters as PracticeFiltersElement } from '../components/practice-filters/practice-filters.js';
import { PracticeStats as PracticeStatsElement } from '../components/practice-stats/practice-stats.js';
import { PracticeMap as PracticeMapElement } from '../components/practice-map/practice-map.js';
import { PracticeCatalog as PracticeCatalogElement } from '../components/practice-catalog/practice-catalog.js';
import { PracticeFeedErrorEvent } from '../events/practice-feed-error-event.js';
import { PracticeFeedLoadEvent } from '../events/practice-feed-load-event.js';
import { PracticeFilterChangeEvent } from '../events/practice-filter-change-event.js';
import { PracticeSelectEvent } from '../events/practice-select-event.js';

/** Events of an element that loads a feed itself (from `src` or `feed`). */
const feedEvents = {
  onPracticeFeedLoad: PracticeFeedLoadEvent.eventName as EventName<PracticeFeedLoadEvent>,
  onPracticeFeedError: PracticeFeedErrorEvent.eventName as EventName<PracticeFeedErrorEvent>,
};
const onPracticeSelect = PracticeSelectEvent.eventName as EventName<PracticeSelectEvent>;
const onPracticeFilterChange =
  PracticeFilterChangeEvent.eventName as EventName<PracticeFilterChangeEvent>;

/**
 * `<practice-feed>`: one feed and one filter state for the widgets inside it. Its children's
 * `practice-select` events bubble through it.
 */
export const PracticeFeed = createComponent({
  react: React,
  tagName: 'practice-feed',
  elementClass: PracticeFeedElement,
  displayName: 'PracticeFeed',
  events: { ...feedEvents, onPracticeFilterChange, onPracticeSelect },
});

/** `<practice-card>`: one practice, by `practiceId` or as a `practice` object. */
export const PracticeCard = createComponent({
  react: React,
  tagName: 'practice-card',
  elementClass: PracticeCardElement,
  displayName: 'PracticeCard',
  events: { ...feedEvents, onPracticeSelect },
});

/** `<practice-list>`: the practices in scope, with paging, details and downloads. */
export const PracticeList = createComponent({
  react: React,
  tagName: 'practice-list',
  elementClass: PracticeListElement,
  displayName: 'PracticeList',
  events: { ...feedEvents, onPracticeSelect, onPracticeFilterChange },
});

/** `<practice-filters>`: text search and one control per facet. */
export const PracticeFilters = createComponent({
  react: React,
  tagName: 'practice-filters',
  elementClass: PracticeFiltersElement,
  displayName: 'PracticeFilters',
  events: { ...feedEvents, onPracticeFilterChange },
});

/** `<practice-stats>`: headline numbers and one bar chart per facet. */
export const PracticeStats = createComponent({
  react: React,
  tagName: 'practice-stats',
  elementClass: PracticeStatsElement,
  displayName: 'PracticeStats',
  events: { ...feedEvents, onPracticeFilterChange },
});

/** `<practice-map>`: the Americas shaded by number of practices, with a table view. */
export const PracticeMap = createComponent({
  react: React,
  tagName: 'practice-map',
  elementClass: PracticeMapElement,
  displayName: 'PracticeMap',
  events: { ...feedEvents, onPracticeSelect, onPracticeFilterChange },
});

/** `<practice-catalog>`: filters, map, stats, list and details in one element. */
export const PracticeCatalog = createComponent({
  react: React,
  tagName: 'practice-catalog',
  elementClass: PracticeCatalogElement,
  displayName: 'PracticeCatalog',
  events: { ...feedEvents, onPracticeFilterChange, onPracticeSelect },
});
