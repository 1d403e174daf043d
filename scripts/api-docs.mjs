#!/usr/bin/env node
// The API tables of docs/elements/<tag>.md (attributes, properties, methods, events, slots, CSS
// parts and CSS custom properties), written from the custom elements manifest, which is written
// from the elements' JSDoc. Only the part between the two marker comments is rewritten:
//
//   <!-- api:start -->  …generated…  <!-- api:end -->
//
//   node scripts/api-docs.mjs             rewrites the tables from custom-elements.json
//                                         (`npm run docs` writes the manifest first)
//   node scripts/api-docs.mjs --check     fails (exit 1), naming each file and the difference,
//                                         when a page's tables are not what the sources give;
//                                         it analyses the sources itself, into a temporary
//                                         directory, so it needs no build and no manifest
//   --manifest <file>                     read that manifest instead
//
// Members a class inherits (from a base class or a mixin, `inheritedFrom` in the manifest) are
// listed with the element's own, after them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES = join(ROOT, 'docs/elements');
export const START =
  '<!-- api:start: generated from custom-elements.json by `npm run docs`; edit the JSDoc, not this table -->';
export const END = '<!-- api:end -->';

/**
 * A manifest written now from the sources, by the project's analyzer configuration, into a
 * scratch folder under .cache/ (the analyzer takes its output folder relative to the project).
 */
function freshManifest() {
  const relative = join('.cache', `api-docs-${process.pid}`);
  const dir = join(ROOT, relative);
  try {
    const cli = join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
    execFileSync(process.execPath, [cli, 'analyze', '--outdir', relative], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every element of a manifest, by tag name. */
export function elementsOf(manifest) {
  const elements = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) {
        elements.set(declaration.tagName, declaration);
      }
    }
  }
  return elements;
}

/** Text for one table cell: on one line, with its pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${String(text).replace(/\s*\n\s*/g, ' ')}\`` : '');

/**
 * A default as written in the source, when it is a literal (`'full'`, `3`, `false`, `null`);
 * not an expression or a constant's name (`DEFAULT_TIMEOUT_MS`), whose value the description
 * gives.
 */
function defaultOf(value) {
  if (value === undefined || value === null) return '';
  const text = String(value).trim();
  const literal =
    /^(['"`])[^'"`]*\1$/.test(text) ||
    /^-?\d[\d_]*(\.\d+)?$/.test(text) ||
    ['true', 'false', 'null', '[]', '{}'].includes(text);
  return literal ? code(text) : '';
}

const inherited = (item) => (item.inheritedFrom ? ` (from \`${item.inheritedFrom.name}\`)` : '');

/**
 * The element's own items first, then the inherited ones, each name once: an item the element
 * declares again wins over the one it inherits, and a mixin listed twice counts once.
 */
function ordered(items = []) {
  const own = items.filter((item) => !item.inheritedFrom);
  const theirs = items.filter((item) => item.inheritedFrom);
  const seen = new Set();
  return [...own, ...theirs].filter((item) => {
    const key = `${item.kind ?? ''}:${item.name}`;
    if (!item.name || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const isPublic = (member) =>
  (member.privacy ?? 'public') === 'public' &&
  !member.static &&
  !/^[_#[]/.test(member.name) &&
  !member.name.startsWith('[');

function table(head, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

/** The generated Markdown of one element: every table it has, each under its heading. */
export function apiSection(element) {
  const out = [];
  const section = (title, lines) => {
    if (lines.length) out.push(`### ${title}`, '', ...lines, '');
  };
  const members = ordered(element.members).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field');
  const attributeOf = new Map(fields.filter((f) => f.attribute).map((f) => [f.attribute, f]));

  section(
    'Attributes',
    table(
      ['attribute', 'property', 'type', 'default', 'meaning'],
      ordered(element.attributes).map((attribute) => {
        const field = attributeOf.get(attribute.name);
        const name = attribute.fieldName ?? field?.name;
        return [
          code(attribute.name),
          name ? code(name) : '',
          code(attribute.type?.text ?? field?.type?.text),
          defaultOf(attribute.default ?? field?.default),
          (attribute.description ?? field?.description ?? '') + inherited(attribute),
        ];
      }),
    ),
  );
  const attributeNames = new Set((element.attributes ?? []).map((a) => a.fieldName));
  section(
    'Properties',
    table(
      ['property', 'type', 'default', 'meaning'],
      fields
        .filter((field) => !field.attribute && !attributeNames.has(field.name))
        .map((field) => [
          code(field.name) + (field.readonly ? ' (read-only)' : ''),
          code(field.type?.text),
          defaultOf(field.default),
          (field.description ?? '') + inherited(field),
        ]),
    ),
  );
  section(
    'Methods',
    table(
      ['method', 'meaning'],
      members
        .filter((member) => member.kind === 'method')
        .map((method) => [
          code(
            `${method.name}(${(method.parameters ?? [])
              .map(
                (p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`,
              )
              .join(', ')})`,
          ),
          (method.description ?? '') + inherited(method),
        ]),
    ),
  );
  section(
    'Events',
    table(
      ['event', 'class', 'when'],
      ordered(element.events).map((event) => [
        code(event.name),
        code(event.type?.text),
        (event.description ?? '') + inherited(event),
      ]),
    ),
  );
  section(
    'Slots',
    table(
      ['slot', 'what goes in it'],
      (element.slots ?? []).map((slot) => [
        slot.name ? code(slot.name) : '(default)',
        slot.description,
      ]),
    ),
  );
  section(
    'CSS parts',
    table(
      ['part', 'what it is'],
      ordered(element.cssParts).map((part) => [
        code(part.name),
        part.description + inherited(part),
      ]),
    ),
  );
  section(
    'CSS custom properties',
    table(
      ['token', 'used for'],
      ordered(element.cssProperties).map((property) => [
        code(property.name),
        (property.description ?? '') +
          (property.default ? ` Default ${code(property.default)}.` : ''),
      ]),
    ),
  );
  return out.join('\n').trimEnd();
}

/** A page with its generated part replaced, or an error when its markers are missing. */
export function rewrite(page, generated) {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`no marker comments (${START} … ${END})`);
  }
  return `${page.slice(0, start + START.length)}\n\n${generated}\n\n${page.slice(end)}`;
}

/**
 * Where two texts differ: the lines between their common beginning and common end, as `-` (on
 * the page) and `+` (from the sources), a few of each.
 */
function difference(actual, expected) {
  const a = actual.split('\n');
  const b = expected.split('\n');
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  let last = 0;
  while (
    last < a.length - first &&
    last < b.length - first &&
    a[a.length - 1 - last] === b[b.length - 1 - last]
  ) {
    last++;
  }
  const shown = (lines, sign) => {
    const out = lines.slice(0, 6).map((line) => `  ${sign} ${line}`);
    if (lines.length > 6) out.push(`  ${sign} … ${lines.length - 6} more lines`);
    return out;
  };
  return [
    `  from line ${first + 1}:`,
    ...shown(a.slice(first, a.length - last), '-'),
    ...shown(b.slice(first, b.length - last), '+'),
  ].join('\n');
}

function main(args) {
  const check = args.includes('--check');
  const at = args.indexOf('--manifest');
  const manifestPath = at >= 0 ? args[at + 1] : join(ROOT, 'custom-elements.json');
  let manifest;
  if (at >= 0 || !check) {
    if (!existsSync(manifestPath)) {
      console.error(
        `${manifestPath} is missing: run \`npm run manifest\` first (or \`npm run docs\`).`,
      );
      return 1;
    }
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } else {
    manifest = freshManifest();
  }
  const elements = elementsOf(manifest);
  const problems = [];
  const pages = new Set(readdirSync(PAGES).filter((name) => /^[a-z]+-[a-z-]+\.md$/.test(name)));
  for (const tag of elements.keys()) {
    if (!pages.has(`${tag}.md`))
      problems.push(`docs/elements/${tag}.md: missing (the manifest has <${tag}>)`);
  }
  for (const name of [...pages].sort()) {
    const file = `docs/elements/${name}`;
    const tag = name.replace(/\.md$/, '');
    const element = elements.get(tag);
    if (!element) {
      problems.push(`${file}: the manifest has no <${tag}>`);
      continue;
    }
    const page = readFileSync(join(ROOT, file), 'utf8');
    let expected;
    try {
      expected = rewrite(page, apiSection(element));
    } catch (error) {
      problems.push(`${file}: ${error.message}`);
      continue;
    }
    if (expected === page) continue;
    if (check)
      problems.push(
        `${file}: the API tables differ from the sources\n${difference(page, expected)}`,
      );
    else {
      writeFileSync(join(ROOT, file), expected);
      console.log(`wrote ${file}`);
    }
  }
  for (const problem of problems) console.error(problem);
  if (problems.length) {
    if (check) console.error('Run `npm run docs` to write the tables again from the sources.');
    return 1;
  }
  if (check) console.log(`api-docs: the tables of ${pages.size} element pages match the sources`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
