// Custom elements manifest: generated from the elements' JSDoc by `npm run manifest`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/**
 * The public tokens, read from the comment at the top of src/styles/theme.ts, with their light
 * and dark defaults from the same file: every element that uses the shared theme reads them.
 */
function themeTokens() {
  const source = readFileSync('src/styles/theme.ts', 'utf8');
  const header = source.slice(0, source.indexOf('*/'));
  const defaults = (name) =>
    [...source.matchAll(new RegExp(`var\\(${name},\\s*([^)]+)\\)`, 'g'))].map((m) => m[1].trim());
  return [...header.matchAll(/^\s*\*\s+(--practice-[\w-]+)\s+(.+)$/gm)].map(([, name, text]) => {
    const [light, dark] = defaults(name);
    const what = text.trim().replace(/^./, (first) => first.toUpperCase());
    const fallback =
      light === undefined || light === 'inherit'
        ? ''
        : dark && dark !== light
          ? ` (default \`${light}\`; dark \`${dark}\`)`
          : ` (default \`${light}\`)`;
    return { name, description: `${what}${fallback}.` };
  });
}

/** Event name → event class, from src/events (one class per file, with a static `eventName`). */
function eventClasses() {
  const classes = new Map();
  for (const file of readdirSync('src/events')) {
    const source = readFileSync(`src/events/${file}`, 'utf8');
    const name = /export class (\w+)/.exec(source)?.[1];
    const event = /static readonly eventName = '([^']+)'/.exec(source)?.[1];
    if (name && event) classes.set(event, name);
  }
  return classes;
}

/**
 * Events the shared base class fires for every element that extends it, when the element loads
 * its own `src` or `feed` (inside a `<practice-feed>` the feed fires them).
 */
const BASE_CLASS = 'PracticeElement';
const BASE_EVENTS = [
  {
    name: 'practice-feed-load',
    description: 'When the element loaded its own `src` or `feed`: `{count, warnings, fromCache}`.',
  },
  {
    name: 'practice-feed-error',
    description: "When the element's own `src` or `feed` could not be used: `{message, cause}`.",
  },
];

/** The type Lit's `@property({ type })` converter gives an attribute written without one. */
function propertyType(ts, member) {
  const decorator = ts
    .getDecorators?.(member)
    ?.find(
      (d) => ts.isCallExpression(d.expression) && d.expression.expression.getText() === 'property',
    );
  if (!decorator) return undefined;
  const [options] = decorator.expression.arguments;
  const type =
    options && ts.isObjectLiteralExpression(options)
      ? options.properties.find((p) => p.name?.getText() === 'type')?.initializer?.getText()
      : undefined;
  return (
    { Number: 'number', Boolean: 'boolean', Array: 'unknown[]', Object: 'object' }[type] ?? 'string'
  );
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json already names custom-elements.json; writing it again only races other edits.
  packagejson: false,
  plugins: [
    {
      name: 'practice-widgets-property-types',
      // A property declared without a type annotation (`timeout = DEFAULT_TIMEOUT_MS`) gets the
      // type its attribute converter produces, so that editors and docs show one.
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        if (!declaration) return;
        for (const member of node.members) {
          if (!ts.isPropertyDeclaration(member) || member.type || !member.name) continue;
          const name = member.name.getText();
          const type = propertyType(ts, member);
          if (!type) continue;
          const doc = declaration.members?.find((m) => m.name === name);
          if (doc && !doc.type) doc.type = { text: type };
          for (const attribute of declaration.attributes ?? []) {
            if (attribute.fieldName === name && !attribute.type) attribute.type = { text: type };
          }
        }
      },
    },
    {
      name: 'practice-widgets-cleanup',
      packageLinkPhase({ customElementsManifest }) {
        const tokens = themeTokens();
        const events = eventClasses();
        const declarations = customElementsManifest.modules.flatMap((module) =>
          (module.declarations ?? []).map((declaration) => ({ module, declaration })),
        );
        const byName = new Map(
          declarations.map(({ declaration }) => [declaration.name, declaration]),
        );
        const extendsBase = (declaration) => {
          for (let d = declaration; d; d = byName.get(d.superclass?.name)) {
            if (d.superclass?.name === BASE_CLASS) return true;
          }
          return false;
        };
        for (const { module, declaration } of declarations) {
          // Events dispatched through event classes are documented by @fires; the analyzer
          // also lists the dispatch call itself, without a name.
          if (declaration.events) {
            declaration.events = declaration.events.filter((event) => event.name);
          }
          // The shared base class is not an element of its own.
          if (declaration.customElement && !declaration.tagName) {
            delete declaration.customElement;
          }
          if (!declaration.tagName) continue;

          // Events the base class fires, for elements that leave them out of their @fires.
          if (extendsBase(declaration)) {
            declaration.events ??= [];
            for (const event of BASE_EVENTS) {
              if (!declaration.events.some((e) => e.name === event.name)) {
                declaration.events.push({ ...event, inheritedFrom: { name: BASE_CLASS } });
              }
            }
          }
          // Every event's class, so typed listeners can be written from the manifest.
          for (const event of declaration.events ?? []) {
            const type = events.get(event.name);
            if (type && !event.type?.text) event.type = { text: type };
          }

          // Tokens: an element styled with the shared theme reads every one of them; one that
          // reads a shared token in its own styles gets the shared description.
          const source = readFileSync(module.path, 'utf8');
          const stylesPath = module.path.replace(/\.ts$/, '.styles.ts');
          const styles = existsSync(stylesPath) ? readFileSync(stylesPath, 'utf8') : '';
          const read = new Set(
            [...`${source}\n${styles}`.matchAll(/var\((--practice-[\w-]+)/g)].map((m) => m[1]),
          );
          const themed = /\bthemeStyles\b/.test(source);
          declaration.cssProperties ??= [];
          for (const token of tokens) {
            if (!themed && !read.has(token.name)) continue;
            if (!declaration.cssProperties.some((p) => p.name === token.name)) {
              declaration.cssProperties.push({ ...token });
            }
          }
          if (declaration.cssProperties.length === 0) delete declaration.cssProperties;
        }
      },
    },
    {
      name: 'practice-widgets-published-manifest',
      // What a package's users and their tools read: the seven tags each with its definition, the
      // public interface only, and paths to the files npm ships (dist/npm/…js, not src/…ts).
      // Runs last: the plugins above read the sources by their paths.
      packageLinkPhase({ customElementsManifest }) {
        const modules = customElementsManifest.modules;
        const elements = modules.flatMap((module) =>
          (module.declarations ?? [])
            .filter((declaration) => declaration.customElement && declaration.tagName)
            .map((declaration) => ({ module, declaration })),
        );

        // Members of the public interface: neither private nor protected, nor `_`-named.
        const isPublic = (member) =>
          (member.privacy ?? 'public') === 'public' && !/^[_#]/.test(member.name);
        for (const module of modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          }
        }

        // The analyzer reads `customElements.define(tag, constructor)` inside defineElement as a
        // definition named "tag"; the real ones are the calls in each element's define module.
        for (const module of modules) {
          module.exports = (module.exports ?? []).filter(
            (entry) => entry.kind !== 'custom-element-definition',
          );
        }
        for (const { module, declaration } of elements) {
          const definePath = module.path.replace(/[^/]+$/, 'define.ts');
          const defineModule = modules.find((candidate) => candidate.path === definePath);
          if (!defineModule) throw new Error(`No define module for <${declaration.tagName}>`);
          defineModule.exports.push({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: module.path },
          });
        }

        // Modules a user has reason to read: the elements, their define modules and the classes
        // they inherit from. Internal helpers (downloads, the map's frame, shared templates) go.
        const kept = new Set(elements.map(({ module }) => module.path));
        for (const module of modules) {
          if (module.exports.some((entry) => entry.kind === 'custom-element-definition')) {
            kept.add(module.path);
          }
        }
        for (const { declaration } of elements) {
          for (const member of [...(declaration.members ?? []), ...(declaration.events ?? [])]) {
            if (member.inheritedFrom?.module) kept.add(member.inheritedFrom.module);
          }
          if (declaration.superclass?.module) kept.add(declaration.superclass.module);
        }
        customElementsManifest.modules = modules.filter((module) => kept.has(module.path));
        for (const module of customElementsManifest.modules) {
          if (module.exports.length === 0) delete module.exports;
        }

        // src/x.ts (or /src/x.js, as inherited members have it) → dist/npm/x.js, wherever a module
        // is named.
        const published = (path) =>
          typeof path === 'string' && /^\/?src\/.*\.[jt]s$/.test(path)
            ? path.replace(/^\/?src\//, 'dist/npm/').replace(/\.[jt]s$/, '.js')
            : path;
        const visit = (value) => {
          if (Array.isArray(value)) return value.forEach(visit);
          if (!value || typeof value !== 'object') return;
          for (const key of Object.keys(value)) {
            if (key === 'path' || key === 'module') value[key] = published(value[key]);
            else visit(value[key]);
          }
        };
        visit(customElementsManifest);
      },
    },
  ],
};
