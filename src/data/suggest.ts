import { COUNTRY_CODES, isCountryCode, type CountryCode } from './countries.js';

/*
 * "Did you mean …?" for the spreadsheet convention and the command line tool: the closest
 * column name to a header that is not one, and the country code for a country written by name.
 * Publishers type these by hand, in their own language; a suggestion turns an error into a
 * one-word fix. No DOM; country names come from `Intl.DisplayNames`.
 */

/** Lower case, without accents, without spaces, hyphens or underscores: "Título" → "titulo". */
export function looseForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_\-'’]+/g, '');
}

/** Edits (insertions, deletions, substitutions) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate nearest to `value` when it is near enough to be a slip (a typo, a letter of
 * another language): by default at most a third of its letters differ. Compared in loose form.
 */
export function closest(
  value: string,
  candidates: readonly string[],
  maxDistance?: number,
): string | undefined {
  const loose = looseForm(value);
  let best: string | undefined;
  let bestDistance = (maxDistance ?? Math.max(1, Math.floor(loose.length / 3))) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(loose, looseForm(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Column names that publishers write in Spanish, Portuguese or French, in loose form, with the
 * feed path they mean. Only for suggestions: headers are read as feed paths, never translated,
 * so a spreadsheet means the same to every tool.
 */
const TRANSLATED_COLUMNS: Readonly<Record<string, string>> = {
  identificador: 'id',
  identifiant: 'id',
  titulo: 'title',
  titre: 'title',
  nombre: 'title',
  nome: 'title',
  nom: 'title',
  resumen: 'summary',
  resumo: 'summary',
  resume: 'summary',
  descripcion: 'description',
  descricao: 'description',
  pais: 'countries',
  paises: 'countries',
  pays: 'countries',
  lugar: 'place',
  local: 'place',
  lieu: 'place',
  latitud: 'lat',
  latitude: 'lat',
  longitud: 'lon',
  longitude: 'lon',
  ambito: 'setting',
  entorno: 'setting',
  zona: 'setting',
  contexto: 'setting',
  milieu: 'setting',
  nivel: 'levels',
  niveles: 'levels',
  niveis: 'levels',
  niveau: 'levels',
  niveaux: 'levels',
  objetivo: 'objectives',
  objetivos: 'objectives',
  objectif: 'objectives',
  objectifs: 'objectives',
  organizacion: 'organization.name',
  organizacao: 'organization.name',
  organisation: 'organization.name',
  publico: 'audiences',
  destinatarios: 'audiences',
  public: 'audiences',
  etiquetas: 'tags',
  palabrasclave: 'tags',
  motscles: 'tags',
  participantes: 'reach.participants',
  participants: 'reach.participants',
  instituciones: 'reach.institutions',
  instituicoes: 'reach.institutions',
  etablissements: 'reach.institutions',
  ano: 'year',
  annee: 'year',
  enlace: 'url',
  link: 'url',
  lien: 'url',
  sitioweb: 'url',
  imagen: 'image.src',
  imagem: 'image.src',
  image: 'image.src',
};

/**
 * The column a header that is not a feed path most likely means, or undefined: a known
 * translation of a field's name, else the nearest of `columns`. A language suffix is kept:
 * "Título.en" → "title.en" when "title" takes one.
 */
export function suggestColumn(
  header: string,
  columns: readonly string[],
  textColumns: readonly string[],
): string | undefined {
  const name = header.trim();
  const dot = name.indexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  const suffix = dot > 0 ? name.slice(dot + 1) : '';
  const baseGuess = TRANSLATED_COLUMNS[looseForm(base)];
  if (baseGuess && suffix && textColumns.includes(baseGuess)) return `${baseGuess}.${suffix}`;
  const whole = TRANSLATED_COLUMNS[looseForm(name)];
  if (whole) return whole;
  if (suffix) {
    const text = closest(base, textColumns);
    if (text) return `${text}.${suffix}`;
  }
  return closest(name, columns);
}

let countriesByName: Map<string, CountryCode> | undefined;

/** Country names in the four interface languages, in loose form, to their codes. */
function countryNames(): Map<string, CountryCode> {
  if (countriesByName) return countriesByName;
  countriesByName = new Map();
  for (const language of ['es', 'en', 'pt', 'fr']) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (const code of COUNTRY_CODES) {
      const name = names.of(code);
      if (name && !countriesByName.has(looseForm(name))) countriesByName.set(looseForm(name), code);
    }
  }
  return countriesByName;
}

/**
 * The ISO 3166-1 alpha-2 code a value most likely means: the same code in lower case ("pe"),
 * or a country's name in Spanish, English, Portuguese or French, with or without accents
 * ("Perú", "Peru", "Pérou"), or one letter away from one ("Brazl"). Undefined otherwise.
 */
export function suggestCountryCode(value: string): CountryCode | undefined {
  const trimmed = value.trim();
  const upper = trimmed.toUpperCase();
  if (isCountryCode(upper)) return upper;
  const names = countryNames();
  const exact = names.get(looseForm(trimmed));
  if (exact) return exact;
  // One slip only: country names are close to one another ("Atlántida", "Antártida").
  const near = closest(trimmed, [...names.keys()], 1);
  return near === undefined ? undefined : names.get(near);
}
