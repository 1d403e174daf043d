import { formatNumber, pluralCategory } from './format.js';
import { languagePack } from './language-packs.js';
import { interfaceLanguage } from './languages.js';
import type { PluralMessage, UiStrings } from './strings/types.js';

/** Keys of `UiStrings` whose value is a plain string (for `t`). */
export type MessageKey = {
  [K in keyof UiStrings]: UiStrings[K] extends string ? K : never;
}[keyof UiStrings];

/** Keys of `UiStrings` whose value is a plural message (for `tPlural`). */
export type PluralKey = Exclude<keyof UiStrings, MessageKey>;

/**
 * The interface strings for a language tag: `pt-BR` gets Portuguese, `qu` gets English. A
 * language whose chunk has not arrived yet gets English meanwhile (see `loadLanguage`).
 */
export function uiStrings(lang: string): UiStrings {
  return languagePack(lang).strings;
}

/**
 * Fills `{name}` placeholders from `params`. Numbers are written as given, so callers format
 * them first (`formatNumber`) when the reader should see grouping. A placeholder with no
 * matching parameter is left as written, which makes the omission visible instead of silent.
 */
export function formatMessage(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

/**
 * Picks the plural form of `message` for `count` and fills `{count}` with the number formatted
 * for `lang`: `1 participant`, `2 participants`; `0 participant` in French; `1500 participantes`
 * in Spanish. The form is chosen by the rules of the interface language the message is written
 * in (a `pt-PT` page reads the Brazilian table, whose forms follow `pt`), while the number
 * follows the full tag (`es-MX` groups as `1,500`). A form the message lacks falls back to
 * `other`.
 */
export function formatPlural(lang: string, message: PluralMessage, count: number): string {
  const template = message[pluralCategory(interfaceLanguage(lang), count)] ?? message.other;
  return formatMessage(template, { count: formatNumber(lang, count) });
}

/**
 * How many practices are shown: "10 practices", or "3 of 10 practices" when the reader's filters
 * leave out some of the `inScope` ones. The list's count and the catalogue's header say it alike.
 */
export function resultsCountText(lang: string, shown: number, inScope: number): string {
  const strings = uiStrings(lang);
  return shown < inScope
    ? formatMessage(strings.resultsOfTotal, {
        shown: formatNumber(lang, shown),
        total: formatPlural(lang, strings.resultsCount, inScope),
      })
    : formatPlural(lang, strings.resultsCount, shown);
}

/** One interface string for `lang`, with its placeholders filled: `t('es', 'retry')`. */
export function t(
  lang: string,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return formatMessage(uiStrings(lang)[key], params);
}

/** One plural interface string for `lang`: `tPlural('fr', 'practices', 3)` → `3 pratiques`. */
export function tPlural(lang: string, key: PluralKey, count: number): string {
  return formatPlural(lang, uiStrings(lang)[key], count);
}
