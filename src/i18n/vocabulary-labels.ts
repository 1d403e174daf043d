import { localize } from '../data/localized-text.js';
import type { VocabularyLabels } from '../data/types.js';
import { readableKeyword, type VocabularyName } from '../data/vocabularies.js';
import { languagePack } from './language-packs.js';

/**
 * The label of a vocabulary value for a reader of `lang`:
 * 1. the library's own label in the interface language (`pt-BR` → Portuguese), for the values
 *    the feed format defines;
 * 2. else the label the feed gives in its `vocabularies`, localized for the full tag (a feed
 *    may label an extra value in Quechua, or in Portuguese from Portugal);
 * 3. else the value as written, as the feed format requires for unknown values.
 */
export function vocabularyLabel(
  lang: string,
  vocabulary: VocabularyName,
  value: string,
  feed?: { readonly vocabularies: VocabularyLabels; readonly language: string },
): string {
  const builtIn: Readonly<Record<string, string>> = languagePack(lang).vocabulary[vocabulary];
  // hasOwn, so a value such as `constructor` is never looked up on Object.prototype.
  if (Object.hasOwn(builtIn, value)) return builtIn[value]!;
  if (feed) {
    const feedLabels = feed.vocabularies[vocabulary];
    const text = Object.hasOwn(feedLabels, value) ? feedLabels[value] : undefined;
    const label = localize(text, lang, feed.language);
    if (label) return label;
  }
  return value;
}

/**
 * The label of a free keyword (`tags`) for a reader of `lang`: the feed's label under
 * `vocabularies.tags`, localized for the full tag, else a readable form of the keyword
 * (`native-languages` → "Native languages"), never the raw slug.
 */
export function tagLabel(
  lang: string,
  tag: string,
  feed?: { readonly vocabularies: VocabularyLabels; readonly language: string },
): string {
  const labels = feed?.vocabularies.tags;
  if (feed && labels && Object.hasOwn(labels, tag)) {
    const label = localize(labels[tag], lang, feed.language);
    if (label) return label;
  }
  return readableKeyword(tag);
}
