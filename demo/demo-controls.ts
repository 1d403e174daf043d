// Language and theme pickers shared by the demo pages; the choice is kept in the URL
// (`?lang=…&theme=…`) so that a page can be reloaded or screenshotted as it is.
/** A labelled select for the demo form. */
function picker(id: string, label: string, options: [string, string][]): HTMLSelectElement {
  const wrapper = document.createElement('label');
  const select = document.createElement('select');
  select.id = id;
  for (const [value, text] of options) select.append(new Option(text, value));
  wrapper.append(label, select);
  document.querySelector('.demo-controls')!.append(wrapper);
  return select;
}

const langSelect = picker('lang', 'Language', [
  ['es', 'Español'],
  ['en', 'English'],
  ['pt', 'Português'],
  ['fr', 'Français'],
]);
const themeSelect = picker('theme', 'Theme', [
  ['light', 'Light'],
  ['dark', 'Dark'],
  ['auto', 'Auto'],
]);
const params = new URLSearchParams(location.search);
langSelect.value = params.get('lang') ?? 'es';
themeSelect.value = params.get('theme') ?? 'light';

function apply(): void {
  document.documentElement.lang = langSelect.value;
  document.documentElement.dataset.theme = themeSelect.value;
  // Widgets at the top level take the theme; those inside a <practice-feed> inherit it.
  for (const element of document.querySelectorAll(
    'main practice-feed, main practice-catalog, main > :is(section, div) > :is(practice-card, practice-list, practice-map, practice-stats, practice-filters)',
  )) {
    element.setAttribute('theme', themeSelect.value);
  }
  const url = new URL(location.href);
  url.searchParams.set('lang', langSelect.value);
  url.searchParams.set('theme', themeSelect.value);
  history.replaceState(history.state, '', url);
}

/** The demo pages, linked from every page's navigation. */
const PAGES = [
  ['./', 'Gallery'],
  ['explore.html', 'Explore'],
  ['map.html', 'Map'],
  ['stats.html', 'Stats'],
  ['catalog.html', 'Catalogue'],
  ['themes.html', 'Themes'],
  // The configurator is the hosted product page (dist/cdn/, served as /cdn/ by `npm start`),
  // opened on the demo's feed.
  [
    `../cdn/configurator.html?src=${encodeURIComponent(new URL('data/practices.json', location.href).href)}`,
    'Configurator',
  ],
] as const;
const nav = document.querySelector('.demo-nav');
if (nav) {
  const here = location.pathname.split('/').pop() || './';
  nav.replaceChildren(
    ...PAGES.map(([href, label]) => {
      const link = document.createElement('a');
      link.href = href + (href.endsWith('.html') || href === './' ? location.search : '');
      link.textContent = label;
      if (href === here || (href === './' && here === 'index.html'))
        link.setAttribute('aria-current', 'page');
      return link;
    }),
  );
}

apply();
langSelect.addEventListener('change', apply);
themeSelect.addEventListener('change', apply);
