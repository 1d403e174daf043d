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

// A reset of the page state forgets the languages loaded; whoever listens keeps listening.
const LANGUAGE_PACKS = pagePart<{
  /** How each language's chunk is loaded (a test seam: see `setLanguageLoader`). */
  readonly loaders: Record<Exclude<InterfaceLanguage, 'en'>, () => Promise<LanguagePack>>;
  /** The languages loaded. */
  readonly packs: Map<InterfaceLanguage, LanguagePack>;
  /** The languages on their way. */
  readonly loading: Map<InterfaceLanguage, Promise<void>>;
  /** Told whenever a language arrives. */
  readonly listeners: Set<() => void>;
}>('language-packs', (before) => ({
  loaders: { ...LOADERS },
  packs: new Map([['en', ENGLISH]]),
  loading: new Map(),
  listeners: before?.listeners ?? new Set(),
}));

/** Whether the interface strings of `lang`'s interface language are ready to use. */
export function isLanguageLoaded(lang: string): boolean {
  return pageState(LANGUAGE_PACKS).packs.has(interfaceLanguage(lang));
}

/** Whether the strings of `lang`'s interface language are on their way. */
export function isLanguageLoading(lang: string): boolean {
  return pageState(LANGUAGE_PACKS).loading.has(interfaceLanguage(lang));
}

/**
 * Loads the strings of `lang`'s interface language (once; later calls share the request). If
 * the chunk cannot be loaded, the language stays English rather than failing the widget; a
 * later call tries again.
 */
export function loadLanguage(lang: string): Promise<void> {
  const language = interfaceLanguage(lang);
  const { loaders, packs, loading, listeners } = pageState(LANGUAGE_PACKS);
  if (language === 'en' || packs.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language]()
      .then((pack) => {
        packs.set(language, pack);
        listeners.forEach((listener) => listener());
      })
      .catch(() => {
        // The interface stays in English this time; the next request tries again.
      })
      .finally(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/**
 * The language pack for `lang`: its own when loaded, English until then (and `loadLanguage` is
 * started, so listeners hear when it arrives).
 */
export function languagePack(lang: string): LanguagePack {
  const pack = pageState(LANGUAGE_PACKS).packs.get(interfaceLanguage(lang));
  if (pack) return pack;
  void loadLanguage(lang);
  return ENGLISH;
}

/** Calls `listener` whenever a language pack arrives; returns the function that stops it. */
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
