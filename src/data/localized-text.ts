import type { LanguageTag, Text } from './types.js';

/** A text chosen for one reader: the string and the language it is actually written in. */
export interface LocalizedString {
  readonly text: string;
  readonly lang: LanguageTag;
}

const baseLanguage = (tag: LanguageTag): string => tag.split('-')[0]!.toLowerCase();

function findTag(text: Text, wanted: LanguageTag): LanguageTag | undefined {
  const lower = wanted.toLowerCase();
  return Object.keys(text).find((tag) => tag.toLowerCase() === lower && text[tag]);
}

function findBase(text: Text, wanted: LanguageTag): LanguageTag | undefined {
  const base = baseLanguage(wanted);
  // Exact base first (`pt` for `pt-BR`), then any regional variant of it (`pt-PT`).
  return (
    findTag(text, base) ?? Object.keys(text).find((tag) => baseLanguage(tag) === base && text[tag])
  );
}

/**
 * Picks the string a reader of `lang` should see, with the language it is in, following
 * FEED-FORMAT.md: `lang` exactly, its base language, the feed's language, `es`, `en`, then the
 * first non-empty value. Returns `undefined` when the text is missing or has no usable value.
 */
export function localizeWithLang(
  text: Text | undefined,
  lang: LanguageTag,
  feedLanguage: LanguageTag = 'es',
): LocalizedString | undefined {
  if (!text) return undefined;
  const tag =
    findTag(text, lang) ??
    findBase(text, lang) ??
    findTag(text, feedLanguage) ??
    findBase(text, feedLanguage) ??
    findTag(text, 'es') ??
    findTag(text, 'en') ??
    Object.keys(text).find((key) => text[key]);
  return tag === undefined ? undefined : { text: text[tag]!, lang: tag };
}

/** Like `localizeWithLang`, returning only the string. */
export function localize(
  text: Text | undefined,
  lang: LanguageTag,
  feedLanguage: LanguageTag = 'es',
): string | undefined {
  return localizeWithLang(text, lang, feedLanguage)?.text;
}
