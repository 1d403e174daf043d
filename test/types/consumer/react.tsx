// A React 19 component that uses the widgets: tags, properties, attributes and events type-check.
import type {} from 'practice-widgets/types/react';
import { useRef } from 'react';
import type {
  PracticeCard,
  PracticeFilterChangeEvent,
  PracticeSelectEvent,
} from 'practice-widgets';
import type { PracticeFeed } from 'practice-widgets/data';

export function Catalogue({ feed }: { feed: PracticeFeed }) {
  const card = useRef<PracticeCard>(null);
  return (
    <practice-feed
      src="https://data.example/practices.json"
      lang="es"
      theme="auto"
      sync-url
      onpractice-filter-change={(event) => console.log(event.detail.filters)}
    >
      <practice-filters facets="country,setting" />
      <practice-card
        ref={card}
        practice-id="digital-seed"
        layout="compact"
        className="featured"
        onpractice-select={(event: PracticeSelectEvent) => console.log(event.detail.id)}
      />
      <practice-list page-size={24} sort="year" feed={feed} />
      <practice-stats heading-level={3} />
      <practice-map view="table" />
      <practice-catalog without-map />
    </practice-feed>
  );
}

export const wrongLayout = (
  // @ts-expect-error: a card's layout is "full" or "compact".
  <practice-card layout="wide" />
);

export const wrongTheme = (
  // @ts-expect-error: the theme is light, dark or auto.
  <practice-list theme="blue" />
);

export const unknownProperty = (
  // @ts-expect-error: the list has no such property.
  <practice-list colour="red" />
);

export const wrongListener = (
  // @ts-expect-error: practice-select carries a PracticeSelectEvent.
  <practice-list onpractice-select={(event: PracticeFilterChangeEvent) => event.detail.filters} />
);
