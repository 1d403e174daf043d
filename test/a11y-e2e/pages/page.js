// The page's language and theme from its address (?lang=es&theme=dark), set before the
// elements are defined, as a host page would write them.
const params = new URLSearchParams(location.search);
if (params.has('lang')) document.documentElement.lang = params.get('lang');
const theme = params.get('theme');
if (theme) {
  document.documentElement.dataset.theme = theme;
  for (const element of document.querySelectorAll(
    'practice-card, practice-filters, practice-list, practice-map, practice-stats, practice-feed, practice-catalog',
  )) {
    if (!element.closest('practice-feed') || element.tagName === 'PRACTICE-FEED')
      element.setAttribute('theme', theme);
  }
}
