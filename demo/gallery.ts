// The demo gallery: one compact card per practice of the feed; opening one shows it in full.
import type { PracticeFeed } from '../src/components/practice-feed/practice-feed.js';
import type { PracticeCard } from '../src/components/practice-card/practice-card.js';

const feed = document.querySelector<PracticeFeed>('#feed')!;
const gallery = document.querySelector<HTMLElement>('#gallery')!;
const detail = document.querySelector<PracticeCard>('#detail')!;
const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;

const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? 'es';
const theme = params.get('theme') ?? 'light';

function apply(): void {
  document.documentElement.lang = langSelect.value;
  document.documentElement.dataset.theme = themeSelect.value;
  for (const element of document.querySelectorAll<PracticeFeed | PracticeCard>(
    'practice-feed, body > main > section > practice-card',
  )) {
    element.theme = themeSelect.value as PracticeFeed['theme'];
  }
  const url = new URL(location.href);
  url.searchParams.set('lang', langSelect.value);
  url.searchParams.set('theme', themeSelect.value);
  history.replaceState(null, '', url);
}

langSelect.value = lang;
themeSelect.value = theme;
apply();
langSelect.addEventListener('change', apply);
themeSelect.addEventListener('change', apply);

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
