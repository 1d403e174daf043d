#!/usr/bin/env node
/*
 * Writes dist/vscode.html-custom-data.json, VS Code's HTML custom data, from custom-elements.json:
 * tag and attribute completion with descriptions in HTML files, and value lists for attributes
 * whose type is a set of words (`theme`, `layout`, `sort`...). Part of `npm run build`, after
 * the manifest and the npm modules are written.
 *
 * Attribute types in the manifest are written as in the source (`CardLayout`); the TypeScript
 * checker resolves them to their values, so the lists follow the code.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import ts from 'typescript';

const MANIFEST = 'custom-elements.json';
const OUTPUT = 'dist/vscode.html-custom-data.json';

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
  const files = elements.map(({ module }) => module.path);
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const values = new Map();
  for (const { module, declaration } of elements) {
    const source = program.getSourceFile(module.path);
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

async function vscodeData(manifest) {
  const elements = customElements(manifest);
  const values = literalValues(elements);
  const scope = await scopeValues();
  const tags = elements
    .map(({ declaration }) => ({
      name: declaration.tagName,
      description: { kind: 'markdown', value: tagDescription(declaration) },
      attributes: (declaration.attributes ?? []).map((attribute) => {
        const words = values.get(`${declaration.name}.${attribute.name}`) ?? scope[attribute.name];
        const boolean = attribute.type?.text === 'boolean';
        return {
          name: attribute.name,
          description: attribute.description ?? '',
          ...(boolean && { valueSet: 'v' }),
          ...(words && !boolean && { values: words.map((name) => ({ name })) }),
        };
      }),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags,
  };
}

const data = await vscodeData(JSON.parse(readFileSync(MANIFEST, 'utf8')));
mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, `${JSON.stringify(data, null, 2)}\n`);
console.log(`${OUTPUT}: ${data.tags.length} elements.`);
