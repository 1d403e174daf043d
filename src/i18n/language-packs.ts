import { pagePart, pageState } from '../data/page-state.js';
import { interfaceLanguage, type InterfaceLanguage } from './languages.js';
import { en as enStrings } from './strings/en.js';
import type { UiStrings } from './strings/types.js';
import { en as enVocabulary } from './vocabulary/en.js';
import type { VocabularyTable } from './vocabulary/types.js';

/** Everything the interface says in one language. */
export interface LanguagePack {
  readonly strings: UiStrings;
  readonly vocabulary: VocabularyTable;
}

/*
 * English ships in the entry, as the fallback of every other language tag; Spanish, Portuguese
 * and French each come as a small chunk of their own, so a reader downloads only the language
 * they read. A page starts loading its language as soon as a widget asks for it, while the feed
 * is on its way, and widgets show their loading state until both are there.
 */
const ENGLISH: LanguagePack = { strings: enStrings, vocabulary: enVocabulary };

const LOADERS: Readonly<Record<Exclude<InterfaceLanguage, 'en'>, () => Promise<LanguagePack>>> = {
  es: () => import('./packs/es.js').then((module) => module.pack),
  pt: () => import('./packs/pt.js').then((module) => module.pack),
  fr: () => import('./packs/fr.js').then((module) => module.pack),
};

/*
 * How long widgets wait for a language's chunk before they draw in English. The chunk is about
 * 2.3 KiB gzip, a second or less on a slow phone network; one that has not come in 5 s is on a
 * stalled connection, and the reader would otherwise see a loading state for as long as the
 * browser keeps the request open (minutes), with the practices already there.
 */
const LANGUAGE_WAIT_MS = 5000;

// A reset of the page state forgets the languages loaded; whoever listens keeps listening.
const LANGUAGE_PACKS = pagePart<{
  /** How each language's chunk is loaded (a test seam: see `setLanguageLoader`). */
  readonly loaders: Record<Exclude<InterfaceLanguage, 'en'>, () => Promise<LanguagePack>>;
  /** The languages loaded. */
  readonly packs: Map<InterfaceLanguage, LanguagePack>;
  /** The languages on their way: each promise settles when its language is loaded or given up. */
  readonly loading: Map<InterfaceLanguage, Promise<void>>;
  /** The languages whose chunk failed, or did not come in time: widgets draw them in English. */
  readonly givenUp: Set<InterfaceLanguage>;
  /** How long widgets wait for a chunk (a test seam: see `setLanguageWait`). */
  waitMs: number;
  /** Told whenever a language arrives or is given up. */
  readonly listeners: Set<() => void>;
}>('language-packs', (before) => ({
  loaders: { ...LOADERS },
  packs: new Map([['en', ENGLISH]]),
  loading: new Map(),
  givenUp: new Set(),
  waitMs: LANGUAGE_WAIT_MS,
  listeners: before?.listeners ?? new Set(),
}));

/** Whether the interface strings of `lang`'s interface language are ready to use. */
export function isLanguageLoaded(lang: string): boolean {
  return pageState(LANGUAGE_PACKS).packs.has(interfaceLanguage(lang));
}

/** Whether the strings of `lang`'s interface language are on their way, and still waited for. */
export function isLanguageLoading(lang: string): boolean {
  const { loading, givenUp } = pageState(LANGUAGE_PACKS);
  const language = interfaceLanguage(lang);
  return loading.has(language) && !givenUp.has(language);
}

/**
 * Whether widgets can draw in `lang` now: its strings are loaded, or they were given up (their
 * chunk failed or did not come in time) and the widgets speak English until they come.
 */
export function isLanguageSettled(lang: string): boolean {
  const { packs, givenUp } = pageState(LANGUAGE_PACKS);
  const language = interfaceLanguage(lang);
  return packs.has(language) || givenUp.has(language);
}

/**
 * Loads the strings of `lang`'s interface language (once; later calls share the request). The
 * promise settles when they are loaded, or given up: a chunk that fails, or that has not come
 * in 5 s, leaves the interface in English rather than the widgets waiting, and listeners are
 * told, so that they draw. A chunk that comes late is still used (listeners are told again). A
 * language given up is asked for again by this call (the widgets call it when their data
 * changes); drawing calls `startLanguage`, which does not, so that English never loops on
 * requests.
 */
export function loadLanguage(lang: string): Promise<void> {
  return requestLanguage(lang, true);
}

/** Starts loading `lang`'s strings, unless they are loaded, on their way, or given up. */
export function startLanguage(lang: string): Promise<void> {
  return requestLanguage(lang, false);
}

function requestLanguage(lang: string, again: boolean): Promise<void> {
  const language = interfaceLanguage(lang);
  const state = pageState(LANGUAGE_PACKS);
  const { loaders, packs, loading, givenUp, listeners } = state;
  if (language === 'en' || packs.has(language)) return Promise.resolve();
  const pending = loading.get(language);
  if (pending) return pending;
  if (givenUp.has(language) && !again) return Promise.resolve();
  const tell = () => listeners.forEach((listener) => listener());
  const giveUp = () => {
    // The interface stays in English meanwhile; a later `loadLanguage` tries again.
    givenUp.add(language);
    tell();
  };
  const request = loaders[language]().then((pack) => {
    packs.set(language, pack);
    givenUp.delete(language);
    tell();
  }, giveUp);
  const settled = new Promise<void>((resolve) => {
    const overdue = setTimeout(() => {
      giveUp();
      resolve();
    }, state.waitMs);
    // Forgotten once the request itself ends: a late chunk is shared until then, not asked twice.
    void request.then(() => {
      clearTimeout(overdue);
      loading.delete(language);
      resolve();
    });
  });
  loading.set(language, settled);
  return settled;
}

/**
 * The language pack for `lang`: its own when loaded, English until then (and `startLanguage` is
 * started, so listeners hear when it arrives).
 */
export function languagePack(lang: string): LanguagePack {
  const pack = pageState(LANGUAGE_PACKS).packs.get(interfaceLanguage(lang));
  if (pack) return pack;
  void startLanguage(lang);
  return ENGLISH;
}

/**
 * Calls `listener` whenever a language pack arrives, or is given up (widgets waiting for it then
 * draw in English); returns the function that stops it.
 */
export function onLanguageLoaded(listener: () => void): () => void {
  const { listeners } = pageState(LANGUAGE_PACKS);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Replaces how a language's chunk is loaded (tests make it fail or never answer); without a
 * loader, restores it. A reset of the page state restores every one.
 */
export function setLanguageLoader(
  language: Exclude<InterfaceLanguage, 'en'>,
  loader: () => Promise<LanguagePack> = LOADERS[language],
): void {
  pageState(LANGUAGE_PACKS).loaders[language] = loader;
}

/** Sets how long widgets wait for a chunk (tests); without a value, 5 s again. */
export function setLanguageWait(ms: number = LANGUAGE_WAIT_MS): void {
  pageState(LANGUAGE_PACKS).waitMs = ms;
}
