/**
 * The data layer's public API: feed types, vocabularies, country codes, URL checks, validation,
 * localized text and the spreadsheet (CSV) convention. Pure TypeScript, no DOM: it also runs in
 * Node.
 */
export * from './types.js';
export * from './vocabularies.js';
export * from './countries.js';
export * from './urls.js';
export * from './validate.js';
export * from './localized-text.js';
export * from './csv.js';
export * from './scope.js';
export * from './search.js';
export * from './query.js';
export * from './citation.js';
export * from './export.js';
