#!/usr/bin/env node
/*
 * `npm run check:pack`: checks what `npm pack` would publish, after `npm run build`.
 *
 * - The package holds the built files, their types, the manifest, the editor data, the JSON
 *   Schema and the command line tool, and nothing else: no tests, sources, demo or scripts.
 * - Every path package.json points to (main, types, exports, bin, customElements, sideEffects)
 *   is in the package.
 * - custom-elements.json documents every element the library registers, and for each one every
 *   attribute and property (with a type and a description), every event it fires, every part
 *   its templates expose and every token its styles read.
 * - The command line tool runs from the built files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const results = [];
const check = (name, problems) => {
  const list = [problems].flat().filter(Boolean);
  results.push(list.length === 0);
  console.log(`${list.length === 0 ? 'ok' : 'FAIL'} - ${name}`);
  for (const problem of list) console.log(`    ${problem}`);
};

if (!existsSync('dist/npm/index.js') || !existsSync('custom-elements.json')) {
  console.error('No build: run `npm run build` first.');
  process.exit(1);
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const files = new Set(pack.files.map((file) => file.path));
const packed = [...files];

// ---------------------------------------------------------------------------------------------
// Contents

const REQUIRED = [
  'package.json',
  'README.md',
  'docs/README.md',
  'docs/elements/practice-card.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
  'schema/practice-feed.schema.json',
  'bin/practice-feed.mjs',
  'dist/cdn/practice-widgets.js',
  'dist/cdn/practice-widgets.css',
  'dist/site/site.js',
  'dist/npm/practice-widgets.css',
  'dist/npm/index.js',
  'dist/npm/index.d.ts',
  'dist/npm/define.js',
  'dist/npm/define.d.ts',
  'dist/npm/data/index.js',
  'dist/npm/data/index.d.ts',
  'dist/npm/data/csv.js',
  'dist/npm/data/csv.d.ts',
  'dist/npm/data/validate.js',
  'dist/vscode.html-custom-data.json',
  'dist/web-types.json',
  'dist/npm/react/index.js',
  'dist/npm/react/index.d.ts',
  'dist/types/react.d.ts',
  'dist/types/vue.d.ts',
];
check(
  'the package holds the built files, types, manifest, editor data, schema and CLI',
  REQUIRED.filter((file) => !files.has(file)).map((file) => `missing: ${file}`),
);

const ALLOWED = [
  /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|custom-elements\.json)$/,
  /^schema\/[\w.-]+\.json$/,
  // The documentation the README links to, so that its links work in an installed package.
  /^docs\/([\w-]+\/)?[\w.-]+\.md$/,
  /^bin\/practice-feed\.mjs$/,
  // The server renderer of the command line tool (render, site).
  /^dist\/(cdn|npm|site|types)\//,
  /^dist\/(vscode\.html-custom-data|web-types)\.json$/,
];
check(
  'nothing else: no tests, sources, demo, scripts or benchmarks',
  packed
    .filter(
      (file) =>
        !ALLOWED.some((pattern) => pattern.test(file)) || /\.test\.|(^|\/)test\//.test(file),
    )
    .map((file) => `unexpected: ${file}`),
);

// ---------------------------------------------------------------------------------------------
// package.json

/** Every file path a package.json field points to, `*` patterns included. */
function targets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}
const patternMatches = (target) => {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return files.has(path) ? [path] : [];
  const [before, after] = path.split('*');
  return packed.filter((file) => file.startsWith(before) && file.endsWith(after));
};
check(
  'every path in main, module, types, jsdelivr, unpkg, exports, bin, customElements and web-types is in the package',
  [
    pkg.main,
    pkg.module,
    pkg.types,
    pkg.jsdelivr,
    pkg.unpkg,
    pkg.customElements,
    pkg['web-types'],
    ...targets(pkg.exports),
    ...targets(pkg.bin),
  ]
    .filter(Boolean)
    .filter((target) => patternMatches(target).length === 0)
    .map((target) => `points to nothing: ${target}`),
);
check(
  'every sideEffects pattern matches a file',
  pkg.sideEffects
    .filter((pattern) => patternMatches(pattern).length === 0)
    .map((pattern) => `matches nothing: ${pattern}`),
);
check("a CDN serves the bundle at the package's bare address (jsdelivr, unpkg)", [
  pkg.jsdelivr === './dist/cdn/practice-widgets.js' ? undefined : `jsdelivr: ${pkg.jsdelivr}`,
  pkg.unpkg === './dist/cdn/practice-widgets.js' ? undefined : `unpkg: ${pkg.unpkg}`,
]);
// Older resolution (`moduleResolution: node`) reads no exports map: typesVersions gives each
// subpath with types its declarations.
check(
  'typesVersions gives every exports subpath with types its declarations',
  Object.entries(pkg.exports)
    .filter(([entry, target]) => entry !== '.' && typeof target === 'object' && target.types)
    .flatMap(([entry, target]) => {
      const key = entry.replace(/^\.\//, '');
      const mapped = pkg.typesVersions?.['*']?.[key];
      if (!mapped) return [`no typesVersions entry for ${key}`];
      const path = mapped[0].includes('*') ? `${mapped[0]}.d.ts` : mapped[0];
      const expected = target.types;
      return path === expected ? [] : [`${key}: typesVersions ${path}, exports ${expected}`];
    }),
);
check('the CLI is a Node script', [
  readFileSync('bin/practice-feed.mjs', 'utf8').startsWith('#!/usr/bin/env node\n')
    ? undefined
    : 'bin/practice-feed.mjs does not start with "#!/usr/bin/env node"',
  pkg.files.includes('bin') ? undefined : '"files" does not list bin',
]);

// Declarations may import only the package's own files and its dependencies: an import of a
// dependency's dependency (`import("lit-html")` where `render()` has no declared return type)
// resolves only where the package manager happens to hoist it, and fails under pnpm.
const declarationFiles = packed.filter(
  (file) => file.startsWith('dist/npm/') && file.endsWith('.d.ts'),
);
const dependencies = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
];
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
check(
  'type declarations import only the package and its dependencies',
  declarationFiles.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\(\s*)["']([^"'.][^"']*)["']/g)]
      .map((match) => match[1])
      .filter((specifier) => !dependencies.includes(packageOf(specifier)))
      .map((specifier) => `${file} imports ${specifier}, which is not a (peer) dependency`),
  ),
);

// Exports each element and its registration: components/<tag>/<tag>.js and define.js.
const tags = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/components/${entry.name}/define.ts`))
  .map((entry) => entry.name);
check(
  'every element and its registration are importable from practice-widgets/components/*',
  tags.flatMap((tag) =>
    [`${tag}/${tag}`, `${tag}/define`]
      .filter(
        (path) =>
          !files.has(`dist/npm/components/${path}.js`) ||
          !files.has(`dist/npm/components/${path}.d.ts`),
      )
      .map((path) => `missing: practice-widgets/components/${path}`),
  ),
);

// ---------------------------------------------------------------------------------------------
// The manifest

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => ({ module, declaration })),
);
const documented = new Map(elements.map((element) => [element.declaration.tagName, element]));

const registered = tags.map((tag) => {
  const define = readFileSync(`src/components/${tag}/define.ts`, 'utf8');
  return /defineElement\('([\w-]+)'/.exec(define)?.[1] ?? tag;
});
check(
  'custom-elements.json documents every registered element',
  registered.filter((tag) => !documented.has(tag)).map((tag) => `not documented: <${tag}>`),
);

/** The source a published module is built from: dist/npm/x.js → src/x.ts. */
function sourceOf(path) {
  return path.replace(/^dist\/npm\//, 'src/').replace(/\.js$/, '.ts');
}

const definitions = manifest.modules.flatMap((module) =>
  (module.exports ?? [])
    .filter((entry) => entry.kind === 'custom-element-definition')
    .map((entry) => ({ module, entry })),
);
check('custom-elements.json defines each registered tag once, from its define module', [
  ...registered
    .filter((tag) => definitions.filter(({ entry }) => entry.name === tag).length !== 1)
    .map(
      (tag) =>
        `<${tag}>: ${definitions.filter(({ entry }) => entry.name === tag).length} definitions`,
    ),
  ...definitions
    .filter(({ entry }) => !registered.includes(entry.name))
    .map(({ entry }) => `a definition of something that is not a tag: "${entry.name}"`),
  ...definitions
    .filter(({ module, entry }) => module.path !== `dist/npm/components/${entry.name}/define.js`)
    .map(({ module, entry }) => `<${entry.name}> defined in ${module.path}`),
]);

/** Every module path the manifest names, wherever it names one. */
function manifestPaths(value, found = []) {
  if (Array.isArray(value)) value.forEach((item) => manifestPaths(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof item === 'string') found.push(item);
      else manifestPaths(item, found);
    }
  }
  return found;
}
check(
  'custom-elements.json names only files the package ships',
  [...new Set(manifestPaths(manifest))]
    .filter((path) => !files.has(path))
    .map((path) => `not in the package: ${path}`),
);
check(
  'custom-elements.json lists public members only',
  manifest.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((declaration) =>
      (declaration.members ?? [])
        .filter((member) => (member.privacy ?? 'public') !== 'public' || /^[_#]/.test(member.name))
        .map((member) => `${declaration.name}.${member.name} (${member.privacy ?? 'public'})`),
    ),
  ),
);

/** Parts each shared template function renders: `renderLoadError` → error. */
const sharedParts = new Map();
for (const file of readdirSync('src/components/shared')) {
  const source = readFileSync(`src/components/shared/${file}`, 'utf8');
  for (const chunk of source.split(/(?=export function )/)) {
    const name = /^export function (\w+)/.exec(chunk)?.[1];
    if (name) sharedParts.set(name, partsIn(chunk));
  }
}

function partsIn(source) {
  return [...source.matchAll(/\bpart="([^"$]+)"/g)].flatMap((match) =>
    match[1].trim().split(/\s+/),
  );
}

const eventNames = new Map();
for (const file of readdirSync('src/events')) {
  const source = readFileSync(`src/events/${file}`, 'utf8');
  const name = /export class (\w+)/.exec(source)?.[1];
  const event = /static readonly eventName = '([^']+)'/.exec(source)?.[1];
  if (name && event) eventNames.set(name, event);
}

const themeTokens = [
  ...readFileSync('src/styles/theme.ts', 'utf8').matchAll(/var\((--practice-[\w-]+)/g),
].map((match) => match[1]);

for (const { module, declaration } of elements) {
  const tag = `<${declaration.tagName}>`;
  const sourcePath = sourceOf(module.path);
  const source = readFileSync(sourcePath, 'utf8');
  const stylesPath = sourcePath.replace(/\.ts$/, '.styles.ts');
  const styles = existsSync(stylesPath) ? readFileSync(stylesPath, 'utf8') : '';

  const publicFields = (declaration.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      !/^[_#]/.test(member.name),
  );
  check(`${tag}: every attribute and property has a type and a description`, [
    ...(declaration.attributes ?? []).flatMap((attribute) => [
      attribute.type?.text ? undefined : `attribute ${attribute.name} has no type`,
      attribute.description ? undefined : `attribute ${attribute.name} has no description`,
    ]),
    ...publicFields.flatMap((member) => [
      member.type?.text ? undefined : `property ${member.name} has no type`,
      member.description ? undefined : `property ${member.name} has no description`,
    ]),
  ]);

  // Events: each event class the element dispatches (the base class's load events included).
  const dispatched = [...source.matchAll(/new (\w+Event)\(/g)]
    .map((match) => eventNames.get(match[1]))
    .filter(Boolean);
  const events = new Map((declaration.events ?? []).map((event) => [event.name, event]));
  check(`${tag}: every event it fires is documented, with its class`, [
    ...[...new Set(dispatched)]
      .filter((name) => !events.has(name))
      .map((name) => `not documented: ${name}`),
    ...[...events.values()].flatMap((event) => [
      event.description ? undefined : `${event.name} has no description`,
      event.type?.text ? undefined : `${event.name} has no type`,
    ]),
  ]);

  // Parts: every `part="…"` of its templates, and of the shared templates it renders.
  const used = new Set(partsIn(source));
  for (const [name, parts] of sharedParts) {
    if (new RegExp(`\\b${name}\\(`).test(source)) parts.forEach((part) => used.add(part));
  }
  const parts = new Map((declaration.cssParts ?? []).map((part) => [part.name, part]));
  check(`${tag}: every part is documented`, [
    ...[...used]
      .filter((part) => !parts.has(part))
      .map((part) => `not documented: ::part(${part})`),
    ...[...parts.values()]
      .filter((part) => !part.description)
      .map((part) => `${part.name} has no description`),
  ]);

  // Tokens: every --practice-* its styles read, the shared theme's included.
  const read = new Set(
    [...`${source}\n${styles}`.matchAll(/var\((--practice-[\w-]+)/g)].map((match) => match[1]),
  );
  if (/\bthemeStyles\b/.test(source)) themeTokens.forEach((token) => read.add(token));
  const tokens = new Map((declaration.cssProperties ?? []).map((token) => [token.name, token]));
  check(`${tag}: every token is documented`, [
    ...[...read].filter((token) => !tokens.has(token)).map((token) => `not documented: ${token}`),
    ...[...tokens.values()]
      .filter((token) => !token.description)
      .map((token) => `${token.name} has no description`),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Editor data and framework types

const vscode = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
check(
  'VS Code custom data has every element and attribute of the manifest',
  elements.flatMap(({ declaration }) => {
    const tag = vscode.tags.find((entry) => entry.name === declaration.tagName);
    if (!tag) return [`missing: <${declaration.tagName}>`];
    return (declaration.attributes ?? [])
      .filter((attribute) => !tag.attributes.some((entry) => entry.name === attribute.name))
      .map((attribute) => `missing: <${declaration.tagName} ${attribute.name}>`);
  }),
);
const webTypes = JSON.parse(readFileSync('dist/web-types.json', 'utf8'));
check('JetBrains web-types have every element, attribute and event of the manifest', [
  webTypes.name === pkg.name && webTypes.version === pkg.version
    ? undefined
    : `named ${webTypes.name}@${webTypes.version}`,
  ...elements.flatMap(({ declaration }) => {
    const tag = webTypes.contributions.html.elements.find(
      (entry) => entry.name === declaration.tagName,
    );
    if (!tag) return [`missing: <${declaration.tagName}>`];
    return [
      ...(declaration.attributes ?? [])
        .filter((attribute) => !tag.attributes.some((entry) => entry.name === attribute.name))
        .map((attribute) => `missing: <${declaration.tagName} ${attribute.name}>`),
      ...(declaration.events ?? [])
        .filter((event) => !tag.js.events.some((entry) => entry.name === event.name))
        .map((event) => `missing: <${declaration.tagName}> event ${event.name}`),
    ];
  }),
]);
for (const framework of ['react', 'vue']) {
  const types = readFileSync(`dist/types/${framework}.d.ts`, 'utf8');
  check(
    `${framework} types declare every element`,
    elements
      .filter(({ declaration }) => !types.includes(`'${declaration.tagName}': `))
      .map(({ declaration }) => `missing: <${declaration.tagName}>`),
  );
}

// ---------------------------------------------------------------------------------------------
// Source maps, Node, the documented address

// A map is only useful with the sources in it: the package does not ship src/.
check(
  'every source map of the package carries its sources (sourcesContent)',
  packed
    .filter((file) => file.endsWith('.js.map'))
    .flatMap((file) => {
      const map = JSON.parse(readFileSync(file, 'utf8'));
      const missing = map.sources.filter((_, index) => !map.sourcesContent?.[index]);
      return missing.length ? [`${file}: ${missing.length} of ${map.sources.length} missing`] : [];
    }),
);

// Each entry point of the exports map, imported by the package's name from the built files, in
// a Node process with no DOM (a server, a test runner, a build tool). Not `./cdn`: the bundle
// holds Lit's browser build, which extends HTMLElement; its sources import in Node (the Node test
// test/package/importable.node.test.ts).
const entryPoints = Object.entries(pkg.exports).flatMap(([entry, target]) => {
  const path = typeof target === 'string' ? target : target.default;
  if (!path?.endsWith('.js') || entry === './cdn') return [];
  if (!entry.includes('*')) return [entry.replace(/^\./, pkg.name)];
  return patternMatches(path)
    .filter((file) => !file.includes('/shared/'))
    .map((file) => {
      const [before, after] = path.replace(/^\.\//, '').split('*');
      const middle = file.slice(before.length, file.length - after.length);
      return entry.replace(/^\./, pkg.name).replace('*', middle);
    });
});
const nodeImports = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '--eval',
    `const failed = [];
     for (const specifier of ${JSON.stringify(entryPoints)}) {
       try { await import(specifier); } catch (error) { failed.push(specifier + ': ' + error); }
     }
     console.log(JSON.stringify(failed));`,
  ],
  { encoding: 'utf8' },
);
check(`every entry point imports in plain Node (${entryPoints.length} modules)`, [
  nodeImports.status === 0 ? undefined : nodeImports.stderr,
  ...(nodeImports.status === 0 ? JSON.parse(nodeImports.stdout.trim().split('\n').at(-1)) : []),
]);

const { bundleAddress, schemaId } = await import('./cdn-address.mjs');
const { documentedFiles } = await import('./docs-files.mjs');
const readme = readFileSync('README.md', 'utf8');
const schema = JSON.parse(readFileSync('schema/practice-feed.schema.json', 'utf8'));
check(`README, docs and schema give this version's address (${bundleAddress(pkg.version)})`, [
  readme.includes(bundleAddress(pkg.version)) ? undefined : 'README.md does not give it',
  ...documentedFiles().flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [
      ...[...text.matchAll(/practice-widgets@(\d+\.\d+\.\d+)\//g)]
        .filter((match) => match[1] !== pkg.version)
        .map((match) => `${file} names version ${match[1]}`),
      /cdn\.example/.test(text) ? `${file} still names cdn.example` : undefined,
    ];
  }),
  schema.$id === schemaId(pkg.version) ? undefined : `schema $id is ${schema.$id}`,
]);

// ---------------------------------------------------------------------------------------------
// The CLI, from the built files

const cli = spawnSync(
  process.execPath,
  ['bin/practice-feed.mjs', 'validate', 'demo/data/practices.json'],
  {
    encoding: 'utf8',
  },
);
check('the CLI validates the sample feed from the built files', [
  cli.status === 0 ? undefined : `exit code ${cli.status}: ${cli.stdout}${cli.stderr}`,
]);

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
  `\n${pack.name}@${pack.version}: ${pack.entryCount} files, ${kib(pack.size)} packed, ${kib(pack.unpackedSize)} unpacked.`,
);
const failed = results.filter((ok) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
