// The configurator: an editor picks a widget, a feed, a language, a scope and colours, sees the
// widget live, and copies a script-tag or an iframe snippet. Everything the editor chose stays in
// the form; nothing is sent anywhere.
import { OAS_MEMBER_STATES } from '../src/data/countries.js';
import { readFeed } from '../src/feed/loader.js';

const form = document.querySelector<HTMLFormElement>('#options')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const scriptSnippet = document.querySelector<HTMLTextAreaElement>('#script-snippet')!;
const iframeSnippet = document.querySelector<HTMLTextAreaElement>('#iframe-snippet')!;
const practiceField = document.querySelector<HTMLElement>('#practice-field')!;
const practiceSelect = document.querySelector<HTMLSelectElement>('#practice-id')!;
const countriesBox = document.querySelector<HTMLElement>('#countries')!;

const TAGS = {
  catalog: 'practice-catalog',
  card: 'practice-card',
  list: 'practice-list',
  map: 'practice-map',
  stats: 'practice-stats',
} as const;
type Widget = keyof typeof TAGS;

form.querySelector<HTMLInputElement>('#src')!.value = new URL(
  'data/practices.json',
  location.href,
).href;
form.querySelector<HTMLInputElement>('#base')!.value = new URL('../dist/cdn/', location.href).href;

const names = new Intl.DisplayNames('en', { type: 'region' });
for (const code of [...OAS_MEMBER_STATES].sort((a, b) =>
  names.of(a)!.localeCompare(names.of(b)!),
)) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = 'country';
  box.value = code;
  label.append(box, ` ${names.of(code)}`);
  countriesBox.append(label);
}

/** The practices of the chosen feed, for the "Practice" choice of a single card. */
async function loadPractices(src: string): Promise<void> {
  practiceSelect.replaceChildren();
  try {
    const response = await fetch(src);
    const { feed } = readFeed(await response.json(), src);
    for (const practice of feed.practices) {
      const title = practice.title.en ?? practice.title[feed.language] ?? practice.id;
      practiceSelect.append(new Option(title, practice.id));
    }
  } catch {
    practiceSelect.append(new Option('(the feed could not be read)', ''));
  }
  update();
}

interface Choice {
  widget: Widget;
  attributes: [string, string][];
  base: string;
}

function choice(): Choice {
  const data = new FormData(form);
  const widget = (data.get('widget') as Widget) ?? 'catalog';
  const attributes: [string, string][] = [['src', String(data.get('src') ?? '')]];
  if (widget === 'card' && data.get('practice-id')) {
    attributes.push(['practice-id', String(data.get('practice-id'))]);
  }
  attributes.push(['lang', String(data.get('lang'))]);
  if (data.get('theme') !== 'light') attributes.push(['theme', String(data.get('theme'))]);
  const countries = data.getAll('country').map(String);
  if (countries.length) attributes.push(['country', countries.join(',')]);
  if (data.get('setting')) attributes.push(['setting', String(data.get('setting'))]);
  return { widget, attributes, base: String(data.get('base') ?? '') };
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update(): void {
  const { widget, attributes, base } = choice();
  practiceField.hidden = widget !== 'card';
  const tag = TAGS[widget];

  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  preview.replaceChildren(element);

  const attributeText = attributes
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  scriptSnippet.value =
    `<script type="module" src="${escapeAttribute(new URL('practice-widgets.js', base).href)}"></script>\n` +
    `<${tag}${attributeText}></${tag}>`;

  const embed = new URL('embed.html', base);
  embed.searchParams.set('widget', widget);
  for (const [name, value] of attributes) embed.searchParams.set(name, value);
  iframeSnippet.value =
    `<iframe src="${escapeAttribute(embed.href)}" title="Good practices in digital education" ` +
    `width="100%" height="${widget === 'card' ? 640 : 900}" loading="lazy"></iframe>\n` +
    `<!-- Optional: lets the iframe take the height of its content -->\n` +
    `<script type="module" src="${escapeAttribute(new URL('embed-resize.js', base).href)}"></script>`;
}

form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).id === 'src') {
    void loadPractices((event.target as HTMLInputElement).value);
  } else {
    update();
  }
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', async () => {
    const area = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement;
    const status = document.querySelector('#copied')!;
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = 'Copied. Paste it into your page.';
    } catch {
      area.select();
      status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
    }
  });
}

void loadPractices(form.querySelector<HTMLInputElement>('#src')!.value);
