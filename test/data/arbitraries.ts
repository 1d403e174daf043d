// Generators of hostile and broken feeds for property-based tests, shared by the validator's
// tests (Node) and the rendering tests (browser). No DOM and no Node API here.
import fc from 'fast-check';

/** Strings that have broken parsers, renderers and URL checks before. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\u202e',
  'null',
  '__proto__',
  'constructor',
  'toString',
  'es',
  'pt-BR',
  'en_US',
  'CO',
  'co',
  'XX',
  'rural',
  'primary',
  'equity',
  '2026-02-30',
  'https://example.org/',
  'relative/path',
  '//cdn.example/x',
  'javascript:window.__hostile=1',
  ' JaVaScRiPt:window.__hostile=1',
  'vbscript:msgbox(1)',
  'data:text/html,<script>window.__hostile=1</script>',
  '<img src=x onerror="window.__hostile=1">',
  '<script>window.__hostile=1</script>',
  '${window.__hostile=1}',
  "{{constructor.constructor('window.__hostile=1')()}}",
  'a'.repeat(500),
] as const;

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...NASTY_STRINGS));

/** Any JSON value, leaning towards the strings above. */
export const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(text, fc.constantFrom('es', 'en', 'lat', 'lon', 'src')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** Usually `right`, sometimes `wrong`: so that most practices survive and get rendered. */
const mostly = <T, U>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: right, weight: 6 }, { arbitrary: wrong, weight: 1 });

const localizedText = mostly(
  fc.oneof(
    text,
    fc.dictionary(fc.constantFrom('es', 'en', 'pt', 'fr', 'pt-BR', 'qu', 'xx_YY', ''), text, {
      maxKeys: 3,
    }),
  ),
  jsonValue,
);

/** A record that looks like a practice, with each field right, wrong or missing. */
const practiceLike = fc.record(
  {
    id: mostly(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/), fc.oneof(text, jsonValue)),
    title: localizedText,
    summary: localizedText,
    description: localizedText,
    countries: mostly(
      fc.array(mostly(fc.constantFrom('CO', 'PE', 'BR', 'JM', 'KN', 'US', 'XX'), text), {
        minLength: 1,
        maxLength: 4,
      }),
      jsonValue,
    ),
    place: localizedText,
    locations: fc.oneof(
      fc.array(
        fc.record({
          lat: fc.oneof(fc.double({ min: -100, max: 100, noNaN: true }), jsonValue),
          lon: fc.oneof(fc.double({ min: -200, max: 200, noNaN: true }), jsonValue),
        }),
        { maxLength: 3 },
      ),
      jsonValue,
    ),
    setting: mostly(fc.constantFrom('urban', 'rural', 'both'), fc.oneof(text, jsonValue)),
    levels: fc.oneof(fc.array(fc.oneof(fc.constantFrom('primary', 'adult'), text)), jsonValue),
    objectives: fc.oneof(fc.array(fc.oneof(fc.constantFrom('digital-skills'), text)), jsonValue),
    organization: fc.oneof(
      fc.record({ name: text, type: text, url: text }, { requiredKeys: [] }),
      jsonValue,
    ),
    audiences: fc.oneof(fc.array(localizedText, { maxLength: 3 }), jsonValue),
    tags: fc.oneof(fc.array(text, { maxLength: 3 }), jsonValue),
    reach: fc.oneof(
      fc.record(
        { participants: fc.oneof(fc.integer(), jsonValue), note: localizedText },
        { requiredKeys: [] },
      ),
      jsonValue,
    ),
    year: fc.oneof(fc.integer({ min: 1800, max: 2200 }), jsonValue),
    criteria: fc.oneof(fc.dictionary(text, localizedText, { maxKeys: 3 }), jsonValue),
    url: text,
    image: fc.oneof(fc.record({ src: text, alt: localizedText }, { requiredKeys: [] }), jsonValue),
  },
  { requiredKeys: ['id', 'title', 'countries', 'setting'] },
);

/** A document that looks like a feed (right or wrong version, practices right or wrong). */
export const feedLike: fc.Arbitrary<unknown> = fc.record(
  {
    version: mostly(fc.constant(1), jsonValue),
    title: localizedText,
    publisher: fc.oneof(fc.record({ name: text, url: text }, { requiredKeys: [] }), jsonValue),
    updated: fc.oneof(fc.constantFrom('2026-11-28', '2026-02-30'), text),
    language: fc.oneof(fc.constantFrom('es', 'pt', 'qu'), text),
    vocabularies: jsonValue,
    practices: mostly(fc.array(mostly(practiceLike, jsonValue), { maxLength: 6 }), jsonValue),
  },
  { requiredKeys: ['version', 'practices'] },
);

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  found.push(path);
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key], found);
    }
  }
  return found;
}

const DELETE = Symbol('delete');

/**
 * A valid feed broken in a few places: values replaced by others of any type, or removed. The
 * document itself may be replaced too.
 */
export function mutationsOf(valid: unknown): fc.Arbitrary<unknown> {
  const change = fc.record({
    at: fc.nat(),
    value: fc.oneof(jsonValue, fc.constantFrom(...NASTY_STRINGS), fc.constant(DELETE)),
  });
  return fc.array(change, { minLength: 1, maxLength: 5 }).map((changes) => {
    let document = structuredClone(valid);
    for (const { at, value } of changes) {
      const paths = pathsOf(document);
      const path = paths[at % paths.length]!;
      if (path.length === 0) {
        if (value !== DELETE) document = value;
        continue;
      }
      const parent = path
        .slice(0, -1)
        .reduce<unknown>(
          (node, key) => (node as Record<string | number, unknown>)[key],
          document,
        ) as Record<string | number, unknown> | unknown[];
      const key = path.at(-1)!;
      if (value !== DELETE) (parent as Record<string | number, unknown>)[key] = value;
      else if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    }
    return document;
  });
}
