import { boundText } from '../data/bounded-text.js';
import { facetDefinition, type Facet } from '../data/facets.js';
import type { VocabularyLabels } from '../data/types.js';
import { countryName } from './format.js';
import { vocabularyLabel } from './vocabulary-labels.js';

/**
 * How a value of a facet is named for a reader of `lang`, wherever it is shown (a choice in the
 * filters, a chosen filter's chip, a bar): a country by `Intl`, a vocabulary value by its label
 * (feed text, so bounded in what it lays out), a year as written.
 */
export function facetValueLabel(
  lang: string,
  facet: Facet,
  value: string,
  feed?: { readonly vocabularies: VocabularyLabels; readonly language: string },
): string {
  const { kind, vocabulary } = facetDefinition(facet);
  if (kind === 'year') return value;
  if (kind === 'country' || !vocabulary) return countryName(lang, value);
  return boundText(vocabularyLabel(lang, vocabulary, value, feed), 'short');
}
