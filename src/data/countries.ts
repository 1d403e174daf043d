/**
 * Country codes: the officially assigned ISO 3166-1 alpha-2 codes, and the member states of the
 * Organization of American States.
 */

// One string of pairs, in alphabetical order: as an array of 249 strings the list costs the
// bundle several times the bytes. The type is the same tuple of codes.
const PACKED_CODES =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW';

/** The pairs of letters of `S`, in order, as a tuple type. */
type Pairs<
  S extends string,
  Found extends string[] = [],
> = S extends `${infer A}${infer B}${infer Rest}` ? Pairs<Rest, [...Found, `${A}${B}`]> : Found;

/**
 * Every officially assigned ISO 3166-1 alpha-2 code (249). User-assigned codes such as `XK` and
 * reserved ones such as `UK` or `EU` are not country codes in a feed.
 */
export const COUNTRY_CODES = PACKED_CODES.match(/../g) as unknown as Readonly<
  Pairs<typeof PACKED_CODES>
>;

export type CountryCode = (typeof COUNTRY_CODES)[number];

const COUNTRY_CODE_SET: ReadonlySet<string> = new Set(COUNTRY_CODES);

/** Whether `value` is an officially assigned ISO 3166-1 alpha-2 code, written in upper case. */
export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && COUNTRY_CODE_SET.has(value);
}

/**
 * The 35 member states of the OAS, which the map must always make reachable, small island
 * states included. Listed by membership, whatever a state's current participation.
 */
export const OAS_MEMBER_STATES = [
  'AG', // Antigua and Barbuda
  'AR', // Argentina
  'BS', // Bahamas
  'BB', // Barbados
  'BZ', // Belize
  'BO', // Bolivia
  'BR', // Brazil
  'CA', // Canada
  'CL', // Chile
  'CO', // Colombia
  'CR', // Costa Rica
  'CU', // Cuba
  'DM', // Dominica
  'DO', // Dominican Republic
  'EC', // Ecuador
  'SV', // El Salvador
  'GD', // Grenada
  'GT', // Guatemala
  'GY', // Guyana
  'HT', // Haiti
  'HN', // Honduras
  'JM', // Jamaica
  'MX', // Mexico
  'NI', // Nicaragua
  'PA', // Panama
  'PY', // Paraguay
  'PE', // Peru
  'KN', // Saint Kitts and Nevis
  'LC', // Saint Lucia
  'VC', // Saint Vincent and the Grenadines
  'SR', // Suriname
  'TT', // Trinidad and Tobago
  'US', // United States
  'UY', // Uruguay
  'VE', // Venezuela
] as const satisfies readonly CountryCode[];

export type OasMemberState = (typeof OAS_MEMBER_STATES)[number];
