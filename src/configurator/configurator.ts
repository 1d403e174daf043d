// The configurator, hosted beside the bundle (dist/cdn/configurator.html): an editor picks a
// widget, a feed, a language, a scope and colours, sees the widget live at a phone's, a
// tablet's or the full width, and copies a script tag, an iframe or a WordPress shortcode.
// Everything the editor chooses stays in the page; nothing is sent anywhere. The code it writes
// loads the library from where this page itself is served, so it is right on a CDN, on a
// partner's own copy of dist/cdn/, and under `npm start`.
import { html, nothing, render } from 'lit';
import { OAS_MEMBER_STATES } from '../data/countries.js';
import { localize } from '../data/localized-text.js';
import { looseForm } from '../data/suggest.js';
import type { NormalizedFeed } from '../data/types.js';
import { validateFeed } from '../data/validate.js';
import { LEVELS, OBJECTIVES } from '../data/vocabularies.js';
import {
  INTERFACE_LANGUAGES,
  interfaceLanguage,
  type InterfaceLanguage,
} from '../i18n/languages.js';
import { en as vocabularyEn } from '../i18n/vocabulary/en.js';
import { es as vocabularyEs } from '../i18n/vocabulary/es.js';
import { fr as vocabularyFr } from '../i18n/vocabulary/fr.js';
import { pt as vocabularyPt } from '../i18n/vocabulary/pt.js';
import type { VocabularyTable } from '../i18n/vocabulary/types.js';
import {
  CONFIGURATOR_WIDGETS,
  iframeSnippet,
  scriptSnippet,
  shortcodeSnippet,
  type ConfiguratorWidget,
  type SnippetChoice,
} from './snippets.js';
import { CONFIGURATOR_STRINGS, fill, type ConfiguratorStrings } from './strings.js';

const VOCABULARY: Readonly<Record<InterfaceLanguage, VocabularyTable>> = {
  en: vocabularyEn,
  es: vocabularyEs,
  pt: vocabularyPt,
  fr: vocabularyFr,
};

const LANGUAGE_NAMES: Readonly<Record<InterfaceLanguage, string>> = {
  es: 'Español',
  en: 'English',
  pt: 'Português',
  fr: 'Français',
};

/** The filters `<practice-catalog>` offers when its `facets` attribute is absent. */
const DEFAULT_FACETS = ['country', 'setting', 'level', 'objective'] as const;
const FACETS = [...DEFAULT_FACETS, 'organization-type', 'year'] as const;
type Facet = (typeof FACETS)[number];

const PARTS = ['filters', 'map', 'stats', 'list'] as const;
type Part = (typeof PARTS)[number];

const WIDTHS = ['360', '600', 'full'] as const;
type PreviewWidth = (typeof WIDTHS)[number];

type SnippetKind = 'script' | 'iframe' | 'shortcode';

type FeedState =
  | { readonly status: 'empty' | 'loading' | 'failed' }
  | { readonly status: 'loaded'; readonly feed: NormalizedFeed };

interface State {
  pageLang: InterfaceLanguage;
  widget: ConfiguratorWidget;
  src: string;
  lang: InterfaceLanguage;
  theme: 'light' | 'dark' | 'auto';
  countries: string[];
  setting: '' | 'urban' | 'rural' | 'both';
  levels: string[];
  objectives: string[];
  q: string;
  practiceId: string;
  practiceQuery: string;
  facets: Facet[];
  parts: Part[];
  width: PreviewWidth;
  snippet: SnippetKind;
  feed: FeedState;
  copyStatus: string;
}

const params = new URLSearchParams(location.search);
const firstLanguage = interfaceLanguage(params.get('lang') ?? navigator.language ?? 'en');

const state: State = {
  pageLang: firstLanguage,
  widget: 'catalog',
  src: params.get('src') ?? '',
  lang: firstLanguage,
  theme: 'light',
  countries: [],
  setting: '',
  levels: [],
  objectives: [],
  q: '',
  practiceId: '',
  practiceQuery: '',
  facets: [...DEFAULT_FACETS],
  parts: [...PARTS],
  width: 'full',
  snippet: 'script',
  feed: { status: 'empty' },
  copyStatus: '',
};

/** The folder this page is served from, which holds practice-widgets.js and embed.html. */
const LIBRARY_BASE = new URL('./', location.href).href;

const root = document.querySelector<HTMLElement>('#configurator')!;
const stage = document.createElement('div');
stage.className = 'stage-content';

let feedRequest: AbortController | undefined;

/** Reads the chosen feed, for the practice picker, the countries it covers and its site. */
async function loadFeed(src: string): Promise<void> {
  feedRequest?.abort();
  if (!/^https?:\/\//i.test(src)) {
    state.feed = { status: 'empty' };
    update();
    return;
  }
  const request = new AbortController();
  feedRequest = request;
  state.feed = { status: 'loading' };
  update();
  try {
    const response = await fetch(src, { signal: request.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { feed } = validateFeed(await response.json(), { baseUrl: response.url || src });
    if (request.signal.aborted) return;
    state.feed = { status: 'loaded', feed };
  } catch {
    if (request.signal.aborted) return;
    state.feed = { status: 'failed' };
  }
  update();
}

const loadedFeed = (): NormalizedFeed | undefined =>
  state.feed.status === 'loaded' ? state.feed.feed : undefined;

/** The practice a card shows: the one chosen, else the feed's first, so the card never waits. */
const chosenPracticeId = (): string => state.practiceId || (loadedFeed()?.practices[0]?.id ?? '');

/** The widget's attributes, in the order the snippets write them. */
function widgetAttributes(): [string, string][] {
  const attributes: [string, string][] = [['src', state.src]];
  if (state.widget === 'card' && chosenPracticeId()) {
    attributes.push(['practice-id', chosenPracticeId()]);
  }
  attributes.push(['lang', state.lang]);
  if (state.theme !== 'light') attributes.push(['theme', state.theme]);
  if (state.widget !== 'card') {
    if (state.countries.length) attributes.push(['country', state.countries.join(',')]);
    if (state.setting) attributes.push(['setting', state.setting]);
    if (state.levels.length) attributes.push(['level', state.levels.join(',')]);
    if (state.objectives.length) attributes.push(['objective', state.objectives.join(',')]);
    if (state.q.trim()) attributes.push(['q', state.q.trim()]);
  }
  if (state.widget === 'catalog') {
    const facets = FACETS.filter((facet) => state.facets.includes(facet));
    if (facets.join(',') !== DEFAULT_FACETS.join(',')) {
      attributes.push(['facets', facets.join(',')]);
    }
    for (const part of PARTS)
      if (!state.parts.includes(part)) attributes.push([`without-${part}`, '']);
  }
  return attributes;
}

/** The feed's site for the fallback link: its publisher's address, else the feed's host. */
function snippetChoice(): SnippetChoice {
  const strings = CONFIGURATOR_STRINGS[state.lang];
  const feed = loadedFeed();
  let host = '';
  let origin = '';
  try {
    const url = new URL(state.src);
    host = url.host;
    origin = `${url.origin}/`;
  } catch {
    // No usable address yet: the link points at nothing better than the page it sits in.
  }
  const title =
    (feed?.title && localize(feed.title, state.lang, feed.language)) || strings.iframeTitle;
  return {
    widget: state.widget,
    attributes: widgetAttributes(),
    libraryBase: LIBRARY_BASE,
    fallback: {
      href: feed?.publisher?.url ?? origin,
      text: fill(strings.fallbackLink, { title, site: feed?.publisher?.name ?? host }),
    },
    iframeTitle: strings.iframeTitle,
    resizeComment: strings.resizeComment,
  };
}

/** Whether the feed's address is one a snippet can use: an absolute http(s) address. */
function hasFeedAddress(): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(state.src).protocol);
  } catch {
    return false;
  }
}

function snippetText(): string {
  // A snippet with an empty `src` would show a partner's readers nothing: ask for the address.
  if (!hasFeedAddress()) return CONFIGURATOR_STRINGS[state.pageLang].codeNeedsFeed;
  const choice = snippetChoice();
  if (state.snippet === 'iframe') return iframeSnippet(choice);
  if (state.snippet === 'shortcode') return shortcodeSnippet(choice);
  return scriptSnippet(choice);
}

/** The live widget: the same element and attributes the script snippet writes. */
function updatePreview(): void {
  const tag = CONFIGURATOR_WIDGETS[state.widget];
  let element = stage.firstElementChild;
  if (!element || element.localName !== tag) {
    element = document.createElement(tag);
    stage.replaceChildren(element);
  }
  const attributes = new Map(widgetAttributes());
  for (const name of element.getAttributeNames()) {
    if (!attributes.has(name)) element.removeAttribute(name);
  }
  for (const [name, value] of attributes) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}

function set<K extends keyof State>(key: K, value: State[K]): void {
  state[key] = value;
  state.copyStatus = '';
  update();
}

function toggle(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((item) => item !== value);
}

function setPageLanguage(lang: InterfaceLanguage, event?: Event): void {
  event?.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
  state.pageLang = lang;
  update();
}

async function copy(strings: ConfiguratorStrings): Promise<void> {
  const area = root.querySelector<HTMLTextAreaElement>('#code')!;
  try {
    await navigator.clipboard.writeText(area.value);
    state.copyStatus = strings.copied;
  } catch {
    area.select();
    state.copyStatus = strings.copyBySelection;
  }
  update();
}

/** Countries to offer: those the feed covers, else the OAS member states; by name. */
function countryChoices(lang: InterfaceLanguage): { code: string; name: string }[] {
  const feed = loadedFeed();
  const codes = feed
    ? [...new Set(feed.practices.flatMap((practice) => practice.countries))]
    : [...OAS_MEMBER_STATES];
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  return codes
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

/** A fieldset of checkboxes (any number chosen) or radio buttons (one chosen), each labelled. */
function choiceGroup<T extends string>(
  type: 'checkbox' | 'radio',
  legend: string,
  name: string,
  options: readonly { value: T; label: string; hint?: string }[],
  isChosen: (value: T) => boolean,
  onChange: (value: T, on: boolean) => void,
  className: string,
) {
  return html`<fieldset>
    <legend>${legend}</legend>
    <div class=${className}>
      ${options.map(
        (option) =>
          html`<label
            ><input
              type=${type}
              name=${name}
              .value=${option.value}
              .checked=${isChosen(option.value)}
              @change=${(event: Event) =>
                onChange(option.value, (event.target as HTMLInputElement).checked)}
            /><span
              >${option.label}${
                option.hint ? html`<span class="hint">${option.hint}</span>` : nothing
              }</span
            ></label
          >`,
      )}
    </div>
  </fieldset>`;
}

function checkboxGroup(
  legend: string,
  name: string,
  options: readonly { value: string; label: string }[],
  chosen: readonly string[],
  onChange: (value: string, on: boolean) => void,
  className = 'choices columns',
) {
  const isChosen = (value: string) => chosen.includes(value);
  return choiceGroup('checkbox', legend, name, options, isChosen, onChange, className);
}

function radioGroup<T extends string>(
  legend: string,
  name: string,
  options: readonly { value: T; label: string; hint?: string }[],
  chosen: T,
  onChange: (value: T) => void,
  className = 'choices',
) {
  const isChosen = (value: T) => value === chosen;
  return choiceGroup(
    'radio',
    legend,
    name,
    options,
    isChosen,
    (value) => onChange(value),
    className,
  );
}

function practicePicker(strings: ConfiguratorStrings) {
  const feed = loadedFeed();
  if (!feed) return nothing;
  const query = looseForm(state.practiceQuery);
  const practices = feed.practices
    .map((practice) => ({
      id: practice.id,
      title: localize(practice.title, state.lang, feed.language) ?? practice.id,
    }))
    .filter((practice) => !query || looseForm(`${practice.title} ${practice.id}`).includes(query));
  return html`<fieldset class="practice-picker">
    <legend>${strings.practice}</legend>
    <label class="field"
      >${strings.practiceSearch}
      <input
        type="search"
        id="practice-search"
        .value=${state.practiceQuery}
        @input=${(event: Event) => set('practiceQuery', (event.target as HTMLInputElement).value)}
    /></label>
    <div class="choices scroll">
      ${
        practices.length
          ? practices.map(
              (practice) =>
                html`<label
                  ><input
                    type="radio"
                    name="practice-id"
                    .value=${practice.id}
                    .checked=${chosenPracticeId() === practice.id}
                    @change=${() => set('practiceId', practice.id)}
                  /><span>${practice.title}</span></label
                >`,
            )
          : html`<p class="hint">${strings.practiceNoMatch}</p>`
      }
    </div>
  </fieldset>`;
}

function feedStatus(strings: ConfiguratorStrings) {
  switch (state.feed.status) {
    case 'loading':
      return strings.feedLoading;
    case 'failed':
      return strings.feedFailed;
    case 'loaded':
      return fill(strings.feedLoaded, {
        count: new Intl.NumberFormat(state.pageLang).format(state.feed.feed.practices.length),
      });
    default:
      return '';
  }
}

function view() {
  const strings = CONFIGURATOR_STRINGS[state.pageLang];
  const vocabulary = VOCABULARY[state.pageLang];
  const widgets: { value: ConfiguratorWidget; label: string }[] = [
    { value: 'catalog', label: strings.widgetCatalog },
    { value: 'card', label: strings.widgetCard },
    { value: 'list', label: strings.widgetList },
    { value: 'map', label: strings.widgetMap },
    { value: 'stats', label: strings.widgetStats },
  ];
  const facetLabels: Record<Facet, string> = {
    country: strings.facetCountry,
    setting: strings.facetSetting,
    level: strings.facetLevel,
    objective: strings.facetObjective,
    'organization-type': strings.facetOrganizationType,
    year: strings.facetYear,
  };
  const partLabels: Record<Part, string> = {
    filters: strings.partFilters,
    map: strings.partMap,
    stats: strings.partStats,
    list: strings.partList,
  };
  const snippetKinds: { value: SnippetKind; label: string; hint: string }[] = [
    { value: 'script', label: strings.snippetScript, hint: strings.snippetScriptHint },
    { value: 'iframe', label: strings.snippetIframe, hint: strings.snippetIframeHint },
    { value: 'shortcode', label: strings.snippetShortcode, hint: strings.snippetShortcodeHint },
  ];
  const widthLabels: Record<PreviewWidth, string> = {
    '360': strings.widthPhone,
    '600': strings.widthTablet,
    full: strings.widthFull,
  };
  const scoped = state.widget !== 'card';

  return html`
    <header class="page-header">
      <nav class="languages" aria-label=${strings.pageLanguage}>
        ${INTERFACE_LANGUAGES.map(
          (lang) =>
            html`<a
              href=${`?${new URLSearchParams({ ...Object.fromEntries(params), lang })}`}
              hreflang=${lang}
              lang=${lang}
              aria-current=${lang === state.pageLang ? 'true' : 'false'}
              @click=${(event: Event) => setPageLanguage(lang, event)}
              >${LANGUAGE_NAMES[lang]}</a
            >`,
        )}
      </nav>
      <h1>${strings.pageTitle}</h1>
      <p>${strings.intro}</p>
      <p class="jump"><a href="#copy-heading">${strings.jumpToCode}</a></p>
    </header>
    <main class="configurator">
      <form
        class="options"
        aria-labelledby="choose-heading"
        @submit=${(e: Event) => e.preventDefault()}
      >
        <h2 id="choose-heading">${strings.choose}</h2>
        ${radioGroup(strings.whatToShow, 'widget', widgets, state.widget, (value) =>
          set('widget', value),
        )}
        <label class="field"
          >${strings.feedAddress}
          <input
            type="url"
            id="src"
            name="src"
            inputmode="url"
            autocomplete="url"
            placeholder="https://…/practices.json"
            .value=${state.src}
            @change=${(event: Event) => {
              state.src = (event.target as HTMLInputElement).value.trim();
              void loadFeed(state.src);
            }}
          />
          <span class="hint">${strings.feedHint}</span>
          <span class="hint" role="status">${feedStatus(strings)}</span>
        </label>
        ${state.widget === 'card' ? practicePicker(strings) : nothing}
        <label class="field"
          >${strings.widgetLanguage}
          <select
            name="lang"
            @change=${(event: Event) =>
              set('lang', (event.target as HTMLSelectElement).value as InterfaceLanguage)}
          >
            ${INTERFACE_LANGUAGES.map(
              (lang) =>
                html`<option value=${lang} lang=${lang} ?selected=${state.lang === lang}>
                  ${LANGUAGE_NAMES[lang]}
                </option>`,
            )}
          </select>
        </label>
        ${radioGroup(
          strings.colours,
          'theme',
          [
            { value: 'light', label: strings.themeLight },
            { value: 'dark', label: strings.themeDark },
            { value: 'auto', label: strings.themeAuto },
          ] as const,
          state.theme,
          (value) => set('theme', value),
        )}
        ${
          scoped
            ? html`<section class="scope" aria-labelledby="scope-heading">
                <h3 id="scope-heading">${strings.scope}</h3>
                <p class="hint">${strings.scopeHint}</p>
                ${checkboxGroup(
                  strings.countries,
                  'country',
                  countryChoices(state.pageLang).map(({ code, name }) => ({
                    value: code,
                    label: name,
                  })),
                  state.countries,
                  (code, on) => set('countries', toggle(state.countries, code, on)),
                  'choices scroll columns',
                )}
                <label class="field"
                  >${strings.setting}
                  <select
                    name="setting"
                    @change=${(event: Event) =>
                      set('setting', (event.target as HTMLSelectElement).value as State['setting'])}
                  >
                    <option value="" ?selected=${!state.setting}>${strings.settingAll}</option>
                    ${(['urban', 'rural', 'both'] as const).map(
                      (setting) =>
                        html`<option value=${setting} ?selected=${state.setting === setting}>
                          ${vocabulary.settings[setting]}
                        </option>`,
                    )}
                  </select>
                </label>
                ${checkboxGroup(
                  strings.levels,
                  'level',
                  LEVELS.map((level) => ({ value: level, label: vocabulary.levels[level] })),
                  state.levels,
                  (level, on) => set('levels', toggle(state.levels, level, on)),
                )}
                ${checkboxGroup(
                  strings.objectives,
                  'objective',
                  OBJECTIVES.map((objective) => ({
                    value: objective,
                    label: vocabulary.objectives[objective],
                  })),
                  state.objectives,
                  (objective, on) => set('objectives', toggle(state.objectives, objective, on)),
                )}
                <label class="field"
                  >${strings.text}
                  <input
                    type="search"
                    name="q"
                    .value=${state.q}
                    @change=${(event: Event) => set('q', (event.target as HTMLInputElement).value)}
                  />
                  <span class="hint">${strings.textHint}</span>
                </label>
              </section>`
            : nothing
        }
        ${
          state.widget === 'catalog'
            ? html`${checkboxGroup(
                strings.parts,
                'part',
                PARTS.map((part) => ({ value: part, label: partLabels[part] })),
                state.parts,
                (part, on) => set('parts', toggle(state.parts, part, on) as Part[]),
              )}
              ${
                state.parts.includes('filters')
                  ? checkboxGroup(
                      strings.filterFacets,
                      'facet',
                      FACETS.map((facet) => ({ value: facet, label: facetLabels[facet] })),
                      state.facets,
                      (facet, on) => set('facets', toggle(state.facets, facet, on) as Facet[]),
                    )
                  : nothing
              }`
            : nothing
        }
      </form>

      <div class="output">
        <section class="copy" aria-labelledby="copy-heading">
          <h2 id="copy-heading">${strings.copyHeading}</h2>
          ${radioGroup(
            strings.snippetKind,
            'snippet',
            snippetKinds.map(({ value, label }) => ({ value, label })),
            state.snippet,
            (value) => set('snippet', value),
            'choices inline',
          )}
          <p class="hint">${snippetKinds.find((kind) => kind.value === state.snippet)?.hint}</p>
          <label class="field" for="code">${strings.code}</label>
          <textarea
            id="code"
            readonly
            rows="7"
            spellcheck="false"
            .value=${snippetText()}
          ></textarea>
          <div class="copy-row">
            <button type="button" ?disabled=${!hasFeedAddress()} @click=${() => copy(strings)}>
              ${strings.copy}
            </button>
            <p class="hint" role="status">${state.copyStatus}</p>
          </div>
          <p class="hint">
            ${fill(strings.hostedAt, { url: `${LIBRARY_BASE}practice-widgets.js` })}
          </p>
        </section>
        <section class="preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">${strings.previewHeading}</h2>
          ${radioGroup(
            strings.previewWidth,
            'width',
            WIDTHS.map((width) => ({ value: width, label: widthLabels[width] })),
            state.width,
            (value) => set('width', value),
            'choices inline',
          )}
          <div class="stage-scroll">
            <div class="stage" data-width=${state.width}>${stage}</div>
          </div>
        </section>
      </div>
    </main>
  `;
}

function update(): void {
  document.documentElement.lang = state.pageLang;
  document.title = CONFIGURATOR_STRINGS[state.pageLang].pageTitle;
  render(view(), root);
  updatePreview();
}

update();
void loadFeed(state.src);
