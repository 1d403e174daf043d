// The map page: a practice opened from a marker is shown in the card below the map.
import type { PracticeCard } from '../src/components/practice-card/practice-card.js';

const feed = document.querySelector<HTMLElement>('#feed')!;
const detail = document.querySelector<PracticeCard>('#detail')!;

feed.addEventListener('practice-select', (event) => {
  detail.practiceId = event.detail.id;
  detail.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
});
