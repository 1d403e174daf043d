// The demo gallery: one compact card per practice of the feed; opening one shows it in full.
import './demo-controls.js';
import type { PracticeFeed } from '../src/components/practice-feed/practice-feed.js';
import type { PracticeCard } from '../src/components/practice-card/practice-card.js';

const feed = document.querySelector<PracticeFeed>('#feed')!;
const gallery = document.querySelector<HTMLElement>('#gallery')!;
const detail = document.querySelector<PracticeCard>('#detail')!;

function fillGallery(): void {
  gallery.replaceChildren(
    ...(feed.loaded?.feed.practices ?? []).map((practice) => {
      const card = document.createElement('practice-card');
      card.practiceId = practice.id;
      card.layout = 'compact';
      return card;
    }),
  );
}

// The feed may have loaded before this script ran.
if (feed.loaded) fillGallery();
feed.addEventListener('practice-feed-load', fillGallery);

feed.addEventListener('practice-select', (event) => {
  detail.practiceId = event.detail.id;
  detail.scrollIntoView({ behavior: 'smooth', block: 'start' });
});
