#!/usr/bin/env node
/*
 * Writes the editors' data from custom-elements.json: dist/vscode.html-custom-data.json (VS
 * Code's HTML custom data) and dist/web-types.json (JetBrains web-types, found by the IDE through
 * package.json's "web-types"). Both give tag and attribute completion with descriptions in HTML
 * files, and value lists for attributes whose type is a set of words (`theme`, `layout`,
 * `sort`...); web-types also lists properties, events, parts and tokens. Part of `npm run
 * build`, after the manifest and the npm modules are written.
 *
 * Attribute types in the manifest are written as in the source (`CardLayout`); the TypeScript
 * checker resolves them to their values, so the lists follow the code.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import ts from 'typescript';

const MANIFEST = 'custom-elements.json';
const OUTPUT = 'dist/vscode.html-custom-data.json';
const WEB_TYPES_OUTPUT = 'dist/web-types.json';

/**
 * Scope attributes take comma-separated vocabulary values: VS Code offers single values, which
 * are the common case, as suggestions.
 */
async function scopeValues() {
  const vocabularies = await import(new URL('../dist/npm/data/vocabularies.js', import.meta.url));
  return {
    setting: vocabularies.SETTINGS,
    level: vocabularies.LEVELS,
    objective: vocabularies.OBJECTIVES,
  };
}

/** Custom elements of the manifest, with the module each is declared in. */
function customElements(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ module, declaration })),
  );
}

/**
 * The string values a property can take, by element class and property name, from the TypeScript
 * checker: `'full' | 'compact'` for a `CardLayout`. Empty when the type is not a set of words.
 */
function literalValues(elements) {
  const config = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.build.json',
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  // The manifest names the published modules (dist/npm/x.js); their types are read from the
  // sources they are built from.
  const sourceOf = (path) => path.replace(/^dist\/npm\//, 'src/').replace(/\.js$/, '.ts');
  const files = elements.map(({ module }) => sourceOf(module.path));
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const values = new Map();
  for (const { module, declaration } of elements) {
    const source = program.getSourceFile(sourceOf(module.path));
    const node = source?.statements.find(
      (statement) => ts.isClassDeclaration(statement) && statement.name?.text === declaration.name,
    );
    if (!node) continue;
    const instance = checker.getTypeAtLocation(node);
    for (const attribute of declaration.attributes ?? []) {
      const property = attribute.fieldName && instance.getProperty(attribute.fieldName);
      if (!property) continue;
      const type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, node));
      const parts = type.isUnion() ? type.types : [type];
      if (parts.every((part) => part.isStringLiteral()) && parts.length > 1) {
        values.set(
          `${declaration.name}.${attribute.name}`,
          parts.map((part) => part.value),
        );
      }
    }
  }
  return values;
}

const list = (items, format) => items.map(format).join('\n');

/** The tag's hover text: summary, then events, parts and tokens, in Markdown. */
function tagDescription(declaration) {
  const sections = [declaration.summary ?? declaration.description ?? ''];
  if (declaration.events?.length) {
    sections.push(
      `**Events**\n\n${list(declaration.events, (e) => `- \`${e.name}\`: ${e.description ?? ''}`)}`,
    );
  }
  if (declaration.cssParts?.length) {
    sections.push(
      `**Parts**\n\n${list(declaration.cssParts, (p) => `- \`::part(${p.name})\`: ${p.description ?? ''}`)}`,
    );
  }
  if (declaration.cssProperties?.length) {
    sections.push(
      `**CSS custom properties**\n\n${list(declaration.cssProperties, (p) => `- \`${p.name}\`: ${p.description ?? ''}`)}`,
    );
  }
  return sections.filter(Boolean).join('\n\n');
}

/** Each element with its attributes and, where known, the words each attribute takes. */
async function describedElements(manifest) {
  const elements = customElements(manifest);
  const values = literalValues(elements);
  const scope = await scopeValues();
  return elements
    .map(({ declaration }) => ({
      declaration,
      attributes: (declaration.attributes ?? []).map((attribute) => ({
        attribute,
        boolean: attribute.type?.text === 'boolean',
        words: values.get(`${declaration.name}.${attribute.name}`) ?? scope[attribute.name],
      })),
    }))
    .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));
}

function vscodeData(elements) {
  const tags = elements.map(({ declaration, attributes }) => ({
    name: declaration.tagName,
    description: { kind: 'markdown', value: tagDescription(declaration) },
    attributes: attributes.map(({ attribute, boolean, words }) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(boolean && { valueSet: 'v' }),
      ...(words && !boolean && { values: words.map((name) => ({ name })) }),
    })),
  }));
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags,
  };
}

/** The public, writable properties a script can set. */
const scriptProperties = (declaration) =>
  (declaration.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && !member.readonly,
  );

function webTypes(elements, { name, version }) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map(({ declaration, attributes }) => ({
          name: declaration.tagName,
          description: declaration.summary ?? declaration.description ?? '',
          attributes: attributes.map(({ attribute, boolean, words }) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            value: boolean
              ? { kind: 'no-value', type: 'boolean' }
              : words
                ? { kind: 'plain', type: 'enum' }
                : { kind: 'plain', type: attribute.type?.text === 'number' ? 'number' : 'string' },
            ...(words && !boolean && { values: words.map((word) => ({ name: word })) }),
          })),
          events: (declaration.events ?? []).map((event) => ({
            name: event.name,
            description: event.description ?? '',
          })),
          js: {
            properties: scriptProperties(declaration).map((member) => ({
              name: member.name,
              description: member.description ?? '',
              ...(member.type?.text && { type: member.type.text }),
            })),
            events: (declaration.events ?? []).map((event) => ({
              name: event.name,
              description: event.description ?? '',
            })),
          },
          css: {
            properties: (declaration.cssProperties ?? []).map((token) => ({
              name: token.name,
              description: token.description ?? '',
            })),
            parts: (declaration.cssParts ?? []).map((part) => ({
              name: part.name,
              description: part.description ?? '',
            })),
          },
        })),
      },
    },
  };
}

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = await describedElements(manifest);
const data = vscodeData(elements);
mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, `${JSON.stringify(data, null, 2)}\n`);
console.log(`${OUTPUT}: ${data.tags.length} elements.`);
writeFileSync(WEB_TYPES_OUTPUT, `${JSON.stringify(webTypes(elements, pkg), null, 2)}\n`);
console.log(`${WEB_TYPES_OUTPUT}: ${elements.length} elements.`);
